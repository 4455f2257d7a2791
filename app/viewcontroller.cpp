#include "viewcontroller.h"

#include "appsettings.h"
#include "languagemanager.h"
#include "tr.h"
#include "widgets/themestyle.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPixmapCache>
#include <QStatusBar>
#include <algorithm>
#include <cmath>

namespace app {

namespace {

constexpr widgets::Theme::Kind Kinds[] = {widgets::Theme::Kind::Light, widgets::Theme::Kind::Dark,
                                          widgets::Theme::Kind::Projector};

} // namespace

ViewController::ViewController(QMainWindow *window, QMenu *viewMenu)
    : QObject(window), m_window(window), m_kind(widgets::Theme::current().kind),
      m_zoom(std::clamp(int(std::lround(widgets::Theme::current().zoom * 100)), MinZoom, MaxZoom))
{
    m_zoomIn = new QAction(this);
    // Ctrl+= is Ctrl++ without Shift: both, so the key works on every keyboard layout.
    m_zoomIn->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    connect(m_zoomIn, &QAction::triggered, this, &ViewController::zoomIn);
    m_zoomOut = new QAction(this);
    m_zoomOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(m_zoomOut, &QAction::triggered, this, &ViewController::zoomOut);
    m_zoomReset = new QAction(this);
    m_zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomReset, &QAction::triggered, this, &ViewController::resetZoom);

    m_themes = new QActionGroup(this);
    for (widgets::Theme::Kind kind : Kinds) {
        QAction *a = m_themes->addAction(QString());
        a->setCheckable(true);
        a->setData(widgets::Theme::kindName(kind));
        connect(a, &QAction::triggered, this, [this, kind] { setTheme(kind); });
    }

    m_languageGroup = new QActionGroup(this);
    for (const QString &language : LanguageManager::languages()) {
        QAction *a = m_languageGroup->addAction(QString());
        a->setCheckable(true);
        a->setData(language);
        a->setEnabled(false);
        connect(a, &QAction::triggered, this, [this, language] {
            if (m_languages)
                m_languages->setLanguage(language);
        });
    }

    viewMenu->addSeparator();
    m_zoomMenu = viewMenu->addMenu(QString());
    m_zoomMenu->addActions({m_zoomIn, m_zoomOut, m_zoomReset});
    m_themeMenu = viewMenu->addMenu(QString());
    m_themeMenu->addActions(m_themes->actions());
    m_languageMenu = viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    // Shortcuts stay live while the menu bar is hidden in presentation mode.
    window->addActions({m_zoomIn, m_zoomOut, m_zoomReset});

    m_zoomLabel = new QLabel(window);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    window->statusBar()->addPermanentWidget(m_zoomLabel);

    window->installEventFilter(this);
    retranslate();
    updateChecks();
}

void ViewController::applyToApplication(widgets::Theme::Kind kind, int zoomPercent)
{
    widgets::Theme theme = widgets::Theme::make(kind);
    theme.zoom = std::clamp(zoomPercent, MinZoom, MaxZoom) / 100.0;
    widgets::Theme::setCurrent(theme);
    // Indicators and transport icons in the theme's colours (Fusion's are dark grey on the dark
    // theme's near-black). Once: the style reads the theme whenever it draws.
    if (!qobject_cast<widgets::ThemeStyle *>(QApplication::style()))
        QApplication::setStyle(new widgets::ThemeStyle);
    QApplication::setPalette(theme.palette());
    // Menus, navigator and transport bar read at the same size as the lesson's drawings.
    QFont font = QApplication::font();
    font.setPointSizeF(theme.basePointSize());
    QApplication::setFont(font);
    // The style caches what it draws (slider grooves, button faces, icons) under keys made of
    // the palette and the size: after a theme or zoom switch none of them is looked up again,
    // yet they stayed, up to QPixmapCache's 10 MiB limit, a few hundred KiB per switch.
    QPixmapCache::clear();
    // QApplication tells the widgets only once its event loop has started; say it ourselves so
    // a switch before exec() (start-up, tests) reaches them too. Resolving twice is harmless.
    QEvent fontChange(QEvent::ApplicationFontChange);
    QEvent paletteChange(QEvent::ApplicationPaletteChange);
    for (QWidget *w : QApplication::topLevelWidgets()) {
        QCoreApplication::sendEvent(w, &paletteChange);
        QCoreApplication::sendEvent(w, &fontChange);
    }
    // Views size and paint from Theme::current(): a theme of the same font size sends them no
    // FontChange, so ask every one for new size hints and a repaint.
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *w : widgets) {
        w->updateGeometry();
        w->update();
    }
}

