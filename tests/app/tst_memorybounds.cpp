#include "app/mainwindow.h"
#include "app/transportbar.h"
#include "app/viewcontroller.h"
#include "workermain.h"

#include <QPixmapCache>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

/// What scripts/soak.sh found growing over a day of lessons, pinned down one cause at a time:
/// each case repeats what the teacher repeats and checks that what is kept stays bounded.
class TestMemoryBounds : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
    }

    /// Qt caches an icon's pixmaps under the icon's own key: a new QIcon for every Play/Pause
    /// and every lesson switch left a new set of pixmaps in QPixmapCache each time.
    void transportIconsAreMadeOnce()
    {
        app::MainWindow w;
        w.resize(1024, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QPushButton *play = w.transportBar()->playButton();
        QSet<qint64> icons;
        const QStringList ids = w.registry().ids();
        for (int round = 0; round < 3; ++round) {
            for (const QString &id : ids) {
                QVERIFY(w.setLesson(id));
                icons.insert(play->icon().cacheKey());
                w.playPause();
                icons.insert(play->icon().cacheKey());
                w.step();
                w.reset();
                icons.insert(play->icon().cacheKey());
            }
        }
        // Play and Pause, whatever the number of switches and runs.
        QCOMPARE(icons.size(), 2);
        QEvent languageChange(QEvent::LanguageChange);
        QCoreApplication::sendEvent(w.transportBar(), &languageChange);
        QVERIFY(icons.contains(play->icon().cacheKey()));
    }

    /// The style caches its drawings under keys made of the palette and the size, so after a
    /// theme or zoom switch none is looked up again: the switch drops them rather than letting
    /// them pile up to QPixmapCache's limit.
    void themeAndZoomSwitchesDropStalePixmaps()
    {
        app::MainWindow w;
        w.resize(1024, 768);
        w.setLesson(QStringLiteral("locks"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        app::ViewController *view = w.viewController();
        const auto cachedBeforeSwitch = [&w] {
            w.grab(); // the style fills the cache as it paints
            QPixmap marker(4, 4);
            marker.fill(Qt::red);
            return QPixmapCache::insert(QStringLiteral("tst_memorybounds-marker"), marker);
        };
        const auto stillCached = [] {
            QPixmap found;
            return QPixmapCache::find(QStringLiteral("tst_memorybounds-marker"), &found);
        };
        using Kind = widgets::Theme::Kind;
        for (Kind kind : {Kind::Dark, Kind::Projector, Kind::Light}) {
            QVERIFY(cachedBeforeSwitch());
            view->setTheme(kind);
            QVERIFY2(!stillCached(), qPrintable(widgets::Theme::kindName(kind)));
        }
        QVERIFY(cachedBeforeSwitch());
        view->zoomIn();
        QVERIFY(!stillCached());
        QVERIFY(cachedBeforeSwitch());
        view->resetZoom();
        QVERIFY(!stillCached());
    }
};

CC_APP_TEST_MAIN(TestMemoryBounds)
#include "tst_memorybounds.moc"
