#include "lockview.h"

#include "theme.h"
#include "tr.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace widgets {

namespace {

/// The box's header: the lock's name in the code (`lock`), said to be a lock in the class's
/// language (zh_CN "锁 lock": the bare English word read as untranslated).
QString lockTitle(const QString &name)
{
    return Tr::tr("%1", "lock box header: the lock's variable name in the code; say it is a lock")
        .arg(name);
}

} // namespace

LockView::LockView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void LockView::setScene(const stage::Scene *scene)
{
    m_scene = scene;
    // Called every frame: only a new number of rows changes the size hints (and the layout).
    if (count() != m_hintedRows) {
        m_hintedRows = count();
        updateGeometry();
    }
    update();
}

void LockView::setLockEnabled(bool enabled)
{
    m_enabled = enabled;
    update();
}

int LockView::count() const
{
    return m_scene ? int(m_scene->locks().size()) : 0;
}

LockView::Row LockView::row(int index) const
{
    Row r;
    const int n = count();
    if (index < 0 || index >= n)
        return r;
    const Theme &theme = Theme::current();
    const double basePx = theme.basePointSize() * pxPerPt(this);
    const double minPx = theme.minimumPointSize() * pxPerPt(this);
    const double pad = minPx * 0.4;
    const double rowH = std::min((height() - pad) / n, basePx * 7);
    r.all = QRectF(pad, pad + index * rowH, width() - 2 * pad, rowH - pad);
    const stage::LockView &lock = m_scene->locks()[std::size_t(index)];
    const double labelRow =
        TextPainter::rowHeight(this, {TextPainter::font(1)}, theme.minimumPointSize());
    // The facts column as wide as its longest line measures at the minimum size (the queue
    // takes the rest): "acquired 1,234×" whole rather than a fixed share cut to "acquir…".
    const QFontMetricsF ifm(TextPainter::font(theme.minimumPointSize()), this);
    double infoW = QFontMetricsF(TextPainter::font(theme.minimumPointSize(), true), this)
                       .horizontalAdvance(lockTitle(lock.name));
    QString longestOwner = QStringLiteral("T16");
    for (const stage::WorkerView &w : m_scene->workers())
        if (w.name.size() > longestOwner.size())
            longestOwner = w.name;
    for (const QString &t :
         {Tr::tr("held by %1").arg(longestOwner), Tr::tr("free"),
          Tr::tr("acquired %1×").arg(std::max<std::int64_t>(lock.acquisitions, 999))})
        infoW = std::max(infoW, ifm.horizontalAdvance(t));
    infoW += pad;
    const double labelW = ifm.horizontalAdvance(Tr::tr("waiting in line (%1):").arg(88)) + pad;
    const double nobodyW = ifm.horizontalAdvance(Tr::tr("nobody waiting")) + pad;
    double side = std::min(r.all.height(), r.all.width() * 0.2);
    // Beside the facts when the queue's label fits there whole, else under them.
    r.stacked = r.all.width() - side - infoW - 2 * pad < std::max(labelW, nobodyW);
    const double top = r.stacked ? std::max(3 * labelRow, r.all.height() * 0.55) : r.all.height();
    side = std::min(top, r.all.width() * 0.2);
    r.padlock = QRectF(r.all.left(), r.all.top() + (top - side) / 2, side, side);
    const double rest = r.all.right() - r.padlock.right() - pad;
    r.info = QRectF(r.padlock.right() + pad, r.all.top(),
                    r.stacked ? rest : std::min(infoW, rest * 0.6), top);
    const double qx = r.stacked ? r.all.left() + pad : r.info.right() + pad;
    const double qtop = r.stacked ? r.info.bottom() : r.all.top();
    const double labelH = std::max(labelRow, (r.all.bottom() - qtop) * 0.3);
    r.queueLabel = QRectF(qx, qtop, r.all.right() - qx, labelH);
    r.queue = QRectF(qx, r.queueLabel.bottom(), r.all.right() - qx,
                     std::max(0.0, r.all.bottom() - r.queueLabel.bottom()));

    // Chips wide enough for the longest name (at the minimum size), wrapping when needed.
    const QFontMetricsF fm(TextPainter::font(theme.minimumPointSize(), true), this);
    double nameW = fm.horizontalAdvance(QStringLiteral("T16"));
    for (const stage::WorkerView &w : m_scene->workers())
        nameW = std::max(nameW, fm.horizontalAdvance(w.name));
    r.chipW = std::min(nameW + minPx, r.queue.width());
    r.perRow = std::max(1, int(r.queue.width() / r.chipW));
    r.chipW = std::min(r.queue.width() / r.perRow, nameW * 2 + minPx);
    const int waiters = int(m_scene->locks()[std::size_t(index)].waiters.size());
    const int rows = std::max(1, (waiters + r.perRow - 1) / r.perRow);
    // A chip is 80 % of its cell: the cell as tall as the bold name measures, over 0.8.
    const double chipMin =
        TextPainter::rowHeight(this, {TextPainter::font(1, true)}, theme.minimumPointSize()) / 0.8;
    r.chipH = std::clamp(r.queue.height() / rows, chipMin, std::max(chipMin, basePx * 2.0));
    if (r.queue.height() < chipMin - 0.5) {
        // No row left under the label: the waiters line up after it, on the label's row.
        // The label whole, the chips in what is left (at least the first one's width).
        const double labelEnd =
            std::max(r.queueLabel.width() * 0.5,
                     std::min(labelW, r.queueLabel.width() - std::min(r.chipW, nameW + minPx)));
        r.queue = QRectF(r.queueLabel.left() + labelEnd, r.queueLabel.top(),
                         r.queueLabel.width() - labelEnd, r.queueLabel.height());
        r.queueLabel.setWidth(labelEnd);
        r.chipH = r.queue.height();
        r.tightChips = true;
        r.perRow = std::max(1, int(r.queue.width() / r.chipW));
    }
    return r;
}

