#include "glossary/glossary.h"
#include "glossary/glossarypage.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QDir>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace app;

namespace {

bool hasChinese(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

/// Renders @p w at @p size into $CLASSROOM_SHOTS/<name>.png when that variable is set.
void shoot(QWidget *w, QSize size, const QString &name)
{
    w->resize(size);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    const QString dir = qEnvironmentVariable("CLASSROOM_SHOTS");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(w->grab().save(
            dir + QStringLiteral("/%1-%2x%3.png").arg(name).arg(size.width()).arg(size.height())));
    }
}

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void structure();
    void englishSource();
    void chineseCoversEverything();
    void tooltipsNameBothLanguages_data();
    void tooltipsNameBothLanguages();
    void annotateWrapsTerms();
    void annotateLeavesMarkupAlone();
    void links();
    void pageFiltersAndRetranslates();
    void pageReadableOnProjector_data();
    void pageReadableOnProjector();

private:
    void setChinese(bool on);
    QTranslator m_zh;
    bool m_installed = false;
};

void TestGlossary::initTestCase()
{
    QVERIFY2(m_zh.load(QStringLiteral(":/i18n/glossary_zh_CN.qm")), "zh_CN qm is embedded");
    widgets::Theme::setCurrent(widgets::Theme::make(widgets::Theme::Kind::Projector));
    QApplication::setPalette(widgets::Theme::current().palette());
}

void TestGlossary::cleanup()
{
    setChinese(false);
}

void TestGlossary::setChinese(bool on)
{
    if (on && !m_installed)
        QVERIFY(QCoreApplication::installTranslator(&m_zh));
    else if (!on && m_installed)
        QCoreApplication::removeTranslator(&m_zh);
    m_installed = on;
}

