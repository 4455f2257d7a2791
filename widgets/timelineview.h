#pragma once

#include "stage/scene.h"
#include "widgets/textpainter.h"

#include <QWidget>
#include <vector>

namespace widgets {

/// One row per worker with its state spans over time (Blocked hatched, Ready dotted, so the
/// states do not rely on colour), the steps it was at (read | add | write, named where they
/// fit), a time axis from Play, and arrows where a lock passed between workers. A step taken
/// in an instant (a grant in slow motion or scheduler mode) still shows as a running tick.
/// The time range always fits 0 … scene->nowNs().
class TimelineView : public QWidget, public DrawsText
{
    Q_OBJECT
public:
    /// An empty view.
    explicit TimelineView(QWidget *parent = nullptr);

    /// Shows the timeline of @p scene (nullptr = placeholder).
    void setScene(const stage::Scene *scene);
    /// Names of the steps by id in the class's language (the scene's own names otherwise).
    void setStepLabels(const QStringList &labels);
    /// A moment on a worker's row to point at (e.g. a write that lost an update): drawn as a ✗.
    struct Mark
    {
        std::int64_t tNs = 0; ///< when, ns since the run started
        int worker = -1;      ///< on whose row
    };
    /// Marks drawn over the spans (replaces the previous ones).
    void setMarks(std::vector<Mark> marks);
    /// The marks shown.
    const std::vector<Mark> &marks() const { return m_marks; }
    /// Row of @p worker (label and plot) in widget coordinates; empty if there is none.
    QRect rowRect(int worker) const;
    /// The plotting area (spans and arrows) in widget coordinates.
    QRect plotRect() const;
    /// X coordinate of time @p tNs in the plot.
    double xOf(std::int64_t tNs) const;
    /// A stretch of a row as last painted: its box and the state it shows.
    struct DrawnSpan
    {
        int worker = -1;
        QRectF rect;
        stage::WorkerState state = stage::WorkerState::Running;
    };
    /// The state stretches of the last paint. Where spans are narrower than a pixel, each pixel
    /// column shows every state's share of its time, stacked (running, ready, waiting).
    const std::vector<DrawnSpan> &drawnSpans() const { return m_drawnSpans; }
    /// A step a worker was at (read, add, write …) as last painted: its box and its name.
    struct DrawnPhase
    {
        int worker = -1;
        QRectF rect;
        QString step;
    };
    /// The phases of the last paint, each row's in time order.
    const std::vector<DrawnPhase> &drawnPhases() const { return m_drawnPhases; }
    /// Texts of the last paint with their boxes, for overflow checks.
    const QList<DrawnText> &drawnTexts() const override { return m_drawn; }

    /// Room for every row at the base size.
    QSize sizeHint() const override;
    /// Room for every row at the minimum size.
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Layout
    {
        QRectF legend, labels, plot, axis;
        double rowH = 0;
        int labelEvery = 1; ///< a name on every this many rows (rows thinner than a name)
    };
    /// From this many threads on, rows may be thinner than a name (see minimumSizeHint()).
    static constexpr int CompactFrom = 4;
    int workerCount() const;
    Layout layout() const;
    void paintLegend(QPainter &p, TextPainter &tp, const QRectF &box);
    void paintAxis(QPainter &p, TextPainter &tp, const Layout &l);
    void paintRows(QPainter &p, TextPainter &tp, const Layout &l);
    void paintStates(QPainter &p, const Layout &l, int worker, double y);
    void paintPhases(QPainter &p, TextPainter &tp, const Layout &l, int worker, double y);
    void paintMarks(QPainter &p, const Layout &l);

    const stage::Scene *m_scene = nullptr;
    QList<DrawnText> m_drawn;
    std::vector<Mark> m_marks;
    QStringList m_stepLabels;
    std::vector<DrawnSpan> m_drawnSpans;
    std::vector<DrawnPhase> m_drawnPhases;
    int m_hintedRows = -1; ///< rows the size hints were last given for
};

} // namespace widgets
