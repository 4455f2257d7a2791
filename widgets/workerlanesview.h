#pragma once

#include "stage/scene.h"
#include "widgets/shapecache.h"
#include "widgets/textpainter.h"

#include <QStringList>
#include <QWidget>
#include <vector>

namespace widgets {

/// One horizontal lane per worker: name, state (colour + glyph + label), current step, locals
/// and steps taken. In scheduler mode grantable lanes invite a click (or digit key).
class WorkerLanesView : public QWidget, public DrawsText
{
    Q_OBJECT
public:
    /// An empty view; it draws a placeholder until a scene is set.
    explicit WorkerLanesView(QWidget *parent = nullptr);

    /// Shows @p scene (owned by the caller, kept alive while shown; nullptr = placeholder).
    void setScene(const stage::Scene *scene);
    /// The scene shown, or nullptr.
    const stage::Scene *scene() const { return m_scene; }
    /// Marks the lanes of @p workers as clickable ("click / press N"); empty = none.
    void setGrantable(const std::vector<int> &workers);
    /// The workers marked grantable.
    const std::vector<int> &grantable() const { return m_grantable; }
    /// Translated labels of the steps by id (the scene's step names are code ids); empty = ids.
    void setStepLabels(const QStringList &labels);
    /// What each worker just did, by worker id ("read n → 0"), shown instead of the name of the
    /// step it is at; an empty text (or none) falls back to the step label.
    void setStepTexts(const QStringList &texts);

    /// Rectangle of @p worker's lane in widget coordinates (empty if there is no such lane).
    QRect laneRect(int worker) const;
    /// Worker whose lane contains @p pos, or -1.
    int laneAt(const QPoint &pos) const;
    /// Texts of the last paint with their boxes, for overflow checks.
    const QList<DrawnText> &drawnTexts() const override { return m_drawn; }

    /// Room for every lane at the base text size, locals wrapped to the current width.
    QSize sizeHint() const override;
    /// Room for every lane at the minimum text size, locals wrapped to the current width.
    QSize minimumSizeHint() const override;
    /// Lanes grow a line for each line their locals wrap onto: the height depends on the width.
    bool hasHeightForWidth() const override { return true; }
    /// Height every lane needs at @p width at the minimum text size (locals wrapped, none cut).
    int heightForWidth(int width) const override;

signals:
    /// The user clicked @p worker's lane (or pressed its digit key while it is grantable).
    void workerClicked(int worker);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int workerCount() const;
    bool isGrantable(int worker) const;
    QRectF laneRectF(int worker) const;
    /// Column widths shared by all lanes so they line up; sized from content.
    struct Columns
    {
        double name = 0, state = 0, step = 0, locals = 0, steps = 0, grant = 0, gap = 0;
        double stepGap = 0;       ///< between the step text and the locals, wider than an item gap
        bool shortHint = false;   ///< grant badge shows only "☞ N"
        bool shortSteps = false;  ///< step count shows only the number
        bool shortState = false;  ///< state chip shows only its glyph (the shape says the state)
        bool stepOwnLine = false; ///< the step text has a line of its own above the locals
        double overflow = 0;      ///< what is still too wide after every lossless compaction
    };
    /// Every lane placed: the text size, the measured line height and each lane's lines.
    struct Layout
    {
        double pt = 0;     ///< point size of every text
        double line = 0;   ///< height of one text line: the fonts' measured height, ceil'd
        double vpad = 0;   ///< room above and below a lane's lines
        double swatch = 0; ///< width of the worker-colour swatch
        double hpad = 0;   ///< room between swatch and text, and at the lane's right end
        double radius = 0; ///< corner radius of lanes and chips
        Columns c;
        std::vector<QStringList> locals; ///< each lane's locals, one entry per line
        std::vector<QRectF> lanes;       ///< each lane's rectangle
        double height = 0;               ///< total height the lanes take
    };
    Layout layoutAt(double pointSize, double width) const;
    Layout fitted(const QSizeF &size) const;
    const Layout &currentLayout() const;
    Columns columns(const Layout &l, double avail) const;
    QString grantHint(int worker, bool shortForm) const;
    QStringList localItems(int worker) const;
    void paintLane(QPainter &p, TextPainter &tp, int worker, const Layout &l);
    void changed();

    const stage::Scene *m_scene = nullptr;
    std::vector<int> m_grantable;
    QStringList m_stepLabels;
    QString stepLabel(int step) const;
    QString stepText(int worker) const;
    QStringList m_stepTexts;
    QList<DrawnText> m_drawn;
    int m_pressedLane = -1;
    ShapeCache m_shapes;     ///< lane outlines and state chips, drawn once per look
    int m_hintedHeight = -1; ///< minimum height the size hints were last given with
    int m_generation = 0;    ///< bumped whenever what the lanes show changes
    mutable Layout m_layout; ///< the last layout, for laneRect() between paints
    mutable QSize m_layoutSize;
    mutable int m_layoutGeneration = -1;
    mutable double m_layoutBasePt = 0;
};

} // namespace widgets