QRectF LockView::waiterRectF(const Row &r, int position) const
{
    const int rows = int((r.queue.height() + 0.5) / r.chipH);
    if (position < 0 || position >= rows * r.perRow)
        return {};
    const double gap = r.tightChips ? 1.0 : r.chipH * 0.1;
    return QRectF(r.queue.left() + (position % r.perRow) * r.chipW + gap,
                  r.queue.top() + (position / r.perRow) * r.chipH + gap, r.chipW - 2 * gap,
                  r.chipH - 2 * gap);
}

QRect LockView::lockRect(int index) const
{
    return row(index).all.toRect();
}

QRect LockView::waiterRect(int lock, int position) const
{
    if (lock < 0 || lock >= count() ||
        position >= int(m_scene->locks()[std::size_t(lock)].waiters.size()))
        return {};
    return waiterRectF(row(lock), position).toRect();
}

QSize LockView::sizeHint() const
{
    const double basePx = Theme::current().basePointSize() * pxPerPt(this);
    return QSize(int(basePx * 30), int(basePx * 5 * std::max(1, count())));
}

QSize LockView::minimumSizeHint() const
{
    const double minPx = Theme::current().minimumPointSize() * pxPerPt(this);
    // Three lines of facts, the queue's label and a row of waiters under them (a narrow box
    // stacks them; the chips' cells are 80 % text), as tall as the font measures.
    const double row = TextPainter::rowHeight(this, {TextPainter::font(1, true)},
                                              Theme::current().minimumPointSize());
    return QSize(int(minPx * 14), int((row * 4.5 + minPx) * std::max(1, count())) + 1);
}

