#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

/// The built program driven as a user or a script would: --list-lessons, --run race, bad input,
/// --screenshot. Each run gets its own empty config folder, so nothing leaks between runs and we
/// can see whether anything was written.
class TestExecutable : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_config;

    Result run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_CONFIG_HOME", m_config.path());
        env.insert("LC_ALL", "C");
        env.insert("LANG", "C");
        env.remove("LANGUAGE");
        env.insert("QT_QPA_PLATFORM", "offscreen");
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CC_APP_PATH), args);
        Result r;
        if (!p.waitForFinished(120'000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QStringList configFiles() const
    {
        QStringList files;
        QDir dir(m_config.path());
        for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            files += QDir(dir.filePath(sub)).entryList(QDir::Files);
        return files + dir.entryList(QDir::Files);
    }

    QJsonObject runJson(const QStringList &args)
    {
        const Result r = run(QStringList{"--run", "race", "--json"} + args);
        if (r.exitCode != 0)
            qWarning() << r.err;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << error.errorString() << r.out;
        return doc.object();
    }

private slots:
    void initTestCase() { QVERIFY(m_config.isValid()); }

    void listLessons()
    {
        const Result r = run({"--list-lessons"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString("multitasking\nprocesses\npool\nthreads\nshared\nlocks\nqueues\n"
                                "crawler\n"));
        QVERIFY(r.err.isEmpty());
        QVERIFY(configFiles().isEmpty());
    }

    void raceJsonWithoutLock()
    {
        const QJsonObject o = runJson(
            {"--threads", "4", "--iterations", "20000", "--lock", "off", "--window", "yield"});
        QCOMPARE(o.keys(), QStringList({"actual", "elapsed_ms", "expected", "lost"}));
        const qint64 expected = o["expected"].toInteger();
        const qint64 actual = o["actual"].toInteger();
        QCOMPARE(expected, qint64(4 * 20000));
        QCOMPARE(o["lost"].toInteger(), expected - actual);
        QVERIFY(actual >= 1 && actual <= expected);
        QVERIFY(o["elapsed_ms"].toDouble() >= 0);
    }

    void raceJsonWithLockLosesNothing()
    {
        const QJsonObject o = runJson(
            {"--threads", "8", "--iterations", "5000", "--lock", "on", "--window", "yield"});
        QCOMPARE(o["expected"].toInteger(), qint64(8 * 5000));
        QCOMPARE(o["actual"].toInteger(), qint64(8 * 5000));
        QCOMPARE(o["lost"].toInteger(), 0);
    }

    void raceText()
    {
        const Result r =
            run({"--run", "race", "--threads", "2", "--iterations", "10", "--lock", "on"});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QString("expected: 20"));
        QCOMPARE(lines.at(1), QString("actual: 20"));
        QCOMPARE(lines.at(2), QString("lost: 0"));
        QVERIFY(lines.at(3).startsWith("elapsed_ms: "));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("lesson") << QStringList{"--lesson", "nosuch"} << "nosuch";
        QTest::newRow("lesson+shot")
            << QStringList{"--lesson", "nosuch", "--screenshot", "@/shot.png"} << "nosuch";
        QTest::newRow("threads 0") << QStringList{"--run", "race", "--threads", "0"} << "'0'";
        QTest::newRow("threads abc") << QStringList{"--run", "race", "--threads", "abc"} << "abc";
        QTest::newRow("threads 65") << QStringList{"--run", "race", "--threads", "65"} << "65";
        QTest::newRow("iterations -5")
            << QStringList{"--run", "race", "--iterations", "-5"} << "-5";
        QTest::newRow("iterations big")
            << QStringList{"--run", "race", "--iterations", "100000001"} << "100000001";
        QTest::newRow("size") << QStringList{"--lesson",   "locks",  "--screenshot",
                                             "@/shot.png", "--size", "10x"}
                              << "10x";
        QTest::newRow("lock") << QStringList{"--run", "race", "--lock", "maybe"} << "maybe";
        QTest::newRow("window") << QStringList{"--run", "race", "--window", "maybe"} << "maybe";
        QTest::newRow("lang") << QStringList{"--lang", "fr", "--screenshot", "@/shot.png"} << "fr";
        QTest::newRow("theme") << QStringList{"--theme", "pink", "--screenshot", "@/shot.png"}
                               << "pink";
        QTest::newRow("run") << QStringList{"--run", "nosuch"} << "nosuch";
        QTest::newRow("zoom 400") << QStringList{"--zoom", "400", "--screenshot", "@/shot.png"}
                                  << "400";
        QTest::newRow("zoom 20%") << QStringList{"--zoom", "20%"} << "20%";
        QTest::newRow("unknown") << QStringList{"--bogus", "--screenshot", "@/shot.png"}
                                 << "--bogus";
        QTest::newRow("window cannot be that small")
            << QStringList{"--lesson", "locks",   "--screenshot", "@/shot.png",
                           "--size",   "400x300", "--theme",      "projector"}
            << "400x300";
        // The processes and pool lessons' runs and worker mode, through the registry.
        QTest::newRow("children 0")
            << QStringList{"--run", "processes", "--children", "0"} << "'0'";
        QTest::newRow("children 17")
            << QStringList{"--run", "processes", "--children", "17"} << "17";
        QTest::newRow("style") << QStringList{"--run", "processes", "--style", "thread"}
                               << "thread";
        QTest::newRow("workers 0")
            << QStringList{"--run", "pool-copy", "--dst", "@/copy", "--workers", "0"} << "'0'";
        QTest::newRow("workers abc")
            << QStringList{"--run", "pool-copy", "--dst", "@/copy", "--workers", "abc"} << "abc";
        QTest::newRow("workers 1000")
            << QStringList{"--run", "pool-copy", "--dst", "@/copy", "--workers", "1000"} << "1000";
        QTest::newRow("chunk 0") << QStringList{"--run",  "pool-copy", "--dst",
                                                "@/copy", "--chunk",   "0"}
                                 << "'0'";
        QTest::newRow("kind") << QStringList{"--run", "pool-sweep", "--kind", "fiber"} << "fiber";
        QTest::newRow("src missing")
            << QStringList{"--run", "pool-copy", "--src", "@/nosuch", "--dst", "@/copy"}
            << "nosuch";
        // Refused before the source is read: the destination is inside it.
        QTest::newRow("dst inside src")
            << QStringList{"--run", "pool-copy", "--src", QDir::tempPath(), "--dst", "@/copy"}
            << "copy";
        // The multitasking and threads lessons' runs.
        QTest::newRow("tasks mode") << QStringList{"--run", "tasks", "--mode", "fast"} << "fast";
        QTest::newRow("tasks kind") << QStringList{"--run", "tasks", "--kind", "gpu"} << "gpu";
        QTest::newRow("count 0") << QStringList{"--run", "threads", "--count", "0"} << "'0'";
        QTest::newRow("count abc") << QStringList{"--run", "threads", "--count", "abc"} << "abc";
        QTest::newRow("count 257") << QStringList{"--run", "threads", "--count", "257"} << "257";
        QTest::newRow("worker without n")
            << QStringList{"--worker", "processes.task"} << "processes.task";
        QTest::newRow("worker bad args") << QStringList{"--worker", "pool.copy", "x"} << "x";
        // The queue and crawler lessons' runs (issue 10's bad input), end to end.
        QTest::newRow("crawler producers 0")
            << QStringList{"--run", "crawler", "--producers", "0"} << "'0'";
        QTest::newRow("crawler consumers 33")
            << QStringList{"--run", "crawler", "--consumers", "33"} << "33";
        QTest::newRow("crawler capacity -1")
            << QStringList{"--run", "crawler", "--capacity", "-1"} << "-1";
        QTest::newRow("crawler latency abc")
            << QStringList{"--run", "crawler", "--latency-ms", "abc"} << "abc";
        QTest::newRow("crawler fail-rate 2")
            << QStringList{"--run", "crawler", "--fail-rate", "2"} << "'2'";
        QTest::newRow("crawler out unwritable")
            << QStringList{"--run", "crawler", "--out", "@/no/such/dir/items.jsonl"}
            << "no/such/dir";
        QTest::newRow("queue kind deque")
            << QStringList{"--run", "queue", "--kind", "deque"} << "deque";
        QTest::newRow("missing folder")
            << QStringList{"--lesson", "locks", "--screenshot", "@/no/such/dir/x.png"}
            << "no/such/dir";
    }

    // Exit 2, a message naming the value, no window (offscreen or not, the process returns at
    // once), nothing written: neither the screenshot nor the settings.
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QTemporaryDir out;
        for (QString &a : args)
            a.replace("@", out.path());
        const Result r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(QDir(out.path()).isEmpty());
        QVERIFY(configFiles().isEmpty());
    }

    // A lesson's run whose children are real processes of the app: each PID is a child of the
    // app's, each changed its own g, the parent's is unchanged.
    void processesRun()
    {
        const Result r = run({"--run", "processes", "--children", "2", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o["g_unchanged"].toBool());
        const QJsonArray children = o["children"].toArray();
        QCOMPARE(children.size(), 2);
        for (const QJsonValue c : children) {
            QCOMPARE(c["ppid"].toInteger(), o["pid"].toInteger());
            QVERIFY(c["pid"].toInteger() != o["pid"].toInteger());
            QVERIFY(c["g"].toInteger() != o["g"].toInteger());
            // The child is the small worker executable, where the package puts it relative
            // to the app, not the whole app again.
            QCOMPARE(c["program"].toString(), QFileInfo(CC_WORKER_PATH).canonicalFilePath());
        }
    }

    // The worker executable alone: started by hand without worker mode or with an unknown body,
    // it says what it is and what it serves, and exits 2.
    void workerExecutableRefusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("no arguments") << QStringList{} << "--worker NAME";
        QTest::newRow("not worker mode") << QStringList{"--run", "race"} << "--worker NAME";
        QTest::newRow("unknown body") << QStringList{"--worker", "pool.nosuch"}
                                      << "pool.copy, processes.myprocess, processes.task";
        QTest::newRow("bad args") << QStringList{"--worker", "pool.copy", "x"} << "x";
    }
    void workerExecutableRefusesBadArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QProcess p;
        p.start(QStringLiteral(CC_WORKER_PATH), args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QVERIFY2(err.contains(named), qPrintable(err));
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }

    void poolCopyRun()
    {
        QTemporaryDir out;
        const QString dst = out.filePath("copy");
        const Result r = run({"--run", "pool-copy", "--dst", dst, "--workers", "3", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o["files"].toInt(), 100);
        QCOMPARE(o["verified"].toInt(), 100);
        QCOMPARE(o["workers"].toInt(), 3);
        int files = 0;
        for (QDirIterator it(dst, QDir::Files, QDirIterator::Subdirectories); it.hasNext();
             it.next())
            ++files;
        QCOMPARE(files, 100); // the copies, no temporary left beside them
    }

    void badInputInChinese()
    {
        const Result en = run({"--lang", "en", "--run", "race", "--threads", "abc"});
        const Result zh = run({"--lang", "zh_CN", "--run", "race", "--threads", "abc"});
        QCOMPARE(zh.exitCode, 2);
        QVERIFY(zh.err.contains("abc"));
        QVERIFY2(zh.err != en.err, qPrintable(zh.err));
    }

    void screenshot_data()
    {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QSize>("size");
        QTest::newRow("coming, 800x600")
            << "multitasking" << QStringList{"--size", "800x600"} << QSize(800, 600);
        QTest::newRow("locks, default size")
            << "locks" << QStringList{"--lang", "zh_CN"} << QSize(1280, 800);
        QTest::newRow("projector")
            << "queues" << QStringList{"--theme", "projector", "--size", "1024x768"}
            << QSize(1024, 768);
    }

    void screenshot()
    {
        QFETCH(QString, lesson);
        QFETCH(QStringList, extra);
        QFETCH(QSize, size);
        QTemporaryDir out;
        const QString path = out.filePath("shot.png");
        const Result r = run(QStringList{"--lesson", lesson, "--screenshot", path} + extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size);
        // A screenshot is not a session: it must not change what the teacher's app remembers.
        QVERIFY(configFiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExecutable)
#include "tst_executable.moc"
