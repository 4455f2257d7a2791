#include "shareddemo.h"

namespace shared {

using stage::Value;

QStringList SharedDemo::stepNames()
{
    return {QStringLiteral("enter"),  QStringLiteral("call"),  QStringLiteral("add"),
            QStringLiteral("return"), QStringLiteral("write"), QStringLiteral("read"),
            QStringLiteral("leave")};
}

std::int64_t SharedDemo::increment(int k)
{
    std::int64_t v = 1;
    for (int i = 0; i < k; ++i)
        v *= 10;
    return v;
}

std::int64_t SharedDemo::expectedFinal(const SharedOptions &options)
{
    std::int64_t v = options.initial;
    for (int k = 0; k < options.threads; ++k)
        v += increment(k) * options.rounds;
    return v;
}

SharedDemo::SharedDemo(const SharedOptions &options)
    : m_options(options), m_stage(std::make_unique<stage::Stage>()), m_global(options.initial)
{
    m_stage->setSteps(stepNames());
    // Every step, push and pop is recorded, at full speed too: the trace's bound drops steps and
    // folds pushes and pops nobody drained to the stacks' net change, so a long run neither
    // floods the window nor leaves a stack half drawn.
    m_stage->setSampleShift(0);
    m_stage->addShared(QStringLiteral("g_num"), options.initial);
    for (int k = 0; k < m_options.threads; ++k)
        m_stage->addWorker(QStringLiteral("T%1").arg(k + 1),
                           [this, k](stage::Worker &w) { work(w, k); });
    // The final g_num is recorded even when the bound dropped the last writes.
    m_stage->setOnFinished([this] { m_stage->recordShared(GlobalId, m_global.load()); });
}

SharedDemo::~SharedDemo()
{
    m_stage->stop();
}

void SharedDemo::start()
{
    m_stage->start();
}

namespace {

/// A local of the top frame changed: the frame is drawn again with its new locals.
void setTop(stage::Worker &w, const char *function, std::initializer_list<Value> locals)
{
    w.pop();
    w.push(function, locals);
}

} // namespace

// @listing-begin
void SharedDemo::work(stage::Worker &w, int k)
{
    const std::int64_t step = increment(k);
    std::int64_t count = 0; // a local: this thread's own, on its own stack
    w.push("work", {{"step", step}, {"count", count}});
    w.at(int(Step::Enter), {{"count", count}});
    for (int i = 0; i < m_options.rounds; ++i) {
        const std::int64_t x = count; // count = add_one(count): push add_one's frame
        w.push("add_one", {{"x", x}});
        w.at(int(Step::Call), {{"count", count}, {"x", x}});
        const std::int64_t y = x + 1; // y = x + 1
        setTop(w, "add_one", {{"x", x}, {"y", y}});
        w.at(int(Step::AddLocal), {{"count", count}, {"y", y}});
        w.pop(); // return y: add_one's frame popped, count changes in work's
        count = y;
        setTop(w, "work", {{"step", step}, {"count", count}});
        w.at(int(Step::Return), {{"count", count}});
        // global g_num; g_num += step — one atomic read-modify-write, so no update is lost here
        // (the locks lesson shows what happens when it is split).
        const std::int64_t g = m_global.fetch_add(step) + step;
        w.wrote(GlobalId, g);
        w.at(int(Step::WriteGlobal), {{"count", count}, {"g_num", g}});
        const std::int64_t seen = m_global.load(); // print(name, g_num, count)
        w.at(int(Step::ReadGlobal), {{"count", count}, {"g_num", seen}});
    }
    w.pop(); // work() returns: its frame popped
    w.finish({{"count", count}});
    w.at(int(Step::Leave), {{"count", count}});
}
// @listing-end

std::int64_t frameLocal(const stage::WorkerView &w, const QString &function, const QString &name,
                        std::int64_t fallback)
{
    for (auto f = w.stack.rbegin(); f != w.stack.rend(); ++f) {
        if (f->function != function)
            continue;
        for (const stage::NamedValue &v : f->locals)
            if (v.name == name)
                return v.value;
        return fallback;
    }
    return fallback;
}

} // namespace shared