void LockView::paintPadlock(QPainter &p, const QRectF &box, bool closed, const QColor &fill) const
{
    const Theme &theme = Theme::current();
    const double s = box.width();
    const QRectF body(box.left() + s * 0.1, box.top() + s * 0.42, s * 0.8, s * 0.55);
    // Open: the shackle lifts out of the body, as a real padlock does.
    const double lift = closed ? 0 : s * 0.14;
    const QRectF arc(box.left() + s * 0.25, box.top() + s * 0.06 - lift, s * 0.5, s * 0.6);
    QPainterPath shackle;
    shackle.moveTo(arc.left(), body.top() - (closed ? 0 : lift));
    shackle.lineTo(arc.left(), arc.center().y());
    shackle.arcTo(arc, 180, -180);
    shackle.lineTo(arc.right(), body.top());
    p.setPen(QPen(theme.text, std::max(3.0, s * 0.08), Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    p.drawPath(shackle);
    p.setPen(QPen(theme.text, std::max(2.0, s * 0.03)));
    p.setBrush(fill);
    p.drawRoundedRect(body, s * 0.08, s * 0.08);
}

void LockView::paintLock(QPainter &p, TextPainter &tp, int index)
{
    const Theme &theme = Theme::current();
    const stage::LockView &lock = m_scene->locks()[std::size_t(index)];
    const Row r = row(index);
    const bool held = lock.owner >= 0 && lock.owner < int(m_scene->workers().size());
    const double minPt = theme.minimumPointSize();

    p.setPen(QPen(theme.border, 1.0));
    p.setBrush(theme.surface);
    p.drawRoundedRect(r.all, 8, 8);
    const QRectF pad = r.padlock.adjusted(6, 6, -6, -6);
    paintPadlock(p, pad, held, held ? theme.workerColor(lock.owner) : theme.surface);
    const double s = pad.width();
    const QRectF bodyText(pad.left() + s * 0.14, pad.top() + s * 0.45, s * 0.72, s * 0.5);
    const double infoPt = tp.fitHeight(TextPainter::font(minPt), r.info.height() / 3, minPt,
                                       theme.basePointSize() * 1.2);
    // The owner's name on the padlock when it fits there whole ("held by T2" says it anyway).
    const QString owner = held ? m_scene->workers()[std::size_t(lock.owner)].name : QString();
    const double ownerPt =
        std::min(infoPt, tp.fitHeight(TextPainter::font(minPt, true), bodyText.height(), minPt,
                                      theme.basePointSize() * 1.2));
    if (held &&
        TextPainter::rowHeight(this, {TextPainter::font(1, true)}, ownerPt) / 1.15 <=
            bodyText.height() &&
        tp.width(TextPainter::font(ownerPt, true), owner) <= bodyText.width())
        tp.draw(bodyText, owner, TextPainter::font(ownerPt, true),
                theme.workerTextColor(lock.owner), Qt::AlignCenter);

    const double lineH = r.info.height() / 3;
    auto infoLine = [&](int i) {
        return QRectF(r.info.left(), r.info.top() + i * lineH, r.info.width(), lineH);
    };
    tp.draw(infoLine(0), lockTitle(lock.name), TextPainter::font(infoPt, true), theme.text);
    tp.draw(infoLine(1),
            held ? Tr::tr("held by %1").arg(m_scene->workers()[std::size_t(lock.owner)].name)
                 : Tr::tr("free"),
            TextPainter::font(infoPt), theme.text);
    tp.draw(infoLine(2), Tr::tr("acquired %1×").arg(lock.acquisitions), TextPainter::font(infoPt),
            theme.mutedText);

    const int waiting = int(lock.waiters.size());
    tp.draw(r.queueLabel,
            waiting == 0 ? Tr::tr("nobody waiting") : Tr::tr("waiting in line (%1):").arg(waiting),
            TextPainter::font(tp.fitHeight(TextPainter::font(minPt), r.queueLabel.height(), minPt,
                                           theme.basePointSize())),
            theme.mutedText);
    const QRectF first = waiterRectF(r, 0);
    const double chipPt = first.isEmpty() ? minPt
                                          : tp.fitHeight(TextPainter::font(minPt), first.height(),
                                                         minPt, theme.basePointSize());
    for (int i = 0; i < waiting; ++i) {
        QRectF chip = waiterRectF(r, i);
        const bool overflow = !waiterRectF(r, i + 1).isValid() && i + 1 < waiting;
        if (chip.isEmpty())
            break;
        const int w = lock.waiters[std::size_t(i)];
        p.setPen(QPen(theme.text, i == 0 ? 3.0 : 1.0));
        p.setBrush(overflow ? theme.surface : theme.workerColor(w));
        p.drawRoundedRect(chip, chip.height() * 0.2, chip.height() * 0.2);
        const QString label =
            overflow ? Tr::tr("+%1").arg(waiting - i) : m_scene->workers()[std::size_t(w)].name;
        tp.draw(chip.adjusted(3, 0, -3, 0), label, TextPainter::font(chipPt, true),
                overflow ? theme.text : theme.workerTextColor(w), Qt::AlignCenter);
        if (overflow)
            break;
    }
}

void LockView::paintDisabled(QPainter &p, TextPainter &tp)
{
    const Theme &theme = Theme::current();
    const double minPt = theme.minimumPointSize();
    const double side = std::min(height() * 0.8, width() * 0.2);
    const QRectF box(width() * 0.04, (height() - side) / 2, side, side);
    paintPadlock(p, box.adjusted(6, 6, -6, -6), false, theme.surface);
    // A bold cross over the padlock: "there is no lock" must read even without colour.
    p.setPen(QPen(theme.lost, std::max(4.0, side * 0.08), Qt::SolidLine, Qt::RoundCap));
    p.drawLine(box.topLeft() + QPointF(4, 4), box.bottomRight() - QPointF(4, 4));
    p.drawLine(box.topRight() + QPointF(-4, 4), box.bottomLeft() + QPointF(4, -4));
    const QRectF text(box.right() + side * 0.2, 0, width() - box.right() - side * 0.3, height());
    const QRectF title(text.left(), text.top() + text.height() * 0.15, text.width(),
                       text.height() * 0.4);
    const QRectF sub(text.left(), title.bottom(), text.width(), text.height() * 0.3);
    tp.draw(title, Tr::tr("⚠ No lock"),
            // Loud, yet below the shared value the lesson is about (at most 1.2× the base size).
            TextPainter::font(tp.fitHeight(TextPainter::font(minPt), title.height(), minPt,
                                           theme.basePointSize() * 1.2),
                              true),
            theme.lost);
    tp.draw(sub, Tr::tr("unprotected"),
            TextPainter::font(
                tp.fitHeight(TextPainter::font(minPt), sub.height(), minPt, theme.basePointSize())),
            theme.text);
}

void LockView::paintEvent(QPaintEvent *)
{
    const Theme &theme = Theme::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), theme.background);
    m_drawn.clear();
    TextPainter tp(&p, &m_drawn);
    if (!m_enabled) {
        paintDisabled(p, tp);
        return;
    }
    if (count() == 0) {
        tp.draw(rect(), Tr::tr("No locks"), TextPainter::font(theme.basePointSize()),
                theme.mutedText, Qt::AlignCenter);
        return;
    }
    for (int i = 0; i < count(); ++i)
        paintLock(p, tp, i);
}

} // namespace widgets
