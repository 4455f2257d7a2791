#include "../../childcheck.h"
#include "../../widgets/textcheck.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "course/course.h"
#include "pool/copyplan.h"
#include "pool/poolpanel.h"
#include "pool/sweepchart.h"
#include "pool/taskboard.h"
#include "widgets/lessonpanel.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace pool;
using testing::alive;

class TestPoolPanel : public QObject
{
    Q_OBJECT
private slots:
    void copiesTheFolderByteExact();
    void killMidCopyRequeuesAndStillCopiesEverything();
    void sourceInsideIsRefusedAndNothingWritten();
    void sweepFillsTheChart();
    void noWorkerLeftAfterShutdown_data();
    void noWorkerLeftAfterShutdown();
    void screenshots();
};

namespace {

/// A small folder of @p count files of @p size bytes each.
void fill(const QString &dir, int count, qint64 size)
{
    for (int i = 0; i < count; ++i) {
        QFile f(QStringLiteral("%1/f%2.bin").arg(dir).arg(i));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes(int(size), char('a' + i % 26));
        bytes[0] = char(i);
        QCOMPARE(f.write(bytes), size);
    }
}

/// Every file of the plan is at its final name with the source's bytes, and nothing else.
bool sameTree(const CopyPlan &plan)
{
    for (const FileTask &t : plan.files) {
        const auto a = checksum(plan.src + QLatin1Char('/') + t.rel);
        const auto b = checksum(plan.dst + QLatin1Char('/') + t.rel);
        if (!a || !b || *a != *b)
            return false;
    }
    int count = 0;
    for (QDirIterator it(plan.dst, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
         it.hasNext(); it.next())
        ++count;
    return count == int(plan.files.size());
}

/// Grants the parent and then the workers until a worker holds a task (scheduler mode).
int busyWorker(PoolPanel &panel)
{
    for (int tries = 0; tries < 400; ++tries) {
        panel.refresh();
        for (const stage::TaskView &t : panel.scene().tasks())
            if (t.state == int(TaskState::Running) && t.worker > 0)
                return t.worker;
        const auto g = panel.driver().grantable();
        if (!g.empty())
            panel.driver().grant(g.back());
        QTest::qWait(5);
    }
    return -1;
}

} // namespace

void TestPoolPanel::copiesTheFolderByteExact()
{
    PoolPanel panel;
    panel.show();
    QCOMPARE(panel.workers(), DefaultWorkers);
    QCOMPARE(panel.chunk(), DefaultChunk);
    panel.setSpeed(widgets::LessonPanel::FullSpeed);
    panel.play();
    QTRY_VERIFY_WITH_TIMEOUT((panel.refresh(), panel.scene().finished()), 30000);
    const CopyResult r = panel.demo()->resultOf(panel.scene());
    QCOMPARE(r.files, 100);
    QCOMPARE(r.verified, 100);
    QVERIFY(sameTree(panel.demo()->work().plan()));
    panel.shutdown();
}

void TestPoolPanel::killMidCopyRequeuesAndStillCopiesEverything()
{
    QTemporaryDir src;
    fill(src.path(), 12, 3 * 1024 * 1024); // big enough that a worker is caught mid-file
    PoolPanel panel;
    panel.show();
    QVERIFY(panel.setSource(src.path()));
    panel.setKnobs(3, 4096);
    panel.driver().setSchedulerMode(true);
    const int victim = busyWorker(panel);
    QVERIFY(victim > 0);
    const qint64 pid = panel.scene().workers()[std::size_t(victim)].pid;
    QVERIFY(alive(pid));
    QVERIFY(panel.killBusyWorker());
    QTRY_VERIFY_WITH_TIMEOUT((panel.refresh(), !alive(pid)), 5000);
    panel.setSpeed(widgets::LessonPanel::FullSpeed);
    panel.play();
    QTRY_VERIFY_WITH_TIMEOUT((panel.refresh(), panel.scene().finished()), 30000);
    const CopyResult r = panel.demo()->resultOf(panel.scene());
    QCOMPARE(r.verified, 12);
    QVERIFY(r.replaced >= 1);
    QVERIFY(r.failures.isEmpty());
    QVERIFY(sameTree(panel.demo()->work().plan())); // no partial file under any name
    panel.shutdown();
}

void TestPoolPanel::sourceInsideIsRefusedAndNothingWritten()
{
    PoolPanel panel;
    QSignalSpy status(&panel, &widgets::LessonPanel::statusChanged);
    const QString before = panel.source();
    QVERIFY(!panel.setSource(QStringLiteral("/nonexistent/folder")));
    QCOMPARE(panel.source(), before);
    QVERIFY(!status.isEmpty());
    panel.shutdown();
}

void TestPoolPanel::sweepFillsTheChart()
{
    QTemporaryDir src;
    fill(src.path(), 6, 64 * 1024);
    PoolPanel panel;
    panel.show();
    QVERIFY(panel.setSource(src.path()));
    panel.sweep();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.sweeping(), 120000);
    const auto &points = panel.chart()->points();
    QCOMPARE(int(points.size()), 14); // 7 sizes × process and thread pools
    for (const SweepPoint &p : points) {
        QCOMPARE(p.verified, 6);
        QVERIFY(p.elapsedMs > 0);
    }
    panel.shutdown();
}

