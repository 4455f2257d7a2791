#pragma once

#include "stage/scene.h"
#include "widgets/textpainter.h"

#include <QWidget>

namespace widgets {

/// The shared variables of a scene as big "name = value" cards, readable from the back row.
class SharedView : public QWidget, public DrawsText
{
    Q_OBJECT
public:
    /// An empty view.
    explicit SharedView(QWidget *parent = nullptr);

    /// Shows the shared variables of @p scene (nullptr = placeholder).
    void setScene(const stage::Scene *scene);
    /// Marks shared variable @p index as just damaged, saying how in @p text (e.g. "T2 overwrote
    /// T1's 1"): its card gets a ✗, the text in place of its caption and a heavy border in the
    /// "lost" colour. An empty @p text clears the mark.
    void setMark(int index, const QString &text);
    /// Card of shared variable @p index in widget coordinates; empty if there is none.
    QRect cardRect(int index) const;
    /// Texts of the last paint with their boxes, for overflow checks.
    const QList<DrawnText> &drawnTexts() const override { return m_drawn; }

    /// Room for the cards at the base size.
    QSize sizeHint() const override;
    /// Room for the cards at the minimum size.
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int count() const;
    QRectF cardRectF(int index) const;

    const stage::Scene *m_scene = nullptr;
    QList<DrawnText> m_drawn;
    int m_markIndex = -1;
    QString m_markText;
    int m_hintedRows = -1; ///< rows the size hints were last given for
};

} // namespace widgets
