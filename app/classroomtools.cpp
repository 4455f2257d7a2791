#include "classroomtools.h"

#include "exporter.h"
#include "glossary/glossarypage.h"
#include "glossarylinker.h"
#include "keyboardaccess.h"
#include "lessonnavigator.h"
#include "mainwindow.h"
#include "tr.h"
#include "transportbar.h"
#include "widgets/lessonpanel.h"

#include <QAction>
#include <QActionGroup>
#include <QDialog>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QVBoxLayout>

namespace app {

namespace {

/// Marks an accessible name this class gave, so it is retranslated rather than kept.
constexpr char AutoNamed[] = "cc_autoNamed";

} // namespace

ClassroomTools::ClassroomTools(MainWindow *window, QWidget *panelArea)
    : QObject(window), m_window(window), m_pointer(new widgets::PointerOverlay(panelArea)),
      m_linker(new GlossaryLinker(this)), m_keyboard(new KeyboardAccess(window, [this] {
          TransportBar *bar = m_window->transportBar();
          return QList<QWidget *>{m_window->navigator(), m_window->currentPanel(), bar,
                                  m_glossaryWindow};
      }))
{
    m_pointer->setObjectName(QStringLiteral("pointerOverlay"));
    createActions();
    connect(m_linker, &GlossaryLinker::termActivated, this, &ClassroomTools::showGlossary);
    connect(window, &MainWindow::lessonChanged, this, &ClassroomTools::lessonChanged);
    window->installEventFilter(this);
    retranslate();
}

void ClassroomTools::createActions()
{
    m_exportPanel = new QAction(this);
    m_exportPanel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_exportPanel, &QAction::triggered, this,
            [this] { askAndExport(ExportKind::PanelImage); });
    m_exportTrace = new QAction(this);
    connect(m_exportTrace, &QAction::triggered, this, [this] { askAndExport(ExportKind::Trace); });

    // Spotlight and pen exclude each other; pressing the checked one again turns it off.
    m_pointerGroup = new QActionGroup(this);
    m_pointerGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    m_spotlight = m_pointerGroup->addAction(QString());
    m_spotlight->setCheckable(true);
    m_spotlight->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_pen = m_pointerGroup->addAction(QString());
    m_pen->setCheckable(true);
    m_pen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_pointerGroup, &QActionGroup::triggered, this, [this] {
        QAction *on = m_pointerGroup->checkedAction();
        m_pointer->setMode(on == m_spotlight ? widgets::PointerOverlay::Mode::Spotlight
                           : on == m_pen     ? widgets::PointerOverlay::Mode::Pen
                                             : widgets::PointerOverlay::Mode::Off);
    });
    m_pointerOff = new QAction(this);
    connect(m_pointerOff, &QAction::triggered, this,
            [this] { setPointerMode(widgets::PointerOverlay::Mode::Off); });
    m_clearPen = new QAction(this);
    m_clearPen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_clearPen, &QAction::triggered, m_pointer, &widgets::PointerOverlay::clear);

    m_glossary = new QAction(this);
    m_glossary->setShortcut(QKeySequence(Qt::Key_F1));
    // F1 shows the page, and hides it again when it is already up.
    connect(m_glossary, &QAction::triggered, this, [this] {
        if (m_glossaryWindow && m_glossaryWindow->isVisible())
            m_glossaryWindow->hide();
        else
            showGlossary();
    });

    // Menus are hidden in presentation mode; the shortcuts must still work there.
    m_window->addActions(
        {m_exportPanel, m_exportTrace, m_spotlight, m_pen, m_pointerOff, m_clearPen, m_glossary});
}

