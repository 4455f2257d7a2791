#pragma once

#include "stage/scene.h"
#include "widgets/textpainter.h"

#include <QWidget>

namespace widgets {

/// Each lock of a scene: a padlock (closed and in the owner's colour while held), the owner,
/// the queue of waiting workers in order, and how often it was acquired.
class LockView : public QWidget, public DrawsText
{
    Q_OBJECT
public:
    /// An empty view.
    explicit LockView(QWidget *parent = nullptr);

    /// Shows the locks of @p scene (nullptr = placeholder).
    void setScene(const stage::Scene *scene);
    /// False draws a clear "no lock — unprotected" state instead of the locks.
    void setLockEnabled(bool enabled);
    /// Whether the locks are drawn (true) or the unprotected state (false).
    bool isLockEnabled() const { return m_enabled; }
    /// Row of lock @p index in widget coordinates; empty if there is none.
    QRect lockRect(int index) const;
    /// Chip of the @p position-th waiter (0 = next in line) of lock @p lock; empty if none.
    QRect waiterRect(int lock, int position) const;
    /// Texts of the last paint with their boxes, for overflow checks.
    const QList<DrawnText> &drawnTexts() const override { return m_drawn; }

    /// Room for every lock at the base size.
    QSize sizeHint() const override;
    /// Room for every lock at the minimum size.
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Row
    {
        QRectF all, padlock, info, queueLabel, queue;
        bool stacked = false;    ///< the queue under the facts (a narrow box)
        bool tightChips = false; ///< waiters on the label's row, chips as tall as the text
        int perRow = 1;
        double chipW = 0, chipH = 0;
    };
    int count() const;
    Row row(int index) const;
    QRectF waiterRectF(const Row &r, int position) const;
    void paintPadlock(QPainter &p, const QRectF &box, bool closed, const QColor &fill) const;
    void paintLock(QPainter &p, TextPainter &tp, int index);
    void paintDisabled(QPainter &p, TextPainter &tp);

    const stage::Scene *m_scene = nullptr;
    bool m_enabled = true;
    QList<DrawnText> m_drawn;
    int m_hintedRows = -1; ///< rows the size hints were last given for
};

} // namespace widgets
