#include "widgets/pointeroverlay.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QCursor>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using widgets::PointerOverlay;

namespace {

/// A stand-in for a lesson panel: a heading and a button the teacher must still be able to press.
struct Panel
{
    QWidget widget;
    QLabel *label = nullptr;
    QPushButton *button = nullptr;
    PointerOverlay *overlay = nullptr;

    explicit Panel(const QString &heading = QStringLiteral("Locks"))
    {
        QFont base = widget.font();
        base.setPointSizeF(widgets::Theme::current().basePointSize());
        widget.setFont(base);
        auto *layout = new QVBoxLayout(&widget);
        label = new QLabel(heading, &widget);
        QFont f = label->font();
        f.setPointSizeF(widgets::Theme::current().basePointSize() * 1.5);
        label->setFont(f);
        button = new QPushButton(QStringLiteral("Step"), &widget);
        layout->addWidget(label);
        layout->addWidget(button);
        layout->addStretch(1);
        overlay = new PointerOverlay(&widget);
        widget.resize(400, 300);
    }
};

QColor pixel(QWidget &w, QPoint p)
{
    return w.grab().toImage().pixelColor(p);
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) < 40 && std::abs(a.green() - b.green()) < 40 &&
           std::abs(a.blue() - b.blue()) < 40;
}

} // namespace

class TestPointerOverlay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void followsParent();
    void penDrawsStrokes();
    void rightClickErases();
    void clicksPassThroughExceptInPen_data();
    void clicksPassThroughExceptInPen();
    void spotlightDimsAwayFromPointer();
    void screenshots_data();
    void screenshots();
};

void TestPointerOverlay::initTestCase()
{
    widgets::Theme::setCurrent(widgets::Theme::make(widgets::Theme::Kind::Projector));
    QApplication::setPalette(widgets::Theme::current().palette());
}

void TestPointerOverlay::followsParent()
{
    Panel panel;
    panel.widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel.widget));
    QCOMPARE(panel.overlay->mode(), PointerOverlay::Mode::Off);
    QVERIFY(!panel.overlay->isVisible());
    QCOMPARE(panel.overlay->geometry(), panel.widget.rect());
    panel.widget.resize(640, 480);
    QTRY_COMPARE(panel.overlay->geometry(), QRect(0, 0, 640, 480));
    panel.overlay->setMode(PointerOverlay::Mode::Spotlight);
    QVERIFY(panel.overlay->isVisible());
    // A widget the panel adds later does not end up above the overlay.
    auto *late = new QLabel(QStringLiteral("late"), &panel.widget);
    late->show();
    QTRY_COMPARE(panel.widget.children().last(), panel.overlay);
}

void TestPointerOverlay::penDrawsStrokes()
{
    Panel panel;
    panel.widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel.widget));
    panel.overlay->setMode(PointerOverlay::Mode::Pen);
    QCOMPARE(panel.overlay->strokeCount(), 0);
    const QColor before = pixel(panel.widget, QPoint(200, 250));

    QTest::mousePress(panel.overlay, Qt::LeftButton, {}, QPoint(100, 250));
    for (int x = 120; x <= 300; x += 20)
        QTest::mouseMove(panel.overlay, QPoint(x, 250));
    QTest::mouseRelease(panel.overlay, Qt::LeftButton, {}, QPoint(300, 250));
    QCOMPARE(panel.overlay->strokeCount(), 1);
    // The stroke is really drawn, in the pen's bright ink (not the dark theme accent).
    const QColor after = pixel(panel.widget, QPoint(200, 250));
    QVERIFY(!near(after, before));
    QVERIFY(near(after, PointerOverlay::penColor()));

    // A moving mouse with no button down draws nothing new.
    QTest::mouseMove(panel.overlay, QPoint(200, 100));
    QCOMPARE(panel.overlay->strokeCount(), 1);
    QTest::mouseClick(panel.overlay, Qt::LeftButton, {}, QPoint(50, 200));
    QCOMPARE(panel.overlay->strokeCount(), 2);

    // Strokes stay on the drawing when the panel grows.
    panel.widget.resize(800, 600);
    QTRY_COMPARE(panel.overlay->size(), QSize(800, 600));
    QVERIFY(near(pixel(panel.widget, QPoint(400, 500)), PointerOverlay::penColor()));

    // Switching away keeps them; clear() removes them.
    panel.overlay->setMode(PointerOverlay::Mode::Off);
    panel.overlay->setMode(PointerOverlay::Mode::Pen);
    QCOMPARE(panel.overlay->strokeCount(), 2);
    panel.overlay->clear();
    QCOMPARE(panel.overlay->strokeCount(), 0);
    QVERIFY(near(pixel(panel.widget, QPoint(400, 500)), before));
}

