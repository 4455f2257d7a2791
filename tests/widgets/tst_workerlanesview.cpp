#include "scenes.h"
#include "textcheck.h"
#include "widgets/theme.h"
#include "widgets/workerlanesview.h"

#include <QSignalSpy>
#include <QTest>

using widgets::Theme;
using widgets::WorkerLanesView;

class TestWorkerLanesView : public QObject
{
    Q_OBJECT
private slots:
    void init() { Theme::setCurrent(Theme::make(Theme::Kind::Projector)); }
    void clickEmitsWorker_data();
    void clickEmitsWorker();
    void lanesDoNotOverlap();
    void grantKeys();
    void emptyScene();
    void textFitsAtMinimumSize();
    void textFitsAt1024();
};

void TestWorkerLanesView::clickEmitsWorker_data()
{
    QTest::addColumn<int>("workers");
    QTest::newRow("1") << 1;
    QTest::newRow("4") << 4;
    QTest::newRow("16") << 16;
}

void TestWorkerLanesView::clickEmitsWorker()
{
    QFETCH(int, workers);
    const stage::Scene scene = testscenes::scene(workers);
    WorkerLanesView view;
    view.setScene(&scene);
    view.resize(1024, 768);
    QSignalSpy spy(&view, &WorkerLanesView::workerClicked);
    for (int w = 0; w < workers; ++w) {
        const QRect lane = view.laneRect(w);
        QVERIFY(!lane.isEmpty());
        QCOMPARE(view.laneAt(lane.center()), w);
        QTest::mouseClick(&view, Qt::LeftButton, {}, lane.center());
        QCOMPARE(spy.count(), w + 1);
        QCOMPARE(spy.last().at(0).toInt(), w);
    }
    // Below the last lane there is nothing to click.
    if (workers < 16) {
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(10, view.height() - 2));
        QCOMPARE(spy.count(), workers);
    }
}

void TestWorkerLanesView::lanesDoNotOverlap()
{
    const stage::Scene scene = testscenes::scene(16);
    WorkerLanesView view;
    view.setScene(&scene);
    view.resize(1024, 768);
    for (int w = 1; w < 16; ++w) {
        QVERIFY(!view.laneRect(w).intersects(view.laneRect(w - 1)));
        QVERIFY(view.laneRect(w).bottom() <= view.height());
    }
    QVERIFY(view.laneRect(16).isEmpty());
    QVERIFY(view.laneRect(-1).isEmpty());
}

void TestWorkerLanesView::grantKeys()
{
    const stage::Scene scene = testscenes::scene(4);
    WorkerLanesView view;
    view.setScene(&scene);
    view.resize(800, 400);
    QSignalSpy spy(&view, &WorkerLanesView::workerClicked);
    QTest::keyClick(&view, Qt::Key_2);
    QCOMPARE(spy.count(), 0); // not grantable yet
    view.setGrantable({1, 3});
    QTest::keyClick(&view, Qt::Key_2);
    QTest::keyClick(&view, Qt::Key_3);
    QTest::keyClick(&view, Qt::Key_4);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).toInt(), 1);
    QCOMPARE(spy.at(1).at(0).toInt(), 3);
    // The grant badge is drawn with a visible hint for grantable lanes only.
    textcheck::render(view, QSize(1024, 400));
    int hints = 0;
    for (const widgets::DrawnText &t : view.drawnTexts())
        hints += t.text.startsWith(QStringLiteral("☞ ")) ? 1 : 0;
    QCOMPARE(hints, 2);
}

void TestWorkerLanesView::emptyScene()
{
    WorkerLanesView view;
    const QImage img = textcheck::render(view, QSize(400, 300));
    QVERIFY(!img.isNull());
    QCOMPARE(view.laneAt(QPoint(10, 10)), -1);
    QVERIFY(view.minimumSizeHint().isValid());
}

void TestWorkerLanesView::textFitsAtMinimumSize()
{
    const stage::Scene scene = testscenes::scene(16);
    WorkerLanesView view;
    view.setScene(&scene);
    view.setGrantable({0, 3});
    const QImage img = textcheck::render(view, view.minimumSizeHint());
    QVERIFY(!view.drawnTexts().isEmpty());
    const QString bad = textcheck::problems(view.drawnTexts(), &img, 18.0);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
}

void TestWorkerLanesView::textFitsAt1024()
{
    const stage::Scene scene = testscenes::scene(16);
    WorkerLanesView view;
    view.setScene(&scene);
    const QImage img = textcheck::render(view, QSize(1024, 768));
    QVERIFY(view.minimumSizeHint().height() <= 768);
    const QString bad = textcheck::problems(view.drawnTexts(), &img, 18.0);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
}

QTEST_MAIN(TestWorkerLanesView)
#include "tst_workerlanesview.moc"
