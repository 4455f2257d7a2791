#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>
#include <memory>
#include <vector>

namespace app {

/// Owns the translators of the running app and swaps them at run time: setLanguage() removes the
/// old ones and installs every embedded `:/i18n/<module>_<lang>.qm` (plus Qt's own qtbase
/// translation for Chinese), so widgets retranslate on QEvent::LanguageChange without a restart.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    /// A manager with no translators installed (the source language, English, shows).
    explicit LanguageManager(QObject *parent = nullptr);
    /// Removes the translators it installed.
    ~LanguageManager() override;

    /// The languages the app has: "zh_CN" and "en".
    static QStringList languages();
    /// True if @p language is one of languages().
    static bool isSupported(const QString &language);
    /// The language of the system locale: "zh_CN" for any Chinese locale, else "en".
    static QString systemLanguage();

    /// Switches to @p language ("zh_CN" | "en"); returns false (and changes nothing) otherwise.
    bool setLanguage(const QString &language);
    /// The language in use, empty before the first setLanguage().
    QString language() const { return m_language; }
    /// Resource paths of the .qm files installed now (for tests and diagnostics).
    QStringList loadedFiles() const { return m_loadedFiles; }

signals:
    /// Emitted after the translators of @p language are installed.
    void languageChanged(const QString &language);

private:
    static void renameTabScrollButtons();
    void removeTranslators();

    QString m_language;
    QStringList m_loadedFiles;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace app
