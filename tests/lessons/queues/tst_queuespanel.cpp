#include "../../widgets/textcheck.h"
#include "../panelcheck.h"
#include "queues/queuespanel.h"
#include "queues/queuesview.h"
#include "widgets/theme.h"

#include "widgets/codeview.h"
#include <QApplication>
#include <QElapsedTimer>
#include <QPushButton>

#include <QRegularExpression>
#include <QTranslator>
#include <QtTest>

using namespace queues;

namespace {

/// The answer of the newest call named @p name, as the panel's scene shows it (empty if none).
CallAnswer newest(QueuesPanel &panel, const QString &name)
{
    const auto &workers = panel.scene().workers();
    for (int id = int(workers.size()) - 1; id >= 0; --id)
        if (workers[std::size_t(id)].name == name)
            return QueueCalls::answer(panel.scene(), id);
    return {};
}

/// True when every call of @p panel has answered or waits at its queue.
bool settled(QueuesPanel &panel)
{
    panel.refresh();
    const auto &workers = panel.scene().workers();
    for (int id = 0; id < int(workers.size()); ++id) {
        if (QueuesView::queueOf(workers[std::size_t(id)].name) < 0)
            continue;
        const CallAnswer a = QueueCalls::answer(panel.scene(), id);
        if (a.answer.isEmpty() && !a.blocked)
            return false;
    }
    return true;
}

/// Presses @p call and waits until both queues' threads answered or wait.
void pressAndSettle(QueuesPanel &panel, Call call)
{
    panel.refresh();
    const std::size_t before = std::max<std::size_t>(1, panel.scene().workers().size());
    panel.press(call);
    QTRY_VERIFY((panel.refresh(), panel.scene().workers().size() >= before + 2) && settled(panel));
}

} // namespace

/// The queue console: each button press is one real thread per queue, the FIFO and the LIFO
/// answer the same presses differently, a put on a full queue waits at it until a get, and the
/// picture fits a projector.
class TestQueuesPanel : public QObject
{
    Q_OBJECT
private slots:
    void fifoAndLifoSideBySide()
    {
        QueuesPanel panel;
        panel.setSpeed(widgets::LessonPanel::FullSpeed);
        for (int i = 1; i <= 3; ++i) { // one at a time: threads pressed at once race
            panel.button(Call::Put)->click();
            QVERIFY(panel.isPlaying());
            QTRY_VERIFY((panel.refresh(),
                         newest(panel, QStringLiteral("q.put(%1)").arg(i)).answer == "None"));
            QTRY_VERIFY((panel.refresh(),
                         newest(panel, QStringLiteral("s.put(%1)").arg(i)).answer == "None"));
        }
        QTRY_VERIFY((panel.refresh(), panel.scene().queues()[0].items.size() == 3));
        panel.button(Call::Get)->click();
        QTRY_VERIFY((panel.refresh(), !newest(panel, "q.get()").answer.isEmpty()));
        QTRY_VERIFY((panel.refresh(), !newest(panel, "s.get()").answer.isEmpty()));
        QCOMPARE(newest(panel, "q.get()").answer, QStringLiteral("1")); // first in, first out
        QCOMPARE(newest(panel, "s.get()").answer, QStringLiteral("3")); // last in, first out
        panel.button(Call::Qsize)->click();
        QTRY_VERIFY((panel.refresh(), newest(panel, "q.qsize()").answer == "2"));
        QTRY_VERIFY((panel.refresh(), newest(panel, "s.qsize()").answer == "2"));
    }

