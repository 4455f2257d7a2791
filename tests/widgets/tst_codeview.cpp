#include "scenes.h"
#include "textcheck.h"
#include "widgets/codeview.h"
#include "widgets/theme.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using widgets::CodeView;
using widgets::Theme;

class TestCodeView : public QObject
{
    Q_OBJECT
private slots:
    void init() { Theme::setCurrent(Theme::make(Theme::Kind::Projector)); }
    void markersOnStepLines();
    void sameLineMarkersSideBySide();
    void onlyLiveWorkersMarked();
    void switchListings();
    void longListingScrollsToMarkers();
    void tallLoopFoldsBetweenMarkers();
    void sixteenWorkersOneLine();
    void noListing();
    void textFits();
    void tabNamesWhole();
    void checkpointCallsFoldAndShow();
    void longLinesWrapNeverCut();
};

namespace {

/// C++ as a demo really runs it: checkpoint calls between the lines the class reads.
stage::CodeListing instrumented()
{
    return stage::CodeListing(
        QStringLiteral("C++"),
        QStringLiteral("void LongNamedDemo::body(stage::Worker &w)\n"
                       "{\n"
                       "    for (std::int64_t i = 0; i < k; ++i) {\n"
                       "        if (m_options.lock) {\n"
                       "            w.at(int(Step::Acquire), {{\"i\", i}});\n"
                       "            stage::StageLockGuard guard(*m_mutex, w); // @step acquire\n"
                       "            w.at(int(Step::Read), {{\"i\", i}});\n"
                       "            tmp = m_counter.load(std::memory_order_relaxed); // tmp = n // "
                       "@step read\n"
                       "            w.at(int(Step::Add), {{\"i\", i}, {\"tmp\", tmp}});\n"
                       "            tmp = tmp + 1; // @step add\n"
                       "            w.at(int(Step::Write), {{\"i\", i}, {\"tmp\", tmp}});\n"
                       "            m_counter.store(tmp, std::memory_order_relaxed); // n = tmp "
                       "// @step write\n"
                       "            w.wrote(CounterId, tmp);\n"
                       "        }\n"
                       "    }\n"
                       "}\n"),
        testscenes::info(1).steps);
}

QString drawnCode(const CodeView &view)
{
    QString all;
    for (const widgets::DrawnText &t : view.drawnTexts())
        all += t.text + QLatin1Char('\n');
    return all;
}

} // namespace

void TestCodeView::checkpointCallsFoldAndShow()
{
    const stage::Scene scene = testscenes::scene(4);
    CodeView view;
    view.setListings({testscenes::python(), instrumented()});
    view.setCurrentListing(1);
    view.setScene(&scene);
    view.resize(1200, 700);
    view.grab();
    QVERIFY(!view.checkpointsShown());
    QVERIFY(!view.checkpointsToggleRect().isEmpty());
    QVERIFY(!drawnCode(view).contains(QLatin1String("w.at(")));
    QVERIFY(!drawnCode(view).contains(QLatin1String("w.wrote(")));
    QVERIFY(drawnCode(view).contains(QLatin1String("StageLockGuard")));
    // T1 is at "add": its marker is on tmp = tmp + 1 in either view.
    const auto markerOnAdd = [&] {
        const int line = view.markerLine(0);
        const stage::CodeListing &l = view.listings()[1];
        return line >= 0 && l.lines(view.checkpointsShown())[line].contains("tmp = tmp + 1");
    };
    QVERIFY(markerOnAdd());
    QSignalSpy shown(&view, &CodeView::checkpointsShownChanged);
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.checkpointsToggleRect().center());
    QCOMPARE(shown.count(), 1);
    QVERIFY(view.checkpointsShown());
    view.grab();
    QVERIFY(drawnCode(view).contains(QLatin1String("w.at(int(Step::Add)")));
    QVERIFY(markerOnAdd());
    QCOMPARE(view.currentListing(), 1); // the switch is not a tab
    // The Python of the notes has none: no switch.
    view.setCurrentListing(0);
    QVERIFY(view.checkpointsToggleRect().isEmpty());
}

void TestCodeView::longLinesWrapNeverCut()
{
    // The code pane of a 1024 projector (~420 px, less when narrower): the C++ lines do not
    // fit even at the minimum size. They wrap; every character is drawn, nothing ends in "…".
    const stage::Scene scene = testscenes::scene(2);
    CodeView view;
    view.setListings({instrumented()});
    view.setScene(&scene);
    for (const auto &[shown, width] : {std::pair{false, 420}, {true, 420}, {false, 380}}) {
        view.setCheckpointsShown(shown);
        const QImage img = textcheck::render(view, QSize(width, 700));
        const QString drawn = drawnCode(view);
        QVERIFY2(!drawn.contains(QChar(0x2026)), qPrintable(drawn));
        QString squeezed = drawn;
        squeezed.remove(QRegularExpression(QStringLiteral("\\s")));
        int rowH = 0; // the tallest a row is drawn
        for (int line = 0; line < view.listings()[0].lines(shown).size(); ++line)
            if (view.rowsOfLine(line) > 0)
                rowH = std::max(rowH, view.lineRect(line).height() / view.rowsOfLine(line));
        QVERIFY(rowH > 0);
        int checked = 0;
        for (int line = 0; line < view.listings()[0].lines(shown).size(); ++line) {
            if (view.rowsOfLine(line) == 0 ||
                view.lineRect(line).height() < view.rowsOfLine(line) * rowH - 2)
                continue; // folded away, or scrolled out wholly or in part
            ++checked;
            QString code = view.listings()[0].lines(shown)[line];
            code.remove(QRegularExpression(QStringLiteral("\\s")));
            QVERIFY2(squeezed.contains(code), qPrintable(code));
        }
        QVERIFY(checked >= 5);
        QVERIFY(view.rowsOfLine(view.markerLine(0)) >= 1);
        QVERIFY(view.rowsOfLine(7) > 1 || !shown); // the long load() line wraps
        const QString bad = textcheck::problems(view.drawnTexts(), &img, 18.0);
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
    }
}

