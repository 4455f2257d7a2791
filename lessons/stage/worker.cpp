// What a worker body calls: each call goes to its host (the stage, or a child's pipe).
#include "worker.h"

#include <array>

namespace stage {

void Worker::at(int step, std::initializer_list<Value> values)
{
    m_host->checkpoint(*this, step, values.begin(), int(values.size()));
}

void Worker::wrote(int shared, std::int64_t value)
{
    m_host->note(*this, EventKind::Set, ObjectKind::Shared, shared, value, nullptr, 0);
}

void Worker::set(ObjectKind kind, int object, std::int64_t value,
                 std::initializer_list<Value> values)
{
    m_host->note(*this, EventKind::Set, kind, object, value, values.begin(), int(values.size()));
}

void Worker::push(const char *function, std::initializer_list<Value> locals)
{
    std::array<Value, Event::MaxValues> v{};
    v[0] = {"function", 0, function};
    int n = 1;
    for (const Value &l : locals)
        if (n < Event::MaxValues)
            v[std::size_t(n++)] = l;
    m_host->note(*this, EventKind::Push, ObjectKind::None, -1, 0, v.data(), n);
}

void Worker::pop()
{
    m_host->note(*this, EventKind::Pop, ObjectKind::None, -1, 0, nullptr, 0);
}

void Worker::sleep(std::chrono::microseconds duration, BlockOp op)
{
    m_host->sleep(*this, duration, op);
}

void Worker::finish(std::initializer_list<Value> values)
{
    m_finalCount = 0;
    for (const Value &v : values)
        if (m_finalCount < Event::MaxValues)
            m_final[std::size_t(m_finalCount++)] = v;
}

} // namespace stage
