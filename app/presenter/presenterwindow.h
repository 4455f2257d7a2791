#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTimer>
#include <QWidget>
#include <functional>

class QLabel;
class QScreen;
class QTextBrowser;

namespace app {

/// The presenter module's one translation context ("Presenter").
struct PresenterTr
{
    Q_DECLARE_TR_FUNCTIONS(Presenter)
};

/// What the teacher sees on the second screen while the projector shows the lesson: the lesson
/// and slide, the notes for this slide in large type, the next slide's title, the time spent
/// since the lesson started and the time of day.
class PresenterWindow : public QWidget
{
    Q_OBJECT
public:
    /// Milliseconds on a monotonic clock; injectable so tests control time.
    using Clock = std::function<qint64()>;

    /// A presenter view with no lesson, the elapsed clock at 00:00 and stopped.
    explicit PresenterWindow(QWidget *parent = nullptr);

    /// Shows @p title as the current lesson.
    void setLesson(const QString &title);
    /// Shows the current slide's @p title, its presenter @p notes (rich text) and the title of
    /// the slide after it (@p nextTitle, empty on the last slide).
    void setSlide(const QString &title, const QString &notes, const QString &nextTitle);
    /// Starts the elapsed clock from 00:00.
    void start();
    /// Sets the elapsed clock back to 00:00 (it keeps running if it was).
    void reset();
    /// True after start().
    bool isRunning() const { return m_running; }
    /// Time since start() as mm:ss (minutes go past 59 rather than wrapping).
    QString elapsedText() const;

    /// Replaces the monotonic clock (tests); resets the elapsed time.
    void setClock(Clock clock);
    /// How often the clocks refresh, in ms (1000 by default).
    void setTickInterval(int ms);
    /// Re-reads widgets::Theme::current() (fonts); the app calls it on theme or zoom change.
    void applyTheme();

    /// A screen other than the primary one (the teacher's laptop beside the projector), or
    /// nullptr when there is only one.
    static QScreen *secondScreen();

protected:
    /// Retranslates on QEvent::LanguageChange.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void tick();
    void showNext();

    QLabel *m_lesson = nullptr;
    QLabel *m_slide = nullptr;
    QTextBrowser *m_notes = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_elapsedCaption = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_clockCaption = nullptr;
    QLabel *m_clock = nullptr;

    QString m_lessonTitle;
    QString m_notesHtml;
    QString m_nextTitle;
    Clock m_now;
    qint64 m_startMs = 0;
    bool m_running = false;
    QTimer m_timer;
};

} // namespace app
