#include "queuespanel.h"

#include "queues/queuesview.h"
#include "queues/tr.h"
#include "widgets/codeview.h"
#include "widgets/content.h"
#include "widgets/flowlayout.h"
#include "widgets/schedulercontrols.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

namespace queues {

namespace {

constexpr Call AllCalls[] = {Call::Put,  Call::Get,   Call::PutNowait, Call::GetNowait,
                             Call::Full, Call::Empty, Call::Qsize};

/// The button's text: the Python call as the notes write it.
QString buttonText(Call call)
{
    switch (call) {
    case Call::Put:
        return QStringLiteral("q.put(x)");
    case Call::PutNowait:
        return QStringLiteral("q.put_nowait(x)");
    default:
        return QueueCalls::pythonText(call, 0);
    }
}

/// The notes' Python (its comments in the class's language) and the C++ that really runs.
QList<stage::CodeListing> listings()
{
    const QStringList steps = QueueCalls::stepNames();
    QString python = widgets::Content::read(QStringLiteral(":/lessons/queues/code/queues.py"));
    static const char *const comments[] = {QT_TRANSLATE_NOOP("Queues", "FIFO: first in, first out"),
                                           QT_TRANSLATE_NOOP("Queues", "LIFO: last in, first out"),
                                           QT_TRANSLATE_NOOP("Queues", "one thread per button")};
    for (const char *comment : comments)
        python.replace(QStringLiteral("# ") + QLatin1String(comment),
                       QStringLiteral("# ") + Tr::tr(comment));
    return {stage::CodeListing(QStringLiteral("Python"), python, steps),
            stage::CodeListing::fromFile(QStringLiteral("C++"),
                                         QStringLiteral(":/lessons/queues/queuecalls.cpp"), steps)};
}

} // namespace

QueuesPanel::QueuesPanel(QWidget *parent) : StagePanel(QStringLiteral("queues"), parent)
{
    auto *page = new QWidget(this);
    m_maxsizeLabel = new QLabel(page);
    m_maxsizeBox = new QSpinBox(page);
    m_maxsizeBox->setRange(0, MaxShownSize);
    m_maxsizeBox->setValue(m_maxsize);
    m_maxsizeLabel->setBuddy(m_maxsizeBox);
    m_view = new QueuesView(page);
    m_code = new widgets::CodeView(page);

    auto *knobs = new widgets::FlowLayout;
    auto *pair = new QWidget(page);
    auto *row = new QHBoxLayout(pair);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_maxsizeLabel);
    row->addWidget(m_maxsizeBox);
    knobs->addWidget(pair);
    for (Call c : AllCalls) {
        auto *b = new QPushButton(buttonText(c), page);
        m_buttons.append(b);
        knobs->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, c] { press(c); });
    }
    knobs->addWidget(new widgets::SchedulerControls(&driver(), page));

    auto *split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(m_view);
    split->addWidget(m_code);
    // The queues need the width: the listing's long lines may elide.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(page);
    // The tab's frame is margin enough at the sides: a 1024-pixel projector needs the width.
    layout->setContentsMargins(0, layout->contentsMargins().top(), 0,
                               layout->contentsMargins().bottom());
    layout->addLayout(knobs);
    layout->addWidget(split, 1);

    m_code->setListings(listings());

    connect(m_maxsizeBox, &QSpinBox::valueChanged, this, &QueuesPanel::setMaxsize);
    connect(&driver(), &widgets::RunDriver::frame, this, &QueuesPanel::showFrame);
    connect(&driver(), &widgets::RunDriver::rebuilt, this, [this] {
        m_view->setScene(nullptr);
        m_code->setScene(nullptr);
    });
    // Every call by a plain key that works wherever the focus is, as the locks lesson's knobs:
    // a teacher at the keyboard need not Tab through seven buttons. Shift makes a call nowait.
    struct CallKey
    {
        QKeySequence key;
        Call call;
    };
    const CallKey callKeys[] = {{Qt::Key_P, Call::Put},
                                {Qt::Key_G, Call::Get},
                                {QKeySequence(Qt::SHIFT | Qt::Key_P), Call::PutNowait},
                                {QKeySequence(Qt::SHIFT | Qt::Key_G), Call::GetNowait},
                                {Qt::Key_F, Call::Full},
                                {Qt::Key_E, Call::Empty},
                                {Qt::Key_Q, Call::Qsize}};
    for (const CallKey &k : callKeys)
        addKeyAction(
            k.key, [c = k.call] { return Tr::tr("Call %1").arg(buttonText(c)); },
            [this, c = k.call] { press(c); });
    driver().setBlockedText([](const stage::WorkerView &w) {
        return Tr::tr("%1 is waiting at the queue: it cannot move until another call makes "
                      "room or puts an item in.")
            .arg(w.name);
    });
    retranslate();
    setDemo(page, m_code, [this] { return widgets::RunDriver::wrap(QueueCalls::pair(m_maxsize)); });
}

