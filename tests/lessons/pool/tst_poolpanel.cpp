#include "../../app/workermain.h"
#include "../../widgets/textcheck.h"
#include "../charttitles.h"
#include "../panelcheck.h"
#include "pool/copyplan.h"
#include "pool/poolpanel.h"
#include "pool/sweepchart.h"
#include "pool/taskboard.h"
#include "pool/tempfolders.h"
#include "widgets/codeview.h"
#include "widgets/lessonpanel.h"
#include "widgets/textpainter.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QScrollArea>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <unistd.h>

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
    void diskFullStopsCleanlyAndListsTheCopied();
    void permissionDeniedStopsCleanlyAndListsTheCopied();
    void foldersRemovedOnExit();
    void noWorkerLeftAfterShutdown_data();
    void noWorkerLeftAfterShutdown();
    void noChildLeftAfterResetSwitchOrQuit_data();
    void noChildLeftAfterResetSwitchOrQuit();
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
    int busy = -1;
    QTest::qWaitFor(
        [&] {
            panel.refresh();
            for (const stage::TaskView &t : panel.scene().tasks())
                if (t.state == int(TaskState::Running) && t.worker > 0) {
                    busy = t.worker;
                    return true;
                }
            const auto g = panel.driver().grantable();
            if (!g.empty())
                panel.driver().grant(g.back());
            return false;
        },
        10000);
    return busy;
}

/// Grants worker @p id one step and waits until it has taken it (or is no longer live).
bool stepWorker(PoolPanel &panel, int id)
{
    panel.refresh();
    const auto before = panel.scene().workers()[std::size_t(id)].steps;
    panel.driver().grant(id);
    return QTest::qWaitFor(
        [&] {
            panel.refresh();
            const auto &w = panel.scene().workers()[std::size_t(id)];
            return w.steps > before || w.state == stage::WorkerState::Finished ||
                   w.state == stage::WorkerState::Killed;
        },
        5000);
}

/// Tasks in @p state, by relative path.
QStringList tasksIn(PoolPanel &panel, TaskState state)
{
    QStringList rels;
    const auto &files = panel.demo()->work().plan().files;
    const auto &tasks = panel.scene().tasks();
    for (std::size_t i = 0; i < tasks.size() && i < files.size(); ++i)
        if (tasks[i].state == int(state))
            rels << files[i].rel;
    return rels;
}

/// Sets or clears the immutable attribute of @p path (chattr +i): root writes nothing into an
/// immutable folder ("Operation not permitted"), where a mode of 0555 would not stop it.
bool setImmutable(const QString &path, bool on)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
        flags = on ? flags | FS_IMMUTABLE_FL : flags & ~FS_IMMUTABLE_FL;
        ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return ok;
}

