#include "exporter.h"

#include "stage/traceexport.h"
#include "tr.h"
#include "widgets/lessonpanel.h"

#include <QDir>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>

namespace app {

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

QString cannotWrite(const QString &path, const QString &reason)
{
    return Tr::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), reason);
}

/// Commits @p data to @p path, or explains why not.
bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, cannotWrite(path, file.errorString()));
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        setError(error, cannotWrite(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace

bool Exporter::hasTrace(const widgets::LessonPanel *panel)
{
    return panel && !panel->traceInfo().workers.isEmpty();
}

QImage Exporter::panelImage(QWidget *panel, QWidget *overlay)
{
    if (!panel)
        return {};
    QPixmap pixmap = panel->grab();
    if (overlay && overlay->isVisible() && overlay->parentWidget() == panel->parentWidget()) {
        // The pen's drawing is part of what the class saw, but it lives in a sibling layer over
        // the panel, so grab() alone would leave it out.
        QPainter painter(&pixmap);
        const QRect area = panel->geometry().translated(-overlay->pos());
        overlay->render(&painter, QPoint(), QRegion(area), QWidget::DrawChildren);
    }
    return pixmap.toImage();
}

bool Exporter::savePanelImage(QWidget *panel, const QString &path, QString *error,
                              QWidget *overlay)
{
    const QImage image = panelImage(panel, overlay);
    if (image.isNull()) {
        setError(error, Tr::tr("There is no lesson panel to export."));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, cannotWrite(path, file.errorString()));
        return false;
    }
    if (!image.save(&file, "PNG") || !file.commit()) {
        setError(error, cannotWrite(path, file.errorString()));
        return false;
    }
    return true;
}

bool Exporter::saveTrace(const widgets::LessonPanel *panel, const QString &path, QString *error)
{
    if (!hasTrace(panel)) {
        setError(error, Tr::tr("This lesson has no run to export yet."));
        return false;
    }
    return writeFile(path, stage::toChromeTraceJson(panel->traceInfo(), panel->traceEvents()),
                     error);
}

} // namespace app
