#include "stage/codelisting.h"

#include <QtTest>

using stage::CodeListing;

class TestCodeListing : public QObject
{
    Q_OBJECT
private slots:
    void mapsMarkersToLinesAndStripsThem();
    void cutsBetweenListingMarkers();
    void unknownStepIsIgnored();
};

void TestCodeListing::mapsMarkersToLinesAndStripsThem()
{
    const CodeListing l(
        QStringLiteral("Python"),
        QStringLiteral("def f():\n    tmp = n   # @step read\n    n = tmp # @step write\n"),
        {QStringLiteral("read"), QStringLiteral("write")});
    QCOMPARE(l.lines().size(), 3);
    QCOMPARE(l.lineOf(0), 1);
    QCOMPARE(l.lineOf(1), 2);
    QCOMPARE(l.lines()[1], QStringLiteral("    tmp = n"));
    QVERIFY(!l.lines().join(QLatin1Char('\n')).contains(QLatin1String("@step")));
}

void TestCodeListing::cutsBetweenListingMarkers()
{
    const CodeListing l(
        QStringLiteral("C++"),
        QStringLiteral("#include <x>\n// @listing-begin\nint a; // why // @step read\n"
                       "// @listing-end\nint hidden;\n"),
        {QStringLiteral("read")});
    QCOMPARE(l.lines(), QStringList{QStringLiteral("int a; // why")});
    QCOMPARE(l.lineOf(0), 0);
}

void TestCodeListing::unknownStepIsIgnored()
{
    const CodeListing l(QStringLiteral("Python"), QStringLiteral("x = 1  # @step nosuch\n"),
                        {QStringLiteral("read")});
    QCOMPARE(l.lineOf(0), -1);
    QCOMPARE(l.lines(), QStringList{QStringLiteral("x = 1")});
}

QTEST_GUILESS_MAIN(TestCodeListing)
#include "tst_codelisting.moc"