/// Runs @p panel to its end and checks what a copy that failed must show: the status names
/// @p reason and how many were copied, every worker is gone, the files done are byte-exact at
/// their final names and nothing else (no partial file) is in the destination.
void checkStoppedCleanly(PoolPanel &panel, const QString &reason, const QString &src)
{
    QSignalSpy status(&panel, &widgets::LessonPanel::statusChanged);
    panel.setSpeed(widgets::LessonPanel::FullSpeed);
    panel.play();
    QTRY_VERIFY_WITH_TIMEOUT((panel.refresh(), panel.scene().finished()), 30000);
    QTRY_VERIFY(!status.isEmpty());
    const QString said = status.last().first().toString();
    const CopyResult r = panel.demo()->resultOf(panel.scene());
    QVERIFY2(said.contains(reason), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("%1 of %2 files").arg(r.verified).arg(r.files)),
             qPrintable(said));
    QVERIFY(r.verified > 0 && r.verified < r.files);
    QCOMPARE(tasksIn(panel, TaskState::Done), r.copied); // the board lists what was copied
    QVERIFY(!tasksIn(panel, TaskState::Failed).isEmpty());
    for (const auto &w : panel.scene().workers())
        QVERIFY2(w.pid <= 0 || !alive(w.pid), qPrintable(w.name));
    const QString dst = panel.demo()->work().plan().dst;
    QStringList found;
    for (QDirIterator it(dst, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
         it.hasNext();)
        found << QDir(dst).relativeFilePath(it.next());
    found.sort();
    QStringList copied = r.copied;
    copied.sort();
    QCOMPARE(found, copied);
    for (const QString &rel : copied)
        QCOMPARE(checksum(dst + QLatin1Char('/') + rel), checksum(src + QLatin1Char('/') + rel));
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

void TestPoolPanel::diskFullStopsCleanlyAndListsTheCopied()
{
    QTemporaryDir src, mountPoint;
    fill(src.path(), 8, 1024 * 1024);
    // A real full disk: a 3 MiB tmpfs as the place the new destination folder goes.
    if (::mount("tmpfs", QFile::encodeName(mountPoint.path()).constData(), "tmpfs", 0, "size=3m") !=
        0)
        QSKIP("cannot mount a small tmpfs here (needs root): the disk-full case is not run");
    const auto unmount = qScopeGuard(
        [&] { ::umount2(QFile::encodeName(mountPoint.path()).constData(), MNT_DETACH); });
    {
        PoolPanel panel;
        panel.show();
        QVERIFY(panel.setSource(src.path()));
        panel.setDestinationParent(mountPoint.path());
        panel.setKnobs(2, DefaultChunk);
        QVERIFY(panel.demo()->work().plan().dst.startsWith(mountPoint.path()));
        checkStoppedCleanly(panel, QStringLiteral("No space left on device"), src.path());
        panel.shutdown();
    }
    QCOMPARE(QDir(mountPoint.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{}); // the run's folder went with it
}

void TestPoolPanel::permissionDeniedStopsCleanlyAndListsTheCopied()
{
    // Files a/… copy; the folder b/ of the destination cannot be written into.
    QTemporaryDir src, parent;
    QVERIFY(QDir(src.path()).mkpath(QStringLiteral("a")) &&
            QDir(src.path()).mkpath(QStringLiteral("b")));
    fill(src.path() + QStringLiteral("/a"), 3, 256 * 1024);
    fill(src.path() + QStringLiteral("/b"), 3, 256 * 1024);
    PoolPanel panel;
    panel.show();
    QVERIFY(panel.setSource(src.path()));
    panel.setDestinationParent(parent.path());
    panel.setKnobs(2, 4096);
    const QString locked = panel.demo()->work().plan().dst + QStringLiteral("/b");
    QVERIFY(QDir().mkpath(locked));
    if (!setImmutable(locked, true))
        QSKIP("this file system has no immutable attribute: the permission case is not run");
    const auto unlock = qScopeGuard([&] { setImmutable(locked, false); });
    checkStoppedCleanly(panel, QStringLiteral("Operation not permitted"), src.path());
    QCOMPARE(tasksIn(panel, TaskState::Done), (QStringList{"a/f0.bin", "a/f1.bin", "a/f2.bin"}));
    panel.shutdown();
}

void TestPoolPanel::foldersRemovedOnExit()
{
    QString sample, work, dst;
    {
        PoolPanel panel;
        panel.show();
        panel.setSpeed(widgets::LessonPanel::FullSpeed);
        panel.play();
        QTRY_VERIFY_WITH_TIMEOUT((panel.refresh(), panel.scene().finished()), 30000);
        sample = panel.source();
        work = panel.demo()->work().path();
        dst = panel.demo()->work().plan().dst;
        for (const QString &f : {sample, work, dst})
            QVERIFY2(QFileInfo(f).isDir(), qPrintable(f));
        panel.sweep(); // its folders too
        QTRY_VERIFY_WITH_TIMEOUT(!panel.chart()->points().empty(), 30000);
    }
    for (const QString &f : {sample, work, dst})
        QVERIFY2(!QFileInfo::exists(f), qPrintable(f));
    for (const QString &place : pool::tempFolderPlaces())
        QCOMPARE(QDir(place).entryList({QStringLiteral("cc-pool-*-%1-*").arg(qint64(::getpid()))},
                                       QDir::Dirs | QDir::NoDotAndDotDot),
                 QStringList{});
}

void TestPoolPanel::noWorkerLeftAfterShutdown_data()
{
    testing::addPacingRows();
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
    testing::checkShutdownReapsChildren(panel, mode);
}

void TestPoolPanel::noChildLeftAfterResetSwitchOrQuit_data()
{
    testing::addEndingRows();
}

void TestPoolPanel::noChildLeftAfterResetSwitchOrQuit()
{
    QFETCH(int, ending);
    testing::checkLeavesNoChild(QStringLiteral("pool"), ending, [](widgets::StagePanel &p) {
        return busyWorker(static_cast<PoolPanel &>(p)) > 0;
    });
}

/// Lets every layout up the chain take a new minimum in: each level posts its parent's
/// LayoutRequest while handling its own, and one processEvents() handles only those already
/// posted, so a check right after a tab switch saw (and the grab drew) a half-settled page.
static void settleLayouts()
{
    for (int level = 0; level < 32; ++level)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
}

/// Height of the window's page view (its scroll area's viewport) around @p w.
static int pageView(const QWidget *w)
{
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (auto *area = qobject_cast<QScrollArea *>(p))
            return area->viewport()->height();
    return 0;
}

/// What of @p w the window's page view leaves out above or below (empty: none of it), as
/// drawn: a part the page must be scrolled to is not seen. (Sideways, a page zoomed past the
/// window's width scrolls: the projector-fit rule reports that.)
static QString belowFold(const QWidget *w)
{
    const QRect seen = w->visibleRegion().boundingRect();
    if (w->isVisible() && !seen.isEmpty() && seen.top() <= 0 && seen.bottom() >= w->height() - 1)
        return {};
    return QStringLiteral("%1 %2 px tall: only y %3..%4 in view (the page's view %5 px)")
        .arg(QString::fromLatin1(w->metaObject()->className()))
        .arg(w->height())
        .arg(seen.top())
        .arg(seen.bottom())
        .arg(pageView(w));
}

/// What the code view holds against what the window leaves it, zoomed in: its rows at the
/// theme's least size, and the height its tab has (the window's whole page view).
static QString pythonRoom(const widgets::CodeView *code, const QWidget *tabs)
{
    const double row = widgets::TextPainter::rowHeight(
        code, {widgets::TextPainter::mono(1), widgets::TextPainter::font(1, true)},
        widgets::Theme::current().minimumPointSize());
    return QStringLiteral("rows of %1 px; the code %2 px tall in a tab of %3, the window's view %4")
        .arg(row, 0, 'f', 1)
        .arg(code->height())
        .arg(tabs->height())
        .arg(pageView(tabs));
}

/// With CLASSROOM_SHOTS set: the whole window mid-copy and finished (with a sweep), 1024×768
/// projector and 1920×1080, both languages, as PNGs to look at; the board's texts must fit.
void TestPoolPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("CLASSROOM_SHOTS");
    if (dir.isEmpty())
        QSKIP("CLASSROOM_SHOTS not set");
    testing::eachShot(
        dir, QStringLiteral("pool"), [](app::MainWindow &w, const testing::Shot &shot) {
            auto *panel = qobject_cast<PoolPanel *>(w.currentPanel());
            QVERIFY(panel);
            panel->setKnobs(MaxWorkers, DefaultChunk); // the most lanes there can be
            panel->driver().setSchedulerMode(true);
            QVERIFY(busyWorker(*panel) > 0);
            for (int i = 0; i < 40; ++i) { // a few files along
                panel->refresh();
                const auto g = panel->driver().grantable();
                if (!g.empty())
                    QVERIFY(stepWorker(*panel, g[std::size_t(i) % g.size()]));
            }
            panel->refresh();
            QCoreApplication::processEvents();
            QVERIFY(w.grab().save(shot.stem + QStringLiteral("-mid.png")));
            const auto fits = [&](QWidget *view, const QList<widgets::DrawnText> &texts) {
                const QString problems = textcheck::problems(texts, view, 18.0);
                QVERIFY2(!shot.projector || problems.isEmpty(),
                         qPrintable(shot.stem + QLatin1Char(' ') + problems));
            };
            fits(panel->board(), panel->board()->drawnTexts());
            // The code's tab, at the page's full width.
            auto *code = panel->findChild<widgets::CodeView *>();
            auto *tabs =
                code ? qobject_cast<QTabWidget *>(code->parentWidget()->parentWidget()) : nullptr;
            QVERIFY(tabs);
            tabs->setCurrentWidget(code);
            settleLayouts();
            // Chosen, the tab is in view (zoomed in, the page scrolls to it and it fills the
            // window's view): none of it below the fold.
            QVERIFY2(belowFold(tabs).isEmpty(),
                     qPrintable(shot.stem + QLatin1Char(' ') + belowFold(tabs)));
            for (int listing = 0; listing < 2; ++listing) {
                code->setCurrentListing(listing);
                settleLayouts();
                code->repaint();
                if (listing == 0) {
                    // The Python at the page's full width: no line cut to "…".
                    // (The projector's 18 px floor; a desktop's theme draws smaller.)
                    const QString cut =
                        textcheck::problems(code->drawnTexts(), code, shot.projector ? 18.0 : 0.0);
                    QVERIFY2(cut.isEmpty(),
                             qPrintable(shot.stem + QStringLiteral(": Python cut: ") + cut));
                }
                // Each live worker's marker as painted (or, when its marker is folded into the
                // line's "+n" chip, the chip's place in the gutter beside its line) wholly on
                // screen: inside the part of the view its parents (the tabs, the splitter, the
                // page's scroll area) leave visible. The view's own rects alone passed while
                // the tab's stack cut the view's bottom.
                const QRegion visible = code->visibleRegion();
                QStringList out;
                for (int id = 0; id < int(panel->scene().workers().size()); ++id) {
                    const int line = code->markerLine(id);
                    if (line < 0)
                        continue;
                    QRect painted = code->markerRect(id);
                    if (const QRect row = code->lineRect(line); painted.isEmpty() && !row.isEmpty())
                        painted = QRect(0, row.y(), row.x(), row.height());
                    if (painted.isEmpty() || visible.intersected(painted) != QRegion(painted))
                        out << QStringLiteral("%1 (line %2, drawn at %3,%4 %5x%6, in view %7)")
                                   .arg(panel->scene().workers()[std::size_t(id)].name)
                                   .arg(line + 1)
                                   .arg(painted.x())
                                   .arg(painted.y())
                                   .arg(painted.width())
                                   .arg(painted.height())
                                   .arg(visible.boundingRect().height());
                }
                QVERIFY(w.grab().save(shot.stem + QStringLiteral("-code%1.png").arg(listing)));
                const QString outText = QStringLiteral("%1 listing %2: workers out of view: %3")
                                            .arg(shot.stem)
                                            .arg(listing)
                                            .arg(out.join(QLatin1String(", ")));
                // Zoomed to 200 %, the Python's markers can need more rows than the window's
                // view holds (see pythonRoom()): said, not failed, once the view is as tall
                // as the window leaves it. The C++ that runs (the Code slide) always fits.
                if (listing == 0 && shot.zoom > 100 && !out.isEmpty())
                    qWarning("%s (%s)", qPrintable(outText), qPrintable(pythonRoom(code, tabs)));
                else
                    QVERIFY2(out.isEmpty(), qPrintable(outText));
            }
            code->setCurrentListing(0);
            tabs->setCurrentIndex(tabs->count() - 1); // the sweep's chart
            panel->setSpeed(widgets::LessonPanel::FullSpeed);
            panel->play();
            QTRY_VERIFY_WITH_TIMEOUT((panel->refresh(), panel->scene().finished()), 60000);
            // One real sweep (minutes under ASan); the other shots chart its points.
            static std::vector<SweepPoint> swept;
            if (swept.empty()) {
                panel->sweep();
                QTRY_VERIFY_WITH_TIMEOUT(!panel->sweeping(), 300000);
                swept = panel->chart()->points();
            } else {
                panel->chart()->setPoints(swept);
            }
            QCOMPARE(int(swept.size()), 14);
            // Laid out as the event loop would (the axis titles refit to the new plot), then shot.
            settleLayouts();
            QVERIFY(w.grab().save(shot.stem + QStringLiteral("-done.png")));
            // The plot, not the chart's texts, has the room: at least 40 % of the sweep tab's
            // height (the lesson's controls above it take the rest of a projector's). Zoomed in,
            // the tab fills the window's view, and the axes' ticks, titles and the legend,
            // twice as tall, leave the plot 35 % of it at least (measured at 200 % on a
            // 1024x768 projector: 161 of 355 px in English, 143 of 356 in Chinese).
            settleLayouts();
            const QRectF plot = panel->chart()->chart()->plotArea();
            const QWidget *sweepTab = tabs->currentWidget();
            const QString plotText = QStringLiteral("%1: plot %2x%3 in a tab %4 px tall (the "
                                                    "panel %5, the window's view %6)")
                                         .arg(shot.stem)
                                         .arg(plot.width())
                                         .arg(plot.height())
                                         .arg(sweepTab->height())
                                         .arg(panel->height())
                                         .arg(pageView(tabs));
            qInfo("%s", qPrintable(plotText));
            QVERIFY2(belowFold(tabs).isEmpty(),
                     qPrintable(shot.stem + QLatin1Char(' ') + belowFold(tabs)));
            const double share = shot.zoom > 100 ? 0.35 : 0.4;
            QVERIFY2(plot.height() >= share * sweepTab->height() && plot.width() >= plot.height(),
                     qPrintable(plotText));
            if (shot.zoom > 100)
                QVERIFY2(tabs->height() >= pageView(tabs), qPrintable(plotText));
            // Every axis title whole, never cut to "..." ("ms (lo..." zoomed in).
            const QStringList cut = charttitles::cut(panel->chart()->chart());
            QVERIFY2(cut.isEmpty(),
                     qPrintable(shot.stem + QLatin1Char(' ') + cut.join(QLatin1Char('\n'))));
        });
}

CC_APP_TEST_MAIN(TestPoolPanel)

#include "tst_poolpanel.moc"
