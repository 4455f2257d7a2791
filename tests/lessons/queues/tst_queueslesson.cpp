#include "queues/queueslesson.h"

#include "../refusedoption.h"
#include "widgets/rundemo.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

/// The queues descriptor: registered with its panel and for `--run queue`, its
/// options refuse bad values by name, and its result has exactly the keys.
class TestQueuesLesson : public QObject
{
    Q_OBJECT

private slots:
    void liveAndRunnable();
    void badOptionsNameTheValue_data();
    void badOptionsNameTheValue();
    void jsonHasExactlyTheKeys();
};

void TestQueuesLesson::liveAndRunnable()
{
    const widgets::Lesson &l = queues::lesson();
    QCOMPARE(l.id, QStringLiteral("queues"));
    QVERIFY(l.hasDemo()); // no "coming" badge
    QCOMPARE(l.demos.size(), 1);
    QCOMPARE(l.demos.first().name, QStringLiteral("queue"));
}

void TestQueuesLesson::badOptionsNameTheValue_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::newRow("kind") << "kind"
                          << "deque";
    QTest::newRow("producers-0") << "producers"
                                 << "0";
    QTest::newRow("consumers-65") << "consumers"
                                  << "65";
    QTest::newRow("maxsize--1") << "maxsize"
                                << "-1";
    QTest::newRow("items-abc") << "items"
                               << "abc";
    QTest::newRow("items-0") << "items"
                             << "0";
}

void TestQueuesLesson::badOptionsNameTheValue()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    verifyRefused(queues::lesson().demos.first(), option, value);
}

void TestQueuesLesson::jsonHasExactlyTheKeys()
{
    const widgets::RunDemo &d = queues::lesson().demos.first();
    widgets::DemoValues v = d.defaults();
    QVERIFY(d.option("kind")->accept("lifo", v).isEmpty());
    QVERIFY(d.option("items")->accept("50", v).isEmpty());
    const QString json = widgets::formatResult(d.run(v), true);
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    QCOMPARE(o.keys(), (QStringList{"consumed", "elapsed_ms", "items", "order_ok"}));
    QCOMPARE(o.value("items").toInt(), 50);
    QCOMPARE(o.value("consumed").toInt(), 50);
    QCOMPARE(o.value("order_ok").toBool(), true);
}

QTEST_GUILESS_MAIN(TestQueuesLesson)
#include "tst_queueslesson.moc"