void QueuesPanel::setMaxsize(int maxsize)
{
    m_maxsize = maxsize;
    const QSignalBlocker block(m_maxsizeBox);
    m_maxsizeBox->setValue(maxsize);
    driver().restart();
}

void QueuesPanel::press(Call call)
{
    // A press is a call the class wants to see answered: the console runs unless the teacher
    // is the scheduler (then the new threads wait for grants like every other).
    if (!driver().schedulerMode() && !driver().isPlaying())
        driver().play();
    QueueCalls *c = calls();
    if (!c)
        return;
    for (int q = 0; q < c->queueCount(); ++q)
        c->call(call, q);
    emit statusChanged(Tr::tr("%1: one thread per queue makes the call.").arg(buttonText(call)));
}

void QueuesPanel::showFrame()
{
    m_view->setScene(&scene());
    m_code->setScene(&scene());
    m_view->update();
    m_code->update();
}

void QueuesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        const int current = m_code->currentListing();
        m_code->setListings(listings());
        m_code->setCurrentListing(std::max(0, current));
    }
    StagePanel::changeEvent(event);
}

void QueuesPanel::retranslate()
{
    m_maxsizeLabel->setText(Tr::tr("&maxsize:"));
    m_maxsizeBox->setSpecialValueText(QStringLiteral("∞")); // 0: no limit (narrow on a projector)
    m_maxsizeBox->setAccessibleName(Tr::tr("Queue size limit (maxsize)"));
    m_maxsizeBox->setToolTip(Tr::tr("How many items each queue holds; 0 = no limit"));
    const QStringList tips = {
        Tr::tr("Put the next number in; waits while the queue is full"),
        Tr::tr("Take an item out; waits while the queue is empty"),
        Tr::tr("Put the next number in without waiting; raises queue.Full when full"),
        Tr::tr("Take an item out without waiting; raises queue.Empty when empty"),
        Tr::tr("Is the queue full?"),
        Tr::tr("Is the queue empty?"),
        Tr::tr("How many items are in the queue?"),
    };
    for (int i = 0; i < m_buttons.size(); ++i) {
        m_buttons[i]->setToolTip(tips.value(i));
        m_buttons[i]->setAccessibleName(buttonText(AllCalls[i]));
        m_buttons[i]->setAccessibleDescription(tips.value(i));
    }
    QueuesView::Labels l;
    l.fifo = Tr::tr("first in, first out");
    l.lifo = Tr::tr("last in, first out");
    l.in = Tr::tr("in");
    l.out = Tr::tr("out");
    l.inOut = Tr::tr("in and out");
    l.unbounded = Tr::tr("never full");
    l.putters = Tr::tr("Waiting to put:");
    l.getters = Tr::tr("Waiting to get:");
    l.nobody = Tr::tr("nobody");
    l.calls = Tr::tr("Calls, newest first");
    l.waiting = Tr::tr("waiting");
    l.running = Tr::tr("running");
    l.noCalls = Tr::tr("Press a button to make a call.");
    l.noScene = Tr::tr("Press a button to make a call.");
    m_view->setLabels(l);
    m_view->setAccessibleName(Tr::tr("Queues"));
    m_code->setAccessibleName(Tr::tr("Code"));
}

} // namespace queues
