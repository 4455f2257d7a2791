#include "app/keyboardaccess.h"
#include "app/languagemanager.h"
#include "app/lessonnavigator.h"
#include "app/mainwindow.h"
#include "app/transportbar.h"
#include "testcourse.h"
#include "widgets/lessonpanel.h"
#include "workermain.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

using app::MainWindow;

namespace {

/// What a screen reader says for @p w: its accessible name, or a button's own text.
QString spokenName(const QWidget *w)
{
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    if (const auto *b = qobject_cast<const QAbstractButton *>(w))
        return QString(b->text()).remove(QLatin1Char('&'));
    return {};
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), spokenName(w));
}

/// Every widget of @p window a keyboard user can reach with Tab, in no particular order.
QList<QWidget *> focusable(QWidget *window)
{
    QList<QWidget *> out;
    for (QWidget *w : window->findChildren<QWidget *>())
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isVisible() &&
            w->isEnabled())
            out.append(w);
    return out;
}

/// The focus widgets Tab visits from @p start until it comes back (at most @p limit presses).
QList<QWidget *> tabCycle(QWidget *start, int limit = 80)
{
    QList<QWidget *> out{start};
    for (int i = 0; i < limit; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == start)
            break;
        out.append(now);
    }
    return out;
}

} // namespace

/// Every control is named for assistive technology, and the keyboard reaches all of them in a
/// sensible order: navigator → lesson panel → transport bar.
class TestAccessibility : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        // Never the teacher's own settings.
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QCoreApplication::setOrganizationName(QStringLiteral("cc-test-accessibility"));
    }

    void everyControlIsNamedAndReachable_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lesson");
        for (const char *lang : {"en", "zh_CN"})
            for (const QString &id : testCourse().ids())
                QTest::addRow("%s/%s", lang, qPrintable(id)) << QString::fromLatin1(lang) << id;
    }

    void everyControlIsNamedAndReachable()
    {
        QFETCH(QString, language);
        QFETCH(QString, lesson);
        app::LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        MainWindow w(testCourse());
        w.resize(1280, 800);
        QVERIFY(w.setLesson(lesson));
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));

        const QList<QWidget *> controls = focusable(&w);
        QVERIFY(controls.contains(w.navigator()));
        for (QWidget *c : controls) {
            QVERIFY2(!spokenName(c).trimmed().isEmpty(), qPrintable(describe(c)));
            QAccessibleInterface *ai = QAccessible::queryAccessibleInterface(c);
            QVERIFY(ai);
            QVERIFY2(!ai->text(QAccessible::Name).trimmed().isEmpty(), qPrintable(describe(c)));
        }

        // Tab from the navigator visits every control once and comes back.
        w.navigator()->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), w.navigator());
        const QList<QWidget *> cycle = tabCycle(w.navigator());
        QStringList order;
        for (QWidget *c : cycle)
            order.append(describe(c));
        QVERIFY2(QSet<QWidget *>(cycle.begin(), cycle.end()).size() == cycle.size(),
                 qPrintable(order.join(QLatin1String("\n"))));
        QCOMPARE(QSet<QWidget *>(cycle.begin(), cycle.end()),
                 QSet<QWidget *>(controls.begin(), controls.end()));

        // Navigator, then the lesson's own controls, then the transport bar last.
        auto where = [&](QWidget *c) {
            if (c == w.navigator())
                return 0;
            if (c == w.currentPanel() || w.currentPanel()->isAncestorOf(c))
                return 1;
            if (w.transportBar()->isAncestorOf(c))
                return 2;
            return 3;
        };
        int last = 0;
        for (QWidget *c : cycle) {
            const int section = where(c);
            QVERIFY2(section >= last && section < 3, qPrintable(order.join(QLatin1String("\n"))));
            last = section;
        }
        // The descriptor is the one answer to "has a demo?"; the transport follows it.
        const bool hasDemo = w.registry().find(lesson)->hasDemo();
        QCOMPARE(w.transportBar()->isEnabled(), hasDemo);
        if (hasDemo) {
            QCOMPARE(cycle.mid(cycle.size() - 4),
                     (QList<QWidget *>{
                         w.transportBar()->playButton(), w.transportBar()->stepButton(),
                         w.transportBar()->resetButton(), w.transportBar()->speedSlider()}));
        }
    }

    void namesFollowTheLanguage()
    {
        app::LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        MainWindow w;
        QVERIFY(w.setLesson(QStringLiteral("locks")));
        const QString step = w.transportBar()->stepButton()->accessibleName();
        const QString list = w.navigator()->accessibleName();
        QVERIFY(!step.isEmpty());
        QVERIFY(!list.isEmpty());
        QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
        QTRY_VERIFY(w.transportBar()->stepButton()->accessibleName() != step);
        QVERIFY(w.navigator()->accessibleName() != list);
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(w.transportBar()->stepButton()->accessibleName(), step);
        QCOMPARE(w.navigator()->accessibleName(), list);
    }

    void focusedControlsTakeSpace()
    {
        MainWindow w;
        w.resize(1280, 800);
        QVERIFY(w.setLesson(QStringLiteral("locks")));
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        widgets::LessonPanel *panel = w.currentPanel();
        QVERIFY(!panel->isPlaying());

        // Space on a focused check box toggles it rather than playing the demo.
        QCheckBox *box = nullptr;
        for (QCheckBox *c : panel->findChildren<QCheckBox *>())
            if (c->isVisible() && c->isEnabled())
                box = c;
        QVERIFY(box);
        box->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(box->hasFocus());
        const bool was = box->isChecked();
        QTest::keyClick(box, Qt::Key_Space);
        QTRY_COMPARE(box->isChecked(), !was);
        QVERIFY(!panel->isPlaying());

        // Space (or Enter) on the focused Play button presses it.
        QPushButton *play = w.transportBar()->playButton();
        play->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(play->hasFocus());
        QTest::keyClick(play, Qt::Key_Space);
        QTRY_VERIFY(panel->isPlaying());
        QTest::keyClick(play, Qt::Key_Return);
        QTRY_VERIFY(!panel->isPlaying());

        // Elsewhere Space is still the window's Play/Pause key.
        w.navigator()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(w.navigator()->hasFocus());
        QTest::keyClick(w.navigator(), Qt::Key_Space);
        QTRY_VERIFY(panel->isPlaying());
        w.playPause();
        QVERIFY(!panel->isPlaying());

        // The slider moves by keys when focused.
        QSlider *speed = w.transportBar()->speedSlider();
        speed->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(speed->hasFocus());
        const int before = speed->value();
        QTest::keyClick(speed, before > 0 ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(speed->value() != before);
    }
};

CC_APP_TEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
