#include "scenes.h"
#include "textcheck.h"
#include "widgets/theme.h"
#include "widgets/workerlanesview.h"

#include <QRegularExpression>
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
    void wideLocalsWrap_data();
    void wideLocalsWrap();
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

void TestWorkerLanesView::wideLocalsWrap_data()
{
    QTest::addColumn<double>("zoom");
    QTest::newRow("100 %") << 1.0;
    QTest::newRow("150 %") << 1.5;
    QTest::newRow("200 %") << 2.0;
}

void TestWorkerLanesView::wideLocalsWrap()
{
    QFETCH(double, zoom);
    Theme theme = Theme::make(Theme::Kind::Projector);
    theme.zoom = zoom;
    Theme::setCurrent(theme);
    // Two workers; T1 has four long locals, together far wider than its lane.
    stage::Scene scene = testscenes::scene(2);
    stage::Event e = testscenes::step(100, 0, testscenes::Add, 1);
    e.values = {stage::Value{"iteration", 1234567}, stage::Value{"temporary", 7654321},
                stage::Value{"previous", 1111111}, stage::Value{"increment", 2222222}};
    e.valueCount = 4;
    scene.apply(std::vector<stage::Event>{e});
    WorkerLanesView view;
    view.setScene(&scene);
    view.setGrantable({0, 1});
    const int width = int(theme.minimumPointSize() * widgets::pxPerPt(&view) * 26);
    QVERIFY(view.hasHeightForWidth());
    const int needed = view.heightForWidth(width);
    const QImage img = textcheck::render(view, QSize(width, needed));
    QVERIFY2(needed > view.heightForWidth(width * 4),
             "a narrow lane grows a line for its wrapped locals");
    QString bad = textcheck::problems(view.drawnTexts(), &img, 0.0);
    // Every item is drawn whole, each on one line of T1's lane; nothing is elided.
    QStringList items;
    for (const widgets::DrawnText &t : view.drawnTexts()) {
        if (t.text.endsWith(QChar(0x2026)))
            bad += QStringLiteral("\nelided '%1'").arg(t.text);
        if (t.text.contains(QLatin1String(" = ")) && view.laneRect(0).contains(t.box.toRect()))
            items += t.text.split(QStringLiteral("  "));
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
    for (const char *item : {"iteration = 1234567", "temporary = 7654321", "previous = 1111111",
                             "increment = 2222222"})
        QVERIFY2(items.contains(QLatin1String(item)), item);
    for (const QString &item : std::as_const(items)) // split between items, never inside one
        QVERIFY2(QRegularExpression(QStringLiteral("^\\w+ = \\S+$")).match(item).hasMatch(),
                 qPrintable(item));
    int lines = 0;
    for (const widgets::DrawnText &t : view.drawnTexts())
        lines += t.text.contains(QLatin1String(" = ")) ? 1 : 0;
    QVERIFY2(lines >= 2, "the locals wrap onto more than one line");
    // Every row is at least as tall as the measured text of both fonts the lane draws with.
    for (const widgets::DrawnText &t : view.drawnTexts()) {
        for (const QFont &f : {widgets::TextPainter::font(t.font.pointSizeF()),
                               widgets::TextPainter::mono(t.font.pointSizeF())}) {
            const QFontMetricsF fm(f, &img);
            QVERIFY2(t.box.height() >= std::ceil(fm.ascent() + fm.descent()) - 0.01,
                     qPrintable(QStringLiteral("'%1': %2 px box for %3 px of %4")
                                    .arg(t.text)
                                    .arg(t.box.height())
                                    .arg(fm.ascent() + fm.descent())
                                    .arg(f.family())));
        }
    }
}

QTEST_MAIN(TestWorkerLanesView)
#include "tst_workerlanesview.moc"