void TestGlossary::structure()
{
    const QList<GlossaryEntry> entries = glossary();
    QCOMPARE(entries.size(), 12);
    QSet<QString> ids;
    for (const GlossaryEntry &e : entries) {
        QVERIFY(!e.id.isEmpty());
        QVERIFY2(!ids.contains(e.id), qPrintable(e.id));
        ids.insert(e.id);
        QVERIFY(hasChinese(e.chineseTerm));
        QVERIFY(!e.englishTerm.isEmpty() && !hasChinese(e.englishTerm));
        // A pair has both partners in both languages, or neither.
        QCOMPARE(e.chinesePairedTerm.isEmpty(), e.englishPairedTerm.isEmpty());
        QCOMPARE(e.pairedTerm.isEmpty(), e.englishPairedTerm.isEmpty());
        QCOMPARE(glossaryEntry(e.id).term, e.term);
    }
    // The notes' pairs are all there.
    for (const char *id :
         {"sync-async", "parallel-concurrent", "process-thread", "queue-stack", "producer-consumer",
          "thread-safety", "cohesion-coupling", "lock", "process-pool", "global-local", "push"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    QVERIFY(glossaryEntry("nope").id.isEmpty());
    QCOMPARE(glossaryEntry("parallel-concurrent").chinesePairedTerm, QStringLiteral("并发"));
}

void TestGlossary::englishSource()
{
    for (const GlossaryEntry &e : glossary()) {
        QCOMPARE(e.term, e.englishTerm);
        QCOMPARE(e.pairedTerm, e.englishPairedTerm);
        QVERIFY(e.definition.size() > 40);
        QVERIFY(!hasChinese(e.definition));
        // English headings still show the Chinese word so students can map the two.
        QVERIFY(glossaryHeading(e).contains(e.chineseTerm));
        QVERIFY(glossaryHeading(e).contains(e.englishTerm));
    }
}

void TestGlossary::chineseCoversEverything()
{
    const QList<GlossaryEntry> english = glossary();
    setChinese(true);
    const QList<GlossaryEntry> chinese = glossary();
    QCOMPARE(chinese.size(), english.size());
    for (qsizetype i = 0; i < chinese.size(); ++i) {
        const GlossaryEntry &e = chinese[i];
        QCOMPARE(e.term, e.chineseTerm);
        QCOMPARE(e.pairedTerm, e.chinesePairedTerm);
        QVERIFY2(hasChinese(e.definition), qPrintable(e.id));
        QVERIFY(e.definition != english[i].definition);
        QCOMPARE(e.englishTerm, english[i].englishTerm); // the English stays available
    }
    for (const char *s : {"Glossary", "Find a term…"})
        QVERIFY2(hasChinese(GlossaryTr::tr(s)), s);
}

void TestGlossary::tooltipsNameBothLanguages_data()
{
    QTest::addColumn<bool>("chinese");
    QTest::newRow("en") << false;
    QTest::newRow("zh_CN") << true;
}

void TestGlossary::tooltipsNameBothLanguages()
{
    QFETCH(bool, chinese);
    setChinese(chinese);
    for (const GlossaryEntry &e : glossary()) {
        const QString tip = glossaryTooltip(e.id);
        QVERIFY(Qt::mightBeRichText(tip));
        QVERIFY2(tip.contains(e.chineseTerm) && tip.contains(e.englishTerm), qPrintable(tip));
        if (!e.chinesePairedTerm.isEmpty())
            QVERIFY(tip.contains(e.chinesePairedTerm) && tip.contains(e.englishPairedTerm));
        QVERIFY(tip.contains(e.definition.toHtmlEscaped()));
    }
    QVERIFY(glossaryTooltip("nope").isEmpty());
}

void TestGlossary::annotateWrapsTerms()
{
    const QString zh = annotateTerms(QStringLiteral("在一个 CPU 上，唱歌和跳舞只能并发执行。"));
    QVERIFY2(zh.contains(QStringLiteral("<a href=\"glossary:parallel-concurrent\"")),
             qPrintable(zh));
    QVERIFY(zh.contains(QStringLiteral(">并发</a>")));
    QVERIFY(zh.contains(QStringLiteral("title=\"")));
    QVERIFY(zh.startsWith(QStringLiteral("在一个 CPU 上，唱歌和跳舞只能")));

    // The longest term wins: 线程安全 is one term, not 线程 + 安全.
    const QString safe = annotateTerms(QStringLiteral("加锁才能线程安全"));
    QVERIFY(safe.contains(QStringLiteral(">线程安全</a>")));
    QVERIFY(safe.contains(QStringLiteral("glossary:thread-safety")));
    QVERIFY(safe.contains(QStringLiteral(">锁</a>")));

    // English: whole words only (plural allowed), first occurrence only.
    const QString en =
        annotateTerms(QStringLiteral("Two threads share a queue; the queue feeds processes."));
    QVERIFY(en.contains(QStringLiteral(">threads</a>")));
    QCOMPARE(en.count(QStringLiteral(">queue</a>")), 1);
    QVERIFY(en.contains(QStringLiteral(">processes</a>")));
    QVERIFY(!annotateTerms(QStringLiteral("threadbare")).contains(QStringLiteral("<a")));
}

void TestGlossary::annotateLeavesMarkupAlone()
{
    const QString html = QStringLiteral(
        "<p class=\"lock\"><code>lock.acquire()</code> then <a href=\"x\">lock</a>.</p>");
    QCOMPARE(annotateTerms(html), html); // attribute, code and an existing link are untouched
    const QString out = annotateTerms(QStringLiteral("<p><b>并行</b> &amp; 并发</p>"));
    QVERIFY(out.contains(QStringLiteral("<b><a href=\"glossary:parallel-concurrent\"")));
    QVERIFY(out.contains(QStringLiteral("&amp; <a")));
    QCOMPARE(annotateTerms(QString()), QString());
}

void TestGlossary::links()
{
    QCOMPARE(glossaryIdFromLink(glossaryLink("lock")), QStringLiteral("lock"));
    QVERIFY(glossaryIdFromLink("glossary:nope").isEmpty());
    QVERIFY(glossaryIdFromLink("https://example.org").isEmpty());
}

void TestGlossary::pageFiltersAndRetranslates()
{
    GlossaryPage page;
    auto *title = page.findChild<QLabel *>("glossaryTitle");
    auto *browser = page.findChild<QTextBrowser *>("glossaryBrowser");
    QVERIFY(title && browser);
    QCOMPARE(title->text(), QStringLiteral("Glossary"));
    QCOMPARE(page.visibleEntryCount(), 12);
    QVERIFY(browser->toPlainText().contains(QStringLiteral("concurrent 并发")));

    page.setFilter(QStringLiteral("锁")); // the Chinese word finds the entry in English mode too
    QCOMPARE(page.visibleEntryCount(), 1);
    QVERIFY(browser->toPlainText().contains(QStringLiteral("lock.acquire()")));
    page.setFilter(QStringLiteral("zzz"));
    QCOMPARE(page.visibleEntryCount(), 0);
    QVERIFY(browser->toPlainText().contains(QStringLiteral("zzz")));
    page.setFilter(QString());

    setChinese(true); // installing a translator sends LanguageChange to every widget
    QTRY_COMPARE(title->text(), QStringLiteral("术语表")); // LanguageChange is posted
    QVERIFY(browser->toPlainText().contains(QStringLiteral("先执行任务 A")));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("synchronous / asynchronous")));
    setChinese(false);
    QTRY_COMPARE(title->text(), QStringLiteral("Glossary"));
}

void TestGlossary::pageReadableOnProjector_data()
{
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<QSize>("size");
    QTest::newRow("en-1024") << false << QSize(1024, 768);
    QTest::newRow("en-1920") << false << QSize(1920, 1080);
    QTest::newRow("zh-1024") << true << QSize(1024, 768);
    QTest::newRow("zh-1920") << true << QSize(1920, 1080);
}

void TestGlossary::pageReadableOnProjector()
{
    QFETCH(bool, chinese);
    QFETCH(QSize, size);
    setChinese(chinese);
    GlossaryPage page;
    shoot(&page, size, QStringLiteral("glossary-%1").arg(chinese ? "zh_CN" : "en"));
    for (QWidget *w : page.findChildren<QWidget *>())
        QVERIFY2(QFontInfo(w->font()).pixelSize() >= 18, qPrintable(w->objectName()));
    QVERIFY(QFontInfo(page.findChild<QTextBrowser *>()->document()->defaultFont()).pixelSize() >=
            18);
    for (QLabel *l : page.findChildren<QLabel *>()) {
        const int needed = l->wordWrap() ? l->heightForWidth(l->width()) : l->sizeHint().height();
        QVERIFY2(needed <= l->height(), qPrintable(l->objectName()));
        if (!l->wordWrap())
            QVERIFY(l->sizeHint().width() <= l->width());
    }
}

QTEST_MAIN(TestGlossary)
#include "tst_glossary.moc"
