#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QFontMetricsF;
class QPainter;
class QPaintDevice;

namespace widgets {

/// Device pixels per typographic point on @p device (its logical DPI / 72): the one conversion
/// every view uses to turn the theme's point sizes into pixels.
double pxPerPt(const QPaintDevice *device);

/// One piece of text a view painted, with the box it had to fit in. Views keep the list of
/// their last paint so tests (and curious teachers) can check nothing overflows.
struct DrawnText
{
    QRectF box;           ///< the box the text was given
    QString text;         ///< what was drawn, after eliding
    QFont font;           ///< the font it was drawn with
    double pixelSize = 0; ///< font size in device pixels (point size × dpi / 72)
};

/// A view that logs the text it paints: the fit and language tests find every such view in a
/// panel through this, the lesson's own views included, without knowing their classes.
class DrawsText
{
public:
    virtual ~DrawsText() = default;
    /// What the last paint drew, each text with its box.
    virtual const QList<DrawnText> &drawnTexts() const = 0;
};

/// Draws text into boxes the way every view wants it: elided to the box width, vertically
/// centred, and logged. Sizes are chosen in points from pixel boxes so text follows the layout.
class TextPainter
{
public:
    /// Paints with @p painter; appends every drawn text to @p log (may be nullptr).
    TextPainter(QPainter *painter, QList<DrawnText> *log);

    /// The proportional UI font at @p pointSize.
    static QFont font(double pointSize, bool bold = false);
    /// The monospace code font at @p pointSize.
    static QFont mono(double pointSize);

    /// Pixels per point on the painter's device.
    double pixelsPerPoint() const;
    /// Largest point size in [@p minPt, @p maxPt] whose line height fits @p heightPx (never
    /// below @p minPt: the box then elides rather than shrinking text out of reach).
    double fitHeight(const QFont &font, double heightPx, double minPt, double maxPt) const;
    /// Largest point size in [@p minPt, @p maxPt] at which the line height of every one of
    /// @p fonts (the proportional and the monospace font a row draws with, say), measured on
    /// @p device, fits @p heightPx.
    static double fitHeight(const QPaintDevice *device, const QList<QFont> &fonts, double heightPx,
                            double minPt, double maxPt);
    /// The tallest line height of @p fonts at @p pointSize on @p device, CJK fallback included.
    static double rowHeight(const QPaintDevice *device, const QList<QFont> &fonts,
                            double pointSize);
    /// Splits @p text into rows no wider than @p width in @p fm's font, at spaces (a word wider
    /// than the row stays whole on its own row).
    static QStringList wrapWords(const QString &text, const QFontMetricsF &fm, double width);
    /// Width of @p text in @p font on this device.
    double width(const QFont &font, const QString &text) const;
    /// Line height of @p font on this device.
    double lineHeight(const QFont &font) const;

    /// Draws @p text elided into @p box; returns the width actually used.
    double draw(const QRectF &box, const QString &text, const QFont &font, const QColor &color,
                Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);

private:
    QPainter *m_painter;
    QList<DrawnText> *m_log;
};

} // namespace widgets
