#include "screenshot.h"

#include "tr.h"

#include <QEvent>
#include <QEventLoop>
#include <QPixmap>
#include <QSaveFile>
#include <QTimer>
#include <QWidget>

namespace app {

namespace {

// Ends @p loop at the first paint of the watched widget.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QEventLoop *loop) : m_loop(loop) {}
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            // Leave the loop after this paint has finished.
            QTimer::singleShot(0, m_loop, &QEventLoop::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QEventLoop *m_loop;
};

} // namespace

bool Screenshot::capture(QWidget *window, QWidget *content, const QSize &size, const QString &path,
                         QString *error)
{
    window->resize(size);
    QEventLoop loop;
    PaintWatcher watcher(&loop);
    QWidget *watched = content ? content : window;
    watched->installEventFilter(&watcher);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    window->show();
    if (!watcher.painted)
        loop.exec();
    watched->removeEventFilter(&watcher);
    if (!watcher.painted) {
        *error = Tr::tr("The window did not paint within 10 s; no screenshot written.");
        return false;
    }
    // Let the layout settle after the first paint (late size hints, posted resizes).
    QCoreApplication::processEvents();
    if (window->size() != size) {
        // The window's minimum size won: a picture of another size would mislead.
        *error = Tr::tr("The window needs at least %1x%2 pixels with this language and theme; "
                        "--size %3x%4 is too small. No screenshot written.")
                     .arg(window->width())
                     .arg(window->height())
                     .arg(size.width())
                     .arg(size.height());
        return false;
    }

    const QPixmap pixmap = window->grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !pixmap.save(&file, "PNG") || !file.commit()) {
        *error = Tr::tr("Could not write '%1': %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace app
