#include "course/course.h"
#include "course/courseworkers.h"

#include <QLocale>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <memory>
#include <vector>

namespace {

const widgets::LessonRegistry &lessons()
{
    return course::registry();
}

QString summary(const QString &id, const QString &language = {})
{
    const widgets::Lesson *l = lessons().find(id);
    return l ? l->summary(language) : QString();
}

} // namespace

/// The course: eight lessons in teaching order, each with a title and summaries in both
/// languages that carry the notes' own examples; demos with unique names and documented options.
class TestCourse : public QObject
{
    Q_OBJECT
private slots:
    void idsInCourseOrder()
    {
        QCOMPARE(lessons().ids(), QStringList({"multitasking", "processes", "pool", "threads",
                                               "shared", "locks", "queues", "crawler"}));
        QCOMPARE(lessons().indexOf("locks"), 5);
        QCOMPARE(lessons().indexOf("nosuch"), -1);
        QVERIFY(!lessons().contains(QString()));
        // Every lesson of the course is live: none is left "coming".
        for (const QString &id : lessons().ids())
            QVERIFY2(lessons().find(id)->hasDemo(), qPrintable(id));
        QVERIFY(lessons().worker("processes.task"));
        QVERIFY(lessons().worker("processes.myprocess"));
        QVERIFY(lessons().worker("pool.copy"));
        QCOMPARE(lessons().demo("pool-copy").lesson, lessons().find("pool"));
        QCOMPARE(lessons().demo("processes").lesson, lessons().find("processes"));
    }

    // The worker executable serves exactly the bodies the lessons register: a lesson that
    // forgot WORKERS in its cc_add_lesson() would start children that do not know their body.
    void workerExecutableServesEveryLessonsWorkers()
    {
        QStringList registered;
        for (const widgets::Lesson &l : lessons().lessons())
            for (const widgets::Lesson::Worker &w : l.workers)
                registered << l.id + QLatin1Char('.') + w.name;
        QStringList served;
        for (const auto &[name, body] : course::workerBodies())
            served << name;
        registered.sort();
        QCOMPARE(served, registered);
        QCOMPARE(served, QStringList({"pool.copy", "processes.myprocess", "processes.task"}));
    }

    void everyLessonHasTitleAndSummaries()
    {
        for (const QString &id : lessons().ids()) {
            QVERIFY2(!lessons().title(id).isEmpty(), qPrintable(id));
            const QString zh = summary(id, "zh_CN");
            const QString en = summary(id, "en");
            QVERIFY2(zh.startsWith("# "), qPrintable(id));
            QVERIFY2(en.startsWith("# "), qPrintable(id));
            QVERIFY2(zh != en, qPrintable(id));
        }
        QVERIFY(lessons().title("nosuch").isEmpty());
        QVERIFY(summary("nosuch").isEmpty());
    }

    void titlesAreTranslated()
    {
        // Each title in its lesson's own context (or the course's, while it is coming).
        QTranslator courseZh;
        QVERIFY(courseZh.load(":/i18n/course_zh_CN.qm"));
        QCoreApplication::installTranslator(&courseZh);
        // Every built lesson (a descriptor of its own, panel or not) brings its translations.
        std::vector<std::unique_ptr<QTranslator>> own;
        for (const QString &id : lessons().ids()) {
            auto t = std::make_unique<QTranslator>();
            if (t->load(":/i18n/" + id + "_zh_CN.qm")) {
                QCoreApplication::installTranslator(t.get());
                own.push_back(std::move(t));
            }
        }
        for (const widgets::Lesson &l : lessons().lessons())
            QVERIFY2(l.translatedTitle() != QLatin1String(l.title), qPrintable(l.id));
        QCOMPARE(lessons().title("multitasking"), QString("多任务"));
        QCOMPARE(lessons().title("pool"), QString("进程池"));
        QCOMPARE(lessons().title("crawler"), QString("多线程爬虫"));
        QCoreApplication::removeTranslator(&courseZh);
        for (const auto &t : own)
            QCoreApplication::removeTranslator(t.get());
        QCOMPARE(lessons().title("multitasking"), QString("Multitasking"));
    }

