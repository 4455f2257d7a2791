#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "testcourse.h"
#include "widgets/codeview.h"
#include "widgets/lessonpanel.h"
#include "widgets/lockview.h"
#include "widgets/memorymapview.h"
#include "widgets/sharedview.h"
#include "widgets/statsview.h"
#include "widgets/timelineview.h"
#include "widgets/workerlanesview.h"
#include "workermain.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <type_traits>

/// Switches the language at run time on every lesson's panel and looks at every string the
/// window shows, tells assistive technology or puts in a tooltip: none may be left in the
/// language switched away from.
class TestLanguageSwitch : public QObject
{
    Q_OBJECT

    struct Found
    {
        QString where;
        QString text;
        bool code = false; ///< a code listing line: only checked for CJK in English
    };

    static void add(QList<Found> &out, const QObject *o, const QString &text, bool code = false)
    {
        if (!text.trimmed().isEmpty())
            out.append({QString::fromLatin1(o->metaObject()->className()), text, code});
    }

    /// Text a view painted (any view that logs it, the lesson's own included).
    static void addDrawn(QList<Found> &out, QWidget *w)
    {
        if (const auto *v = dynamic_cast<const widgets::DrawsText *>(w)) {
            w->grab(); // paint, so the view logs what it draws
            // Text drawn in the code font is code (a listing line, a worker's locals): names
            // from the program, not words to translate.
            const bool listing = qobject_cast<widgets::CodeView *>(w) != nullptr;
            for (const auto &d : v->drawnTexts())
                add(out, w, d.text, listing || d.font.styleHint() == QFont::Monospace);
        }
    }

    /// Widgets of lessons not shown are not what the class sees: skip them.
    static bool inOtherPanel(const QWidget *w, const QWidget *current)
    {
        for (const QWidget *p = w; p; p = p->parentWidget()) {
            if (qobject_cast<const widgets::LessonPanel *>(p))
                return p != current;
        }
        return false;
    }

