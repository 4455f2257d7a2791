#include "app/mainwindow.h"
#include "app/panelfactory.h"
#include "app/transportbar.h"
#include "catalog/lessoncatalog.h"

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
        app::MainWindow w(&app::PanelFactory::create);
        w.resize(1024, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QPushButton *play = w.transportBar()->playButton();
        QSet<qint64> icons;
        const QStringList ids = catalog::LessonCatalog::ids();
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
};

QTEST_MAIN(TestMemoryBounds)
#include "tst_memorybounds.moc"
