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
    // At full speed only a sample of the steps is recorded (the stage's default), so a long run
    // does not flood the window with millions of frames; each step draws its whole stack (see
    // showStack), so a sampled run's stacks are never left half pushed.
    m_stage->addShared(QStringLiteral("g_num"), options.initial);
    for (int k = 0; k < m_options.threads; ++k)
        m_stage->addWorker(QStringLiteral("T%1").arg(k + 1),
                           [this, k](stage::Worker &w) { work(w, k); });
    // The final g_num is recorded whatever was sampled (or dropped past the trace's bound).
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

/// One frame of a thread's stack: its function and locals.
struct FrameView
{
    const char *function;
    std::initializer_list<Value> locals;
};

/// Deepest stack work() reaches: work → add_one.
constexpr int MaxDepth = 2;

/// Draws this thread's whole stack as it is now (the Scene ignores a pop of an empty stack).
/// At full speed the stage records only some steps, with the events that follow them: a step
/// that is recorded then brings its whole stack, whatever was skipped before.
void showStack(stage::Worker &w, std::initializer_list<FrameView> frames)
{
    for (int i = 0; i < MaxDepth; ++i)
        w.pop();
    for (const FrameView &f : frames)
        w.push(f.function, f.locals);
}

} // namespace

// @listing-begin
void SharedDemo::work(stage::Worker &w, int k)
{
    const std::int64_t step = increment(k);
    std::int64_t count = 0; // a local: this thread's own, on its own stack
    showStack(w, {{"work", {{"step", step}, {"count", count}}}});
    w.at(int(Step::Enter), {{"count", count}});
    for (int i = 0; i < m_options.rounds; ++i) {
        const std::int64_t x = count; // count = add_one(count): push add_one's frame
        showStack(w, {{"work", {{"step", step}, {"count", count}}}, {"add_one", {{"x", x}}}});
        w.at(int(Step::Call), {{"count", count}, {"x", x}});
        const std::int64_t y = x + 1; // y = x + 1
        showStack(
            w, {{"work", {{"step", step}, {"count", count}}}, {"add_one", {{"x", x}, {"y", y}}}});
        w.at(int(Step::AddLocal), {{"count", count}, {"y", y}});
        count = y; // return y: add_one's frame popped, count changes in work's
        showStack(w, {{"work", {{"step", step}, {"count", count}}}});
        w.at(int(Step::Return), {{"count", count}});
        // global g_num; g_num += step — one atomic read-modify-write, so no update is lost here
        // (the locks lesson shows what happens when it is split).
        const std::int64_t g = m_global.fetch_add(step) + step;
        w.wrote(GlobalId, g);
        w.at(int(Step::WriteGlobal), {{"count", count}, {"g_num", g}});
        const std::int64_t seen = m_global.load(); // print(name, g_num, count)
        w.at(int(Step::ReadGlobal), {{"count", count}, {"g_num", seen}});
    }
    // work() returns: its frame popped. Recorded whatever was sampled, so no stack is left.
    for (int i = 0; i < MaxDepth; ++i)
        m_stage->record(stage::EventKind::Pop, w.id());
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
