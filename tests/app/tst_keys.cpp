#include "app/languagemanager.h"
#include "app/lessonnavigator.h"
#include "app/mainwindow.h"
#include "app/transportbar.h"
#include "testcourse.h"
#include "widgets/codeview.h"
#include "widgets/lessonframe.h"
#include "widgets/lessonpanel.h"
#include "widgets/stagepanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>

using app::MainWindow;

namespace {

QString plain(QString text)
{
    return text.replace(QStringLiteral("&&"), QString()).remove(QLatin1Char('&'));
}

/// Who holds which key in one scope; a second holder of a key is a clash.
class KeyScope
{
public:
    explicit KeyScope(QString name) : m_name(std::move(name)) {}

    void claim(const QKeySequence &key, const QObject *owner, const QString &who)
    {
        if (key.isEmpty())
            return;
        const QString k = key.toString(QKeySequence::PortableText);
        const auto it = m_owners.constFind(k);
        if (it == m_owners.constEnd())
            m_owners.insert(k, {owner, who});
        else if (it->first != owner)
            m_clashes << QStringLiteral("%1: %2 is both %3 and %4").arg(m_name, k, it->second, who);
    }
    void claimMnemonic(const QString &text, const QObject *owner, const QString &kind)
    {
        claim(QKeySequence::mnemonic(text), owner,
              QStringLiteral("%1 '%2'").arg(kind, plain(text)));
    }
    QStringList clashes() const { return m_clashes; }

private:
    QString m_name;
    QHash<QString, std::pair<const QObject *, QString>> m_owners;
    QStringList m_clashes;
};

/// Mnemonics inside @p menu and its submenus: one scope per menu.
void walkMenu(QMenu *menu, QStringList &clashes)
{
    KeyScope scope(QStringLiteral("menu '%1'").arg(plain(menu->title())));
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        scope.claimMnemonic(a->text(), a, QStringLiteral("item"));
        if (a->menu())
            walkMenu(a->menu(), clashes);
    }
    clashes += scope.clashes();
}

/// Every key of the window while @p w shows its current lesson: menu titles' mnemonics, every
/// action's shortcuts (the shown panel's own keys included, hidden panels' left out) and the
/// mnemonics of every control of the shown panel and the transport bar.
QStringList keyClashes(MainWindow &w)
{
    QStringList clashes;
    KeyScope window(QStringLiteral("window"));
    for (QAction *a : w.menuBar()->actions()) {
        if (a->menu()) {
            window.claimMnemonic(a->text(), a, QStringLiteral("menu"));
            walkMenu(a->menu(), clashes);
        }
    }
    widgets::LessonPanel *shown = w.currentPanel();
    for (QAction *a : w.findChildren<QAction *>()) {
        bool hiddenPanel = false;
        for (QObject *o = a->parent(); o; o = o->parent())
            if (auto *p = qobject_cast<widgets::LessonPanel *>(o); p && p != shown)
                hiddenPanel = true;
        if (hiddenPanel || !a->isEnabled())
            continue;
        for (const QKeySequence &k : a->shortcuts())
            window.claim(k, a, QStringLiteral("action '%1'").arg(plain(a->text())));
    }
    QList<QWidget *> controls = shown->findChildren<QWidget *>();
    controls += w.transportBar()->findChildren<QWidget *>();
    for (QWidget *c : std::as_const(controls)) {
        // Hidden ones too: the scheduler's Undo button appears with the mode.
        if (auto *b = qobject_cast<QAbstractButton *>(c))
            window.claimMnemonic(b->text(), b, QStringLiteral("button"));
        else if (auto *l = qobject_cast<QLabel *>(c); l && l->buddy())
            window.claimMnemonic(l->text(), l->buddy(), QStringLiteral("label"));
        else if (auto *g = qobject_cast<QGroupBox *>(c))
            window.claimMnemonic(g->title(), g, QStringLiteral("group"));
        else if (auto *t = qobject_cast<QTabBar *>(c))
            for (int i = 0; i < t->count(); ++i)
                window.claimMnemonic(t->tabText(i), t, QStringLiteral("tab"));
    }
    return clashes + window.clashes();
}