void ClassroomTools::addMenus(QMenu *lessonMenu, QMenu *viewMenu)
{
    // Before Quit, which stays last.
    QAction *last = lessonMenu->actions().isEmpty() ? nullptr : lessonMenu->actions().constLast();
    lessonMenu->insertActions(last, {m_exportPanel, m_exportTrace});
    lessonMenu->insertSeparator(last);

    m_pointerMenu = viewMenu->addMenu(QString());
    m_pointerMenu->addActions({m_pointerOff, m_spotlight, m_pen});
    m_pointerMenu->addSeparator();
    m_pointerMenu->addAction(m_clearPen);

    m_helpMenu = m_window->menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_glossary);
    // A menu of one short entry is sized to the pixel and Qt then elides the Chinese text
    // beside its shortcut; give it room measured in the font it is shown with.
    connect(m_helpMenu, &QMenu::aboutToShow, this, [this] {
        const QFontMetrics fm = m_helpMenu->fontMetrics();
        m_helpMenu->setMinimumWidth(
            fm.horizontalAdvance(QString(m_glossary->text()).remove(QLatin1Char('&'))) +
            fm.horizontalAdvance(m_glossary->shortcut().toString(QKeySequence::NativeText)) +
            8 * fm.averageCharWidth());
    });
    retranslate();
}

void ClassroomTools::retranslate()
{
    m_exportPanel->setText(Tr::tr("Export panel as PN&G…"));
    m_exportTrace->setText(Tr::tr("Export &trace…"));
    if (m_pointerMenu)
        m_pointerMenu->setTitle(Tr::tr("P&ointer"));
    m_pointerOff->setText(Tr::tr("Pointer &off"));
    m_spotlight->setText(Tr::tr("&Spotlight"));
    m_pen->setText(Tr::tr("&Pen"));
    m_clearPen->setText(Tr::tr("&Erase drawing"));
    if (m_helpMenu)
        m_helpMenu->setTitle(Tr::tr("&Help"));
    m_glossary->setText(Tr::tr("&Glossary"));
    if (m_glossaryWindow)
        m_glossaryWindow->setWindowTitle(Tr::tr("Glossary"));
    m_pointer->setAccessibleName(Tr::tr("Pointer"));
    updateExportActions();
    nameCurrentPanel();
}

void ClassroomTools::updateExportActions()
{
    const bool hasTrace = Exporter::hasTrace(m_window->currentPanel());
    m_exportPanel->setEnabled(m_window->currentPanel() != nullptr);
    m_exportTrace->setEnabled(hasTrace);
    // A disabled entry still shows its status tip, so the teacher learns why it is grey.
    m_exportTrace->setStatusTip(hasTrace ? Tr::tr("Save this run for Perfetto or chrome://tracing")
                                         : Tr::tr("This lesson has no run to export yet."));
    m_exportPanel->setStatusTip(Tr::tr("Save the lesson panel as a PNG picture"));
}

void ClassroomTools::lessonChanged()
{
    // The drawing belonged to the lesson it was made on.
    m_pointer->clear();
    widgets::LessonPanel *panel = m_window->currentPanel();
    m_linker->attachAll(panel);
    nameCurrentPanel();
    // A window opening starts with the panel focused, as before (its number keys), not the list.
    if (panel && !m_window->focusWidget() && panel->focusPolicy() != Qt::NoFocus)
        panel->setFocus(Qt::OtherFocusReason);
    updateExportActions();
}

void ClassroomTools::nameCurrentPanel()
{
    // A panel that takes focus itself (the locks panel, for its number keys) is announced by
    // its lesson's title, for every lesson alike.
    widgets::LessonPanel *panel = m_window->currentPanel();
    if (!panel)
        return;
    panel->setAccessibleName(m_window->registry().title(panel->lessonId()));
    // A tab widget's bar is what Tab lands on; Qt leaves it unnamed. Named here (and renamed on
    // a language switch) unless the panel named it itself.
    for (QTabBar *bar : panel->findChildren<QTabBar *>()) {
        if (bar->accessibleName().isEmpty() || bar->property(AutoNamed).toBool()) {
            bar->setAccessibleName(Tr::tr("Pages of the lesson"));
            bar->setProperty(AutoNamed, true);
        }
    }
}

