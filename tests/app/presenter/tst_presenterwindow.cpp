#include "presenter/presenterwindow.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QDir>
#include <QFontInfo>
#include <QLabel>
#include <QRegularExpression>
#include <QScreen>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <atomic>
#include <memory>

using app::PresenterWindow;

namespace {

QString labelText(const QWidget &w, const char *name)
{
    const auto *l = w.findChild<QLabel *>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

QString notesText(const QWidget &w)
{
    const auto *b = w.findChild<QTextBrowser *>(QStringLiteral("presenterNotes"));
    return b ? b->toPlainText() : QString();
}

} // namespace

class TestPresenterWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void showsLessonSlideNotesAndNext();
    void elapsedClockAdvances();
    void elapsedClockRunsOnRealTime();
    void wallClock();
    void secondScreen();
    void retranslates();
    void readableOnProjector_data();
    void readableOnProjector();

private:
    void setChinese(bool on);
    QTranslator m_zh;
    bool m_installed = false;
};

void TestPresenterWindow::initTestCase()
{
    QVERIFY2(m_zh.load(QStringLiteral(":/i18n/presenter_zh_CN.qm")), "zh_CN qm is embedded");
    widgets::Theme::setCurrent(widgets::Theme::make(widgets::Theme::Kind::Projector));
    QApplication::setPalette(widgets::Theme::current().palette());
}

void TestPresenterWindow::cleanup()
{
    setChinese(false);
}

void TestPresenterWindow::setChinese(bool on)
{
    if (on && !m_installed)
        QVERIFY(QCoreApplication::installTranslator(&m_zh));
    else if (!on && m_installed)
        QCoreApplication::removeTranslator(&m_zh);
    m_installed = on;
}

void TestPresenterWindow::showsLessonSlideNotesAndNext()
{
    PresenterWindow w;
    QCOMPARE(labelText(w, "presenterLesson"), QStringLiteral("No lesson"));
    QCOMPARE(w.elapsedText(), QStringLiteral("00:00"));
    QVERIFY(!w.isRunning());

    w.setLesson(QStringLiteral("Locks"));
    w.setSlide(QStringLiteral("The race"), QStringLiteral("<p><b>Ask</b> the class: why 1?</p>"),
               QStringLiteral("The code"));
    QCOMPARE(labelText(w, "presenterLesson"), QStringLiteral("Locks"));
    QCOMPARE(labelText(w, "presenterSlide"), QStringLiteral("The race"));
    QCOMPARE(notesText(w), QStringLiteral("Ask the class: why 1?")); // rich text, rendered
    QCOMPARE(labelText(w, "presenterNext"), QStringLiteral("Next: The code"));

    w.setSlide(QStringLiteral("Try this"), QString(), QString()); // last slide, no notes
    QCOMPARE(labelText(w, "presenterNext"), QStringLiteral("Next: (end of the lesson)"));
    QCOMPARE(notesText(w), QStringLiteral("No notes for this slide."));
}

