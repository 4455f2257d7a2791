#pragma once

#include "widgets/textpainter.h"

#include <QString>
#include <QWidget>
#include <vector>

namespace widgets {

/// A run told in words, one line per step a worker completed ("#6 T2 write n ← 1 — overwrote
/// T1's 1: update lost"), newest at the bottom; marked lines (a lost update, an error) stand out
/// by colour and by a ✗. Lines too wide wrap at spaces rather than being cut. A lesson derives
/// the lines from its events and sets them each frame.
class StepLogView : public QWidget, public DrawsText
{
    Q_OBJECT
public:
    /// One line of the log.
    struct Line
    {
        QString text;        ///< what happened, in the class's language
        bool marked = false; ///< drawn as a problem (colour and glyph)
    };

    /// An empty log.
    explicit StepLogView(QWidget *parent = nullptr);

    /// Shows @p lines (oldest first; the newest that fit are drawn). @p note, if any, is drawn
    /// above them in muted type (e.g. "full speed: only samples").
    void setLines(std::vector<Line> lines, const QString &note = {});
    /// The lines shown.
    const std::vector<Line> &lines() const { return m_lines; }
    /// Texts of the last paint with their boxes, for overflow checks.
    const QList<DrawnText> &drawnTexts() const override { return m_drawn; }

    /// Room for a few lines at the base text size.
    QSize sizeHint() const override;
    /// Room for two lines at the minimum text size.
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    /// Retranslates its accessible name on a language switch.
    void changeEvent(QEvent *event) override;

private:
    std::vector<Line> m_lines;
    QString m_note;
    QList<DrawnText> m_drawn;
};

} // namespace widgets
