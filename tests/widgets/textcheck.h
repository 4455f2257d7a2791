#pragma once

// Checks the texts a view logged during its last paint: each fits its box, none too small.

#include "widgets/textpainter.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QWidget>

namespace textcheck {

/// Renders @p w at @p size into an image (as a screenshot would) and returns it.
inline QImage render(QWidget &w, const QSize &size)
{
    w.resize(size);
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::magenta);
    w.render(&image);
    return image;
}

/// Empty when every text fits its box and is at least @p minPx pixels; else what is wrong.
inline QString problems(const QList<widgets::DrawnText> &texts, const QPaintDevice *device,
                        double minPx)
{
    QStringList bad;
    for (const widgets::DrawnText &t : texts) {
        if (t.text.isEmpty())
            continue;
        const QFontMetricsF fm(t.font, device);
        const double w = fm.horizontalAdvance(t.text);
        if (w > t.box.width() + 0.5)
            bad << QStringLiteral("'%1' is %2 px wide in a %3 px box")
                       .arg(t.text)
                       .arg(w)
                       .arg(t.box.width());
        if (fm.height() > t.box.height() + 0.5)
            bad << QStringLiteral("'%1' is %2 px tall in a %3 px box")
                       .arg(t.text)
                       .arg(fm.height())
                       .arg(t.box.height());
        if (t.pixelSize < minPx - 0.01)
            bad << QStringLiteral("'%1' is only %2 px").arg(t.text).arg(t.pixelSize);
    }
    return bad.join(QLatin1Char('\n'));
}

} // namespace textcheck
