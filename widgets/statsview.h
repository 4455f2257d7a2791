#pragma once

#include "widgets/textpainter.h"

#include <QList>
#include <QString>
#include <QWidget>

namespace widgets {

/// A row of big labelled numbers (Expected / Actual / Lost …). Tones add a colour and a mark.
class StatsView : public QWidget, public DrawsText
{
    Q_OBJECT
public:
    /// Largest value text, as a multiple of the theme's base size.
    static constexpr double MaxValueScale = 1.5;

    /// One labelled number.
    struct Stat
    {
        /// How a number should be read.
        enum class Tone { Normal, Good, Bad };
        QString label;            ///< e.g. "Lost updates" (already translated)
        QString value;            ///< e.g. "1 234"
        Tone tone = Tone::Normal; ///< Bad: lost colour + ⚠; Good: ok colour + ✓
    };

    /// An empty row.
    explicit StatsView(QWidget *parent = nullptr);

    /// Shows @p stats left to right.
    void setStats(const QList<Stat> &stats);
    /// The stats shown.
    const QList<Stat> &stats() const { return m_stats; }
    /// Card of stat @p index in widget coordinates; empty if there is none.
    QRect cardRect(int index) const;
    /// Texts of the last paint with their boxes, for overflow checks.
    const QList<DrawnText> &drawnTexts() const override { return m_drawn; }

    /// Room for every card, its value at the largest size (measured).
    QSize sizeHint() const override;
    /// Room for every card, label and value at the minimum size, unelided (measured).
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF cardRectF(int index) const;
    /// The row's height (its vertical policy is fixed).
    int heightHint() const;
    /// Width the row needs for every card with its values at @p valuePt.
    double widthFor(double valuePt) const;
    /// A stat's value as drawn, with its tone's mark.
    static QString shownValue(const Stat &s);

    QList<Stat> m_stats;
    int m_leastWidth = 0;
    QList<DrawnText> m_drawn;
};

} // namespace widgets
