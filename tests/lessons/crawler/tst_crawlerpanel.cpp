#include "../../widgets/textcheck.h"
#include "crawler/crawlerpanel.h"
#include "crawler/crawlerview.h"
#include "widgets/theme.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QtTest>

using namespace crawler;

/// The crawler panel: a real crawl over loopback HTTP plays on the kit, its accounting adds up
/// with translated reasons, each thread says what it does, the single-threaded time comes
/// beside the threaded one, everything stops at once, and the picture fits a projector.
class TestCrawlerPanel : public QObject
{
    Q_OBJECT

    static CrawlOptions quick(const CrawlerPanel &panel)
    {
        CrawlOptions o = panel.options();
        o.latencyMs = 5;
        o.failRate = 0.2;
        return o;
    }

private slots:
    void crawlAddsUpAndSavesTheItems()
    {
        CrawlerPanel panel;
        panel.setOptions(quick(panel));
        panel.setSpeed(widgets::LessonPanel::FullSpeed);
        panel.play();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isPlaying(), 20000);
        QVERIFY(panel.startError().isEmpty());
        const CrawlTally t = CrawlerDemo::tally(panel.scene());
        QCOMPARE(t.saved + t.failed, std::int64_t(CrawlerPanel::Pages));
        QVERIFY(t.failed > 0); // a fifth of the pages fail
        // Every failed page and its reason: one in the line, all in its tooltip.
        const QString result = panel.resultLabel()->text();
        QVERIFY2(result.contains(QStringLiteral("page ")), qPrintable(result));
        QCOMPARE(panel.resultLabel()->toolTip().split(QLatin1Char('\n')).size(), t.failed);
        // One poison pill per consumer went through the queue.
        QCOMPARE(panel.scene().queues()[0].takes, t.fetched + panel.options().consumers);
        QFile out(panel.outputFolder() + QStringLiteral("/items.jsonl"));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll().count('\n'), t.items);
    }

    void reasonsAreSaidInWords()
    {
        QCOMPARE(CrawlerPanel::reasonText({7, "HTTP 500 (3 attempts)", FailKind::Http, 500, 3}),
                 QStringLiteral("HTTP 500 (attempts: 3)"));
        QVERIFY(CrawlerPanel::reasonText({7, "", FailKind::Timeout, 0, 1}).contains("attempts: 1"));
        QVERIFY(CrawlerPanel::reasonText({7, "", FailKind::Malformed}).contains("malformed"));
    }

    void threadsSayWhatTheyDo()
    {
        CrawlerPanel panel;
        CrawlOptions o = panel.options();
        o.latencyMs = 300;
        o.failRate = 0;
        panel.setOptions(o);
        panel.setSpeed(widgets::LessonPanel::FullSpeed);
        panel.play();
        const auto anyDoing = [&](const QString &what) {
            panel.refresh();
            for (int id = 0; id < int(panel.scene().workers().size()); ++id)
                if (CrawlerPanel::activity(panel.scene(), id).startsWith(what))
                    return true;
            return false;
        };
        QTRY_VERIFY(anyDoing(QStringLiteral("fetching page")));
        QTRY_VERIFY(anyDoing(QStringLiteral("waiting to get")));
        QElapsedTimer t;
        t.start();
        panel.shutdown(); // mid-crawl: sockets closed, threads joined
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!panel.demo());
    }

    void timesBothVersions()
    {
        CrawlerPanel panel;
        CrawlOptions o = panel.options();
        o.latencyMs = 20;
        o.failRate = 0;
        panel.setOptions(o);
        panel.timeBoth();
        QVERIFY(panel.timing());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.timing(), 20000);
        const QString text = panel.resultLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("producers and consumers")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("…")), qPrintable(text));
        // A race under way stops with the panel.
        panel.timeBoth();
        QElapsedTimer t;
        t.start();
        panel.shutdown();
        QVERIFY(!panel.timing());
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    }

    void fitsAProjector()
    {
        widgets::Theme::setCurrent(widgets::Theme::make(widgets::Theme::Kind::Projector));
        CrawlerPanel panel;
        CrawlOptions o = panel.options();
        o.producers = MaxWorkers;
        o.consumers = MaxWorkers;
        o.latencyMs = 500;
        panel.setOptions(o);
        panel.setSpeed(widgets::LessonPanel::FullSpeed);
        panel.play();
        panel.resize(1000, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY((panel.refresh(), panel.scene().workers().size() == 2 * MaxWorkers + 1));
        const QImage img = panel.view()->grab().toImage();
        const QString p = textcheck::problems(panel.view()->drawnTexts(), &img, 18.0);
        QVERIFY2(p.isEmpty(), qPrintable(p));
        for (const auto &d : panel.view()->drawnTexts())
            QVERIFY2(!d.text.endsWith(QChar(0x2026)), qPrintable(d.text));
        panel.shutdown();
        widgets::Theme::setCurrent(widgets::Theme::make(widgets::Theme::Kind::Light));
    }
};

QTEST_MAIN(TestCrawlerPanel)
#include "tst_crawlerpanel.moc"
