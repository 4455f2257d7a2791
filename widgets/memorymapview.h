#pragma once

#include "stage/scene.h"
#include "widgets/textpainter.h"

#include <QWidget>

namespace widgets {

/// One process's memory as the class should picture it: a box for the process holding its
/// globals (shared by every thread, the last one written highlighted) and one stack per thread,
/// bottom frame first, each frame with its function and its locals (压栈: the top frame is the
/// running function). Drawn from a Scene, so the stacks are what the threads really pushed.
class MemoryMapView : public QWidget, public DrawsText
{
    Q_OBJECT
public:
    /// An empty view.
    explicit MemoryMapView(QWidget *parent = nullptr);

    /// Shows @p scene (nullptr = placeholder); a global whose value changed since the last call
    /// is highlighted until another one changes.
    void setScene(const stage::Scene *scene);
    /// The most threads a run may show and the widest texts a stack column may hold (names,
    /// frames, locals): the minimum width keeps one column per thread wide enough for them, so
    /// the window makes room before the run starts rather than eliding mid-run.
    void setCapacity(int threads, const QStringList &widest);
    /// The process box's caption, e.g. "Process 4242" (the panel translates it).
    void setProcessLabel(const QString &label);
    /// Box of global @p index in widget coordinates; empty if there is none.
    QRect globalRect(int index) const;
    /// Stack column of worker @p worker in widget coordinates; empty if there is none.
    QRect stackRect(int worker) const;
    /// The global highlighted as the last one written, or -1.
    int highlightedGlobal() const { return m_changed; }
    /// The header of worker @p worker's stack (click it to grant that worker a step).
    QRect headerRect(int worker) const;
    /// Texts of the last paint with their boxes, for overflow checks.
    const QList<DrawnText> &drawnTexts() const override { return m_drawn; }

    /// Room for globals and stacks at the base size.
    QSize sizeHint() const override;
    /// Room at the minimum size.
    QSize minimumSizeHint() const override;

signals:
    /// The teacher clicked the header of worker @p worker's stack.
    void workerClicked(int worker);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Layout
    {
        QRectF box, title, stacksLabel;
        std::vector<QRectF> globals, stacks;
        double line = 0;          ///< px of one text line at the chosen size
        double pt = 0;            ///< the chosen point size
        bool inlineFirst = false; ///< a frame's first local on its function's line
    };
    Layout layout() const;
    double lineFor(double pt) const;
    double maxFrames(bool inlineFirst) const;
    double minimumColumn(double pt) const;
    bool fitsWidth(double pt, double width, bool inlineFirst) const;
    static QString globalsText();
    static QString stacksText(bool shortForm = false);

    const stage::Scene *m_scene = nullptr;
    QString m_processLabel;
    int m_capacity = 2;
    QStringList m_widest;
    std::vector<std::int64_t> m_lastShared;
    int m_changed = -1;
    QList<DrawnText> m_drawn;
};

} // namespace widgets