QCheckBox *checkBoxNamed(QWidget *panel, const QString &accessibleName)
{
    for (QCheckBox *c : panel->findChildren<QCheckBox *>())
        if (c->accessibleName() == accessibleName)
            return c;
    return nullptr;
}

/// The spin box in @p panel named @p accessibleName, or nullptr.
QSpinBox *spinBoxNamed(QWidget *panel, const QString &accessibleName)
{
    for (QSpinBox *s : panel->findChildren<QSpinBox *>())
        if (s->accessibleName() == accessibleName)
            return s;
    return nullptr;
}

/// Opens lesson @p id in @p w at 1280×800 and shows it as the active window, where keys go.
/// Its panel, or nullptr (with a warning saying why) when the lesson did not open, the window
/// never became active or the panel is no StagePanel.
widgets::StagePanel *openLesson(MainWindow &w, const QString &id)
{
    w.resize(1280, 800);
    if (!w.setLesson(id)) {
        qWarning("no lesson %s", qPrintable(id));
        return nullptr;
    }
    w.show();
    QApplication::setActiveWindow(&w);
    if (!QTest::qWaitForWindowActive(&w)) {
        qWarning("the window never became active");
        return nullptr;
    }
    auto *panel = qobject_cast<widgets::StagePanel *>(w.currentPanel());
    if (!panel)
        qWarning("lesson %s has no StagePanel", qPrintable(id));
    return panel;
}

} // namespace

