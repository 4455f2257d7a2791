#include "mainwindow.h"

#include "classroomtools.h"
#include "comingsoonpanel.h"
#include "lessonnavigator.h"
#include "presentationcontroller.h"
#include "tr.h"
#include "transportbar.h"
#include "viewcontroller.h"
#include "widgets/lessonpanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace app {

MainWindow::MainWindow(const widgets::LessonRegistry &registry, QWidget *parent)
    : QMainWindow(parent), m_registry(registry), m_navigator(new LessonNavigator(m_registry)),
      m_stack(new QStackedWidget), m_transport(new TransportBar)
{
    auto *central = new QWidget(this);
    // A panel that cannot fit (a big theme on a small projector) scrolls instead of pushing the
    // window past the screen's edge.
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(scroll, 1);
    right->addWidget(m_transport);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigator);
    layout->addLayout(right, 1);
    setCentralWidget(central);
    // The status is a wrapping label beside the permanent ones ("Lesson 6/8"): a long message
    // ("T1 is waiting for the lock: …") takes a second line instead of running under them.
    // QStatusBar keeps the message (currentMessage()); its own one-line drawing gets no room.
    auto *statusText = new QLabel;
    statusText->setWordWrap(true);
    statusText->setObjectName(QStringLiteral("statusText"));
    statusBar()->addPermanentWidget(statusText, 1);
    m_statusText = statusText;
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &text) {
        m_statusText->setText(text);
        fitStatusText();
    });
    fitStatusText();

    createActions();
    m_tools = new ClassroomTools(this, m_stack);
    m_tools->addMenus(m_lessonMenu, m_viewMenu);
    m_view = new ViewController(this, m_viewMenu);
    m_presentation = new PresentationController(this, m_viewMenu);
    connect(m_view, &ViewController::themeChanged, m_presentation,
            &PresentationController::applyTheme);
    connect(m_navigator, &LessonNavigator::lessonSelected, this, &MainWindow::setLesson);
    connect(m_transport, &TransportBar::playPauseRequested, this, &MainWindow::playPause);
    connect(m_transport, &TransportBar::stepRequested, this, &MainWindow::step);
    connect(m_transport, &TransportBar::resetRequested, this, &MainWindow::reset);
    connect(m_transport, &TransportBar::stepShownRequested, this, [this](int step) {
        if (auto *p = currentPanel()) {
            p->showStep(step);
            m_transport->setPlaying(p->isPlaying()); // looking back pauses a playing run
        }
    });
    connect(m_transport, &TransportBar::speedChanged, this, [this](int speed) {
        if (auto *p = currentPanel())
            p->setSpeed(speed);
    });
    retranslate();
}

MainWindow::~MainWindow()
{
    shutdownAll();
}

void MainWindow::createActions()
{
    m_previousAction = new QAction(this);
    m_previousAction->setShortcut(QKeySequence(Qt::Key_PageUp));
    // By slide while presenting, by lesson otherwise.
    connect(m_previousAction, &QAction::triggered, this, [this] { m_presentation->previous(); });
    m_nextAction = new QAction(this);
    m_nextAction->setShortcut(QKeySequence(Qt::Key_PageDown));
    connect(m_nextAction, &QAction::triggered, this, [this] { m_presentation->next(); });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_playAction = new QAction(this);
    m_playAction->setShortcut(QKeySequence(Qt::Key_Space));
    connect(m_playAction, &QAction::triggered, this, &MainWindow::playPause);
    m_stepAction = new QAction(this);
    m_stepAction->setShortcuts({QKeySequence(Qt::Key_S), QKeySequence(Qt::Key_Right)});
    connect(m_stepAction, &QAction::triggered, this, &MainWindow::step);
    m_resetAction = new QAction(this);
    m_resetAction->setShortcut(QKeySequence(Qt::Key_R));
    connect(m_resetAction, &QAction::triggered, this, &MainWindow::reset);

    m_fullScreenAction = new QAction(this);
    m_fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::triggered, this, &MainWindow::toggleFullScreen);

    m_lessonMenu = menuBar()->addMenu(QString());
    m_lessonMenu->addActions({m_previousAction, m_nextAction});
    m_lessonMenu->addSeparator();
    m_lessonMenu->addAction(m_quitAction);
    m_demoMenu = menuBar()->addMenu(QString());
    m_demoMenu->addActions({m_playAction, m_stepAction, m_resetAction});
    m_demoMenu->addSeparator();
    m_lessonKeysMenu = m_demoMenu->addMenu(QString());
    // Texts of the lesson's keys follow the language and the scheduler mode.
    connect(m_lessonKeysMenu, &QMenu::aboutToShow, this, [this] {
        if (auto *p = currentPanel())
            p->keyActions();
    });
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_fullScreenAction);
    // Menus' actions stay live while the menu bar is hidden in presentation mode.
    addActions({m_previousAction, m_nextAction, m_quitAction, m_playAction, m_stepAction,
                m_resetAction, m_fullScreenAction});
}

