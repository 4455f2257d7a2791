#pragma once

#include "presenter/presenterwindow.h"

#include <QObject>
#include <QPointer>
#include <QRect>
#include <QString>

class QAction;
class QLabel;
class QMenu;

namespace app {

class MainWindow;

/// Presentation mode for every lesson (F5, --present): full screen, navigator and menu bar
/// hidden, larger transport controls, a slide indicator; PgDn/PgUp walk through the current
/// lesson's slides (LessonPanel::slides()) and on into the next or previous lesson, Esc leaves.
/// While presenting with a second screen, the presenter window (notes, next step, clocks) goes
/// there and the projector shows only the lesson. The View menu can show the presenter window
/// on demand too. Outside presentation PgDn/PgUp move by lesson, as they always did.
class PresentationController : public QObject
{
    Q_OBJECT
public:
    /// Adds the presentation entries to @p viewMenu and their shortcuts to @p window, and the
    /// slide indicator to its status bar.
    PresentationController(MainWindow *window, QMenu *viewMenu);
    /// Closes the presenter window.
    ~PresentationController() override;

    /// True while presenting.
    bool isPresenting() const { return m_presenting; }
    /// Enters or leaves presentation mode. @p fullScreen false lays the window out for
    /// presenting without changing its size (--screenshot --present).
    void setPresenting(bool presenting, bool fullScreen = true);

    /// "Demo 2/4"-style text of the slide indicator (lesson and slide, in the current language).
    QString indicatorText() const;
    /// The slide indicator in the status bar (visible while presenting).
    QLabel *indicator() const { return m_indicator; }
    /// The presenter window, or nullptr while it was never shown.
    PresenterWindow *presenterWindow() const { return m_presenter; }
    /// True while the presenter window is shown.
    bool isPresenterVisible() const;

    /// View → Presentation mode (F5), checkable.
    QAction *presentAction() const { return m_presentAction; }
    /// View → Presenter view, checkable.
    QAction *presenterAction() const { return m_presenterAction; }

public slots:
    /// PgDn: the next slide, else the first slide of the next lesson (by lesson outside
    /// presentation).
    void next();
    /// PgUp: the previous slide, else the last slide of the previous lesson (by lesson outside
    /// presentation).
    void previous();
    /// F5: enters presentation mode, or leaves it.
    void togglePresenting();
    /// Shows the presenter window (on a screen other than the window's, when there is one) or
    /// closes it.
    void setPresenterVisible(bool visible);
    /// Brings the indicator and the presenter window up to date with the lesson and slide.
    void refresh();
    /// Re-reads the theme and zoom (the large transport font and the presenter window's type).
    void applyTheme();

signals:
    /// Emitted when presentation mode starts or ends.
    void presentingChanged(bool presenting);

protected:
    /// Follows the window's language changes and closes the presenter window with it.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showSlide(int index);
    void scaleTransport(bool large);
    void updatePresenter();
    void retranslate();

    MainWindow *m_window;
    QPointer<PresenterWindow> m_presenter;
    QLabel *m_indicator = nullptr;
    QAction *m_presentAction = nullptr;
    QAction *m_leaveAction = nullptr;
    QAction *m_presenterAction = nullptr;
    bool m_presenting = false;
    bool m_wasFullScreen = false;
    bool m_wasMaximized = false;
    QRect m_lessonGeometryBeforeNotes; ///< where the lesson was before it made room for notes
    bool m_lessonMaximizedBeforeNotes = false;
    bool m_lessonFullScreenBeforeNotes = false;
    QRect m_normalGeometry; ///< where the window was before presenting
};

} // namespace app