void TestCodeView::markersOnStepLines()
{
    const stage::Scene scene = testscenes::scene(4);
    CodeView view;
    view.setListings({testscenes::python(), testscenes::cpp()});
    view.setScene(&scene);
    view.resize(1024, 768);
    QCOMPARE(view.currentListing(), 0);
    const stage::CodeListing py = testscenes::python();
    for (int w = 0; w < 4; ++w) {
        const stage::WorkerView &wv = scene.workers()[std::size_t(w)];
        QCOMPARE(view.markerLine(w), py.lineOf(wv.step));
        const QRect marker = view.markerRect(w);
        const QRect line = view.lineRect(py.lineOf(wv.step));
        QVERIFY(!marker.isEmpty());
        // The marker sits on its line's row, left of the code.
        QVERIFY(marker.center().y() >= line.top() && marker.center().y() <= line.bottom());
        QVERIFY(marker.right() <= line.left());
    }
}

void TestCodeView::sameLineMarkersSideBySide()
{
    const stage::Scene scene = testscenes::scene(4);
    CodeView view;
    view.setListings({testscenes::python()});
    view.setScene(&scene);
    view.resize(800, 600);
    // T2 and T3 both wait at lock.acquire().
    QCOMPARE(view.markerLine(1), view.markerLine(2));
    const QRect a = view.markerRect(1), b = view.markerRect(2);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QVERIFY(!a.intersects(b));
    QCOMPARE(a.top(), b.top());
}

void TestCodeView::onlyLiveWorkersMarked()
{
    stage::Scene scene = testscenes::scene(6); // T6 finished
    CodeView view;
    view.setListings({testscenes::python()});
    view.setScene(&scene);
    view.resize(800, 600);
    QCOMPARE(scene.workers()[5].state, stage::WorkerState::Finished);
    QCOMPARE(view.markerLine(5), -1);
    QVERIFY(view.markerRect(5).isEmpty());
    view.setScene(nullptr);
    QCOMPARE(view.markerLine(0), -1);
}

void TestCodeView::switchListings()
{
    const stage::Scene scene = testscenes::scene(4);
    CodeView view;
    view.setListings({testscenes::python(), testscenes::cpp()});
    view.setScene(&scene);
    view.resize(1024, 768);
    view.setCurrentListing(1);
    QCOMPARE(view.currentListing(), 1);
    QCOMPARE(view.markerLine(0), testscenes::cpp().lineOf(testscenes::Add));
    view.setCurrentListing(7);
    QCOMPARE(view.currentListing(), 1);
    // Clicking the first tab goes back to Python.
    QSignalSpy spy(&view, &CodeView::currentListingChanged);
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(20, 10));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(view.currentListing(), 0);
}

void TestCodeView::longListingScrollsToMarkers()
{
    QString src;
    for (int i = 0; i < 200; ++i)
        src += QStringLiteral("x = %1\n").arg(i);
    src += QStringLiteral("n = n + 1  # @step add\n");
    const stage::CodeListing lst(QStringLiteral("Python"), src, testscenes::info(1).steps);
    const stage::Scene scene = testscenes::scene(1); // T1 at "add"
    CodeView view;
    view.setListings({lst});
    view.setScene(&scene);
    view.resize(800, 400);
    QCOMPARE(view.markerLine(0), 200);
    QVERIFY(view.firstVisibleLine() > 0);
    QVERIFY(!view.markerRect(0).isEmpty());
    QVERIFY(view.rect().contains(view.markerRect(0)));
}