void ClassroomTools::setPointerMode(widgets::PointerOverlay::Mode mode)
{
    m_spotlight->setChecked(mode == widgets::PointerOverlay::Mode::Spotlight);
    m_pen->setChecked(mode == widgets::PointerOverlay::Mode::Pen);
    m_pointer->setMode(mode);
}

GlossaryPage *ClassroomTools::ensureGlossary()
{
    // Made when first asked for: most lessons never open it, and it is a whole text page.
    if (m_glossaryWindow)
        return m_glossaryPage;
    // A window of its own over the lesson rather than a dock beside it: on a 1024-pixel
    // projector a dock would squeeze the panel until it scrolls sideways.
    m_glossaryWindow = new QDialog(m_window, Qt::Tool);
    m_glossaryWindow->setObjectName(QStringLiteral("glossaryWindow"));
    m_glossaryPage = new GlossaryPage(m_glossaryWindow);
    auto *layout = new QVBoxLayout(m_glossaryWindow);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_glossaryPage);
    // Half the screen at most, so the panel stays in view beside it.
    const QRect screen = m_window->screen()->availableGeometry();
    m_glossaryWindow->resize(std::min(screen.width() / 2, m_glossaryPage->sizeHint().width() * 2),
                             screen.height() * 3 / 4);
    retranslate();
    return m_glossaryPage;
}

void ClassroomTools::showGlossary(const QString &id)
{
    ensureGlossary();
    m_glossaryPage->applyTheme();
    m_glossaryWindow->show();
    m_glossaryWindow->raise();
    m_glossaryWindow->activateWindow();
    if (!id.isEmpty())
        m_glossaryPage->showEntry(id);
}

bool ClassroomTools::exportPanelImage(const QString &path)
{
    QString error;
    const bool ok = Exporter::savePanelImage(m_window->currentPanel(), path, &error, m_pointer);
    return report(ok, path, error);
}

bool ClassroomTools::exportTrace(const QString &path)
{
    QString error;
    const bool ok = Exporter::saveTrace(m_window->currentPanel(), path, &error);
    return report(ok, path, error);
}

bool ClassroomTools::report(bool ok, const QString &path, const QString &error)
{
    m_lastError = ok ? QString() : error;
    m_window->statusBar()->showMessage(
        ok ? Tr::tr("Saved “%1”.").arg(QDir::toNativeSeparators(path)) : error);
    return ok;
}

QString ClassroomTools::askPath(ExportKind kind, const QString &suggested) const
{
    if (m_prompt)
        return m_prompt(kind, suggested);
    // Qt's own dialog: it is translated with the app and looks the same on every desktop.
    return kind == ExportKind::PanelImage
               ? QFileDialog::getSaveFileName(m_window, Tr::tr("Export panel as PNG"), suggested,
                                              Tr::tr("PNG images (*.png)"), nullptr,
                                              QFileDialog::DontUseNativeDialog)
               : QFileDialog::getSaveFileName(m_window, Tr::tr("Export trace"), suggested,
                                              Tr::tr("Chrome trace JSON (*.json)"), nullptr,
                                              QFileDialog::DontUseNativeDialog);
}

void ClassroomTools::askAndExport(ExportKind kind)
{
    QString dir = QStandardPaths::writableLocation(kind == ExportKind::PanelImage
                                                       ? QStandardPaths::PicturesLocation
                                                       : QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    const QString id = m_window->currentLessonId();
    const QString name = kind == ExportKind::PanelImage ? id + QStringLiteral(".png")
                                                        : id + QStringLiteral("-trace.json");
    const QString path = askPath(kind, QDir(dir).filePath(name));
    if (path.isEmpty())
        return;
    const bool ok = kind == ExportKind::PanelImage ? exportPanelImage(path) : exportTrace(path);
    if (!ok && !m_prompt)
        QMessageBox::warning(m_window, Tr::tr("Export failed"), m_lastError);
}

bool ClassroomTools::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace app
