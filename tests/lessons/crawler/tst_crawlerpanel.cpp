#include "../../widgets/textcheck.h"
#include "../panelcheck.h"
#include "crawler/crawlercontrols.h"
#include "crawler/crawlerpanel.h"
#include "crawler/crawlerview.h"
#include "crawler/crawlwords.h"
#include "crawler/sitechooser.h"
#include "crawler/siteserver.h"
#include "widgets/theme.h"

#include "widgets/codeview.h"
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>

#include <QRegularExpression>
#include <QTranslator>
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

    /// Types @p urlTemplate into the panel's internet option, ticks it and presses Enter.
    static int threadCount() { return int(QDir(QStringLiteral("/proc/self/task")).count()) - 2; }

    static void askForSite(CrawlerPanel &panel, const QString &urlTemplate)
    {
        CrawlerControls *c = panel.controls();
        c->siteBox()->setChecked(true); // empty field: nothing is asked yet
        QVERIFY(c->urlEdit()->isVisibleTo(&panel));
        c->urlEdit()->setText(urlTemplate);
        QTest::keyClick(c->urlEdit(), Qt::Key_Return);
    }

private slots:
    void internetSiteIsOffByDefault()
    {
        CrawlerPanel panel;
        QVERIFY(panel.options().urlTemplate.isEmpty());
        QVERIFY(!panel.controls()->siteBox()->isChecked());
        QVERIFY(!panel.controls()->urlEdit()->isVisibleTo(&panel));
        QCOMPARE(panel.sites()->site(), SiteChooser::Site::Own);
    }

    void unreachableSiteSaysSoWithinTheTimeout()
    {
        // A loopback port nobody listens on any more: the connection is refused.
        SiteServer closed(SiteOptions{});
        QVERIFY(closed.start());
        const int port = closed.port();
        closed.stop();
        CrawlerPanel panel;
        const QString url = QStringLiteral("http://127.0.0.1:%1/list?page={page}").arg(port);
        QElapsedTimer t;
        t.start();
        askForSite(panel, url);
        // The window did not wait for the check: the event loop hands back at once.
        QVERIFY2(t.elapsed() < 500, qPrintable(QString::number(t.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(panel.sites()->site(), SiteChooser::Site::Unreachable, 1000);
        QVERIFY(t.elapsed() <= CrawlerDemo::timeoutFor(panel.options()).count() + 1000);
        const QString text = panel.resultLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("Cannot reach 127.0.0.1:%1 within").arg(port)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("own site")), qPrintable(text));
        // Back to the own site: the box off, the crawl on loopback, and it still runs.
        QVERIFY(!panel.controls()->siteBox()->isChecked());
        QVERIFY(panel.options().urlTemplate.isEmpty());
        CrawlOptions o = quick(panel);
        o.failRate = 0;
        panel.setOptions(o);
        panel.setSpeed(widgets::LessonPanel::FullSpeed);
        panel.play();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isPlaying(), 20000);
        QVERIFY(panel.startError().isEmpty());
        QCOMPARE(CrawlerDemo::tally(panel.scene()).saved, std::int64_t(CrawlerPanel::Pages));
    }

    void malformedTemplateIsRefused()
    {
        CrawlerPanel panel;
        askForSite(panel, QStringLiteral("ftp://example.com/{page}"));
        QCOMPARE(panel.sites()->site(), SiteChooser::Site::Malformed);
        QVERIFY(panel.resultLabel()->text().contains(QStringLiteral("ftp://example.com/{page}")));
        QVERIFY(panel.options().urlTemplate.isEmpty());
        QVERIFY(panel.controls()->siteBox()->isChecked()); // left on, to be fixed
    }

    void reachableSiteIsCrawled()
    {
        // "Another site": a SiteServer of its own, reached only through the template.
        SiteOptions site;
        site.pages = CrawlerPanel::Pages;
        SiteServer other(site);
        QVERIFY(other.start());
        CrawlerPanel panel;
        panel.setOptions(quick(panel));
        const QString url = QStringLiteral("http://127.0.0.1:%1/page/{page}").arg(other.port());
        askForSite(panel, url);
        QTRY_COMPARE_WITH_TIMEOUT(panel.options().urlTemplate, url, 2000);
        QCOMPARE(panel.sites()->site(), SiteChooser::Site::Using);
        panel.setSpeed(widgets::LessonPanel::FullSpeed);
        panel.play();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isPlaying(), 20000);
        QVERIFY2(panel.startError().isEmpty(), qPrintable(panel.startError()));
        QCOMPARE(CrawlerDemo::tally(panel.scene()).saved, std::int64_t(CrawlerPanel::Pages));
        QVERIFY(other.requests() >= CrawlerPanel::Pages);
        // Unticked: the own site again.
        panel.controls()->siteBox()->setChecked(false);
        QVERIFY(panel.options().urlTemplate.isEmpty());
        QCOMPARE(panel.sites()->site(), SiteChooser::Site::Own);
    }

    void listingCommentsFollowTheLanguage()
    {
        const QLocale before;
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/crawler_zh_CN.qm")));
        auto restore = qScopeGuard([&] {
            QLocale::setDefault(before);
            QCoreApplication::removeTranslator(&zh);
        });
        QLocale::setDefault(QLocale(QLocale::English));
        CrawlerPanel panel;
        auto *code = panel.findChild<widgets::CodeView *>();
        QVERIFY(code);
        const auto python = [code] { return code->listings().at(0).lines().join('\n'); };
        QVERIFY(python().contains(QStringLiteral("# build the url")));

        // What LanguageManager does at run time: new default locale and translator, which
        // makes Qt send the panel a LanguageChange event.
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QVERIFY(QCoreApplication::installTranslator(&zh));
        QTRY_VERIFY(python().contains(QStringLiteral("# 拼接url")));
        QVERIFY(!python().contains(QStringLiteral("build the url")));
        // The step markers survive the switch.
        const stage::CodeListing &listing = code->listings().at(0);
        QCOMPARE(listing.lineOf(int(CrawlerDemo::Step::Url)),
                 int(listing.lines().indexOf(QRegularExpression(
                     QStringLiteral("^\\s*url = base \\+ str\\(page\\)  # .*$")))));
    }

    void crawlAddsUpAndSavesTheItems()
    {
        const int threadsBefore = threadCount(); // earlier tests' may still be ending
        CrawlerPanel panel;
        panel.setOptions(quick(panel));
        panel.setSpeed(widgets::LessonPanel::FullSpeed);
        panel.play();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isPlaying(), 20000);
        QVERIFY(panel.startError().isEmpty());
        // Finished, not yet reset: the site's 64 threads and the fetchers' are gone already.
        QTRY_VERIFY2_WITH_TIMEOUT(threadCount() <= threadsBefore + 2,
                                  qPrintable(QStringLiteral("%1 threads before, %2 finished")
                                                 .arg(threadsBefore)
                                                 .arg(threadCount())),
                                  1000);
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
        QCOMPARE(CrawlWords::reasonText({7, "HTTP 500 (3 attempts)", FailKind::Http, 500, 3}),
                 QStringLiteral("HTTP 500 (attempts: 3)"));
        QVERIFY(CrawlWords::reasonText({7, "", FailKind::Timeout, 0, 1}).contains("attempts: 1"));
        QVERIFY(CrawlWords::reasonText({7, "", FailKind::Malformed}).contains("malformed"));
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
                if (CrawlWords::activity(panel.scene(), id).startsWith(what))
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

    void screenshots();

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
        // Every one of the 65 threads' states is said in words: a chip per activity, none hidden.
        QCOMPARE(panel.view()->chipDetail(), ChipDetail::Grouped);
        QCOMPARE(panel.view()->hiddenThreads(), 0);
        panel.shutdown();
        widgets::Theme::setCurrent(widgets::Theme::make(widgets::Theme::Kind::Light));
    }
};

