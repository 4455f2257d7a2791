#include "lockscontrols.h"

#include "locks/tr.h"
#include "widgets/flowlayout.h"
#include "widgets/schedulercontrols.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace locks {

LocksControls::LocksControls(widgets::RunDriver *driver, QWidget *parent)
    : QWidget(parent), m_threadsLabel(new QLabel(this)), m_threads(new QSpinBox(this)),
      m_iterationsLabel(new QLabel(this)), m_iterations(new QSpinBox(this)),
      m_lock(new QCheckBox(this)), m_window(new QCheckBox(this))
{
    m_threads->setRange(1, PanelMaxThreads);
    m_iterations->setRange(1, PanelMaxIterations);
    m_iterations->setGroupSeparatorShown(true);
    m_threadsLabel->setBuddy(m_threads);
    m_iterationsLabel->setBuddy(m_iterations);

    // Label and field stay together; the groups wrap as the panel narrows.
    auto pair = [this](QWidget *a, QWidget *b) {
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(a);
        if (b)
            row->addWidget(b);
        return box;
    };
    auto *flow = new widgets::FlowLayout(this);
    flow->setContentsMargins(0, 0, 0, 0);
    flow->addWidget(pair(m_threadsLabel, m_threads));
    flow->addWidget(pair(m_iterationsLabel, m_iterations));
    flow->addWidget(m_lock);
    flow->addWidget(m_window);
    flow->addWidget(new widgets::SchedulerControls(driver, this));

    setOptions(RaceOptions{});
    connect(m_threads, &QSpinBox::valueChanged, this, &LocksControls::emitOptions);
    connect(m_iterations, &QSpinBox::valueChanged, this, &LocksControls::emitOptions);
    connect(m_lock, &QCheckBox::toggled, this, &LocksControls::emitOptions);
    connect(m_window, &QCheckBox::toggled, this, &LocksControls::emitOptions);
    retranslate();
}

RaceOptions LocksControls::options() const
{
    RaceOptions o;
    o.threads = m_threads->value();
    o.iterations = m_iterations->value();
    o.lock = m_lock->isChecked();
    o.window = m_window->isChecked() ? Window::Yield : Window::None;
    return o;
}

void LocksControls::setOptions(const RaceOptions &options)
{
    const QSignalBlocker b1(m_threads), b2(m_iterations), b3(m_lock), b4(m_window);
    m_threads->setValue(std::clamp(options.threads, 1, PanelMaxThreads));
    m_iterations->setValue(
        int(std::clamp<std::int64_t>(options.iterations, 1, PanelMaxIterations)));
    m_lock->setChecked(options.lock);
    m_window->setChecked(options.window == Window::Yield);
}

void LocksControls::emitOptions()
{
    emit optionsChanged(options());
}

void LocksControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LocksControls::retranslate()
{
    m_threadsLabel->setText(Tr::tr("&Threads:"));
    m_threads->setToolTip(
        Tr::tr("How many real threads increment the shared counter n (keys 1–9)"));
    m_threads->setAccessibleName(Tr::tr("Number of threads"));
    m_iterationsLabel->setText(Tr::tr("&Increments each:"));
    m_iterations->setToolTip(Tr::tr("How many times each thread runs n += 1"));
    m_iterations->setAccessibleName(Tr::tr("Increments per thread"));
    // No mnemonic: the plain key L ticks it wherever the focus is (Alt+L is the Lesson menu's).
    m_lock->setText(Tr::tr("Lock (lock.acquire / release)"));
    m_lock->setToolTip(
        Tr::tr("On: a std::mutex protects read-add-write. Off: updates can get lost. (L)"));
    m_lock->setAccessibleName(Tr::tr("Use the lock"));
    // A check box, not a list: two choices, and its text is never cut off on a narrow screen.
    m_window->setText(Tr::tr("Yield between read and write"));
    m_window->setToolTip(Tr::tr("Yielding the CPU between the read and the write makes updates get "
                                "lost even on a single CPU (Y)"));
    m_window->setAccessibleName(Tr::tr("Race window"));
}

} // namespace locks
