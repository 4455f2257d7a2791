#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QTabWidget;
class QTextBrowser;

namespace widgets {

class CodeView;

/// The pages every lesson has, as tabs: Explanation, the lesson's Demo page, Try this. The four
/// presentation slides map onto them: Explanation, Demo (the demo with the notes' Python),
/// Code (the demo with the code that really runs, listing 1 of the demo's CodeView), Try this.
/// The Markdown pages and presenter notes come from the lesson's content, in the language in
/// force, and follow a language switch.
class LessonFrame : public QWidget
{
    Q_OBJECT
public:
    /// The slides, in order.
    enum Slide { ExplanationSlide, DemoSlide, CodeSlide, TryThisSlide, SlideCount };

    /// The frame of lesson @p lessonId around @p demoPage, whose @p code view the Demo and
    /// Code slides switch between its listings. Shows the Demo tab.
    LessonFrame(const QString &lessonId, QWidget *demoPage, CodeView *code,
                QWidget *parent = nullptr);

    /// The slide titles, translated.
    QStringList slides() const;
    /// Shows slide @p index (ignored when out of range).
    void showSlide(int index);
    /// The slide shown now.
    int currentSlide() const;
    /// What the teacher says on slide @p index (the lesson's notes page), in the language in
    /// force.
    QString presenterNotes(int index) const;

    /// The tabs.
    QTabWidget *tabs() const { return m_tabs; }
    /// The Explanation page.
    QTextBrowser *explanation() const { return m_explanation; }
    /// The Try this page.
    QTextBrowser *tryThis() const { return m_tryThis; }

signals:
    /// currentSlide() is now @p index (by showSlide(), a tab or a listing tab).
    void slideChanged(int index);

protected:
    /// Retranslates and reloads the pages on a language switch.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadPages();

    QString m_lessonId;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_explanation = nullptr;
    QTextBrowser *m_tryThis = nullptr;
    QWidget *m_demo = nullptr;
    CodeView *m_code = nullptr;
};

} // namespace widgets