    void demosAreUniqueAndDocumented()
    {
        const QStringList names = lessons().demoNames();
        QVERIFY(names.contains("race"));
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
        for (const widgets::Lesson &l : lessons().lessons()) {
            QVERIFY2(l.trContext && l.title, qPrintable(l.id));
            for (const widgets::RunDemo &d : l.demos) {
                QVERIFY(d.help && (bool(d.run) != bool(d.command))); // one way to run
                QCOMPARE(lessons().demo(d.name).lesson, &l);
                for (const widgets::DemoOption &o : d.options) {
                    QVERIFY2(o.help, qPrintable(o.name));
                    widgets::DemoValues v;
                    if (o.kind != widgets::DemoOption::Kind::Text) // a text option has no default
                        QVERIFY2(o.accept(o.defaultValue.toString(), v).isEmpty(),
                                 qPrintable(o.name));
                }
            }
        }
        QVERIFY(!lessons().demo("nosuch").demo);
    }

    void summariesCarryTheNotes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("zh");
        QTest::addColumn<QStringList>("en");
        QTest::newRow("multitasking")
            << "multitasking" << QStringList{"同步", "异步", "并行", "并发", "唱歌跳舞"}
            << QStringList{"Synchronous", "Parallel", "Concurrent"};
        QTest::newRow("processes") << "processes" << QStringList{"Process(target=xxx, args=(xxx,))",
                                                                 "start()",
                                                                 "join()",
                                                                 "def run(self)",
                                                                 "kill -9 id",
                                                                 "全局变量"}
                                   << QStringList{"kill -9 id", "Global variables: **no**"};
        QTest::newRow("pool") << "pool" << QStringList{"100", "5", "进程是不是越多越好"}
                              << QStringList{"100 files", "5", "more processes always better"};
        QTest::newRow("threads")
            << "threads"
            << QStringList{"threading.Thread(target=xxx, args=(xxx,), name=xxx)",
                           "current_thread().name",
                           "join()",
                           "线程是属于进程的",
                           "系统**分配资源**的单位是**进程**",
                           "系统**执行**的单位是**线程**"}
            << QStringList{"current_thread().name", "allocates resources"};
        QTest::newRow("shared") << "shared" << QStringList{"全局变量：**共享**", "压栈", "后进先出"}
                                << QStringList{"Global variables: **yes**", "last in, first out"};
        QTest::newRow("locks") << "locks"
                               << QStringList{"线程安全", "lock.acquire()", "lock.release()"}
                               << QStringList{"thread-safe", "if lock.acquire():"};
        QTest::newRow("queues") << "queues"
                                << QStringList{"买火车票", "先进先出", "先进后出",  "q.put",
                                               "q.get()",  "q.full()", "q.empty()", "q.qsize()"}
                                << QStringList{"train tickets", "first in, first out"};
        QTest::newRow("crawler") << "crawler"
                                 << QStringList{"生产者消费者", "高内聚，低耦合", "for page in lt"}
                                 << QStringList{"producer–consumer", "high cohesion",
                                                "for page in lt"};
    }

    void summariesCarryTheNotes()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, zh);
        QFETCH(QStringList, en);
        const QString zhText = summary(id, "zh_CN");
        const QString enText = summary(id, "en");
        for (const QString &s : zh)
            QVERIFY2(zhText.contains(s), qPrintable(id + ": " + s));
        for (const QString &s : en)
            QVERIFY2(enText.contains(s), qPrintable(id + ": " + s));
    }

    void summaryFollowsTheLocaleWithEnglishFallback()
    {
        QLocale::setDefault(QLocale("zh_CN"));
        QCOMPARE(summary("locks"), summary("locks", "zh_CN"));
        QLocale::setDefault(QLocale("de_DE"));
        QCOMPARE(summary("locks"), summary("locks", "en"));
        QCOMPARE(summary("locks", "fr"), summary("locks", "en"));
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestCourse)
#include "tst_course.moc"