    void putOnFullWaitsAtTheQueueUntilAGet()
    {
        QueuesPanel panel;
        panel.setMaxsize(1);
        panel.setSpeed(widgets::LessonPanel::FullSpeed);
        pressAndSettle(panel, Call::Put);
        QTRY_VERIFY((panel.refresh(), newest(panel, "q.put(1)").answer == "None"));
        pressAndSettle(panel, Call::PutNowait);
        QTRY_VERIFY((panel.refresh(), newest(panel, "q.put_nowait(2)").raised));
        QCOMPARE(newest(panel, "q.put_nowait(2)").answer, QStringLiteral("queue.Full"));
        pressAndSettle(panel,
                       Call::Put); // q.put(3) (2 was refused): the queue is full, the thread waits
        QTRY_VERIFY((panel.refresh(), panel.scene().queues()[0].putters.size() == 1));
        QTRY_VERIFY((panel.refresh(), panel.scene().queues()[1].putters.size() == 1));
        QVERIFY(newest(panel, "q.put(3)").blocked);
        pressAndSettle(panel, Call::Get);
        QTRY_VERIFY((panel.refresh(), newest(panel, "q.put(3)").answer == "None")); // released
        QTRY_VERIFY((panel.refresh(), panel.scene().queues()[0].putters.empty()));
        QCOMPARE(newest(panel, "q.get()").answer, QStringLiteral("1"));
        QTRY_COMPARE((panel.refresh(), panel.scene().queues()[0].items),
                     QStringList{QStringLiteral("3")});
        // And the other way round: get on an empty queue waits until a put.
        pressAndSettle(panel, Call::Get);
        QTRY_VERIFY((panel.refresh(), newest(panel, "q.get()").answer == "3"));
        pressAndSettle(panel, Call::GetNowait);
        QTRY_VERIFY((panel.refresh(), newest(panel, "q.get_nowait()").raised));
        QCOMPARE(newest(panel, "q.get_nowait()").answer, QStringLiteral("queue.Empty"));
        pressAndSettle(panel, Call::Get);
        QTRY_VERIFY((panel.refresh(), panel.scene().queues()[0].getters.size() == 1));
        pressAndSettle(panel, Call::Put);
        QTRY_VERIFY((panel.refresh(), panel.scene().queues()[0].getters.empty()));
        QTRY_VERIFY((panel.refresh(), panel.scene().queues()[1].getters.empty()));
    }

    void maxsizeKnobStartsOver()
    {
        QueuesPanel panel;
        panel.setSpeed(widgets::LessonPanel::FullSpeed);
        panel.press(Call::Put);
        QTRY_VERIFY((panel.refresh(), newest(panel, "q.put(1)").answer == "None"));
        panel.setMaxsize(0);
        panel.refresh();
        QCOMPARE(panel.maxsize(), 0);
        panel.press(Call::Full);
        QTRY_VERIFY((panel.refresh(), newest(panel, "q.full()").answer == "False"));
        QCOMPARE(panel.scene().queues()[0].capacity, 0);
        QVERIFY(panel.scene().queues()[0].items.isEmpty()); // a fresh pair of queues
    }

