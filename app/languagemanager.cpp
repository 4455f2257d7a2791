#include "languagemanager.h"

#include "widgets/content.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTabBar>
#include <QToolButton>

namespace app {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::languages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

bool LanguageManager::isSupported(const QString &language)
{
    return languages().contains(language);
}

QString LanguageManager::systemLanguage()
{
    return widgets::Content::languageOf(QLocale::system());
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!isSupported(language))
        return false;
    removeTranslators();
    // Catalog summaries and number formatting follow QLocale(); set it before the translators
    // go in, so widgets retranslating on LanguageChange already see the new language.
    QLocale::setDefault(
        QLocale(language == QLatin1String("en") ? QStringLiteral("en_US") : language));

    QStringList files;
    const QDir embedded(QStringLiteral(":/i18n"));
    for (const QString &name :
         embedded.entryList({QStringLiteral("*_%1.qm").arg(language)}, QDir::Files, QDir::Name))
        files << embedded.filePath(name);
    if (language != QLatin1String("en")) {
        // Qt's own strings (dialog buttons, context menus) come from the system's Qt.
        files << QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                     QStringLiteral("/qtbase_%1.qm").arg(language);
    }
    for (const QString &file : files) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(file) && QCoreApplication::installTranslator(translator.get())) {
            m_loadedFiles << file;
            m_translators.push_back(std::move(translator));
        }
    }
    renameTabScrollButtons();
    m_language = language;
    emit languageChanged(language);
    return true;
}

void LanguageManager::renameTabScrollButtons()
{
    // Qt 6.4's QTabBar names its scroll buttons once, when it is built, and never again: a
    // screen reader would keep announcing the old language after a switch.
    for (QWidget *w : QApplication::allWidgets()) {
        auto *bar = qobject_cast<QTabBar *>(w);
        if (!bar)
            continue;
        const auto buttons = bar->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
        if (buttons.size() == 2) { // created left, then right
            buttons[0]->setAccessibleName(QTabBar::tr("Scroll Left"));
            buttons[1]->setAccessibleName(QTabBar::tr("Scroll Right"));
        }
    }
}

void LanguageManager::removeTranslators()
{
    for (const auto &t : m_translators)
        QCoreApplication::removeTranslator(t.get());
    m_translators.clear();
    m_loadedFiles.clear();
}

} // namespace app
