#pragma once

#include "widgets/lesson.h"
#include "widgets/lessonpanel.h"

class QLabel;
class QTextBrowser;

namespace app {

/// The honest page of a lesson whose live demo is not built yet: its title, a clear "coming"
/// label and the summary of the notes (the lesson's descriptor has no panel). It has no demo, so it
/// never plays and the transport bar is disabled while it is shown.
class ComingSoonPanel : public widgets::LessonPanel
{
    Q_OBJECT
public:
    /// The page of @p lesson.
    explicit ComingSoonPanel(const widgets::Lesson &lesson, QWidget *parent = nullptr);

    QString lessonId() const override { return m_lesson.id; }
    // There is no demo: the transport's requests are accepted and do nothing.
    void play() override {}
    void pause() override {}
    void step() override {}
    void reset() override {}
    void setSpeed(int) override {}
    bool isPlaying() const override { return false; }
    void shutdown() override {}

    /// The summary view (for tests).
    QTextBrowser *summaryView() const { return m_summary; }
    /// As wide as the summary's widest code line: prose wraps, code must not scroll sideways.
    QSize minimumSizeHint() const override;
    /// The "coming" label (for tests).
    QLabel *comingLabel() const { return m_coming; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void applyFonts();

    widgets::Lesson m_lesson;
    QLabel *m_title = nullptr;
    QLabel *m_coming = nullptr;
    QTextBrowser *m_summary = nullptr;
};

} // namespace app