void TestPoolPanel::noWorkerLeftAfterShutdown_data()
{
    QTest::addColumn<int>("mode");
    QTest::addRow("slow") << 0;
    QTest::addRow("paused") << 1;
    QTest::addRow("scheduler") << 2;
    QTest::addRow("full") << 3;
}

void TestPoolPanel::noWorkerLeftAfterShutdown()
{
    QFETCH(int, mode);
    QTemporaryDir src;
    fill(src.path(), 8, 4 * 1024 * 1024);
    PoolPanel panel;
    panel.show();
    QVERIFY(panel.setSource(src.path()));
    panel.setKnobs(4, 1024);
    panel.driver().setSchedulerMode(true);
    QVERIFY(busyWorker(panel) > 0);
    if (mode != 2) {
        panel.setSpeed(mode == 3 ? widgets::LessonPanel::FullSpeed : 0);
        panel.play();
        if (mode == 1)
            panel.pause();
    }
    panel.refresh();
    std::vector<qint64> pids;
    for (const auto &w : panel.scene().workers())
        if (w.pid > 0)
            pids.push_back(w.pid);
    QVERIFY(!pids.empty());
    QElapsedTimer t;
    t.start();
    panel.shutdown();
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    for (qint64 pid : pids)
        QVERIFY2(!alive(pid), qPrintable(QString::number(pid)));
}

/// With CLASSROOM_SHOTS set: the whole window mid-copy and finished (with a sweep), 1024×768
/// projector and 1920×1080, both languages, as PNGs to look at; the board's texts must fit.
void TestPoolPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("CLASSROOM_SHOTS");
    if (dir.isEmpty())
        QSKIP("CLASSROOM_SHOTS not set");
    QTemporaryDir small;
    fill(small.path(), 6, 64 * 1024);
    app::LanguageManager languages;
    for (const char *lang : {"en", "zh_CN"}) {
        for (const QSize size : {QSize(1024, 768), QSize(1920, 1080)}) {
            const bool projector = size.width() == 1024;
            const widgets::Theme theme = widgets::Theme::make(
                projector ? widgets::Theme::Kind::Projector : widgets::Theme::Kind::Light);
            widgets::Theme::setCurrent(theme);
            QApplication::setPalette(theme.palette());
            QFont font = QApplication::font();
            font.setPointSizeF(theme.basePointSize());
            QApplication::setFont(font);
            QVERIFY(languages.setLanguage(QLatin1String(lang)));
            app::MainWindow w;
            w.resize(size);
            QVERIFY(w.setLesson(QStringLiteral("pool")));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto *panel = qobject_cast<PoolPanel *>(w.currentPanel());
            QVERIFY(panel);
            panel->driver().setSchedulerMode(true);
            QVERIFY(busyWorker(*panel) > 0);
            for (int i = 0; i < 40; ++i) { // a few files along
                panel->refresh();
                const auto g = panel->driver().grantable();
                if (!g.empty())
                    panel->driver().grant(g[std::size_t(i) % g.size()]);
                QTest::qWait(5);
            }
            panel->refresh();
            QCoreApplication::processEvents();
            const QString problems =
                textcheck::problems(panel->board()->drawnTexts(), panel->board(), 18.0);
            QVERIFY2(!projector || problems.isEmpty(), qPrintable(problems));
            const QString name = QStringLiteral("%1/pool-%2-%3x%4")
                                     .arg(dir, QLatin1String(lang))
                                     .arg(size.width())
                                     .arg(size.height());
            QVERIFY(w.grab().save(name + QStringLiteral("-mid.png")));
            panel->setSpeed(widgets::LessonPanel::FullSpeed);
            panel->play();
            QTRY_VERIFY_WITH_TIMEOUT((panel->refresh(), panel->scene().finished()), 30000);
            panel->sweep();
            QTRY_VERIFY_WITH_TIMEOUT(!panel->sweeping(), 120000);
            QCoreApplication::processEvents();
            QVERIFY(w.grab().save(name + QStringLiteral("-done.png")));
            w.shutdownAll();
        }
    }
}

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (stage::ChildRuntime::isWorkerMode(args)) {
        stage::ChildRuntime::Bodies bodies;
        for (const widgets::Lesson &lesson : course::registry().lessons())
            for (const widgets::Lesson::Worker &w : lesson.workers)
                bodies.emplace(lesson.id + QLatin1Char('.') + w.name, w.body);
        return stage::ChildRuntime::run(args, bodies);
    }
    QApplication app(argc, argv);
    TestPoolPanel t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_poolpanel.moc"
