#include "presentationcontroller.h"

#include "lessonnavigator.h"
#include "mainwindow.h"
#include "presenter/presenterwindow.h"
#include "tr.h"
#include "transportbar.h"
#include "widgets/lessonpanel.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTextDocument>

namespace app {

namespace {

// Transport controls in presentation mode: big enough to hit while talking and facing the room.
constexpr double TransportScale = 1.4;

int slideCount(const widgets::LessonPanel *panel)
{
    // A lesson without slides (a "coming" page) is one slide.
    return panel ? std::max<int>(1, int(panel->slides().size())) : 1;
}

QString asHtml(const QString &notes)
{
    // WhiteSpaceNormal: the default (Pre) turns every space into a no-break space, and a line
    // with no break opportunity left wraps inside words ("th e same").
    return Qt::mightBeRichText(notes) ? notes
                                      : Qt::convertFromPlainText(notes, Qt::WhiteSpaceNormal);
}

} // namespace

PresentationController::PresentationController(MainWindow *window, QMenu *viewMenu)
    : QObject(window), m_window(window), m_indicator(new QLabel(window))
{
    m_presentAction = new QAction(this);
    m_presentAction->setCheckable(true);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_presentAction, &QAction::triggered, this, &PresentationController::togglePresenting);
    // Esc belongs to dialogs and menus the rest of the time: live only while presenting.
    m_leaveAction = new QAction(this);
    m_leaveAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leaveAction->setEnabled(false);
    connect(m_leaveAction, &QAction::triggered, this, [this] { setPresenting(false); });
    m_presenterAction = new QAction(this);
    m_presenterAction->setCheckable(true);
    m_presenterAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(m_presenterAction, &QAction::triggered, this,
            &PresentationController::setPresenterVisible);

    viewMenu->addSeparator();
    viewMenu->addActions({m_presentAction, m_presenterAction});
    // The menu bar is hidden while presenting; the keys must still work.
    window->addActions({m_presentAction, m_leaveAction, m_presenterAction});

    m_indicator->setObjectName(QStringLiteral("slideIndicator"));
    QFont bold = m_indicator->font();
    bold.setBold(true);
    m_indicator->setFont(bold);
    m_indicator->setVisible(false);
    window->statusBar()->addPermanentWidget(m_indicator);

    connect(window, &MainWindow::lessonChanged, this, [this] {
        // A new lesson starts its own clock on the presenter view.
        if (m_presenter)
            m_presenter->reset();
        // A tab clicked with the mouse moves the slide too; the panel says so.
        if (widgets::LessonPanel *p = m_window->currentPanel())
            connect(p, &widgets::LessonPanel::slideChanged, this, &PresentationController::refresh,
                    Qt::UniqueConnection);
        refresh();
    });
    window->installEventFilter(this);
    retranslate();
}

PresentationController::~PresentationController()
{
    delete m_presenter;
}

void PresentationController::setPresenting(bool presenting, bool fullScreen)
{
    if (presenting == m_presenting)
        return;
    m_presenting = presenting;
    m_presentAction->setChecked(presenting);
    m_leaveAction->setEnabled(presenting);
    m_window->navigator()->setVisible(!presenting);
    m_window->menuBar()->setVisible(!presenting);
    m_indicator->setVisible(presenting);
    scaleTransport(presenting);
    if (presenting) {
        m_wasFullScreen = m_window->isFullScreen();
        m_wasMaximized = m_window->isMaximized();
        m_normalGeometry = m_window->geometry();
        if (fullScreen) {
            // Without a window manager (a bare X server, a kiosk) nobody honours the full-screen
            // request: cover the screen ourselves; a window manager does the same anyway.
            m_window->setGeometry(m_window->screen()->geometry());
            m_window->showFullScreen();
        }
        // The teacher's notes go to the other screen; the projector keeps only the lesson.
        if (fullScreen && QGuiApplication::screens().size() > 1)
            setPresenterVisible(true);
    } else {
        setPresenterVisible(false);
        if (m_wasFullScreen)
            m_window->showFullScreen();
        else if (m_wasMaximized)
            m_window->showMaximized();
        else
            m_window->showNormal();
        if (!m_wasFullScreen && !m_wasMaximized && m_normalGeometry.isValid())
            m_window->setGeometry(m_normalGeometry);
    }
    refresh();
    emit presentingChanged(presenting);
}

void PresentationController::togglePresenting()
{
    setPresenting(!m_presenting);
}

