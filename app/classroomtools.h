#pragma once

#include "widgets/pointeroverlay.h"

#include <QObject>
#include <functional>

class QAction;
class QActionGroup;
class QDialog;
class QMenu;

namespace app {

class GlossaryLinker;
class GlossaryPage;
class KeyboardAccess;
class MainWindow;

/// The teacher's tools around whatever lesson is in front, shared by every lesson: export
/// (panel as PNG, run as Chrome trace JSON), the pointer (spotlight, pen) over the panel area,
/// the glossary (Help → Glossary page, terms in lesson text explained on hover) and keyboard
/// access (tab order navigator → panel → transport). MainWindow creates it and adds its menus.
class ClassroomTools : public QObject
{
    Q_OBJECT
public:
    /// What an export writes.
    enum class ExportKind { PanelImage, Trace };
    /// Asks where to save an export of @p kind, proposing @p suggested; empty = cancelled.
    using PathPrompt = std::function<QString(ExportKind kind, const QString &suggested)>;

    /// Tools for @p window; the pointer covers @p panelArea (the widget holding the panels).
    ClassroomTools(MainWindow *window, QWidget *panelArea);

    /// Adds the export entries to @p lessonMenu, the Pointer submenu to @p viewMenu and a Help
    /// menu (Glossary) to the window's menu bar; every shortcut also works with menus hidden.
    void addMenus(QMenu *lessonMenu, QMenu *viewMenu);
    /// Replaces the save dialog (tests answer with a path).
    void setPathPrompt(PathPrompt prompt) { m_prompt = std::move(prompt); }

    /// Saves the current panel as PNG to @p path; on failure the reason goes to the status bar
    /// and lastError(). Returns whether the file was written.
    bool exportPanelImage(const QString &path);
    /// Saves the current run as Chrome trace-event JSON to @p path (see exportPanelImage()).
    bool exportTrace(const QString &path);
    /// Why the last export failed (translated), empty after a success.
    QString lastError() const { return m_lastError; }

    /// The spotlight / pen layer over the panel area.
    widgets::PointerOverlay *pointer() const { return m_pointer; }
    /// Switches the pointer to @p mode and checks its menu entry.
    void setPointerMode(widgets::PointerOverlay::Mode mode);
    /// The window holding the glossary page; nullptr until the page is first asked for.
    QDialog *glossaryWindow() const { return m_glossaryWindow; }
    /// The glossary page in that window, made on first use.
    GlossaryPage *ensureGlossary();
    /// Annotates lesson text with glossary terms.
    GlossaryLinker *linker() const { return m_linker; }
    /// Tab order and Space/Enter on focused buttons.
    KeyboardAccess *keyboard() const { return m_keyboard; }

    /// File → Export panel as PNG… (Ctrl+Shift+S).
    QAction *exportPanelAction() const { return m_exportPanel; }
    /// File → Export trace….
    QAction *exportTraceAction() const { return m_exportTrace; }
    /// View → Pointer → Spotlight (Ctrl+L; again for off).
    QAction *spotlightAction() const { return m_spotlight; }
    /// View → Pointer → Pen (Ctrl+P; again for off).
    QAction *penAction() const { return m_pen; }
    /// View → Pointer → Off.
    QAction *pointerOffAction() const { return m_pointerOff; }
    /// View → Pointer → Erase drawing (Ctrl+E).
    QAction *clearPenAction() const { return m_clearPen; }
    /// Help → Glossary (F1): shows the page, or hides it when it is shown.
    QAction *glossaryAction() const { return m_glossary; }

public slots:
    /// Shows the glossary page, scrolled to term @p id when given.
    void showGlossary(const QString &id = QString());

protected:
    /// Retranslates on the window's LanguageChange.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void lessonChanged();
    void nameCurrentPanel();
    void updateExportActions();
    void askAndExport(ExportKind kind);
    QString askPath(ExportKind kind, const QString &suggested) const;
    bool report(bool ok, const QString &path, const QString &error);

    MainWindow *m_window;
    widgets::PointerOverlay *m_pointer;
    GlossaryLinker *m_linker;
    KeyboardAccess *m_keyboard;
    GlossaryPage *m_glossaryPage = nullptr;
    QDialog *m_glossaryWindow = nullptr;
    PathPrompt m_prompt;
    QString m_lastError;

    QMenu *m_pointerMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_exportPanel = nullptr;
    QAction *m_exportTrace = nullptr;
    QActionGroup *m_pointerGroup = nullptr;
    QAction *m_spotlight = nullptr;
    QAction *m_pen = nullptr;
    QAction *m_pointerOff = nullptr;
    QAction *m_clearPen = nullptr;
    QAction *m_glossary = nullptr;
};

} // namespace app