void ViewController::setLanguageManager(LanguageManager *languages)
{
    m_languages = languages;
    for (QAction *a : m_languageGroup->actions())
        a->setEnabled(languages != nullptr);
    if (languages)
        connect(languages, &LanguageManager::languageChanged, this, &ViewController::updateChecks,
                Qt::UniqueConnection);
    updateChecks();
}

QAction *ViewController::themeAction(widgets::Theme::Kind kind) const
{
    const QString name = widgets::Theme::kindName(kind);
    for (QAction *a : m_themes->actions())
        if (a->data().toString() == name)
            return a;
    return nullptr;
}

QAction *ViewController::languageAction(const QString &language) const
{
    for (QAction *a : m_languageGroup->actions())
        if (a->data().toString() == language)
            return a;
    return nullptr;
}

void ViewController::setZoom(int percent)
{
    const int zoom = std::clamp(percent, MinZoom, MaxZoom);
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    apply();
    remember();
}

void ViewController::zoomIn()
{
    setZoom(m_zoom + ZoomStep);
}

void ViewController::zoomOut()
{
    setZoom(m_zoom - ZoomStep);
}

void ViewController::resetZoom()
{
    setZoom(DefaultZoom);
}

void ViewController::setTheme(widgets::Theme::Kind kind)
{
    if (kind == m_kind && widgets::Theme::current().kind == kind) {
        updateChecks();
        return;
    }
    m_kind = kind;
    apply();
    remember();
}

void ViewController::apply()
{
    applyToApplication(m_kind, m_zoom);
    updateChecks();
    retranslate();
    emit themeChanged();
}

void ViewController::remember() const
{
    // Written at once rather than at exit: a choice made in class survives a crash or a kill.
    AppSettings settings = AppSettings::load();
    settings.theme = widgets::Theme::kindName(m_kind);
    settings.zoom = m_zoom;
    settings.save();
}

void ViewController::updateChecks()
{
    if (QAction *a = themeAction(m_kind))
        a->setChecked(true);
    const QString language = m_languages ? m_languages->language() : QString();
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == language);
    m_zoomIn->setEnabled(m_zoom < MaxZoom);
    m_zoomOut->setEnabled(m_zoom > MinZoom);
    m_zoomReset->setEnabled(m_zoom != DefaultZoom);
}

void ViewController::retranslate()
{
    m_zoomMenu->setTitle(Tr::tr("&Zoom"));
    m_zoomIn->setText(Tr::tr("Zoom &in"));
    m_zoomOut->setText(Tr::tr("Zoom &out"));
    m_themeMenu->setTitle(Tr::tr("&Theme"));
    const QString names[] = {Tr::tr("&Light"), Tr::tr("&Dark"), Tr::tr("&Projector")};
    for (int i = 0; i < 3; ++i)
        themeAction(Kinds[i])->setText(names[i]);
    m_languageMenu->setTitle(Tr::tr("L&anguage"));
    if (QAction *a = languageAction(QStringLiteral("zh_CN")))
        a->setText(Tr::tr("&Chinese (Simplified)"));
    if (QAction *a = languageAction(QStringLiteral("en")))
        a->setText(Tr::tr("&English"));
    m_zoomLabel->setText(Tr::tr("Zoom %1 %").arg(m_zoom));
    // Only a zoom other than 100 % is worth status-bar room (the View menu always shows it).
    m_zoomLabel->setVisible(m_zoom != DefaultZoom);
    m_zoomReset->setText(Tr::tr("&Actual size (now %1 %)").arg(m_zoom));
    m_zoomLabel->setToolTip(Tr::tr("Ctrl+= larger, Ctrl+- smaller, Ctrl+0 actual size"));
    m_zoomLabel->setAccessibleName(Tr::tr("Zoom"));
}

bool ViewController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace app
