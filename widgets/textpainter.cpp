#include "textpainter.h"

#include "theme.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QPaintDevice>
#include <QPainter>
#include <QStaticText>
#include <algorithm>

namespace widgets {

TextPainter::TextPainter(QPainter *painter, QList<DrawnText> *log) : m_painter(painter), m_log(log)
{}

QFont TextPainter::font(double pointSize, bool bold)
{
    QFont f;
    f.setPointSizeF(std::max(1.0, pointSize));
    f.setBold(bold);
    return f;
}

QFont TextPainter::mono(double pointSize)
{
    static const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont f = fixed;
    f.setStyleHint(QFont::Monospace);
    f.setPointSizeF(std::max(1.0, pointSize));
    return f;
}

double pxPerPt(const QPaintDevice *device)
{
    return device->logicalDpiY() / 72.0;
}

double TextPainter::pixelsPerPoint() const
{
    return pxPerPt(m_painter->device());
}

namespace {

// Views repaint ~60 times a second with mostly the same strings; shaping them anew each frame
// was most of a frame's time (16 lanes at 1920x1080). These caches live on the GUI thread only.
constexpr int MaxCached = 4096;

QString cacheKey(const QFont &font, const QPaintDevice *device, const QString &text)
{
    return font.key() + QChar(0x1F) + QString::number(device->logicalDpiY()) + QChar(0x1F) + text;
}

/// Two generations instead of a full clear: a string used in the last few thousand lookups
/// survives, so a frame never has to shape everything at once (no p99 spike).
template <typename T> class Cache
{
public:
    const T *find(const QString &key)
    {
        if (auto it = m_now.constFind(key); it != m_now.cend())
            return &*it;
        if (auto it = m_before.constFind(key); it != m_before.cend())
            return &*insert(key, *it);
        return nullptr;
    }
    const T *insert(const QString &key, const T &value)
    {
        if (m_now.size() >= MaxCached) {
            m_before.swap(m_now);
            m_now.clear();
        }
        return &*m_now.insert(key, value);
    }

private:
    QHash<QString, T> m_now;
    QHash<QString, T> m_before;
};

} // namespace

double TextPainter::lineHeight(const QFont &font) const
{
    static Cache<double> cache;
    const QString key = cacheKey(font, m_painter->device(), QString());
    if (const double *h = cache.find(key))
        return *h;
    return *cache.insert(key, QFontMetricsF(font, m_painter->device()).height());
}

double TextPainter::width(const QFont &font, const QString &text) const
{
    static Cache<double> cache;
    const QString key = cacheKey(font, m_painter->device(), text);
    if (const double *w = cache.find(key))
        return *w;
    return *cache.insert(key, QFontMetricsF(font, m_painter->device()).horizontalAdvance(text));
}

double TextPainter::fitHeight(const QFont &font, double heightPx, double minPt, double maxPt) const
{
    return fitHeight(m_painter->device(), {font}, heightPx, minPt, maxPt);
}

double TextPainter::rowHeight(const QPaintDevice *device, const QList<QFont> &fonts,
                              double pointSize)
{
    double h = 0;
    for (QFont f : fonts) {
        f.setPointSizeF(std::max(1.0, pointSize));
        h = std::max(h, QFontMetricsF(f, const_cast<QPaintDevice *>(device)).height());
    }
    // The CJK fallback font is taller than the Latin one QFontMetricsF measures: 15 % more.
    return h * 1.15;
}

double TextPainter::fitHeight(const QPaintDevice *device, const QList<QFont> &fonts,
                              double heightPx, double minPt, double maxPt)
{
    // Line height grows about linearly with the point size: one measurement per font, then a
    // check at the answer (hinting rounds heights) and a step down while it is still too tall.
    const double top = std::max(minPt, maxPt);
    const double h = rowHeight(device, fonts, top);
    double pt = std::clamp(h > 0 ? top * heightPx / h : top, minPt, top);
    for (int i = 0; i < 8 && pt > minPt && rowHeight(device, fonts, pt) > heightPx; ++i)
        pt = std::max(minPt, pt * 0.97);
    return pt;
}

double TextPainter::draw(const QRectF &box, const QString &text, const QFont &font,
                         const QColor &color, Qt::Alignment align)
{
    // Smaller (down to the theme's minimum) before cut: a narrow projector still reads it all.
    QFont used = font;
    const double minPt = std::min(font.pointSizeF(), Theme::current().minimumPointSize());
    const double full = width(font, text);
    if (full > box.width() && box.width() > 0 && font.pointSizeF() > minPt)
        used.setPointSizeF(std::max(minPt, font.pointSizeF() * box.width() / full * 0.99));
    double shownW = used == font ? full : width(used, text);
    // Hinting keeps widths from scaling exactly with the size: measure again, a step smaller.
    for (int i = 0; i < 6 && shownW > box.width() && used.pointSizeF() > minPt; ++i) {
        used.setPointSizeF(std::max(minPt, used.pointSizeF() * 0.97));
        shownW = width(used, text);
    }
    QString shown = text;
    if (shownW > box.width()) {
        shown = QFontMetricsF(used, m_painter->device())
                    .elidedText(text, Qt::ElideRight, std::max(0.0, box.width()));
        shownW = width(used, shown);
    }
    if (m_log)
        m_log->append({box, shown, used, used.pointSizeF() * pixelsPerPoint()});
    if (shown.isEmpty())
        return 0;

    static Cache<QStaticText> laidOut;
    const QString key = cacheKey(used, m_painter->device(), shown);
    const QStaticText *st = laidOut.find(key);
    if (!st) {
        QStaticText fresh(shown);
        fresh.setTextFormat(Qt::PlainText);
        fresh.setPerformanceHint(QStaticText::AggressiveCaching);
        fresh.prepare(QTransform(), used);
        st = laidOut.insert(key, fresh);
    }
    // The laid-out height, CJK fallback included, as QPainter::drawText centres by.
    const double h = st->size().height();
    const double x = align & Qt::AlignRight     ? box.right() - shownW
                     : align & Qt::AlignHCenter ? box.left() + (box.width() - shownW) / 2
                                                : box.left();
    const double y = align & Qt::AlignTop      ? box.top()
                     : align & Qt::AlignBottom ? box.bottom() - h
                                               : box.top() + (box.height() - h) / 2;
    m_painter->setFont(used);
    m_painter->setPen(color);
    m_painter->drawStaticText(QPointF(x, y), *st);
    return shownW;
}

QStringList TextPainter::wrapWords(const QString &text, const QFontMetricsF &fm, double width)
{
    QStringList rows;
    QString row;
    for (const QString &word : text.split(QLatin1Char(' '))) {
        const QString candidate = row.isEmpty() ? word : row + QLatin1Char(' ') + word;
        if (!row.isEmpty() && fm.horizontalAdvance(candidate) > width) {
            rows << row;
            row = word;
        } else {
            row = candidate;
        }
    }
    rows << row;
    return rows;
}

} // namespace widgets
