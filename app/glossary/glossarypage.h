#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;

namespace app {

/// The course's vocabulary on one page: each term of the notes with its partner, always naming
/// the Chinese word, and a short definition. A filter box finds a term while the class watches.
class GlossaryPage : public QWidget
{
    Q_OBJECT
public:
    /// An unfiltered page in the current language and theme.
    explicit GlossaryPage(QWidget *parent = nullptr);

    /// Shows only entries whose terms or definition contain @p text (any language); empty = all.
    void setFilter(const QString &text);
    /// Lists every entry and scrolls to the one with @p id (a term clicked in a lesson).
    void showEntry(const QString &id);
    /// How many entries are listed now.
    int visibleEntryCount() const { return m_visible; }
    /// Re-reads widgets::Theme::current() (fonts, colours); the app calls it on theme or zoom
    /// change.
    void applyTheme();

protected:
    /// Retranslates on QEvent::LanguageChange.
    void changeEvent(QEvent *event) override;
    /// Follows a theme or zoom switch (the app sets a new application font and palette).
    bool event(QEvent *event) override;

private:
    void retranslate();
    void rebuild();

    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    QLineEdit *m_filter = nullptr;
    QTextBrowser *m_browser = nullptr;
    int m_visible = 0;
};

} // namespace app
