#pragma once

#include "stage/codelisting.h"
#include "stage/scene.h"
#include "widgets/codeheader.h"
#include "widgets/coderows.h"
#include "widgets/shapecache.h"
#include "widgets/textpainter.h"

#include <QList>
#include <QWidget>

namespace widgets {

/// A code listing with line numbers and, per live worker, a marker in its colour on the line
/// of its current step. Several listings (Python of the notes, the C++ that runs) are tabs.
class CodeView : public QWidget, public DrawsText
{
    Q_OBJECT
public:
    /// An empty view.
    explicit CodeView(QWidget *parent = nullptr);

    /// Replaces the listings; the first one becomes current.
    void setListings(const QList<stage::CodeListing> &listings);
    /// The listings shown as tabs.
    const QList<stage::CodeListing> &listings() const { return m_listings; }
    /// Shows listing @p index (ignored when out of range).
    void setCurrentListing(int index);
    /// Index of the listing shown, or -1 when there is none.
    int currentListing() const { return m_current; }
    /// Shows the workers of @p scene as markers (nullptr = no markers).
    void setScene(const stage::Scene *scene);
    /// Shows (or folds away, the default) the lines that only drive the stage: the workers'
    /// checkpoint calls. The "checkpoints" switch in the tab bar flips it.
    void setCheckpointsShown(bool shown);
    /// True when the stage's checkpoint lines are shown.
    bool checkpointsShown() const { return m_checkpointsShown; }
    /// Where the "checkpoints" switch is drawn; empty when the listing has none to show.
    QRect checkpointsToggleRect() const;
    /// The rows drawn for listing line @p line (more than one when it wraps); 0 when hidden.
    int rowsOfLine(int line) const;

    /// 0-based listing line of @p worker's marker, or -1 when it has none (not live, no line).
    int markerLine(int worker) const;
    /// Where @p worker's marker is drawn, in widget coordinates; empty when not shown (no line,
    /// scrolled out, or folded into the "+n" chip of a line with more workers than fit).
    QRect markerRect(int worker) const;
    /// Row of listing line @p line in widget coordinates; empty when scrolled out of view.
    QRect lineRect(int line) const;
    /// First listing line in view (long listings scroll to keep the markers visible).
    int firstVisibleLine() const;
    /// Texts of the last paint with their boxes, for overflow checks.
    const QList<DrawnText> &drawnTexts() const override { return m_drawn; }

    /// Room for the whole listing at the base size.
    QSize sizeHint() const override;
    /// Room for a few lines at the minimum size.
    QSize minimumSizeHint() const override;

signals:
    /// The user picked another listing tab.
    void currentListingChanged(int index);
    /// The stage's checkpoint lines were shown or folded away.
    void checkpointsShownChanged(bool shown);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    using Row = CodeRows::Row;
    struct Layout
    {
        CodeHeader head; ///< the listing tabs and the checkpoints switch
        QRectF body;
        double lineH = 0;
        int first = 0;
        int visible = 0;
        double pointSize = 0;
        double gutterW = 0;
        double markerW = 0;
        double numberW = 0;
        int markerSlots = 1;  ///< markers side by side; a fuller line shows markerSlots-1 and "+n"
        QList<Row> rows;      ///< every row of the listing, wrapped to the width
        QList<int> rowOfLine; ///< first row of each listing line
    };
    Layout layout() const;
    const stage::CodeListing *listing() const;
    QList<int> workersOnLine(int line) const;
    QRectF markerRectF(const Layout &l, int worker) const;
    const QStringList &shownLines() const;
    int shownLineOf(int step) const;
    void wrapRows(Layout &l, double room) const;
    QList<bool> markedLines(int lineCount) const;
    QRectF lineRectF(const Layout &l, int line) const;

    QList<stage::CodeListing> m_listings;
    int m_current = -1;
    const stage::Scene *m_scene = nullptr;
    bool m_checkpointsShown = false;
    mutable QString m_wrapKey;  ///< what the kept rows were wrapped for
    mutable CodeRows m_wrapped; ///< the rows wrapped for m_wrapKey
    QList<DrawnText> m_drawn;
    ShapeCache m_shapes; ///< thread markers, drawn once per colour and size
};

} // namespace widgets