void MainWindow::retranslate()
{
    m_lessonMenu->setTitle(Tr::tr("&Lesson"));
    m_previousAction->setText(Tr::tr("&Previous lesson"));
    m_nextAction->setText(Tr::tr("&Next lesson"));
    m_quitAction->setText(Tr::tr("&Quit"));
    m_demoMenu->setTitle(Tr::tr("&Demo"));
    m_lessonKeysMenu->setTitle(Tr::tr("Lesson &keys"));
    m_playAction->setText(Tr::tr("&Play / Pause"));
    m_stepAction->setText(Tr::tr("&Step"));
    m_resetAction->setText(Tr::tr("&Reset"));
    m_viewMenu->setTitle(Tr::tr("&View"));
    m_fullScreenAction->setText(Tr::tr("&Full screen"));
    const QString title = m_registry.title(m_currentId);
    setWindowTitle(title.isEmpty() ? Tr::tr("Concurrency Classroom")
                                   : Tr::tr("%1 — Concurrency Classroom").arg(title));
}

widgets::LessonPanel *MainWindow::currentPanel() const
{
    return m_panels.value(m_currentId);
}

widgets::LessonPanel *MainWindow::panelFor(const QString &id)
{
    if (auto *p = m_panels.value(id))
        return p;
    const widgets::Lesson &lesson = *m_registry.find(id);
    widgets::LessonPanel *p =
        lesson.hasDemo() ? lesson.panel(m_stack) : new ComingSoonPanel(lesson, m_stack);
    m_panels.insert(id, p);
    m_stack->addWidget(p);
    connect(p, &widgets::LessonPanel::playingChanged, this, [this, p](bool playing) {
        if (p == currentPanel())
            m_transport->setPlaying(playing);
    });
    connect(p, &widgets::LessonPanel::recordingChanged, this, [this, p] {
        if (p == currentPanel())
            m_transport->setRecording(p->shownStep(), p->recordedSteps());
    });
    connect(p, &widgets::LessonPanel::statusChanged, this, [this, p](const QString &text) {
        if (p == currentPanel())
            statusBar()->showMessage(text);
    });
    return p;
}

bool MainWindow::setLesson(const QString &id)
{
    if (!m_registry.contains(id))
        return false;
    if (id == m_currentId)
        return true;
    if (auto *old = currentPanel()) {
        // Join the old demo's threads before anything else is shown.
        old->shutdown();
        m_shutDown.insert(old);
    }
    m_currentId = id;
    statusBar()->clearMessage();
    widgets::LessonPanel *p = panelFor(id);
    if (m_shutDown.remove(p))
        p->reset();
    p->setSpeed(m_transport->speed());
    // Only the lesson shown may claim room: a hidden panel's minimum size would otherwise keep
    // the stack (and the scroll area around it) as wide as the widest lesson ever opened.
    for (widgets::LessonPanel *other : std::as_const(m_panels))
        other->setSizePolicy(other == p
                                 ? QSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred)
                                 : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored));
    m_stack->setCurrentWidget(p);
    p->installEventFilter(this); // once per panel: Qt keeps one entry per filter
    {
        const QSignalBlocker block(m_navigator);
        m_navigator->setCurrentLesson(id);
    }
    updateTransport();
    updateLessonKeys();
    updateNavigatorMode();
    retranslate();
    emit lessonChanged(id);
    return true;
}

void MainWindow::updateTransport()
{
    auto *p = currentPanel();
    const widgets::Lesson *lesson = m_registry.find(m_currentId);
    const bool hasDemo = p && lesson && lesson->hasDemo();
    m_transport->setControlsEnabled(hasDemo);
    for (QAction *a : {m_playAction, m_stepAction, m_resetAction})
        a->setEnabled(hasDemo);
    m_transport->setPlaying(p && p->isPlaying());
    m_transport->setRecording(p ? p->shownStep() : 0, p ? p->recordedSteps() : 0);
}

