#include "widgets/textpainter.h"
#include "widgets/titlelines.h"

#include <QTextDocument>
#include <QtTest>

/// widgets::titleLines(): a chart's axis title broken into lines that each fit, as measured.
class TestTitleLines : public QObject
{
    Q_OBJECT
private slots:
    void wholeWhenItFits();
    void unitThenBracket_data();
    void unitThenBracket();
    void everyLineFitsWhenTheBracketDoesNot_data();
    void everyLineFitsWhenTheBracketDoesNot();
};

namespace {

/// The projector's title size zoomed in (made once the application exists).
const QFont &font()
{
    static const QFont f = widgets::TextPainter::font(24);
    return f;
}

/// The width Qt Charts measures for @p line (a text document, half-pixel margin).
double width(const QString &line)
{
    QTextDocument doc;
    doc.setDefaultFont(font());
    doc.setDocumentMargin(0.5);
    doc.setPlainText(line);
    return doc.size().width();
}

QStringList lines(const QString &html)
{
    return html.split(QLatin1String("<br>"));
}

} // namespace

void TestTitleLines::wholeWhenItFits()
{
    const QString t = QStringLiteral("ms (log scale)");
    QCOMPARE(widgets::titleLines(t, font(), width(t) + 1), t);
    QCOMPARE(widgets::titleLines(QStringLiteral("a < b"), font(), 1e6), QStringLiteral("a &lt; b"));
}

void TestTitleLines::unitThenBracket_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("en") << QStringLiteral("ms (log scale)")
                        << QStringList{QStringLiteral("ms"), QStringLiteral("(log scale)")};
    QTest::newRow("zh_CN") << QStringLiteral("毫秒（对数刻度）")
                           << QStringList{QStringLiteral("毫秒"), QStringLiteral("（对数刻度）")};
}

void TestTitleLines::unitThenBracket()
{
    QFETCH(QString, title);
    QFETCH(QStringList, expected);
    // Room for the bracket, not for the whole: two lines, split before the bracket.
    const double room = width(expected.last()) + 1;
    QVERIFY(width(title) + 1 > room);
    QCOMPARE(lines(widgets::titleLines(title, font(), room)), expected);
}

void TestTitleLines::everyLineFitsWhenTheBracketDoesNot_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("widest"); // wider than any piece that cannot break
    QTest::newRow("en") << QStringLiteral("workers N (log scale)") << QStringLiteral("workers");
    QTest::newRow("zh_CN") << QStringLiteral("毫秒（对数刻度）") << QStringLiteral("（对数");
}

void TestTitleLines::everyLineFitsWhenTheBracketDoesNot()
{
    QFETCH(QString, title);
    QFETCH(QString, widest);
    // Room for a few characters only: every line fits and nothing of the title is lost.
    const double room = width(widest) + 1;
    const QStringList got = lines(widgets::titleLines(title, font(), room));
    QVERIFY2(got.size() > 2, qPrintable(got.join(QLatin1Char('|'))));
    for (const QString &l : got)
        QVERIFY2(width(l) + 1 <= room, qPrintable(l));
    QString joined = got.join(QString());
    QString want = title;
    QCOMPARE(joined.remove(QLatin1Char(' ')), want.remove(QLatin1Char(' ')));
}

QTEST_MAIN(TestTitleLines)
#include "tst_titlelines.moc"
