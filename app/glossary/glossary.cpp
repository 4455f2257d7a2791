#include "glossary.h"

#include <QSet>
#include <algorithm>
#include <array>

namespace app {

namespace {

/// One row of the glossary as written: the Chinese of the notes is fixed, the English is the
/// translation source, so the zh_CN .ts maps it back to the notes' wording.
struct RawEntry
{
    const char *id;
    const char16_t *zh;
    const char16_t *zhPaired;
    const char *term;
    const char *paired;
    const char *definition;
};

const std::array<RawEntry, 12> &rawEntries()
{
    static const std::array<RawEntry, 12> entries = {{
        {"sync-async", u"同步", u"异步", QT_TRANSLATE_NOOP("Glossary", "synchronous"),
         QT_TRANSLATE_NOOP("Glossary", "asynchronous"),
         QT_TRANSLATE_NOOP("Glossary",
                           "Synchronous: do task A first, then task B. Asynchronous: tasks A and B "
                           "run at the same time, either truly at the same instant or taking turns "
                           "so that over a stretch of time both are running.")},
        {"parallel-concurrent", u"并行", u"并发", QT_TRANSLATE_NOOP("Glossary", "parallel"),
         QT_TRANSLATE_NOOP("Glossary", "concurrent"),
         QT_TRANSLATE_NOOP("Glossary",
                           "Parallel is true asynchrony: at the same instant several tasks really "
                           "run, each on its own CPU. Concurrent is apparent asynchrony: only one "
                           "task runs at any instant, but over a stretch of time all of them make "
                           "progress. A computer mostly runs things concurrently.")},
        {"process-thread", u"进程", u"线程", QT_TRANSLATE_NOOP("Glossary", "process"),
         QT_TRANSLATE_NOOP("Glossary", "thread"),
         QT_TRANSLATE_NOOP("Glossary",
                           "A program that is running is a process; the system gives each process "
                           "its own memory. A thread belongs to exactly one process and a process "
                           "can have many threads. The system allocates resources per process and "
                           "runs threads.")},
        {"queue-stack", u"队列", u"栈", QT_TRANSLATE_NOOP("Glossary", "queue"),
         QT_TRANSLATE_NOOP("Glossary", "stack"),
         QT_TRANSLATE_NOOP("Glossary",
                           "A queue is first in, first out, like the line at the train-ticket "
                           "window: put() adds at the back, get() takes from the front. A stack is "
                           "last in, first out: the item pushed last is taken off first.")},
        {"producer-consumer", u"生产者", u"消费者", QT_TRANSLATE_NOOP("Glossary", "producer"),
         QT_TRANSLATE_NOOP("Glossary", "consumer"),
         QT_TRANSLATE_NOOP("Glossary",
                           "Producer threads make data and only put it into a queue; consumer "
                           "threads only get data from the queue and consume it. The two sides "
                           "never talk to each other, only to the queue.")},
        {"thread-safety", u"线程安全", nullptr, QT_TRANSLATE_NOOP("Glossary", "thread safety"),
         nullptr,
         QT_TRANSLATE_NOOP("Glossary",
                           "Code is thread-safe when it stays correct while several threads run it "
                           "at once. Threads share global variables, so n += 1 in two threads can "
                           "lose updates; a lock makes them take turns (thread synchronization).")},
        {"cohesion-coupling", u"高内聚", u"低耦合", QT_TRANSLATE_NOOP("Glossary", "high cohesion"),
         QT_TRANSLATE_NOOP("Glossary", "low coupling"),
         QT_TRANSLATE_NOOP(
             "Glossary", "High cohesion: each part does its one job completely. Low coupling: the "
                         "parts depend on each other as little as possible. Producers and "
                         "consumers only deal with the queue, so either can change without "
                         "touching the other.")},
        {"lock", u"锁", nullptr, QT_TRANSLATE_NOOP("Glossary", "lock"), nullptr,
         QT_TRANSLATE_NOOP("Glossary",
                           "lock = threading.Lock(). The thread that gets the lock with "
                           "lock.acquire() runs the protected code, then gives the lock back with "
                           "lock.release(); meanwhile every other thread asking for it waits.")},
        {"process-pool", u"进程池", nullptr, QT_TRANSLATE_NOOP("Glossary", "process pool"), nullptr,
         QT_TRANSLATE_NOOP("Glossary",
                           "A fixed number of processes (say 5) that share out many tasks (say "
                           "copying 100 files). More processes is not always better: each one "
                           "costs time and memory.")},
        {"global-local", u"全局变量", u"局部变量", QT_TRANSLATE_NOOP("Glossary", "global variable"),
         QT_TRANSLATE_NOOP("Glossary", "local variable"),
         QT_TRANSLATE_NOOP("Glossary",
                           "A global variable is defined outside every function; a local variable "
                           "lives inside one function call. Processes share neither. Threads share "
                           "global variables but not local variables.")},
        {"push", u"压栈", nullptr, QT_TRANSLATE_NOOP("Glossary", "push onto the stack"), nullptr,
         QT_TRANSLATE_NOOP("Glossary",
                           "Putting an item on top of a stack. Each thread has its own stack: a "
                           "function call pushes its local variables there, which is why threads "
                           "do not share local variables.")},
        {"poison-pill", u"毒丸", nullptr, QT_TRANSLATE_NOOP("Glossary", "poison pill"), nullptr,
         QT_TRANSLATE_NOOP("Glossary",
                           "A special item (None in Python) put into a queue to tell a consumer "
                           "to stop: the main thread puts one per consumer once the producers "
                           "are done, and each consumer that gets one leaves its loop.")},
    }};
    return entries;
}

QString fromUtf16(const char16_t *s)
{
    return s ? QString::fromUtf16(s) : QString();
}

QString tr(const char *source)
{
    return source ? GlossaryTr::tr(source) : QString();
}

GlossaryEntry makeEntry(const RawEntry &r)
{
    return {QString::fromLatin1(r.id),
            tr(r.term),
            tr(r.paired),
            tr(r.definition),
            fromUtf16(r.zh),
            fromUtf16(r.zhPaired),
            QString::fromLatin1(r.term),
            r.paired ? QString::fromLatin1(r.paired) : QString()};
}

/// "term 中文" for one word of a pair, without repeating a word that already is Chinese.
QString bothLanguages(const QString &term, const QString &chinese)
{
    return term == chinese ? chinese : term + QLatin1Char(' ') + chinese;
}

bool isWordChar(QChar c)
{
    // CJK has no word boundaries; only Latin words must not be matched inside other words.
    return c.isLetterOrNumber() && c.unicode() < 0x2E80;
}

struct Surface
{
    QString text;
    QString id;
};

/// Every spelling annotateTerms() looks for, longest first so 线程安全 wins over 线程.
QList<Surface> surfaces()
{
    QList<Surface> out;
    QSet<QString> seen;
    for (const GlossaryEntry &e : glossary()) {
        for (const QString &s : {e.chineseTerm, e.chinesePairedTerm, e.term, e.pairedTerm}) {
            if (!s.isEmpty() && !seen.contains(s.toLower())) {
                seen.insert(s.toLower());
                out.append({s, e.id});
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Surface &a, const Surface &b) {
        return a.text.size() > b.text.size();
    });
    return out;
}

QString annotateText(const QString &text, const QList<Surface> &terms, QSet<QString> *used)
{
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        bool matched = false;
        for (const Surface &s : terms) {
            if (used->contains(s.text) ||
                QStringView(text).mid(i, s.text.size()).compare(s.text, Qt::CaseInsensitive) != 0)
                continue;
            qsizetype end = i + s.text.size();
            if (isWordChar(s.text.front())) {
                // Latin words match whole, with an optional plural ("threads", "processes").
                if (QStringView(text).mid(end, 2) == QLatin1String("es"))
                    end += 2;
                else if (end < text.size() && text[end] == QLatin1Char('s'))
                    ++end;
                if ((i > 0 && isWordChar(text[i - 1])) ||
                    (end < text.size() && isWordChar(text[end])))
                    continue;
            }
            const GlossaryEntry e = glossaryEntry(s.id);
            const QString title =
                bothLanguages(e.term, e.chineseTerm) + QStringLiteral(": ") + e.definition;
            out += QStringLiteral("<a href=\"%1\" title=\"%2\">%3</a>")
                       .arg(glossaryLink(s.id), title.toHtmlEscaped(), text.mid(i, end - i));
            used->insert(s.text);
            i = end;
            matched = true;
            break;
        }
        if (!matched)
            out += text[i++];
    }
    return out;
}

} // namespace

QList<GlossaryEntry> glossary()
{
    QList<GlossaryEntry> out;
    for (const RawEntry &r : rawEntries())
        out.append(makeEntry(r));
    return out;
}

GlossaryEntry glossaryEntry(const QString &id)
{
    for (const RawEntry &r : rawEntries())
        if (id == QLatin1String(r.id))
            return makeEntry(r);
    return {};
}

QString glossaryHeading(const GlossaryEntry &entry)
{
    QString heading = bothLanguages(entry.term, entry.chineseTerm);
    if (!entry.pairedTerm.isEmpty())
        heading += QStringLiteral(" / ") + bothLanguages(entry.pairedTerm, entry.chinesePairedTerm);
    return heading;
}

QString glossaryTooltip(const QString &id)
{
    const GlossaryEntry e = glossaryEntry(id);
    if (e.id.isEmpty())
        return {};
    // Both spellings always, whatever the language: students map the notes' Chinese words to
    // the English ones and back.
    QString head = QStringLiteral("<b>%1</b> %2")
                       .arg(e.chineseTerm.toHtmlEscaped(), e.englishTerm.toHtmlEscaped());
    if (!e.chinesePairedTerm.isEmpty())
        head += QStringLiteral(" / <b>%1</b> %2")
                    .arg(e.chinesePairedTerm.toHtmlEscaped(), e.englishPairedTerm.toHtmlEscaped());
    return QStringLiteral("<p>%1</p><p>%2</p>").arg(head, e.definition.toHtmlEscaped());
}

QString glossaryLink(const QString &id)
{
    return QStringLiteral("glossary:") + id;
}

QString glossaryIdFromLink(const QString &link)
{
    static const QString prefix = QStringLiteral("glossary:");
    if (!link.startsWith(prefix))
        return {};
    const QString id = link.mid(prefix.size());
    return glossaryEntry(id).id;
}

QString annotateTerms(const QString &html)
{
    const QList<Surface> terms = surfaces();
    QSet<QString> used;
    QString out;
    int skipDepth = 0; // inside <a>, <code> or <pre>: leave the text alone
    qsizetype i = 0;
    while (i < html.size()) {
        if (html[i] == QLatin1Char('<')) {
            qsizetype end = html.indexOf(QLatin1Char('>'), i);
            if (end < 0)
                end = html.size() - 1;
            const QString tag = html.mid(i, end - i + 1);
            const bool closing = tag.startsWith(QStringLiteral("</"));
            QString name;
            for (qsizetype k = closing ? 2 : 1; k < tag.size() && tag[k].isLetter(); ++k)
                name += tag[k].toLower();
            if (name == QLatin1String("a") || name == QLatin1String("code") ||
                name == QLatin1String("pre"))
                skipDepth = std::max(0, skipDepth + (closing ? -1 : 1));
            out += tag;
            i = end + 1;
            continue;
        }
        qsizetype next = html.indexOf(QLatin1Char('<'), i);
        if (next < 0)
            next = html.size();
        const QString text = html.mid(i, next - i);
        out += skipDepth > 0 ? text : annotateText(text, terms, &used);
        i = next;
    }
    return out;
}

} // namespace app
