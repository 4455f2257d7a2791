#pragma once

#include <QHash>
#include <QPixmap>
#include <QRectF>
#include <QString>
#include <functional>

class QPainter;

namespace widgets {

/// Antialiased shapes drawn once and blitted afterwards. Rounded lanes, chips and markers are
/// redrawn 60 times a second in the same few looks; rasterising their curves each frame was
/// most of a frame's paint time. GUI thread only, like the views that own one.
class ShapeCache
{
public:
    /// How the shape is drawn, into @p rect of a fresh transparent pixmap.
    using Paint = std::function<void(QPainter &painter, const QRectF &rect)>;

    /// Draws the shape @p look (a key naming everything that changes its pixels except its
    /// size) over @p rect with @p painter, painting it with @p paint only the first time.
    void draw(QPainter &painter, const QRectF &rect, const QString &look, const Paint &paint);
    /// Number of shapes kept (for tests).
    int size() const { return int(m_shapes.size()); }

private:
    /// Room around the shape for the half of a wide outline that lies outside its rect.
    static constexpr int Margin = 3;
    /// Past this many looks (after a resize or zoom) the cache starts over.
    static constexpr int MaxShapes = 256;

    QHash<QString, QPixmap> m_shapes;
};

} // namespace widgets