void TestPresenterWindow::elapsedClockAdvances()
{
    PresenterWindow w;
    auto now = std::make_shared<std::atomic<qint64>>(5000);
    w.setClock([now] { return now->load(); });
    w.setTickInterval(5);
    now->store(9000);
    QCOMPARE(w.elapsedText(), QStringLiteral("00:00")); // not started

    w.start();
    QVERIFY(w.isRunning());
    QCOMPARE(labelText(w, "presenterElapsed"), QStringLiteral("00:00"));
    now->store(9000 + 61'500);
    QCOMPARE(w.elapsedText(), QStringLiteral("01:01"));
    QTRY_COMPARE(labelText(w, "presenterElapsed"), QStringLiteral("01:01")); // the timer shows it
    now->store(9000 + 75 * 60'000 + 7'000);
    QTRY_COMPARE(labelText(w, "presenterElapsed"), QStringLiteral("75:07")); // no wrap at 60

    w.reset();
    QCOMPARE(w.elapsedText(), QStringLiteral("00:00"));
    QCOMPARE(labelText(w, "presenterElapsed"), QStringLiteral("00:00"));
    now->store(now->load() + 2'000);
    QTRY_COMPARE(labelText(w, "presenterElapsed"), QStringLiteral("00:02")); // still running
}

void TestPresenterWindow::elapsedClockRunsOnRealTime()
{
    PresenterWindow w;
    w.setTickInterval(20);
    w.start();
    QTRY_COMPARE_WITH_TIMEOUT(labelText(w, "presenterElapsed"), QStringLiteral("00:01"), 5000);
}

void TestPresenterWindow::wallClock()
{
    PresenterWindow w;
    const QString text = labelText(w, "presenterClock");
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d$")).match(text).hasMatch(),
             qPrintable(text));
    const QTime shown = QTime::fromString(text, QStringLiteral("HH:mm"));
    const int diff = std::abs(shown.secsTo(QTime::currentTime()));
    QVERIFY(diff <= 120 || diff >= 24 * 3600 - 120); // allow a minute (and midnight) to pass
}

void TestPresenterWindow::secondScreen()
{
    QScreen *second = PresenterWindow::secondScreen();
    if (QGuiApplication::screens().size() < 2) {
        QCOMPARE(second, nullptr);
    } else {
        QVERIFY(second);
        QVERIFY(second != QGuiApplication::primaryScreen());
    }
}

void TestPresenterWindow::retranslates()
{
    PresenterWindow w;
    w.setSlide(QStringLiteral("A"), QString(), QStringLiteral("B"));
    QCOMPARE(labelText(w, "presenterElapsedCaption"), QStringLiteral("Elapsed"));
    setChinese(true);
    QTRY_COMPARE(labelText(w, "presenterElapsedCaption"), QStringLiteral("已用时间"));
    QCOMPARE(labelText(w, "presenterNext"), QStringLiteral("下一页：B"));
    QCOMPARE(labelText(w, "presenterLesson"), QStringLiteral("尚未选择课程"));
    QCOMPARE(notesText(w), QStringLiteral("这一页没有备注。"));
    setChinese(false);
    QTRY_COMPARE(labelText(w, "presenterElapsedCaption"), QStringLiteral("Elapsed"));
}

void TestPresenterWindow::readableOnProjector_data()
{
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<QSize>("size");
    QTest::newRow("en-1024") << false << QSize(1024, 768);
    QTest::newRow("en-1920") << false << QSize(1920, 1080);
    QTest::newRow("zh-1024") << true << QSize(1024, 768);
    QTest::newRow("zh-1920") << true << QSize(1920, 1080);
}

void TestPresenterWindow::readableOnProjector()
{
    QFETCH(bool, chinese);
    QFETCH(QSize, size);
    setChinese(chinese);
    PresenterWindow w;
    w.setLesson(chinese ? QStringLiteral("锁：线程安全") : QStringLiteral("Locks: thread safety"));
    w.setSlide(chinese ? QStringLiteral("演示：两个线程同时执行 n += 1")
                       : QStringLiteral("Demo: two threads run n += 1 at the same time"),
               chinese ? QStringLiteral("<p>先关掉锁，点<b>运行</b>。问学生：为什么结果少于 "
                                        "2000？</p><ul><li>读、加、写是三步</li>"
                                        "<li>另一个线程可以插在中间</li></ul>")
                       : QStringLiteral("<p>Turn the lock off and press <b>Run</b>. Ask: why "
                                        "is the total below 2000?</p><ul><li>read, add, write "
                                        "are three steps</li><li>the other thread can cut in "
                                        "between them</li></ul>"),
               chinese ? QStringLiteral("代码：lock.acquire() 与 lock.release()")
                       : QStringLiteral("Code: lock.acquire() and lock.release()"));
    w.setTickInterval(5);
    w.resize(size);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    for (QWidget *child : w.findChildren<QWidget *>())
        QVERIFY2(QFontInfo(child->font()).pixelSize() >= 18, qPrintable(child->objectName()));
    for (QLabel *l : w.findChildren<QLabel *>()) {
        const int needed = l->wordWrap() ? l->heightForWidth(l->width()) : l->sizeHint().height();
        QVERIFY2(needed <= l->height(), qPrintable(l->objectName()));
        if (!l->wordWrap())
            QVERIFY2(l->sizeHint().width() <= l->width(), qPrintable(l->objectName()));
    }
    const auto *notes = w.findChild<QTextBrowser *>(QStringLiteral("presenterNotes"));
    QVERIFY(notes->document()->size().height() <= notes->viewport()->height());

    const QString dir = qEnvironmentVariable("CLASSROOM_SHOTS");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(w.grab().save(dir + QStringLiteral("/presenter-%1-%2x%3.png")
                                        .arg(chinese ? "zh_CN" : "en")
                                        .arg(size.width())
                                        .arg(size.height())));
    }
}

QTEST_MAIN(TestPresenterWindow)
#include "tst_presenterwindow.moc"
