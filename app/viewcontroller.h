#pragma once

#include "languagemanager.h"
#include "widgets/theme.h"

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QMainWindow;
class QMenu;

namespace app {

/// How the classroom reads: zoom (50–300 %, Ctrl+= / Ctrl+- / Ctrl+0), theme (View → Theme)
/// and language (View → Language), all switchable while a lesson runs. Zoom and theme live in
/// widgets::Theme::current(), which every view reads when it paints, so a switch is a new
/// current theme, the app palette and font set again, and every widget re-laid-out and repainted.
/// Changes made here by the user are remembered in AppSettings at once; what the command line
/// asked for (--theme, --zoom) holds for this run only.
class ViewController : public QObject
{
    Q_OBJECT
public:
    /// Smallest zoom, in percent.
    static constexpr int MinZoom = 50;
    /// Largest zoom, in percent.
    static constexpr int MaxZoom = 300;
    /// Zoom of Ctrl+0, in percent.
    static constexpr int DefaultZoom = 100;
    /// How far one Ctrl+= or Ctrl+- moves, in percent.
    static constexpr int ZoomStep = 10;

    /// Adds the zoom, theme and language entries to @p viewMenu and their shortcuts to @p window,
    /// and a zoom label to its status bar; starts from widgets::Theme::current().
    ViewController(QMainWindow *window, QMenu *viewMenu);

    /// Makes theme @p kind at @p zoomPercent (clamped) current for the whole application:
    /// Theme::current(), QApplication palette and font, every widget re-laid-out and repainted.
    static void applyToApplication(widgets::Theme::Kind kind, int zoomPercent);

    /// Zoom in percent.
    int zoom() const { return m_zoom; }
    /// The theme in use.
    widgets::Theme::Kind themeKind() const { return m_kind; }
    /// Lets the Language menu switch through @p languages (without one the menu is disabled).
    void setLanguageManager(LanguageManager *languages);

    /// The View → Zoom in action (Ctrl+=, Ctrl++).
    QAction *zoomInAction() const { return m_zoomIn; }
    /// The View → Zoom out action (Ctrl+-).
    QAction *zoomOutAction() const { return m_zoomOut; }
    /// The View → Actual size action (Ctrl+0).
    QAction *zoomResetAction() const { return m_zoomReset; }
    /// The View → Theme entry of @p kind.
    QAction *themeAction(widgets::Theme::Kind kind) const;
    /// The View → Language entry of @p language ("zh_CN" | "en"), or nullptr.
    QAction *languageAction(const QString &language) const;
    /// The status-bar label showing the zoom.
    QLabel *zoomLabel() const { return m_zoomLabel; }

public slots:
    /// Zooms to @p percent, clamped to MinZoom … MaxZoom, and remembers it.
    void setZoom(int percent);
    /// One ZoomStep larger (stops at MaxZoom).
    void zoomIn();
    /// One ZoomStep smaller (stops at MinZoom).
    void zoomOut();
    /// Back to DefaultZoom.
    void resetZoom();
    /// Switches to theme @p kind and remembers it.
    void setTheme(widgets::Theme::Kind kind);

signals:
    /// The theme or the zoom changed (views that set their own fonts re-read the theme).
    void themeChanged();

protected:
    /// Retranslates the menu entries when the window's language changes.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void remember() const;
    void retranslate();
    void updateChecks();

    QMainWindow *m_window;
    QPointer<LanguageManager> m_languages;
    widgets::Theme::Kind m_kind = widgets::Theme::Kind::Light;
    int m_zoom = DefaultZoom;

    QMenu *m_zoomMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomReset = nullptr;
    QActionGroup *m_themes = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_zoomLabel = nullptr;
};

} // namespace app