/// With CLASSROOM_SHOTS set: the whole window mid-crawl and finished (32 producers, 32 consumers)
/// on panelcheck's screens, both languages, as PNGs to look at; the view's texts must fit.
void TestCrawlerPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("CLASSROOM_SHOTS");
    if (dir.isEmpty())
        QSKIP("CLASSROOM_SHOTS not set");
    testing::eachShot(
        dir, QStringLiteral("crawler"), [](app::MainWindow &w, const testing::Shot &shot) {
            auto *panel = qobject_cast<CrawlerPanel *>(w.currentPanel());
            QVERIFY(panel);
            CrawlOptions o = panel->options();
            o.producers = MaxWorkers;
            o.consumers = MaxWorkers;
            o.latencyMs = 300;
            panel->setOptions(o);
            panel->setSpeed(widgets::LessonPanel::FullSpeed);
            panel->play();
            QTRY_VERIFY_WITH_TIMEOUT(
                (panel->refresh(), CrawlerDemo::tally(panel->scene()).saved >= 6), 20000);
            panel->pause();
            panel->refresh();
            QCoreApplication::processEvents();
            testing::checkTextsFit(shot, panel->view(), panel->view()->drawnTexts());
            QVERIFY(w.grab().save(shot.stem + QStringLiteral("-mid.png")));
            panel->play();
            QTRY_VERIFY_WITH_TIMEOUT(!panel->isPlaying(), 30000);
            QCoreApplication::processEvents();
            testing::checkTextsFit(shot, panel->view(), panel->view()->drawnTexts());
            QVERIFY(w.grab().save(shot.stem + QStringLiteral("-done.png")));
        });
}

QTEST_MAIN(TestCrawlerPanel)
#include "tst_crawlerpanel.moc"
