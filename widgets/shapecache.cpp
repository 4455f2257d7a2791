#include "shapecache.h"

#include <QPaintDevice>
#include <QPainter>
#include <cmath>

namespace widgets {

void ShapeCache::draw(QPainter &painter, const QRectF &rect, const QString &look,
                      const Paint &paint)
{
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QString key =
        QStringLiteral("%1x%2@%3 ").arg(rect.width()).arg(rect.height()).arg(dpr) + look;
    auto it = m_shapes.constFind(key);
    if (it == m_shapes.cend()) {
        if (m_shapes.size() >= MaxShapes)
            m_shapes.clear();
        QPixmap pm(QSize(int(std::ceil((rect.width() + 2 * Margin) * dpr)),
                         int(std::ceil((rect.height() + 2 * Margin) * dpr))));
        pm.setDevicePixelRatio(dpr);
        pm.fill(Qt::transparent);
        {
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            paint(p, QRectF(QPointF(Margin, Margin), rect.size()));
        }
        it = m_shapes.insert(key, pm);
    }
    painter.drawPixmap(rect.topLeft() - QPointF(Margin, Margin), *it);
}

} // namespace widgets