void MainWindow::updateLessonKeys()
{
    // Only the shown lesson's keys: an action in a menu of the menu bar matches the window's
    // shortcut context even when its panel is hidden.
    m_lessonKeysMenu->clear();
    const QList<QAction *> keys =
        currentPanel() ? currentPanel()->keyActions() : QList<QAction *>{};
    m_lessonKeysMenu->addActions(keys);
    m_lessonKeysMenu->menuAction()->setVisible(!keys.isEmpty());
}

int MainWindow::speed() const
{
    return m_transport->speed();
}

void MainWindow::setSpeed(int speed)
{
    m_transport->setSpeed(speed);
}

void MainWindow::setPresenting(bool presenting)
{
    m_presentation->setPresenting(presenting);
}

bool MainWindow::isPresenting() const
{
    return m_presentation->isPresenting();
}

void MainWindow::nextLesson()
{
    const QStringList ids = m_registry.ids();
    const int i = ids.indexOf(m_currentId);
    if (i + 1 < ids.size())
        setLesson(ids.at(i + 1));
}

void MainWindow::previousLesson()
{
    const QStringList ids = m_registry.ids();
    const int i = ids.indexOf(m_currentId);
    if (i > 0)
        setLesson(ids.at(i - 1));
}

void MainWindow::playPause()
{
    auto *p = currentPanel();
    if (!p || !m_playAction->isEnabled())
        return;
    if (p->isPlaying())
        p->pause();
    else
        p->play();
    m_transport->setPlaying(p->isPlaying());
}

void MainWindow::step()
{
    auto *p = currentPanel();
    if (!p || !m_stepAction->isEnabled())
        return;
    p->step();
    m_transport->setPlaying(p->isPlaying());
}

void MainWindow::reset()
{
    auto *p = currentPanel();
    if (!p || !m_resetAction->isEnabled())
        return;
    p->reset();
    m_transport->setPlaying(p->isPlaying());
}

void MainWindow::toggleFullScreen()
{
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
}

void MainWindow::shutdownAll()
{
    for (widgets::LessonPanel *p : std::as_const(m_panels)) {
        p->shutdown();
        m_shutDown.insert(p);
    }
}

void MainWindow::fitStatusText()
{
    // A wrapping label's own minimum is one word per line (one character per line in Chinese):
    // ask for one line, or as many as the message needs at the width it has.
    const QFontMetrics fm(m_statusText->font());
    m_statusText->setMinimumWidth(fm.averageCharWidth() * 12);
    // The width it will have: the bar's less its other (permanent) widgets and their spacing.
    int width = statusBar()->contentsRect().width() - fm.averageCharWidth() * 2;
    for (QWidget *other : statusBar()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (other != m_statusText && other->isVisible() && !other->inherits("QSizeGrip"))
            width -= other->sizeHint().width() + fm.averageCharWidth();
    const bool measurable = width > fm.averageCharWidth() * 12 && !m_statusText->text().isEmpty();
    // Fixed: its size hint is the height at its minimum width (four lines for one sentence).
    m_statusText->setFixedHeight(
        std::max(fm.height(), measurable ? m_statusText->heightForWidth(width) : 0));
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitStatusText();
    updateNavigatorMode();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest && watched == currentPanel()) {
        const int minWidth = currentPanel()->minimumSizeHint().width();
        if (minWidth != m_panelMinWidth) {
            m_panelMinWidth = minWidth;
            updateNavigatorMode();
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateNavigatorMode()
{
    const auto *p = currentPanel();
    if (!p)
        return;
    // Titles are worth their width only while the demo keeps all of its own; on a 1024 px
    // projector the demo wins and the navigator folds to numbers (titles in tooltips).
    const int margins = 4 * style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) +
                        style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int needed = m_navigator->fullWidth() + p->minimumSizeHint().width() + margins;
    m_navigator->setCompact(width() < needed);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    shutdownAll();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The message was said in the other language; the next one comes in the new.
        statusBar()->clearMessage();
    } else if (event->type() == QEvent::WindowStateChange)
        m_fullScreenAction->setChecked(isFullScreen());
    QMainWindow::changeEvent(event);
}

} // namespace app
