#pragma once

#include "course/course.h"
#include "widgets/lessonregistry.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace widgets {
class LessonPanel;
}

namespace app {

class ClassroomTools;
class LessonNavigator;
class PresentationController;
class TransportBar;
class ViewController;

/// The classroom window: the lesson navigator, the lesson panel in front (created lazily through
/// the panel factory), the transport bar shared by every lesson, and the status bar. Before
/// another lesson is shown the old panel's threads are joined (shutdown()); so are every
/// panel's when the window closes.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// A window with the lessons of @p registry (the course; tests pass their own), showing no
    /// lesson yet. A lesson's panel comes from its descriptor, or is its coming page.
    explicit MainWindow(const widgets::LessonRegistry &registry = course::registry(),
                        QWidget *parent = nullptr);
    /// Shuts every created panel down.
    ~MainWindow() override;

    /// Shows lesson @p id, creating its panel on first use; false for an unknown id.
    bool setLesson(const QString &id);
    /// Id of the lesson shown (empty before the first setLesson()).
    QString currentLessonId() const { return m_currentId; }
    /// The panel shown, or nullptr.
    widgets::LessonPanel *currentPanel() const;
    /// The panel of lesson @p id if it was created, else nullptr.
    widgets::LessonPanel *panel(const QString &id) const { return m_panels.value(id); }
    /// The lessons this window shows, in order.
    const widgets::LessonRegistry &registry() const { return m_registry; }
    /// The lesson list.
    LessonNavigator *navigator() const { return m_navigator; }
    /// The shared Play/Pause, Step, Reset and speed controls.
    TransportBar *transportBar() const { return m_transport; }
    /// Export, pointer, glossary and keyboard access around the lesson in front.
    ClassroomTools *classroomTools() const { return m_tools; }
    /// Speed slider position, 0 … LessonPanel::FullSpeed.
    int speed() const;
    /// Moves the speed slider (and so the current panel's pacing) to @p speed.
    void setSpeed(int speed);
    /// Enters or leaves presentation mode (see PresentationController).
    void setPresenting(bool presenting);
    /// True while presenting.
    bool isPresenting() const;
    /// Presentation mode, slides and the presenter window.
    PresentationController *presentation() const { return m_presentation; }
    /// Zoom, theme and language menus.
    ViewController *viewController() const { return m_view; }

public slots:
    /// Shows the next lesson in course order (PgDn); stays on the last one.
    void nextLesson();
    /// Shows the previous lesson (PgUp); stays on the first one.
    void previousLesson();
    /// Plays the current demo if it is paused, pauses it if it plays (Space).
    void playPause();
    /// One step of the current demo (S, →).
    void step();
    /// Resets the current demo (R).
    void reset();
    /// Switches between full screen and a normal window (F11).
    void toggleFullScreen();
    /// Calls shutdown() on every created panel: all their threads are joined on return.
    void shutdownAll();

signals:
    /// Lesson @p id is now shown.
    void lessonChanged(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    /// Folds the navigator to a rail of numbers when titles and panel do not both fit.
    void resizeEvent(QResizeEvent *event) override;
    /// Folds or unfolds the navigator when the lesson's minimum width changes (its tabs, its
    /// knobs), not only on a resize or a lesson switch.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void updateTransport();
    void updateNavigatorMode();
    void updateLessonKeys();
    void fitStatusText();
    widgets::LessonPanel *panelFor(const QString &id);

    widgets::LessonRegistry m_registry;
    LessonNavigator *m_navigator = nullptr;
    QStackedWidget *m_stack = nullptr;
    TransportBar *m_transport = nullptr;
    ClassroomTools *m_tools = nullptr;
    QHash<QString, widgets::LessonPanel *> m_panels;
    QSet<widgets::LessonPanel *> m_shutDown; ///< panels to reset() before they show again
    QString m_currentId;
    PresentationController *m_presentation = nullptr;
    ViewController *m_view = nullptr;

    QMenu *m_lessonMenu = nullptr;
    QMenu *m_demoMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_lessonKeysMenu = nullptr;
    QLabel *m_statusText = nullptr; ///< the status message, wrapped ///< the shown lesson's own
                                    ///< keys (LessonPanel::keyActions)
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_stepAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    int m_panelMinWidth = -1; ///< the shown lesson's minimum width the navigator was fitted to
};

} // namespace app
