#include "app/commandline.h"
#include "locks/locksdemo.h"
#include "widgets/rundemo.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using app::CommandLine;
using app::parseCommandLine;

/// The command line as DESIGN.md gives it: good input parses, every bad input is refused with a
/// message naming the bad value (and, where it applies, what is allowed).
class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void defaults()
    {
        const auto p = parseCommandLine({});
        QVERIFY(p.ok());
        QCOMPARE(p.commandLine.mode, CommandLine::Mode::Window);
        QVERIFY(p.commandLine.lesson.isEmpty());
        QVERIFY(p.commandLine.language.isEmpty());
        QVERIFY(!p.commandLine.present);
    }

    void window()
    {
        const auto p = parseCommandLine(
            {"--lesson", "queues", "--lang", "zh_CN", "--theme", "projector", "--present"});
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.commandLine.mode, CommandLine::Mode::Window);
        QCOMPARE(p.commandLine.lesson, QString("queues"));
        QCOMPARE(p.commandLine.language, QString("zh_CN"));
        QCOMPARE(p.commandLine.theme, QString("projector"));
        QVERIFY(p.commandLine.present);
    }

    void zoom()
    {
        QCOMPARE(parseCommandLine({}).commandLine.zoom, 0); // 0 = the remembered zoom
        for (const auto &[text, percent] : std::initializer_list<std::pair<const char *, int>>{
                 {"50", 50}, {"300", 300}, {"150%", 150}, {"100", 100}}) {
            const auto p = parseCommandLine({"--zoom", text});
            QVERIFY2(p.ok(), qPrintable(p.error));
            QCOMPARE(p.commandLine.zoom, percent);
        }
        const auto s = parseCommandLine(
            {"--screenshot", "/tmp/z.png", "--zoom=200", "--present", "--lesson", "locks"});
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.commandLine.zoom, 200);
        QVERIFY(s.commandLine.present);
    }

    void listLessons()
    {
        const auto p = parseCommandLine({"--list-lessons"});
        QVERIFY(p.ok());
        QCOMPARE(p.commandLine.mode, CommandLine::Mode::ListLessons);
    }

    void screenshot()
    {
        auto p = parseCommandLine({"--lesson", "locks", "--screenshot", "/tmp/x.png", "--size",
                                   "1024x768", "--lang", "en", "--theme", "dark"});
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.commandLine.mode, CommandLine::Mode::Screenshot);
        QCOMPARE(p.commandLine.screenshotPath, QString("/tmp/x.png"));
        QCOMPARE(p.commandLine.size, QSize(1024, 768));
        p = parseCommandLine({"--screenshot=/tmp/y.PNG"});
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.commandLine.size, QSize(1280, 800));
    }

    void run()
    {
        const auto p = parseCommandLine({"--run", "race", "--threads", "64", "--iterations", "1000",
                                         "--lock", "on", "--window", "yield", "--json"});
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.commandLine.mode, CommandLine::Mode::Run);
        QCOMPARE(p.commandLine.demo, QString("race"));
        const widgets::DemoValues &v = p.commandLine.demoValues;
        QCOMPARE(v.value("threads").toLongLong(), 64);
        QCOMPARE(v.value("iterations").toLongLong(), 1000);
        QCOMPARE(v.value("lock").toString(), QString("on"));
        QCOMPARE(v.value("window").toString(), QString("yield"));
        QVERIFY(p.commandLine.json);

        // Options given before --run are the demo's too; the others keep their defaults.
        const auto d = parseCommandLine({"--threads=5", "--run", "race"});
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.commandLine.demoValues.value("threads").toLongLong(), 5);
        QCOMPARE(d.commandLine.demoValues.value("iterations").toLongLong(),
                 locks::RaceOptions{}.iterations);

        const auto q = parseCommandLine({"--run", "race", "--lock", "off",
                                         QString("--iterations=%1").arg(locks::MaxIterations)});
        QVERIFY2(q.ok(), qPrintable(q.error));
        QCOMPARE(q.commandLine.demoValues.value("lock").toString(), QString("off"));
        QCOMPARE(q.commandLine.demoValues.value("iterations").toLongLong(), locks::MaxIterations);
        QCOMPARE(q.commandLine.demoValues.value("window").toString(), QString("none"));
        QVERIFY(!q.commandLine.json);
    }

    void bad_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");   // the bad value the message must name
        QTest::addColumn<QString>("allowed"); // and part of what is allowed
        const QString tooMany = QString::number(locks::MaxIterations + 1);
        QTest::newRow("lesson") << QStringList{"--lesson", "nosuch"} << "nosuch"
                                << "multitasking";
        QTest::newRow("threads 0") << QStringList{"--run", "race", "--threads", "0"} << "'0'"
                                   << "1 to 64";
        QTest::newRow("threads abc") << QStringList{"--run", "race", "--threads", "abc"} << "abc"
                                     << "1 to 64";
        QTest::newRow("threads 65") << QStringList{"--run", "race", "--threads", "65"} << "65"
                                    << "1 to 64";
        QTest::newRow("iterations -5") << QStringList{"--run", "race", "--iterations", "-5"} << "-5"
                                       << "whole number";
        QTest::newRow("iterations max+1") << QStringList{"--run", "race", "--iterations", tooMany}
                                          << tooMany << QString::number(locks::MaxIterations);
        QTest::newRow("size 10x") << QStringList{"--screenshot", "a.png", "--size", "10x"} << "10x"
                                  << "WIDTHxHEIGHT";
        QTest::newRow("size tiny")
            << QStringList{"--screenshot", "a.png", "--size", "10x10"} << "10x10"
            << "320";
        QTest::newRow("lock") << QStringList{"--run", "race", "--lock", "maybe"} << "maybe"
                              << "on or off";
        QTest::newRow("window") << QStringList{"--run", "race", "--window", "maybe"} << "maybe"
                                << "none or yield";
        QTest::newRow("lang") << QStringList{"--lang", "fr"} << "fr"
                              << "zh_CN or en";
        QTest::newRow("theme") << QStringList{"--theme", "pink"} << "pink"
                               << "projector";
        QTest::newRow("run") << QStringList{"--run", "nosuch"} << "nosuch"
                             << "race";
        QTest::newRow("unknown") << QStringList{"--frobnicate"} << "--frobnicate"
                                 << "--help";
        QTest::newRow("positional") << QStringList{"locks"} << "locks"
                                    << "--help";
        QTest::newRow("missing value") << QStringList{"--lesson"} << "--lesson"
                                       << "value";
        QTest::newRow("not png") << QStringList{"--screenshot", "a.jpg"} << "a.jpg"
                                 << ".png";
        QTest::newRow("threads without run") << QStringList{"--threads", "4"} << "--threads"
                                             << "--run race";
        QTest::newRow("size without screenshot") << QStringList{"--size", "800x600"} << "--size"
                                                 << "--screenshot";
        QTest::newRow("two modes")
            << QStringList{"--list-lessons", "--run", "race"} << "--list-lessons"
            << "--run";
        QTest::newRow("zoom 49") << QStringList{"--zoom", "49"} << "'49'"
                                 << "50 to 300";
        QTest::newRow("zoom 301") << QStringList{"--zoom", "301"} << "301"
                                  << "50 to 300";
        QTest::newRow("zoom abc") << QStringList{"--zoom", "abc"} << "abc"
                                  << "50 to 300";
        QTest::newRow("zoom 1.5") << QStringList{"--zoom", "1.5"} << "1.5"
                                  << "50 to 300";
        QTest::newRow("zoom with run") << QStringList{"--run", "race", "--zoom", "150"} << "--zoom"
                                       << "window";
        QTest::newRow("present with run")
            << QStringList{"--run", "race", "--present"} << "--present"
            << "window";
    }

    void bad()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QFETCH(QString, allowed);
        const auto p = parseCommandLine(args);
        QVERIFY(!p.ok());
        QVERIFY2(p.error.contains(named), qPrintable(p.error));
        QVERIFY2(p.error.contains(allowed), qPrintable(p.error));
    }

    void formatText()
    {
        const widgets::DemoResult r{{"expected", qint64(200)},
                                    {"actual", qint64(150)},
                                    {"lost", qint64(50)},
                                    {"elapsed_ms", 1.5}};
        QCOMPARE(widgets::formatResult(r, false),
                 QString("expected: 200\nactual: 150\nlost: 50\nelapsed_ms: 1.500\n"));
    }

    void formatJson()
    {
        const widgets::DemoResult r{{"expected", qint64(200)},
                                    {"actual", qint64(150)},
                                    {"lost", qint64(50)},
                                    {"elapsed_ms", 1.5}};
        const QJsonObject o =
            QJsonDocument::fromJson(widgets::formatResult(r, true).toUtf8()).object();
        QCOMPARE(o.keys(), QStringList({"actual", "elapsed_ms", "expected", "lost"}));
        QCOMPARE(o["expected"].toInteger(), 200);
        QCOMPARE(o["actual"].toInteger(), 150);
        QCOMPARE(o["lost"].toInteger(), 50);
        QCOMPARE(o["elapsed_ms"].toDouble(), 1.5);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
