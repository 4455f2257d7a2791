#include "transportbar.h"

#include "appsettings.h"
#include "tr.h"
#include "widgets/lessonpanel.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace app {

TransportBar::TransportBar(QWidget *parent)
    : QWidget(parent), m_play(new QPushButton(this)), m_step(new QPushButton(this)),
      m_reset(new QPushButton(this)), m_speed(new QSlider(Qt::Horizontal, this)),
      m_slowLabel(new QLabel(this)), m_fastLabel(new QLabel(this)),
      m_scrub(new QSlider(Qt::Horizontal, this)), m_scrubLabel(new QLabel(this))
{
    m_speed->setRange(0, widgets::LessonPanel::FullSpeed);
    m_speed->setValue(AppSettings::DefaultSpeed);
    m_speed->setPageStep(10);
    // Reachable by Tab for keyboard users, but a click does not take the focus, so the window's
    // shortcuts (Space, S, R, arrows) and the panel's number keys keep working after a click.
    for (QWidget *w : {static_cast<QWidget *>(m_play), static_cast<QWidget *>(m_step),
                       static_cast<QWidget *>(m_reset), static_cast<QWidget *>(m_speed),
                       static_cast<QWidget *>(m_scrub)})
        w->setFocusPolicy(Qt::TabFocus);

    // Standard style icons rather than emoji: they exist whatever fonts the machine has. Made
    // once: each standardIcon() call is a new QIcon, and Qt caches an icon's pixmaps under its
    // own key, so a fresh icon on every Play/Pause filled QPixmapCache with pixmaps never
    // looked up again (the soak's growth per lesson switch and per run).
    m_playIcon = style()->standardIcon(QStyle::SP_MediaPlay);
    m_pauseIcon = style()->standardIcon(QStyle::SP_MediaPause);
    m_play->setIcon(m_playIcon);
    m_step->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_reset->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    const int iconEdge = fontMetrics().height();
    for (QPushButton *b : {m_play, m_step, m_reset})
        b->setIconSize(QSize(iconEdge, iconEdge));

    // The slider is labelled by its ends, which sit under it, so a projector-sized font still
    // leaves the slider room on a 1024-pixel-wide screen.
    m_speed->setMinimumWidth(iconEdge * 8);
    auto *speed = new QGridLayout;
    speed->setVerticalSpacing(0);
    speed->addWidget(m_speed, 0, 1, 1, 2);
    speed->addWidget(m_slowLabel, 1, 1, Qt::AlignLeft);
    speed->addWidget(m_fastLabel, 1, 2, Qt::AlignRight);
    speed->setColumnStretch(1, 1);
    speed->setColumnStretch(2, 1);

    // The scrubber the same way: the slider over its "step N of M", in the row the buttons
    // are in, so looking back costs the lesson above no height.
    m_scrub->setMinimumWidth(iconEdge * 2);
    // "step N of M" where the bar has room, "N/M" where it has not (English at 1024 px): the
    // label's width is the layout's to give, never the reason the window grows.
    m_scrubLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_scrub->setPageStep(10);
    m_scrub->setRange(0, 0);
    auto *scrub = new QVBoxLayout;
    scrub->setSpacing(0);
    scrub->addWidget(m_scrub);
    scrub->addWidget(m_scrubLabel); // the column's width: room for the long form

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_play);
    layout->addWidget(m_step);
    layout->addWidget(m_reset);
    layout->addLayout(scrub, 1);
    layout->addLayout(speed, 1);
    // Narrow gaps: at 1024 px in English, with the projector's type, the row has no pixel to
    // spare.
    layout->setSpacing(iconEdge / 6);

    connect(m_play, &QPushButton::clicked, this, &TransportBar::playPauseRequested);
    connect(m_step, &QPushButton::clicked, this, &TransportBar::stepRequested);
    connect(m_reset, &QPushButton::clicked, this, &TransportBar::resetRequested);
    connect(m_speed, &QSlider::valueChanged, this, &TransportBar::speedChanged);
    connect(m_scrub, &QSlider::valueChanged, this, &TransportBar::stepShownRequested);
    retranslate();
}

int TransportBar::speed() const
{
    return m_speed->value();
}

void TransportBar::setPlaying(bool playing)
{
    m_playing = playing;
    retranslate();
}

void TransportBar::setSpeed(int speed)
{
    m_speed->setValue(speed);
}

void TransportBar::setControlsEnabled(bool enabled)
{
    setEnabled(enabled);
}

void TransportBar::setRecording(int shown, int steps)
{
    const QSignalBlocker block(m_scrub);
    m_scrub->setRange(0, std::max(0, steps));
    m_scrub->setValue(shown);
    m_scrub->setEnabled(steps > 0);
    retranslateScrub();
}

void TransportBar::retranslateScrub()
{
    // N = M is the live run (the tooltip says so): no word for it, the bar has no room to spare.
    const QLocale loc;
    const QString shown = loc.toString(m_scrub->value());
    const QString steps = loc.toString(m_scrub->maximum());
    const QString full = Tr::tr("step %1 of %2").arg(shown, steps);
    const QString compact = QStringLiteral("%1/%2").arg(shown, steps);
    const QFontMetricsF fm(m_scrubLabel->font());
    // Room for "88/88" at least; longer runs fall back to the step shown alone.
    m_scrubLabel->setMinimumWidth(int(std::ceil(fm.horizontalAdvance(QStringLiteral("88/88")))));
    const qreal room = m_scrubLabel->contentsRect().width();
    m_scrubLabel->setText(fm.horizontalAdvance(full) <= room      ? full
                          : fm.horizontalAdvance(compact) <= room ? compact
                                                                  : shown);
    m_scrubLabel->setToolTip(full);
    m_scrubLabel->setAccessibleName(full);
}

void TransportBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    retranslateScrub(); // the label's room changed: the long or the short form
}

void TransportBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TransportBar::retranslate()
{
    m_play->setText(m_playing ? Tr::tr("Pause") : Tr::tr("Play"));
    m_play->setIcon(m_playing ? m_pauseIcon : m_playIcon);
    m_play->setToolTip(Tr::tr("Play or pause the demo (Space)"));
    // Named like their text, without the icon: what a screen reader says.
    m_play->setAccessibleName(m_play->text());
    m_step->setText(Tr::tr("Step"));
    m_step->setAccessibleName(m_step->text());
    m_step->setToolTip(Tr::tr("Let exactly one step happen (S or →)"));
    m_reset->setText(Tr::tr("Reset"));
    m_reset->setAccessibleName(m_reset->text());
    m_reset->setToolTip(Tr::tr("Stop every thread and start the demo again (R)"));
    m_slowLabel->setText(Tr::tr("slow motion"));
    m_fastLabel->setText(Tr::tr("full speed"));
    m_speed->setToolTip(Tr::tr("From slow motion (one step every 2 s) to full speed (no waiting)"));
    m_speed->setAccessibleName(Tr::tr("Speed"));
    m_scrub->setToolTip(Tr::tr("Look back over the recorded run: the views show it as it was "
                               "after that step; at its end, the live run (Ctrl+← and Ctrl+→, or "
                               ", and .). Play goes on with the live run."));
    m_scrub->setAccessibleName(Tr::tr("Recorded steps"));
    retranslateScrub();
}

} // namespace app
