#include "catalog/lessoncatalog.h"

#include <QLocale>
#include <QTest>

using catalog::LessonCatalog;

/// The catalog: eight lessons in course order, each with a title and summaries in both languages
/// that carry the notes' own examples.
class TestCatalog : public QObject
{
    Q_OBJECT
private slots:
    void idsInCourseOrder()
    {
        QCOMPARE(LessonCatalog::ids(), QStringList({"multitasking", "processes", "pool", "threads",
                                                    "shared", "locks", "queues", "crawler"}));
        QCOMPARE(LessonCatalog::indexOf("locks"), 5);
        QCOMPARE(LessonCatalog::indexOf("nosuch"), -1);
        QVERIFY(!LessonCatalog::contains(QString()));
    }

    void everyLessonHasTitleAndSummaries()
    {
        for (const QString &id : LessonCatalog::ids()) {
            QVERIFY2(!LessonCatalog::title(id).isEmpty(), qPrintable(id));
            const QString zh = LessonCatalog::summary(id, "zh_CN");
            const QString en = LessonCatalog::summary(id, "en");
            QVERIFY2(zh.startsWith("# "), qPrintable(id));
            QVERIFY2(en.startsWith("# "), qPrintable(id));
            QVERIFY2(zh != en, qPrintable(id));
        }
        QVERIFY(LessonCatalog::title("nosuch").isEmpty());
        QVERIFY(LessonCatalog::summary("nosuch").isEmpty());
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
        const QString zhText = LessonCatalog::summary(id, "zh_CN");
        const QString enText = LessonCatalog::summary(id, "en");
        for (const QString &s : zh)
            QVERIFY2(zhText.contains(s), qPrintable(id + ": " + s));
        for (const QString &s : en)
            QVERIFY2(enText.contains(s), qPrintable(id + ": " + s));
    }

    void summaryFollowsTheLocaleWithEnglishFallback()
    {
        QLocale::setDefault(QLocale("zh_CN"));
        QCOMPARE(LessonCatalog::summary("locks"), LessonCatalog::summary("locks", "zh_CN"));
        QLocale::setDefault(QLocale("de_DE"));
        QCOMPARE(LessonCatalog::summary("locks"), LessonCatalog::summary("locks", "en"));
        QCOMPARE(LessonCatalog::summary("locks", "fr"), LessonCatalog::summary("locks", "en"));
        QLocale::setDefault(QLocale::c());
        QCOMPARE(LessonCatalog::languageFor("zh_TW"), QString("zh_CN"));
        QCOMPARE(LessonCatalog::languageFor("en_GB"), QString("en"));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
