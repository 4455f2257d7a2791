#pragma once

#include "stage/scene.h"
#include "widgets/textpainter.h"

#include <QList>
#include <QString>
#include <QWidget>

namespace queues {

/// The queue console's picture, one column per queue side by side (FIFO left, LIFO right): the
/// queue's Python line, its slots with the items in them (where items go in and come out), the
/// call threads waiting at it to put or to get, and the calls made so far with their answers,
/// newest first. Everything is folded from the Scene.
class QueuesView : public QWidget, public widgets::DrawsText
{
    Q_OBJECT
public:
    /// An empty view; it draws a placeholder until a scene is set.
    explicit QueuesView(QWidget *parent = nullptr);

    /// Shows @p scene (owned by the caller, kept alive while shown; nullptr = placeholder).
    void setScene(const stage::Scene *scene);
    /// Translated texts the view draws (set again on a language switch).
    struct Labels
    {
        QString fifo;      ///< "first in, first out"
        QString lifo;      ///< "last in, first out"
        QString in;        ///< "in"
        QString out;       ///< "out"
        QString inOut;     ///< "in and out"
        QString unbounded; ///< "no maxsize: never full"
        QString putters;   ///< "waiting to put:"
        QString getters;   ///< "waiting to get:"
        QString nobody;    ///< "nobody"
        QString calls;     ///< "Calls, newest first"
        QString waiting;   ///< "waiting" (at the queue)
        QString running;   ///< "running"
        QString noCalls;   ///< "Press a button to make a call."
        QString noScene;   ///< placeholder
    };
    /// Sets the translated texts.
    void setLabels(const Labels &labels);
    /// Texts of the last paint with their boxes, for overflow checks.
    const QList<widgets::DrawnText> &drawnTexts() const override { return m_drawn; }
    /// Which queue worker @p name's calls go to: 0 for q., 1 for s., -1 otherwise.
    static int queueOf(const QString &name);

    /// Room for both columns at the base text size.
    QSize sizeHint() const override;
    /// Room for both columns at the minimum text size.
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintQueue(QPainter &p, widgets::TextPainter &tp, int queue, const QRectF &box,
                    double pointSize);

    const stage::Scene *m_scene = nullptr;
    Labels m_labels;
    QList<widgets::DrawnText> m_drawn;
};

} // namespace queues