void TestCodeView::tallLoopFoldsBetweenMarkers()
{
    // Two markers forty lines apart in a view of a dozen rows: the lines between fold into one
    // "…" row and both markers are in view together.
    QString src = QStringLiteral("tmp = n  # @step read\n");
    for (int i = 0; i < 40; ++i)
        src += QStringLiteral("x = %1\n").arg(i);
    src += QStringLiteral("n = tmp  # @step write\n");
    const stage::CodeListing lst(QStringLiteral("Python"), src, testscenes::info(2).steps);
    stage::Scene scene(testscenes::info(2));
    scene.apply({testscenes::ev(0, stage::EventKind::WorkerStarted, 0),
                 testscenes::ev(1, stage::EventKind::WorkerStarted, 1),
                 testscenes::step(2, 0, testscenes::Read, 1),
                 testscenes::step(3, 1, testscenes::Write, 1)});
    CodeView view;
    view.setListings({lst});
    view.setScene(&scene);
    view.resize(800, 400);
    QCOMPARE(view.markerLine(0), 0);
    QCOMPARE(view.markerLine(1), 41);
    QVERIFY(view.rect().contains(view.markerRect(0)) && !view.markerRect(0).isEmpty());
    QVERIFY(view.rect().contains(view.markerRect(1)) && !view.markerRect(1).isEmpty());
    QVERIFY(view.lineRect(20).isEmpty()); // folded
    QCOMPARE(view.rowsOfLine(20), 0);
    const QImage img = textcheck::render(view, QSize(800, 400));
    QVERIFY2(textcheck::problems(view.drawnTexts(), &view, 10.0).isEmpty(),
             qPrintable(textcheck::problems(view.drawnTexts(), &view, 10.0)));
    // Room for everything: nothing folded.
    view.resize(800, 4000);
    QVERIFY(!view.lineRect(20).isEmpty());
}

void TestCodeView::sixteenWorkersOneLine()
{
    stage::Scene scene(testscenes::info(16));
    std::vector<stage::Event> es;
    for (int w = 0; w < 16; ++w) {
        es.push_back(testscenes::ev(w, stage::EventKind::WorkerStarted, w));
        es.push_back(testscenes::step(100 + w, w, testscenes::Read, 1, 0));
    }
    scene.apply(es);
    CodeView view;
    view.setListings({testscenes::python()});
    view.setScene(&scene);
    for (const QSize size : {QSize(1024, 768), QSize(1920, 1080)}) {
        const QImage img = textcheck::render(view, size);
        // As many markers as fit side by side, the rest folded into one "+n" chip.
        int shown = 0;
        for (int a = 0; a < 16; ++a) {
            if (view.markerRect(a).isEmpty())
                continue;
            ++shown;
            QCOMPARE(view.markerLine(a), testscenes::python().lineOf(testscenes::Read));
            for (int b = a + 1; b < 16; ++b)
                QVERIFY2(!view.markerRect(a).intersects(view.markerRect(b)),
                         qPrintable(QStringLiteral("T%1 and T%2 overlap").arg(a + 1).arg(b + 1)));
        }
        QVERIFY(shown >= 3);
        bool folded = shown == 16;
        for (const widgets::DrawnText &t : view.drawnTexts())
            folded = folded || t.text == QStringLiteral("+%1").arg(16 - shown);
        QVERIFY(folded);
        const QString bad = textcheck::problems(view.drawnTexts(), &img, 18.0);
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
    }
}

void TestCodeView::noListing()
{
    const stage::Scene scene = testscenes::scene(4);
    CodeView view;
    view.setScene(&scene);
    QCOMPARE(view.currentListing(), -1);
    const QImage img = textcheck::render(view, QSize(400, 300));
    QVERIFY(!img.isNull());
    QCOMPARE(view.markerLine(0), -1);
}

void TestCodeView::textFits()
{
    const stage::Scene scene = testscenes::scene(16);
    CodeView view;
    view.setListings({testscenes::python(), testscenes::cpp()});
    view.setScene(&scene);
    for (const QSize size : {view.minimumSizeHint(), QSize(1024, 768), QSize(1920, 1080)}) {
        for (int l = 0; l < 2; ++l) {
            view.setCurrentListing(l);
            const QImage img = textcheck::render(view, size);
            const QString bad = textcheck::problems(view.drawnTexts(), &img, 18.0);
            QVERIFY2(bad.isEmpty(), qPrintable(bad));
        }
    }
}

void TestCodeView::tabNamesWhole()
{
    // The threads lesson's three listings in the half row its finished chart leaves: each tab
    // as wide as its name needs, every name drawn whole (an equal share cut the first to
    // "Python: t…").
    const stage::Scene scene = testscenes::scene(2);
    const QStringList names{QStringLiteral("Python: target, args"), QStringLiteral("Python: class"),
                            QStringLiteral("C++")};
    QList<stage::CodeListing> listings;
    for (const QString &name : names)
        listings << stage::CodeListing(name, testscenes::python().lines().join(QLatin1Char('\n')),
                                       testscenes::info(1).steps);
    CodeView view;
    view.setListings(listings);
    view.setScene(&scene);
    for (const int width : {460, 600, 1024}) {
        const QImage img = textcheck::render(view, QSize(width, 500));
        QVERIFY(!img.isNull());
        QStringList drawn;
        for (const widgets::DrawnText &t : view.drawnTexts())
            drawn << t.text;
        for (const QString &name : names)
            QVERIFY2(drawn.contains(name), qPrintable(QStringLiteral("%1 px: '%2' not whole in: %3")
                                                          .arg(width)
                                                          .arg(name, drawn.join(" | "))));
    }
}

QTEST_MAIN(TestCodeView)
#include "tst_codeview.moc"
