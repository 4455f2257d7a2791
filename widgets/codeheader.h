#pragma once

#include "stage/codelisting.h"

#include <QList>
#include <QRectF>
#include <vector>

class QPainter;
class QWidget;

namespace widgets {

class TextPainter;

/// The head of a CodeView: a tab per listing and, when the listing shown has checkpoint calls,
/// the "Checkpoint calls" switch (a check box drawn like the theme's) right of the tabs, or on a
/// row of its own under them when both do not fit side by side: never elided.
class CodeHeader
{
public:
    /// Lays the head out across @p view for @p listings, with the switch when @p withToggle;
    /// @p baseRow is the height of a code row at the base size (tabs are never lower).
    void layOut(const QWidget *view, const QList<stage::CodeListing> &listings, bool withToggle,
                double baseRow);
    /// The tab row.
    QRectF tabs() const { return m_tabs; }
    /// The switch; empty when there is none.
    QRectF toggle() const { return m_toggle; }
    /// Where the code below the head starts.
    double bottom() const { return m_bottom; }
    /// Tab @p index of @p count.
    QRectF tabRect(int index, int count) const;
    /// Paints the tabs of @p listings (@p current marked) and the switch, ticked when @p shown.
    void paint(QPainter &p, TextPainter &tp, const QList<stage::CodeListing> &listings, int current,
               bool shown) const;
    /// The switch's text, translated.
    static QString toggleText();

private:
    const QWidget *m_view = nullptr;
    std::vector<double> m_natural; ///< each tab's name, bold at the base size, plus padding
    QRectF m_tabs;
    QRectF m_toggle;
    double m_bottom = 0;
};

} // namespace widgets
