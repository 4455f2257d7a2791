#include "crawler/crawlerlesson.h"

#include "../refusedoption.h"
#include "widgets/rundemo.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

/// The crawler descriptor: registered with its panel and for `--run crawler`, its
/// options refuse the bad values by name, --out is checked as a whole without writing,
/// and its result has exactly the keys.
class TestCrawlerLesson : public QObject
{
    Q_OBJECT

private slots:
    void liveAndRunnable();
    void badOptionsNameTheValue_data();
    void badOptionsNameTheValue();
    void unwritableOutIsRefusedBeforeRunning();
    void jsonHasExactlyTheKeys();
    void unreachableSiteExitsOne();
};

void TestCrawlerLesson::liveAndRunnable()
{
    const widgets::Lesson &l = crawler::lesson();
    QCOMPARE(l.id, QStringLiteral("crawler"));
    QVERIFY(l.hasDemo()); // no "coming" badge
    QCOMPARE(l.demos.size(), 1);
    QCOMPARE(l.demos.first().name, QStringLiteral("crawler"));
}

void TestCrawlerLesson::badOptionsNameTheValue_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::newRow("producers-0") << "producers"
                                 << "0";
    QTest::newRow("consumers-33") << "consumers"
                                  << "33";
    QTest::newRow("capacity--1") << "capacity"
                                 << "-1";
    QTest::newRow("latency-abc") << "latency-ms"
                                 << "abc";
    QTest::newRow("latency-2001") << "latency-ms"
                                  << "2001";
    QTest::newRow("fail-rate-2") << "fail-rate"
                                 << "2";
    QTest::newRow("fail-rate-nan") << "fail-rate"
                                   << "nan";
    QTest::newRow("fail-rate-inf") << "fail-rate"
                                   << "inf";
    QTest::newRow("pages-0") << "pages"
                             << "0";
    QTest::newRow("mode") << "mode"
                          << "async";
}

void TestCrawlerLesson::badOptionsNameTheValue()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    verifyRefused(crawler::lesson().demos.first(), option, value);
}

void TestCrawlerLesson::unwritableOutIsRefusedBeforeRunning()
{
    const widgets::RunDemo &d = crawler::lesson().demos.first();
    QVERIFY(d.check);
    widgets::DemoValues v = d.defaults();
    QVERIFY(d.check(v).isEmpty()); // no --out: a temporary file
    QVERIFY(d.option("out")->accept("/nonexistent-folder/x.jsonl", v).isEmpty());
    QVERIFY(d.check(v).contains(QStringLiteral("'/nonexistent-folder/x.jsonl'")));
    QTemporaryDir dir;
    const QString ok = dir.filePath(QStringLiteral("ok.jsonl"));
    QVERIFY(d.option("out")->accept(ok, v).isEmpty());
    QVERIFY(d.check(v).isEmpty());
    QVERIFY(!QFile::exists(ok));
}

void TestCrawlerLesson::jsonHasExactlyTheKeys()
{
    const widgets::RunDemo &d = crawler::lesson().demos.first();
    widgets::DemoValues v = d.defaults();
    QVERIFY(d.option("pages")->accept("6", v).isEmpty());
    QVERIFY(d.option("latency-ms")->accept("0", v).isEmpty());
    QVERIFY(d.option("fail-rate")->accept("0.5", v).isEmpty());
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QCOMPARE(d.command(v, true, outStream, errStream), 0);
    outStream.flush();
    errStream.flush();
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(o.keys(), (QStringList{"elapsed_ms", "failed", "pages", "saved"}));
    QVERIFY2(err.contains(QStringLiteral("page ")), qPrintable(err)); // each failure's reason
    QCOMPARE(o.value("pages").toInt(), 6);
    QCOMPARE(o.value("saved").toInt() + o.value("failed").toInt(), 6);
}

void TestCrawlerLesson::unreachableSiteExitsOne()
{
    const widgets::RunDemo &d = crawler::lesson().demos.first();
    widgets::DemoValues v = d.defaults();
    // Port 1 on loopback: nobody listens, the connection is refused at once.
    QVERIFY(d.option("url-template")->accept("http://127.0.0.1:1/page/{page}", v).isEmpty());
    QVERIFY(d.check(v).isEmpty()); // well formed: only running it finds the site out of reach
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QCOMPARE(d.command(v, true, outStream, errStream), 1);
    errStream.flush();
    QVERIFY2(err.contains(QStringLiteral("127.0.0.1:1")), qPrintable(err));
    QVERIFY(out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCrawlerLesson)
#include "tst_crawlerlesson.moc"
