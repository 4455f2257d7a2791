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
    void foldsCheckpointCalls();
};

void TestCodeListing::foldsCheckpointCalls()
{
    // The stage's checkpoint calls (one spanning two lines) and a line marked @stage fold away;
    // the code that runs stays, and each step keeps its line in both views.
    const CodeListing l(QStringLiteral("C++"),
                        QStringLiteral("for (;;) {\n"
                                       "    w.at(int(Step::Read),\n"
                                       "         {{\"i\", i}});\n"
                                       "    tmp = n.load(); // @step read\n"
                                       "    w.at(int(Step::Write), {{\"tmp\", tmp}});\n"
                                       "    n.store(tmp); // @step write\n"
                                       "    w.wrote(0, tmp);\n"
                                       "    done.fetch_add(1); // @stage\n"
                                       "    at(3);\n"
                                       "}\n"),
                        {QStringLiteral("read"), QStringLiteral("write")});
    QVERIFY(l.hasCheckpoints());
    QCOMPARE(l.lines(),
             (QStringList{QStringLiteral("for (;;) {"), QStringLiteral("    tmp = n.load();"),
                          QStringLiteral("    n.store(tmp);"), QStringLiteral("    at(3);"),
                          QStringLiteral("}")}));
    QCOMPARE(l.lineOf(0), 1);
    QCOMPARE(l.lineOf(1), 2);
    QCOMPARE(l.lines(true).size(), 10);
    QCOMPARE(l.lineOf(0, true), 3);
    QCOMPARE(l.lineOf(1, true), 5);
    QVERIFY(l.isCheckpoint(1) && l.isCheckpoint(2) && l.isCheckpoint(7));
    QVERIFY(!l.isCheckpoint(3) && !l.isCheckpoint(8));
    QCOMPARE(l.lines(true)[7], QStringLiteral("    done.fetch_add(1);"));
    const CodeListing py(QStringLiteral("Python"), QStringLiteral("x = 1\n"), {});
    QVERIFY(!py.hasCheckpoints());
}

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