void TestPointerOverlay::rightClickErases()
{
    Panel panel;
    panel.widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel.widget));
    panel.overlay->setMode(PointerOverlay::Mode::Pen);
    QTest::mouseClick(panel.overlay, Qt::LeftButton, {}, QPoint(10, 10));
    QTest::mouseClick(panel.overlay, Qt::LeftButton, {}, QPoint(20, 20));
    QCOMPARE(panel.overlay->strokeCount(), 2);
    QTest::mouseClick(panel.overlay, Qt::RightButton, {}, QPoint(30, 30));
    QCOMPARE(panel.overlay->strokeCount(), 0);
}

void TestPointerOverlay::clicksPassThroughExceptInPen_data()
{
    QTest::addColumn<PointerOverlay::Mode>("mode");
    QTest::addColumn<int>("clicks");
    QTest::newRow("off") << PointerOverlay::Mode::Off << 1;
    QTest::newRow("spotlight") << PointerOverlay::Mode::Spotlight << 1;
    QTest::newRow("pen") << PointerOverlay::Mode::Pen << 0;
}

void TestPointerOverlay::clicksPassThroughExceptInPen()
{
    QFETCH(PointerOverlay::Mode, mode);
    QFETCH(int, clicks);
    Panel panel;
    panel.widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel.widget));
    panel.overlay->setMode(mode);
    QSignalSpy clicked(panel.button, &QPushButton::clicked);
    // Through the window, so Qt picks the widget under the point as a real click would.
    const QPoint at = panel.button->geometry().center();
    QTest::mouseClick(panel.widget.windowHandle(), Qt::LeftButton, {}, at);
    QCOMPARE(clicked.count(), clicks);
    QCOMPARE(panel.overlay->strokeCount(), mode == PointerOverlay::Mode::Pen ? 1 : 0);
}

void TestPointerOverlay::spotlightDimsAwayFromPointer()
{
    Panel panel;
    panel.widget.resize(800, 600);
    panel.widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel.widget));
    const QPoint centre(400, 300);
    QCursor::setPos(panel.widget.mapToGlobal(centre));
    if (panel.widget.mapFromGlobal(QCursor::pos()) != centre)
        QSKIP("this platform cannot move the pointer");
    const QColor litBefore = pixel(panel.widget, centre);
    const QColor cornerBefore = pixel(panel.widget, QPoint(790, 590));
    panel.overlay->setMode(PointerOverlay::Mode::Spotlight);
    QTRY_VERIFY(pixel(panel.widget, QPoint(790, 590)).lightness() < cornerBefore.lightness() - 60);
    QVERIFY(near(pixel(panel.widget, centre), litBefore)); // the pointer's area stays as it was

    // The spotlight follows the pointer.
    const QPoint corner(700, 500);
    QCursor::setPos(panel.widget.mapToGlobal(corner));
    QTRY_VERIFY(near(pixel(panel.widget, corner), cornerBefore));
    QVERIFY(pixel(panel.widget, centre).lightness() < litBefore.lightness() - 60);
}

void TestPointerOverlay::screenshots_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QSize>("size");
    QTest::newRow("en-1024") << "en" << QSize(1024, 768);
    QTest::newRow("en-1920") << "en" << QSize(1920, 1080);
    QTest::newRow("zh-1024") << "zh_CN" << QSize(1024, 768);
    QTest::newRow("zh-1920") << "zh_CN" << QSize(1920, 1080);
}

void TestPointerOverlay::screenshots()
{
    QFETCH(QString, lang);
    QFETCH(QSize, size);
    const QString dir = qEnvironmentVariable("CLASSROOM_SHOTS");
    if (dir.isEmpty())
        QSKIP("set CLASSROOM_SHOTS to a folder to write screenshots");
    Panel panel(lang == "en" ? QStringLiteral("Locks: n += 1 with two threads")
                             : QStringLiteral("锁：两个线程执行 n += 1"));
    panel.widget.resize(size);
    panel.widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel.widget));
    panel.overlay->setMode(PointerOverlay::Mode::Pen);
    const QPoint c = panel.label->geometry().center();
    QTest::mousePress(panel.overlay, Qt::LeftButton, {}, c + QPoint(-150, 40));
    for (int i = 0; i <= 30; ++i)
        QTest::mouseMove(panel.overlay, c + QPoint(-150 + i * 10, 40 + (i % 2) * 4));
    QTest::mouseRelease(panel.overlay, Qt::LeftButton, {}, c + QPoint(150, 40));
    QDir().mkpath(dir);
    const QString base = dir + QStringLiteral("/pointeroverlay-%1-%2-%3x%4.png");
    QVERIFY(panel.widget.grab().save(base.arg("pen", lang).arg(size.width()).arg(size.height())));
    QCursor::setPos(panel.widget.mapToGlobal(panel.button->geometry().center()));
    panel.overlay->setMode(PointerOverlay::Mode::Spotlight);
    QVERIFY(
        panel.widget.grab().save(base.arg("spotlight", lang).arg(size.width()).arg(size.height())));
}

QTEST_MAIN(TestPointerOverlay)
#include "tst_pointeroverlay.moc"
