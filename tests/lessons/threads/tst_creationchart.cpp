#include "threads/creationchart.h"
#include "widgets/theme.h"

#include <QBarSeries>
#include <QBarSet>
#include <QtTest>

using namespace threads;

class TestCreationChart : public QObject
{
    Q_OBJECT
private slots:
    void showsTheMeasuredPoints_data();
    void showsTheMeasuredPoints();
};

void TestCreationChart::showsTheMeasuredPoints_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<QSize>("size");
    QTest::addRow("light") << int(widgets::Theme::Kind::Light) << QSize(900, 420);
    QTest::addRow("projector") << int(widgets::Theme::Kind::Projector) << QSize(640, 400);
}

void TestCreationChart::showsTheMeasuredPoints()
{
    QFETCH(int, theme);
    QFETCH(QSize, size);
    widgets::Theme::setCurrent(widgets::Theme::make(widgets::Theme::Kind(theme)));
    QString error;
    const auto points = creationCost(defaultCreationCounts(), nullptr, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    CreationChart chart;
    chart.setPoints(points);
    chart.resize(size);
    QCOMPARE(chart.points().size(), std::size_t(3));
    const auto sets = static_cast<QBarSeries *>(chart.chart()->series().at(0))->barSets();
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets[0]->count(), 3);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(sets[0]->at(i) > 0);
        QVERIFY(sets[1]->at(i) > sets[0]->at(i) * 0.5); // processes are not cheaper than threads
    }
    QImage image(size, QImage::Format_ARGB32);
    chart.QWidget::render(&image);
    if (qEnvironmentVariableIsSet("CC_SAVE_RENDERS"))
        image.save(QStringLiteral("%1/creation-%2.png")
                       .arg(qEnvironmentVariable("CC_SAVE_RENDERS"), QTest::currentDataTag()));
}

QTEST_MAIN(TestCreationChart)
#include "tst_creationchart.moc"
