#include "scenes.h"
#include "textcheck.h"
#include "widgets/codeview.h"
#include "widgets/theme.h"

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
    void sixteenWorkersOneLine();
    void noListing();
    void textFits();
};

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

QTEST_MAIN(TestCodeView)
#include "tst_codeview.moc"