/// Keys that work wherever the focus is: the transport's Space/S/R, each lesson's own plain keys
/// (LessonPanel::keyActions), and no two controls or menus on one key in either language.
class TestKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void noTwoOnOneKey_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("zh_CN") << "zh_CN";
    }

    void noTwoOnOneKey()
    {
        QFETCH(QString, language);
        app::LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        MainWindow w(testCourse());
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList bad;
        for (const QString &id : w.registry().ids()) {
            QVERIFY(w.setLesson(id));
            for (const QString &c : keyClashes(w))
                bad << QStringLiteral("%1: %2").arg(id, c);
        }
        w.shutdownAll();
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join('\n')));
    }

    void transportKeysAfterAClick()
    {
        MainWindow w(testCourse());
        widgets::StagePanel *panel = openLesson(w, QStringLiteral("locks"));
        QVERIFY(panel);

        // A clicked check box keeps the focus but not Space: that stays Play/Pause.
        QCheckBox *lock = checkBoxNamed(panel, QStringLiteral("Use the lock"));
        QVERIFY(lock);
        const bool locked = lock->isChecked();
        QTest::mouseClick(lock, Qt::LeftButton, {}, QPoint(4, lock->height() / 2));
        QTRY_COMPARE(lock->isChecked(), !locked);
        QVERIFY(lock->hasFocus());
        QTest::keyClick(lock, Qt::Key_Space);
        QTRY_VERIFY(panel->isPlaying());
        QCOMPARE(lock->isChecked(), !locked);
        QTest::keyClick(lock, Qt::Key_Space);
        QTRY_VERIFY(!panel->isPlaying());

        // A check box ticked by its mnemonic is done with: Space after it plays, twice over.
        QCheckBox *scheduler = checkBoxNamed(panel, QStringLiteral("Scheduler mode"));
        QVERIFY(scheduler);
        QTest::keyClick(&w, Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(scheduler->isChecked());
        QTest::keyClick(&w, Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(!scheduler->isChecked());
        QTRY_VERIFY(scheduler->hasFocus());
        QTest::keyClick(scheduler, Qt::Key_Space);
        QTRY_VERIFY(panel->isPlaying());
        QVERIFY(!scheduler->isChecked());
        w.playPause();
        QTRY_VERIFY(!panel->isPlaying());

        // In a spin box, S and → step and Space plays; digits are still typed into it.
        QSpinBox *iterations = spinBoxNamed(panel, QStringLiteral("Increments per thread"));
        QVERIFY(iterations);
        iterations->setFocus(Qt::MouseFocusReason);
        QTRY_VERIFY(iterations->hasFocus());
        const std::size_t before = panel->traceEvents().size();
        QTest::keyClick(iterations, Qt::Key_S);
        QTRY_VERIFY(panel->traceEvents().size() > before);
        const std::size_t afterS = panel->traceEvents().size();
        QTest::keyClick(iterations, Qt::Key_Right);
        QTRY_VERIFY(panel->traceEvents().size() > afterS);
        QTest::keyClick(iterations, Qt::Key_Space);
        QTRY_VERIFY(panel->isPlaying());
        w.playPause();
        QVERIFY(!panel->isPlaying());
        iterations->selectAll();
        QTest::keyClicks(iterations, QStringLiteral("7"));
        QCOMPARE(iterations->value(), 7);

        // Play on the Explanation shows the demo it plays.
        panel->showSlide(widgets::LessonFrame::ExplanationSlide);
        w.navigator()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(w.navigator(), Qt::Key_Space);
        QTRY_VERIFY(panel->isPlaying());
        QCOMPARE(panel->currentSlide(), int(widgets::LessonFrame::DemoSlide));
        w.shutdownAll();
    }

    void lessonKeysWhereverTheFocusIs()
    {
        MainWindow w(testCourse());
        widgets::StagePanel *panel = openLesson(w, QStringLiteral("locks"));
        QVERIFY(panel);
        QVERIFY(!panel->keyActions().isEmpty());
        QCheckBox *lock = checkBoxNamed(panel, QStringLiteral("Use the lock"));
        QCheckBox *yield = checkBoxNamed(panel, QStringLiteral("Race window"));
        QSpinBox *threads = spinBoxNamed(panel, QStringLiteral("Number of threads"));
        QVERIFY(lock && yield && threads);

        const QList<QWidget *> places{w.navigator(), w.transportBar()->playButton(), threads,
                                      panel->frame()->tabs()->tabBar()};
        for (QWidget *place : places) {
            place->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(place->hasFocus());
            const bool locked = lock->isChecked();
            QTest::keyClick(place, Qt::Key_L);
            QTRY_COMPARE(lock->isChecked(), !locked);
            const bool yielding = yield->isChecked();
            QTest::keyClick(place, Qt::Key_Y);
            QTRY_COMPARE(yield->isChecked(), !yielding);
        }
        // Number keys: how many threads, outside the spin box (in it they are typed).
        w.navigator()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(w.navigator(), Qt::Key_4);
        QTRY_COMPARE(threads->value(), 4);
        QTRY_COMPARE(int(panel->scene().workers().size()), 4);

        // In scheduler mode they grant a step to that thread.
        panel->driver().setSchedulerMode(true);
        QTest::keyClick(w.navigator(), Qt::Key_3);
        QTRY_VERIFY(panel->driver().canUndo());
        QCOMPARE(threads->value(), 4);
        QCOMPARE(panel->driver().run()->stage().grants().front(), 2);
        QTest::keyClick(w.navigator(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(!panel->driver().canUndo());
        w.shutdownAll();
    }

    void queueCallsByKey()
    {
        // The queue console's calls by plain keys, wherever the focus is: P puts, G gets.
        MainWindow w(testCourse());
        widgets::StagePanel *panel = openLesson(w, QStringLiteral("queues"));
        QVERIFY(panel);
        QSpinBox *maxsize = panel->findChild<QSpinBox *>();
        QVERIFY(maxsize);
        const int size = maxsize->value();
        const auto items = [panel] {
            panel->refresh();
            qsizetype n = 0;
            for (const stage::QueueView &q : panel->scene().queues())
                n += q.items.size();
            return n;
        };
        qsizetype expected = 0;
        for (QWidget *place : {static_cast<QWidget *>(w.navigator()),
                               static_cast<QWidget *>(w.transportBar()->playButton()),
                               static_cast<QWidget *>(maxsize)}) {
            place->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(place->hasFocus());
            QTest::keyClick(place, Qt::Key_P);
            expected += 2; // one put on the FIFO queue, one on the LIFO stack
            QTRY_COMPARE_WITH_TIMEOUT(items(), expected, 10000);
        }
        QTest::keyClick(maxsize, Qt::Key_G);
        expected -= 2;
        QTRY_COMPARE_WITH_TIMEOUT(items(), expected, 10000);
        QCOMPARE(maxsize->value(), size); // the keys were not typed into the spin box
        w.shutdownAll();
    }

    void checkpointCallsByKey()
    {
        // The Code slide's "Checkpoint calls" switch is drawn, not a widget: C is its key.
        MainWindow w(testCourse());
        widgets::StagePanel *panel = openLesson(w, QStringLiteral("locks"));
        QVERIFY(panel);
        const QList<widgets::CodeView *> codes = panel->findChildren<widgets::CodeView *>();
        QCOMPARE(codes.size(), 1);
        widgets::CodeView *code = codes.first();
        bool listed = false;
        for (QAction *a : panel->keyActions())
            listed = listed || a->shortcut() == QKeySequence(Qt::Key_C);
        QVERIFY2(listed, "C is one of the lesson's keys (listed in the Demo menu)");
        QSpinBox *threads = spinBoxNamed(panel, QStringLiteral("Number of threads"));
        QVERIFY(threads);
        const int threadCount = threads->value();
        const QList<QWidget *> places{w.navigator(), w.transportBar()->playButton(), threads,
                                      panel->frame()->tabs()->tabBar()};
        for (QWidget *place : places) {
            // From the Demo slide (or the Explanation) C opens the Code slide, calls shown.
            panel->showSlide(place == w.navigator() ? widgets::LessonFrame::ExplanationSlide
                                                    : widgets::LessonFrame::DemoSlide);
            code->setCheckpointsShown(false);
            place->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(place->hasFocus());
            QTest::keyClick(place, Qt::Key_C);
            QTRY_COMPARE(panel->currentSlide(), int(widgets::LessonFrame::CodeSlide));
            QVERIFY(code->checkpointsShown());
            QVERIFY(!code->checkpointsToggleRect().isEmpty());
            // On the Code slide it flips them.
            QTest::keyClick(place, Qt::Key_C);
            QTRY_VERIFY(!code->checkpointsShown());
            QTest::keyClick(place, Qt::Key_C);
            QTRY_VERIFY(code->checkpointsShown());
            QCOMPARE(panel->currentSlide(), int(widgets::LessonFrame::CodeSlide));
        }
        QCOMPARE(threads->value(), threadCount); // C was not typed into the spin box
        w.shutdownAll();
    }

    void scrubKeysLookBackWhereverTheFocusIs()
    {
        MainWindow w(testCourse());
        widgets::StagePanel *panel = openLesson(w, QStringLiteral("locks"));
        QVERIFY(panel);
        for (int i = 0; i < 4; ++i)
            w.step();
        QTRY_VERIFY((panel->refresh(), panel->driver().run()->stage().grants().size() == 4 &&
                                           panel->driver().run()->stage().isSettled()));
        panel->refresh();
        const int steps = panel->recordedSteps();
        QSlider *scrub = w.transportBar()->scrubSlider();
        QCOMPARE(scrub->value(), steps);
        QSpinBox *threads = spinBoxNamed(panel, QStringLiteral("Number of threads"));
        QVERIFY(threads);
        const int threadCount = threads->value();
        const QList<QWidget *> places{w.navigator(), threads, w.transportBar()->playButton()};
        for (QWidget *place : places) {
            place->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(place->hasFocus());
            QTest::keyClick(place, Qt::Key_Left, Qt::ControlModifier);
            QTRY_COMPARE(panel->shownStep(), steps - 1);
            QCOMPARE(scrub->value(), steps - 1);
            QTest::keyClick(place, Qt::Key_Right, Qt::ControlModifier);
            QTRY_COMPARE(panel->shownStep(), steps);
            QVERIFY(panel->driver().isLive());
        }
        w.navigator()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(w.navigator(), Qt::Key_Comma);
        QTest::keyClick(w.navigator(), Qt::Key_Comma);
        QTRY_COMPARE(panel->shownStep(), steps - 2);
        QVERIFY(w.transportBar()->scrubLabel()->text().contains(QString::number(steps - 2)));
        QTest::keyClick(w.navigator(), Qt::Key_Period);
        QTRY_COMPARE(panel->shownStep(), steps - 1);
        QCOMPARE(threads->value(), threadCount); // the spin box did not take the keys
        w.shutdownAll();
    }
};

QTEST_MAIN(TestKeys)
#include "tst_keys.moc"
