#include "crawler/pageparser.h"
#include "crawler/siteserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace crawler;

class TestPageParser : public QObject
{
    Q_OBJECT
private slots:
    void readsEveryItemOfAGeneratedPage();
    void malformedPagesSayWhy_data();
    void malformedPagesSayWhy();
    void jsonLineIsValidJson();
};

void TestPageParser::readsEveryItemOfAGeneratedPage()
{
    const ParsedPage p = PageParser::parse(SiteServer::pageHtml(7, 10));
    QVERIFY2(p.ok(), p.error.c_str());
    QCOMPARE(p.items.size(), std::size_t(10));
    QCOMPARE(QString::fromStdString(p.items[2].title), QStringLiteral("商品 7-3 & Co"));
    QCOMPARE(p.items[2].cents, SiteServer::priceCents(7, 3));
}

void TestPageParser::malformedPagesSayWhy_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("why");
    QTest::newRow("empty") << QByteArray() << "";
    QTest::newRow("text") << QByteArray("just text, no markup") << "no item list";
    QTest::newRow("no-list") << QByteArray("<html><body><p>hi</p></body></html>") << "no item list";
    QTest::newRow("empty-list") << QByteArray("<ul class='items'></ul>") << "no items";
    QTest::newRow("no-price")
        << QByteArray("<ul class=items><li class=item><span class=title>A</span></li></ul>")
        << "has no price";
    QTest::newRow("bad-price") << QByteArray("<ul class=items><li class=item><span class=title>A"
                                             "</span><span class=price>12,5x</span></li></ul>")
                               << "bad price";
    const std::string cut = SiteServer::pageHtml(3, 5);
    QTest::newRow("cut-off") << QByteArray::fromStdString(
                                    cut.substr(0, cut.find("<span class=\"price\">") + 13))
                             << "has no price";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe<<<>>>&&&", 12) << "";
}

void TestPageParser::malformedPagesSayWhy()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, why);
    const ParsedPage p = PageParser::parse(html.toStdString());
    QVERIFY(!p.ok());
    QVERIFY(p.items.empty());
    QVERIFY2(QString::fromStdString(p.error).contains(why), p.error.c_str());
}

void TestPageParser::jsonLineIsValidJson()
{
    Item item;
    item.title = "say \"hi\"\\\t中文";
    item.cents = 1205;
    const std::string line = PageParser::jsonLine(4, item);
    QVERIFY(line.back() == '\n');
    QJsonParseError err;
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(line), &err).object();
    QCOMPARE(err.error, QJsonParseError::NoError);
    QCOMPARE(o.value("page").toInt(), 4);
    QCOMPARE(o.value("title").toString(), QString::fromStdString(item.title));
    QCOMPARE(o.value("price").toDouble(), 12.05);
}

QTEST_GUILESS_MAIN(TestPageParser)
#include "tst_pageparser.moc"
