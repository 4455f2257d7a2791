#pragma once

#include "stage/scene.h"
#include "widgets/textpainter.h"

#include <QList>
#include <QString>
#include <QWidget>
#include <functional>

namespace crawler {

/// How much a thread's chip says.
enum class ChipDetail {
    Grouped, ///< what it does without the page ("fetching"), for a chip per activity
    Brief,   ///< a verb and the page ("put 7")
    Full,    ///< in words ("waiting to put page 7")
};

/// The crawl as the class watches it: the bounded queue with the pages in it (poison pills
/// drawn as None, in their own colour) and one chip per thread saying what it does now —
/// fetching, waiting to put, parsing, waiting to get — in its state's colour and glyph. With
/// more threads than fit, the chips shrink to a verb and the page; with more still (32
/// producers and 32 consumers on a projector) one chip per activity says how many threads do
/// it ("waiting to put ×12"), so every thread's state stays in words. Folded from the Scene.
class CrawlerView : public QWidget, public widgets::DrawsText
{
    Q_OBJECT
public:
    /// Says what worker @p id of @p scene does now, translated, in as much @p detail.
    using Activity = std::function<QString(const stage::Scene &scene, int id, ChipDetail detail)>;

    /// An empty view; it draws a placeholder until a scene is set.
    explicit CrawlerView(QWidget *parent = nullptr);

    /// Shows @p scene (owned by the caller, kept alive while shown; nullptr = placeholder).
    void setScene(const stage::Scene *scene);
    /// What a chip says; @p queueLabel heads the queue row, @p pill names a poison pill,
    /// @p placeholder shows without a scene.
    void setTexts(Activity activity, const QString &queueLabel, const QString &pill,
                  const QString &placeholder);
    /// Texts of the last paint with their boxes, for overflow checks.
    const QList<widgets::DrawnText> &drawnTexts() const override { return m_drawn; }
    /// How much the last paint's chips said.
    ChipDetail chipDetail() const { return m_detail; }
    /// Threads the last paint had no room to show (counted in a "+N" chip).
    int hiddenThreads() const { return m_hidden; }

    /// Room for the queue and a few chips at the base text size.
    QSize sizeHint() const override;
    /// Room for the queue and a row of chips at the minimum text size.
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const stage::Scene *m_scene = nullptr;
    Activity m_activity;
    QString m_queueLabel;
    QString m_pill;
    QString m_placeholder;
    QList<widgets::DrawnText> m_drawn;
    ChipDetail m_detail = ChipDetail::Full;
    int m_hidden = 0;
};

} // namespace crawler