void PresentationController::next()
{
    if (!m_presenting) {
        m_window->nextLesson();
        return;
    }
    widgets::LessonPanel *p = m_window->currentPanel();
    if (p && p->currentSlide() + 1 < slideCount(p)) {
        showSlide(p->currentSlide() + 1);
        return;
    }
    const QString before = m_window->currentLessonId();
    m_window->nextLesson();
    if (m_window->currentLessonId() != before)
        showSlide(0);
}

void PresentationController::previous()
{
    if (!m_presenting) {
        m_window->previousLesson();
        return;
    }
    widgets::LessonPanel *p = m_window->currentPanel();
    if (p && p->currentSlide() > 0) {
        showSlide(p->currentSlide() - 1);
        return;
    }
    const QString before = m_window->currentLessonId();
    m_window->previousLesson();
    if (m_window->currentLessonId() != before)
        showSlide(slideCount(m_window->currentPanel()) - 1);
}

void PresentationController::showSlide(int index)
{
    if (widgets::LessonPanel *p = m_window->currentPanel())
        p->showSlide(index);
    refresh();
}

bool PresentationController::isPresenterVisible() const
{
    return m_presenter && m_presenter->isVisible();
}

void PresentationController::setPresenterVisible(bool visible)
{
    m_presenterAction->setChecked(visible);
    if (!visible) {
        if (m_presenter)
            m_presenter->close();
        // The lesson made room for the notes on a single screen: it gets its place back.
        if (m_lessonGeometryBeforeNotes.isValid()) {
            if (m_lessonFullScreenBeforeNotes)
                m_window->showFullScreen();
            else if (m_lessonMaximizedBeforeNotes)
                m_window->showMaximized();
            else
                m_window->setGeometry(m_lessonGeometryBeforeNotes);
        }
        m_lessonGeometryBeforeNotes = QRect();
        refresh();
        return;
    }
    if (!m_presenter) {
        // A child of the window, as a window of its own: it never outlives the main window and
        // does not keep the application running after the main window closed.
        m_presenter = new PresenterWindow(m_window);
        m_presenter->setWindowFlag(Qt::Window);
        m_presenter->setAttribute(Qt::WA_DeleteOnClose, false);
        // The lesson window keeps the keyboard; should the teacher click into the presenter
        // view anyway, PgDn/PgUp, Esc, Space… still drive the lesson from there.
        m_presenter->setAttribute(Qt::WA_ShowWithoutActivating);
        m_presenter->addActions(m_window->actions());
        m_presenter->start();
    }
    m_presenter->applyTheme();
    QScreen *own = m_window->screen();
    QScreen *other = nullptr;
    for (QScreen *s : QGuiApplication::screens())
        if (s != own && !other)
            other = s;
    if (other) {
        m_presenter->setGeometry(other->availableGeometry());
        m_presenter->showMaximized();
    } else {
        // One screen (rehearsing at a desk, or a projector mirroring the laptop): side by side,
        // the lesson on the left, the notes on the right; neither covers the other, so the
        // class never reads the notes instead of the demo.
        const QRect avail = own->availableGeometry();
        // A third of the screen, more when there is room; never so much that the lesson would
        // have to be narrower than it can be (its minimum size, frame included).
        const int lessonMin = m_window->minimumSizeHint().width() +
                              (m_window->frameGeometry().width() - m_window->width());
        const int notesW = std::min(std::max(avail.width() / 3, std::min(avail.width() / 2, 420)),
                                    avail.width() - lessonMin);
        const QRect lessonBox(avail.left(), avail.top(), avail.width() - notesW, avail.height());
        const QRect notesBox(lessonBox.right() + 1, avail.top(), notesW, avail.height());
        if (!m_lessonGeometryBeforeNotes.isValid()) {
            m_lessonGeometryBeforeNotes = m_window->normalGeometry();
            m_lessonMaximizedBeforeNotes = m_window->isMaximized();
            m_lessonFullScreenBeforeNotes = m_window->isFullScreen();
        }
        if (m_window->isFullScreen() || m_window->isMaximized())
            m_window->showNormal();
        // The window frame (title bar, borders) counts: the whole frame stays in its box.
        const QRect g = m_window->geometry(), f = m_window->frameGeometry();
        const QMargins frame(g.left() - f.left(), g.top() - f.top(), f.right() - g.right(),
                             f.bottom() - g.bottom());
        if (f.intersects(notesBox) || !avail.contains(f))
            m_window->setGeometry(lessonBox.marginsRemoved(frame));
        m_presenter->setGeometry(notesBox.marginsRemoved(frame));
        m_presenter->show();
        if (m_presenter->width() > notesBox.width()) // a screen too small for both: say so
            m_window->statusBar()->showMessage(
                Tr::tr("The screen is too narrow for the notes beside the lesson: they cover "
                       "part of it."));
    }
    m_presenter->raise();
    refresh();
}

