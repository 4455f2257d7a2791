#include "presenterwindow.h"

#include "widgets/theme.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QTextBrowser>
#include <QTime>
#include <memory>

namespace app {

namespace {

QLabel *makeLabel(const char *name, QWidget *parent, bool wrap)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(wrap);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QFont scaled(const QFont &base, double factor, bool bold)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

} // namespace

PresenterWindow::PresenterWindow(QWidget *parent) : QWidget(parent)
{
    m_lesson = makeLabel("presenterLesson", this, true);
    m_slide = makeLabel("presenterSlide", this, true);
    m_next = makeLabel("presenterNext", this, true);
    m_elapsedCaption = makeLabel("presenterElapsedCaption", this, false);
    m_elapsed = makeLabel("presenterElapsed", this, false);
    m_clockCaption = makeLabel("presenterClockCaption", this, false);
    m_clock = makeLabel("presenterClock", this, false);
    for (QLabel *l : {m_elapsedCaption, m_elapsed, m_clockCaption, m_clock})
        l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_notes = new QTextBrowser(this);
    m_notes->setObjectName(QStringLiteral("presenterNotes"));
    m_notes->setOpenExternalLinks(false);

    auto *grid = new QGridLayout(this);
    grid->setHorizontalSpacing(24);
    grid->addWidget(m_lesson, 0, 0);
    grid->addWidget(m_elapsedCaption, 0, 1);
    grid->addWidget(m_clockCaption, 0, 2);
    grid->addWidget(m_slide, 1, 0);
    grid->addWidget(m_elapsed, 1, 1);
    grid->addWidget(m_clock, 1, 2);
    grid->addWidget(m_notes, 2, 0, 1, 3);
    grid->addWidget(m_next, 3, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(2, 1);

    auto monotonic = std::make_shared<QElapsedTimer>();
    monotonic->start();
    m_now = [monotonic] { return monotonic->elapsed(); };
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &PresenterWindow::tick);
    m_timer.start(); // the wall clock runs even before the lesson starts

    applyTheme();
    retranslate();
}

void PresenterWindow::setLesson(const QString &title)
{
    m_lessonTitle = title;
    retranslate();
}

void PresenterWindow::setSlide(const QString &title, const QString &notes, const QString &nextTitle)
{
    m_slide->setText(title);
    m_notesHtml = notes;
    m_nextTitle = nextTitle;
    retranslate();
}

void PresenterWindow::start()
{
    m_startMs = m_now();
    m_running = true;
    tick();
}

void PresenterWindow::reset()
{
    m_startMs = m_now();
    tick();
}

QString PresenterWindow::elapsedText() const
{
    const qint64 seconds = m_running ? std::max<qint64>(0, m_now() - m_startMs) / 1000 : 0;
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void PresenterWindow::setClock(Clock clock)
{
    m_now = std::move(clock);
    m_startMs = m_now();
    tick();
}

void PresenterWindow::setTickInterval(int ms)
{
    m_timer.setInterval(ms);
}

void PresenterWindow::applyTheme()
{
    const widgets::Theme &theme = widgets::Theme::current();
    QFont base = font();
    base.setPointSizeF(theme.basePointSize());
    setFont(base);
    m_lesson->setFont(scaled(base, 1.0, false));
    m_slide->setFont(scaled(base, 1.6, true));
    m_elapsed->setFont(scaled(base, 2.0, true));
    m_clock->setFont(scaled(base, 2.0, false));
    m_next->setFont(scaled(base, 1.2, false));
    // Notes are what the teacher reads mid-sentence: larger than body text.
    m_notes->setFont(scaled(base, 1.3, false));
    m_notes->document()->setDefaultFont(m_notes->font());
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, theme.mutedText);
    for (QLabel *l : {m_lesson, m_elapsedCaption, m_clockCaption})
        l->setPalette(muted);
}

void PresenterWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PresenterWindow::retranslate()
{
    setWindowTitle(PresenterTr::tr("Presenter view"));
    m_lesson->setText(m_lessonTitle.isEmpty() ? PresenterTr::tr("No lesson") : m_lessonTitle);
    m_elapsedCaption->setText(PresenterTr::tr("Elapsed"));
    m_clockCaption->setText(PresenterTr::tr("Time"));
    if (m_notesHtml.trimmed().isEmpty())
        m_notes->setHtml(QStringLiteral("<p><i>%1</i></p>")
                             .arg(PresenterTr::tr("No notes for this slide.").toHtmlEscaped()));
    else
        m_notes->setHtml(m_notesHtml);
    showNext();
    tick();
}

void PresenterWindow::showNext()
{
    m_next->setText(m_nextTitle.isEmpty() ? PresenterTr::tr("Next: (end of the lesson)")
                                          : PresenterTr::tr("Next: %1").arg(m_nextTitle));
}

void PresenterWindow::tick()
{
    m_elapsed->setText(elapsedText());
    m_clock->setText(QTime::currentTime().toString(QStringLiteral("HH:mm")));
}

QScreen *PresenterWindow::secondScreen()
{
    const QScreen *primary = QGuiApplication::primaryScreen();
    for (QScreen *screen : QGuiApplication::screens())
        if (screen != primary)
            return screen;
    return nullptr;
}

} // namespace app
