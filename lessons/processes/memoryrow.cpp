#include "memoryrow.h"

#include "processes/processbox.h"
#include "processes/processesdemo.h"
#include "processes/tr.h"

#include <QHBoxLayout>
#include <QScrollBar>
#include <unistd.h>

namespace processes {

namespace {

std::int64_t localOf(const stage::WorkerView &w, const char *name, std::int64_t fallback)
{
    for (const stage::NamedValue &v : w.locals)
        if (!v.isText && v.name == QLatin1String(name))
            return v.value;
    return fallback;
}

QString memoryText(std::int64_t g, std::int64_t local)
{
    // Two lines: a box stays narrow enough for four in a row on a projector.
    return QStringLiteral("g = %1\nlocal = %2").arg(g).arg(local);
}

/// The state line of worker @p id's box: 0 is the parent (this app's own process), then the
/// children in order; a worker the scene has not shown yet is "not started".
QString stateText(const std::vector<stage::WorkerView> &workers, std::size_t id)
{
    using stage::WorkerState;
    const bool parent = id == 0;
    const stage::WorkerView *w = id < workers.size() ? &workers[id] : nullptr;
    switch (w ? w->state : WorkerState::NotStarted) {
    case WorkerState::NotStarted:
        // A child's worker appears as its process is forked: from then on it is starting.
        return w && !parent ? Tr::tr("starting") : Tr::tr("not started");
    case WorkerState::Blocked:
        if (parent) {
            // The parent blocks only in join(): name the child it waits for.
            const int on = w->waitingFor;
            return Tr::tr("in join() for %1")
                .arg(on >= 0 && on < int(workers.size()) ? workers[std::size_t(on)].name
                                                         : QString());
        }
        break; // a child waits inside its own process: to the class it is running
    case WorkerState::Finished:
        if (parent)
            return localOf(*w, "g", InitialGlobal) == InitialGlobal &&
                           localOf(*w, "local", InitialLocal) == InitialLocal
                       ? Tr::tr("ended, unchanged")
                       : Tr::tr("ended");
        return Tr::tr("ended, exit code %1").arg(w->exitCode);
    case WorkerState::Killed:
        if (!parent) // the parent is this app: a signal that kills it leaves nothing to draw
            return Tr::tr("killed by signal %1").arg(w->signal);
        break;
    case WorkerState::Stopped:
        return Tr::tr("stopped");
    case WorkerState::Running:
    case WorkerState::Ready:
        break;
    }
    return Tr::tr("running");
}

} // namespace

MemoryRow::MemoryRow(QWidget *parent) : QScrollArea(parent)
{
    // The address spaces in one row, parent first, so the class compares them at a glance;
    // sixteen children's boxes scroll sideways rather than push the code off the page.
    setWidgetResizable(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    m_row = new QWidget(this);
    m_layout = new QHBoxLayout(m_row);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch(1);
    m_layout->setSpacing(QFontMetrics(font()).averageCharWidth() / 2);
    setWidget(m_row);
    setChildren(0);
}

void MemoryRow::setChildren(int children)
{
    const int wanted = 1 + children;
    while (int(m_boxes.size()) > wanted) {
        delete m_boxes.back();
        m_boxes.pop_back();
    }
    while (int(m_boxes.size()) < wanted) {
        const bool child = !m_boxes.empty();
        auto *box = new ProcessBox(child, m_row);
        const int index = int(m_boxes.size()) - 1;
        if (child)
            connect(box, &ProcessBox::killRequested, this,
                    [this, index] { emit killRequested(index); });
        // Titled before the first frame: the window measures the page's width when the
        // lesson is opened, and must find the room the titles will take.
        ProcessBox::Content c;
        c.title = child ? Tr::tr("P%1 · no PID yet").arg(index + 1)
                        : Tr::tr("main · PID %1").arg(qint64(::getpid()));
        c.widestTitle = child ? Tr::tr("P%1 · PID %2").arg(index + 1).arg(ProcessBox::widestPid())
                              : Tr::tr("main · PID %1").arg(ProcessBox::widestPid());
        c.memory = QStringLiteral("—");
        box->setContent(c);
        m_layout->insertWidget(m_layout->count() - 1, box); // before the stretch
        m_boxes.push_back(box);
    }
    fit();
}

void MemoryRow::fit()
{
    // One row of boxes as tall as the tallest (a child's, with its button), measured from the
    // boxes' own hints; the sideways scroll bar only when their measured widths overflow.
    int height = 0, width = 0;
    for (const ProcessBox *b : m_boxes) {
        height = std::max(height, b->sizeHint().height());
        width += b->minimumSizeHint().width();
    }
    width += m_layout->spacing() * (int(m_boxes.size()) - 1);
    // The parent and three children (the default) side by side without scrolling.
    int shown = 0;
    for (int i = 0; i < std::min<int>(4, int(m_boxes.size())); ++i)
        shown += m_boxes[std::size_t(i)]->minimumSizeHint().width() + m_layout->spacing();
    setMinimumWidth(shown);
    const bool overflow = width > this->width();
    setMinimumHeight(height + (overflow ? horizontalScrollBar()->sizeHint().height() : 0));
}

void MemoryRow::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fit();
}

void MemoryRow::showScene(const stage::Scene &scene)
{
    using stage::WorkerState;
    const auto &workers = scene.workers();
    const qint64 pid = qint64(::getpid());
    // The parent: this app's own process, whose g and local no child can reach.
    {
        ProcessBox::Content c;
        c.title = Tr::tr("main · PID %1").arg(pid);
        c.widestTitle = Tr::tr("main · PID %1").arg(ProcessBox::widestPid());
        c.parent = Tr::tr("PPID %1").arg(qint64(::getppid()));
        std::int64_t g = InitialGlobal, local = InitialLocal;
        if (!workers.empty()) {
            g = localOf(workers[0], "g", g);
            local = localOf(workers[0], "local", local);
        }
        c.memory = memoryText(g, local);
        c.state = stateText(workers, 0);
        m_boxes[0]->setContent(c);
    }
    for (int i = 0; i + 1 < int(m_boxes.size()); ++i) {
        ProcessBox::Content c;
        const std::size_t id = std::size_t(i) + 1; // children are added in order after main
        const stage::WorkerView *w = id < workers.size() ? &workers[id] : nullptr;
        const qint64 childPid = w ? w->pid : 0;
        c.title = childPid > 0 ? Tr::tr("P%1 · PID %2").arg(i + 1).arg(childPid)
                               : Tr::tr("P%1 · no PID yet").arg(i + 1);
        c.widestTitle = Tr::tr("P%1 · PID %2").arg(i + 1).arg(ProcessBox::widestPid());
        c.parent = w && w->ppid > 0 ? Tr::tr("PPID %1").arg(w->ppid) : QStringLiteral("—");
        const bool reported = w && !w->locals.empty();
        c.memory = reported ? memoryText(localOf(*w, "g", 0), localOf(*w, "local", 0))
                            : QStringLiteral("—");
        c.highlight = reported && localOf(*w, "g", InitialGlobal) != InitialGlobal;
        c.state = stateText(workers, id);
        const WorkerState state = w ? w->state : WorkerState::NotStarted;
        const bool alive = childPid > 0 && state != WorkerState::Finished &&
                           state != WorkerState::Killed && state != WorkerState::Stopped;
        c.kill =
            childPid > 0 ? QStringLiteral("kill -9 %1").arg(childPid) : QStringLiteral("kill -9 …");
        c.killName = Tr::tr("Send SIGKILL to P%1 (kill -9)").arg(i + 1);
        c.canKill = alive;
        m_boxes[std::size_t(i) + 1]->setContent(c);
    }
    fit(); // the boxes' lines change with their content
}

} // namespace processes