void PresentationController::scaleTransport(bool large)
{
    TransportBar *bar = m_window->transportBar();
    if (large) {
        QFont f = QApplication::font();
        f.setPointSizeF(f.pointSizeF() * TransportScale);
        bar->setFont(f);
    } else {
        bar->setFont(QFont()); // inherit the application font again
    }
    const int edge = bar->fontMetrics().height();
    for (QPushButton *b : {bar->playButton(), bar->stepButton(), bar->resetButton()})
        b->setIconSize(QSize(edge, edge));
}

void PresentationController::applyTheme()
{
    scaleTransport(m_presenting);
    if (m_presenter)
        m_presenter->applyTheme();
}

QString PresentationController::indicatorText() const
{
    const QString id = m_window->currentLessonId();
    const QStringList ids = m_window->registry().ids();
    const QString lesson = Tr::tr("Lesson %1/%2").arg(ids.indexOf(id) + 1).arg(ids.size());
    const widgets::LessonPanel *p = m_window->currentPanel();
    const QStringList slides = p ? p->slides() : QStringList();
    if (slides.isEmpty())
        return lesson;
    const int i = std::clamp(p->currentSlide(), 0, int(slides.size()) - 1);
    //: lesson position, then slide title and position, e.g. "Lesson 6/8 · Demo 2/4"
    return Tr::tr("%1 · %2 %3/%4").arg(lesson, slides.at(i)).arg(i + 1).arg(slides.size());
}

void PresentationController::refresh()
{
    // A hidden panel's slide change (switched away from) does not concern the indicator.
    if (auto *from = qobject_cast<widgets::LessonPanel *>(sender());
        from && from != m_window->currentPanel())
        return;
    m_indicator->setText(indicatorText());
    updatePresenter();
}

void PresentationController::updatePresenter()
{
    if (!m_presenter)
        return;
    const QString id = m_window->currentLessonId();
    const QStringList ids = m_window->registry().ids();
    const int lesson = int(ids.indexOf(id));
    const QString title = m_window->registry().title(id);
    m_presenter->setLesson(Tr::tr("%1. %2").arg(lesson + 1).arg(title));

    const widgets::LessonPanel *p = m_window->currentPanel();
    const QStringList slides = p ? p->slides() : QStringList();
    const int i = p ? std::clamp(p->currentSlide(), 0, slideCount(p) - 1) : 0;
    const QString slideTitle =
        slides.isEmpty() ? title
                         : Tr::tr("%1 (%2/%3)").arg(slides.at(i)).arg(i + 1).arg(slides.size());
    QString nextTitle;
    if (i + 1 < slides.size()) {
        nextTitle = slides.at(i + 1);
    } else if (lesson >= 0 && lesson + 1 < ids.size()) {
        //: what PgDn shows next when this lesson has no slide left
        nextTitle = Tr::tr("lesson %1, %2")
                        .arg(lesson + 2)
                        .arg(m_window->registry().title(ids.at(lesson + 1)));
    }
    const QString notes = p ? p->presenterNotes(i) : QString();
    m_presenter->setSlide(slideTitle, notes.isEmpty() ? QString() : asHtml(notes), nextTitle);
}

void PresentationController::retranslate()
{
    m_presentAction->setText(Tr::tr("&Presentation mode"));
    m_presentAction->setToolTip(
        Tr::tr("Full screen for the projector; PgDn/PgUp through the slides, Esc leaves (F5)"));
    m_leaveAction->setText(Tr::tr("Leave presentation mode"));
    m_presenterAction->setText(Tr::tr("P&resenter view"));
    m_indicator->setAccessibleName(Tr::tr("Slide"));
    refresh();
}

bool PresentationController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::LanguageChange) {
            // Slide titles and notes are tr() at call time: re-reading them now is enough.
            retranslate();
        } else if (event->type() == QEvent::Close && m_presenter) {
            m_presenter->close();
            m_presenterAction->setChecked(false);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace app
