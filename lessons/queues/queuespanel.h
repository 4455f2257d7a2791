#pragma once

#include "queues/queuecalls.h"
#include "widgets/stagepanel.h"

#include <QList>

class QLabel;
class QPushButton;
class QSpinBox;

namespace widgets {
class CodeView;
} // namespace widgets

namespace queues {

class QueuesView;

/// The queues lesson: a console of buttons, one per call of the notes (q.put(x), q.get(),
/// q.put_nowait(x), q.get_nowait(), q.full(), q.empty(), q.qsize()), each press a real thread
/// making that call on a FIFO queue and a LIFO stack side by side, with a maxsize knob. A put on
/// a full queue blocks its thread, drawn waiting at the queue, until a get makes room.
class QueuesPanel : public widgets::StagePanel
{
    Q_OBJECT
public:
    /// The panel with both queues empty at maxsize 3, not yet running.
    explicit QueuesPanel(QWidget *parent = nullptr);

    /// The maxsize in force (0 = unbounded).
    int maxsize() const { return m_maxsize; }
    /// Sets the maxsize (and starts over with empty queues).
    void setMaxsize(int maxsize);
    /// Presses @p call's button: one thread per queue makes the call.
    void press(Call call);
    /// The button of @p call.
    QPushButton *button(Call call) const { return m_buttons.value(int(call)); }
    /// The picture of both queues.
    QueuesView *view() const { return m_view; }
    /// The running console, or nullptr after shutdown().
    QueueCalls *calls() const { return driver().engine<QueueCalls>(); }

    /// Most maxsize the knob offers: the slots stay readable on a projector.
    static constexpr int MaxShownSize = 8;

protected:
    /// Retranslates on a language switch.
    void changeEvent(QEvent *event) override;

private:
    void showFrame();
    void retranslate();

    int m_maxsize = 3;
    QLabel *m_maxsizeLabel = nullptr;
    QSpinBox *m_maxsizeBox = nullptr;
    QList<QPushButton *> m_buttons; ///< by Call
    QueuesView *m_view = nullptr;
    widgets::CodeView *m_code = nullptr;
};

} // namespace queues