    /// Short UI strings: labels, buttons, tabs, menus, tooltips, accessible names, drawn text.
    static QList<Found> uiStrings(QWidget *root, const QWidget *current)
    {
        QList<Found> out;
        QList<QWidget *> all = root->findChildren<QWidget *>();
        all.prepend(root);
        for (QWidget *w : std::as_const(all)) {
            if (inOtherPanel(w, current))
                continue;
            if (qobject_cast<QTextBrowser *>(w))
                continue; // lesson content: checked as documents below
            add(out, w, w->toolTip());
            add(out, w, w->accessibleName());
            add(out, w, w->accessibleDescription());
            if (w->isWindow())
                add(out, w, w->windowTitle());
            if (auto *l = qobject_cast<QLabel *>(w))
                add(out, w, l->text());
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                add(out, w, b->text());
            if (auto *m = qobject_cast<QMenu *>(w))
                add(out, w, m->title());
            if (auto *t = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < t->count(); ++i) {
                    add(out, w, t->tabText(i));
                    add(out, w, t->tabToolTip(i));
                }
            }
            if (auto *c = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < c->count(); ++i)
                    add(out, w, c->itemText(i));
            }
            if (auto *s = qobject_cast<QAbstractSpinBox *>(w))
                add(out, w, s->specialValueText());
            if (auto *list = qobject_cast<QListWidget *>(w)) {
                for (int i = 0; i < list->count(); ++i) {
                    add(out, w, list->item(i)->text());
                    add(out, w, list->item(i)->toolTip());
                    add(out, w, list->item(i)->data(Qt::AccessibleTextRole).toString());
                }
            }
            addDrawn(out, w);
        }
        for (const QAction *a : root->findChildren<QAction *>()) {
            add(out, a, a->text());
            add(out, a, a->toolTip() == QString(a->text()).remove('&') ? QString() : a->toolTip());
            add(out, a, a->statusTip());
        }
        return out;
    }

    static bool hasCjk(const QString &s)
    {
        static const QRegularExpression cjk(QStringLiteral("[\\x{3000}-\\x{303F}\\x{4E00}-\\x{9FFF}"
                                                           "\\x{FF00}-\\x{FFEF}]"));
        return s.contains(cjk);
    }

    /// English left in a Chinese string: a word of three or more Latin letters that is not
    /// code, a product name or a unit the Chinese text uses as is.
    static bool hasEnglish(QString s)
    {
        static const QRegularExpression allowed(QStringLiteral(
            "\\b(Python|C\\+\\+|CPU|Ctrl|Shift|PgUp|PgDn|Esc|Space|PNG|JSON|Perfetto|Chrome|"
            "chrome://tracing|std::\\w+|threading|lock\\.acquire|acquire|release|lock|tmp|"
            "yield|print|range|global|import|def|for|args|target|name|Thread|start|join|"
            // Thread names the code gives (Python's main thread; the notes' sing and dance),
            // kernel ids and the ps columns the threads and processes lessons show.
            "MainThread|sing|dance|tid|pid|TID|PID|PPID|ppid|cmd|comm|"
            "Process|MyProcess|main|local|kill|SIGKILL|KiB|MiB|"
            "queue\\.\\w+|maxsize|None|True|False|HTTP|URL|"
            "Concurrency Classroom)\\b|[\\w.:]*\\(\\w*\\)|"
            // a URL template's placeholder: {page}
            "\\{\\w+\\}|"
            // an identifier with an underscore is code: g_num, current_thread, add_one
            "\\b[A-Za-z]\\w*_\\w+\\b|"
            // a variable shown with its value: count = 3
            "\\b\\w+(?= = )"));
        s.remove(allowed);
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        return s.contains(word);
    }

    static QString report(const QList<Found> &bad)
    {
        QStringList lines;
        for (const Found &f : bad)
            lines << QStringLiteral("%1: \"%2\"").arg(f.where, f.text);
        return lines.join('\n');
    }

    void checkWindow(app::MainWindow &w, const QString &language)
    {
        const bool zh = language == QLatin1String("zh_CN");
        QList<Found> bad;
        for (const Found &f : uiStrings(&w, w.currentPanel())) {
            if (zh ? !f.code && hasEnglish(f.text) : hasCjk(f.text))
                bad.append(f);
        }
        for (const QTextBrowser *b : w.findChildren<QTextBrowser *>()) {
            if (inOtherPanel(b, w.currentPanel()))
                continue;
            const QString text = b->toPlainText();
            if (text.trimmed().isEmpty())
                continue;
            // Content may quote code in either language; its prose must be in the right one.
            if (zh ? !hasCjk(text) : hasCjk(text))
                bad.append({QStringLiteral("document"), text.left(80)});
        }
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("lesson %1, %2:\n%3")
                                               .arg(w.currentLessonId(), language, report(bad))));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void everyPanelFollowsTheSwitch()
    {
        app::LanguageManager languages;
        QVERIFY(languages.setLanguage("en"));
        app::MainWindow w(testCourse());
        w.resize(1280, 800);
        w.show();
        for (const QString &id : w.registry().ids()) {
            QVERIFY(w.setLesson(id));
            widgets::LessonPanel *panel = w.currentPanel();
            // A demo mid-run shows the most strings: states, locals, the lock's line.
            if (w.registry().find(id)->hasDemo()) {
                for (int i = 0; i < 3; ++i)
                    panel->step();
                QTRY_VERIFY(!panel->traceEvents().empty());
            }
            for (const QString &language :
                 {QStringLiteral("zh_CN"), QStringLiteral("en"), QStringLiteral("zh_CN")}) {
                QVERIFY(languages.setLanguage(language));
                QCoreApplication::processEvents(); // LanguageChange events are posted
                for (int slide = 0; slide < panel->slides().size(); ++slide) {
                    panel->showSlide(slide);
                    checkWindow(w, language);
                }
                if (panel->slides().isEmpty())
                    checkWindow(w, language);
            }
            QVERIFY(languages.setLanguage("en"));
        }
        w.shutdownAll();
    }
};

CC_APP_TEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