    void stopUnblocksWaitingThreadsAtOnce()
    {
        QueuesPanel panel;
        panel.setMaxsize(1);
        panel.setSpeed(widgets::LessonPanel::FullSpeed);
        panel.press(Call::Put);
        panel.press(Call::Put);
        panel.press(Call::Get);
        panel.press(Call::Get);
        panel.press(Call::Get); // at least one waits (on each queue)
        QTRY_VERIFY((panel.refresh(), panel.scene().queues()[0].getters.size() == 1));
        QElapsedTimer t;
        t.start();
        panel.shutdown();
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!panel.calls());
    }

    void listingCommentsFollowTheLanguage()
    {
        const QLocale before;
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/queues_zh_CN.qm")));
        auto restore = qScopeGuard([&] {
            QLocale::setDefault(before);
            QCoreApplication::removeTranslator(&zh);
        });
        QLocale::setDefault(QLocale(QLocale::English));
        QueuesPanel panel;
        auto *code = panel.findChild<widgets::CodeView *>();
        QVERIFY(code);
        const auto python = [code] { return code->listings().at(0).lines().join('\n'); };
        QVERIFY(python().contains(QStringLiteral("# FIFO: first in, first out")));

        // What LanguageManager does at run time: new default locale and translator, which
        // makes Qt send the panel a LanguageChange event.
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QVERIFY(QCoreApplication::installTranslator(&zh));
        QTRY_VERIFY(python().contains(QStringLiteral("# 队列：先进先出")));
        QVERIFY(!python().contains(QStringLiteral("FIFO: first in, first out")));
        // The step markers survive the switch.
        const stage::CodeListing &listing = code->listings().at(0);
        QCOMPARE(listing.lineOf(int(QueueCalls::Step::Call)),
                 int(listing.lines().indexOf(
                     QRegularExpression(QStringLiteral("^\\s*answer = call\\(\\)$")))));
    }

    void screenshots();

    void fitsAProjector()
    {
        const widgets::Theme theme = widgets::Theme::make(widgets::Theme::Kind::Projector);
        widgets::Theme::setCurrent(theme);
        QueuesPanel panel;
        panel.setMaxsize(8);
        panel.setSpeed(widgets::LessonPanel::FullSpeed);
        for (int i = 0; i < 10; ++i)
            panel.press(Call::Put); // eight go in, two wait
        panel.press(Call::Qsize);
        QTRY_VERIFY((panel.refresh(), panel.scene().queues()[0].putters.size() == 2));
        panel.resize(1000, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QImage img = panel.view()->grab().toImage();
        const QString p = textcheck::problems(panel.view()->drawnTexts(), &img, 18.0);
        QVERIFY2(p.isEmpty(), qPrintable(p));
        for (const auto &d : panel.view()->drawnTexts())
            QVERIFY2(!d.text.endsWith(QChar(0x2026)), qPrintable(d.text));
        widgets::Theme::setCurrent(widgets::Theme::make(widgets::Theme::Kind::Light));
    }
};

/// With CLASSROOM_SHOTS set: the whole window with threads waiting at full queues, and after the
/// gets, on panelcheck's screens, both languages, as PNGs to look at; the view's texts must fit.
void TestQueuesPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("CLASSROOM_SHOTS");
    if (dir.isEmpty())
        QSKIP("CLASSROOM_SHOTS not set");
    testing::eachShot(
        dir, QStringLiteral("queues"), [](app::MainWindow &w, const testing::Shot &shot) {
            auto *panel = qobject_cast<QueuesPanel *>(w.currentPanel());
            QVERIFY(panel);
            panel->setMaxsize(8);
            panel->setSpeed(widgets::LessonPanel::FullSpeed);
            for (int i = 0; i < 10; ++i)
                panel->press(Call::Put); // eight go in, two wait
            QTRY_VERIFY_WITH_TIMEOUT(
                (panel->refresh(), panel->scene().queues()[0].putters.size() == 2 &&
                                       panel->scene().queues()[1].putters.size() == 2),
                30000);
            // Only now: pressed with the puts, a put_nowait may beat them to a free slot.
            pressAndSettle(*panel, Call::PutNowait); // raises queue.Full
            pressAndSettle(*panel, Call::Qsize);
            QTRY_VERIFY_WITH_TIMEOUT(settled(*panel), 30000);
            QCoreApplication::processEvents();
            testing::checkTextsFit(shot, panel->view(), panel->view()->drawnTexts());
            QVERIFY(w.grab().save(shot.stem + QStringLiteral("-mid.png")));
            for (int i = 0; i < 11; ++i)
                pressAndSettle(*panel, Call::Get);   // the waiting two go in; then empty
            pressAndSettle(*panel, Call::GetNowait); // raises queue.Empty
            pressAndSettle(*panel, Call::Empty);
            QCoreApplication::processEvents();
            testing::checkTextsFit(shot, panel->view(), panel->view()->drawnTexts());
            QVERIFY(w.grab().save(shot.stem + QStringLiteral("-done.png")));
        });
}

QTEST_MAIN(TestQueuesPanel)
#include "tst_queuespanel.moc"
