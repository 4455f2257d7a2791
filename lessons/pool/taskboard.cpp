#include "taskboard.h"

#include "pool/pooldemo.h"
#include "pool/tr.h"
#include "widgets/theme.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <cmath>

namespace pool {

namespace {

std::int64_t localOf(const stage::WorkerView &w, const char *name)
{
    for (const stage::NamedValue &v : w.locals)
        if (!v.isText && v.name == QLatin1String(name))
            return v.value;
    return 0;
}

} // namespace

QString formatBytes(qint64 bytes)
{
    const QLocale loc;
    if (bytes < 1024)
        return Tr::tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return Tr::tr("%1 KiB").arg(loc.toString(double(bytes) / 1024, 'f', bytes < 10240 ? 1 : 0));
    return Tr::tr("%1 MiB").arg(loc.toString(double(bytes) / (1024 * 1024), 'f', 1));
}

TaskBoard::TaskBoard(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void TaskBoard::setScene(const stage::Scene *scene)
{
    m_scene = scene;
    update();
}

QSize TaskBoard::sizeHint() const
{
    const double px = widgets::Theme::current().basePointSize() * widgets::pxPerPt(this);
    return QSize(int(px * 30), int(px * 1.6 * 7 + px * 6));
}

QSize TaskBoard::minimumSizeHint() const
{
    const double px = widgets::Theme::current().minimumPointSize() * widgets::pxPerPt(this);
    // A busy worker's row whole: a name, a file name of the sample's length and two amounts.
    const QFontMetricsF mono(
        widgets::TextPainter::mono(widgets::Theme::current().minimumPointSize()), this);
    const double row =
        mono.horizontalAdvance(QStringLiteral("P10 → file100.bin  ")) +
        mono.horizontalAdvance(
            Tr::tr("%1 of %2").arg(formatBytes(1023 * 1024), formatBytes(1023 * 1024))) +
        px * 1.5;
    return QSize(int(std::ceil(row)), int(px * 1.6 * 3 + px * 3));
}

void TaskBoard::paintEvent(QPaintEvent *)
{
    const widgets::Theme &theme = widgets::Theme::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), theme.background);
    m_drawn.clear();
    widgets::TextPainter tp(&p, &m_drawn);
    const double pt = theme.minimumPointSize();
    const QFont font = widgets::TextPainter::font(pt);
    const QFont bold = widgets::TextPainter::font(pt, true);
    const QFont mono = widgets::TextPainter::mono(pt);
    const double line = std::ceil(std::max(tp.lineHeight(font), tp.lineHeight(mono))) + 2;
    const double pad = line * 0.25;
    const QRectF area = QRectF(rect()).adjusted(pad, pad, -pad, -pad);
    if (!m_scene || m_scene->tasks().empty()) {
        tp.draw(area, Tr::tr("No tasks yet"), font, theme.mutedText, Qt::AlignCenter);
        return;
    }
    const auto &tasks = m_scene->tasks();
    const auto &workers = m_scene->workers();
    int counts[4] = {0, 0, 0, 0};
    std::vector<int> busy;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        const int s = std::clamp(tasks[i].state, 0, 3);
        ++counts[s];
        if (s == int(TaskState::Running))
            busy.push_back(int(i));
    }
    const QLocale loc;
    QString head = Tr::tr("Waiting %1 · copying %2 · done %3 of %4")
                       .arg(loc.toString(counts[0]), loc.toString(counts[1]),
                            loc.toString(counts[2]), loc.toString(qint64(tasks.size())));
    if (counts[3] > 0)
        head += Tr::tr(" · failed %1").arg(loc.toString(counts[3]));
    tp.draw(QRectF(area.left(), area.top(), area.width(), line), head, bold, theme.text);
    double y = area.top() + line + pad;

    // One row per busy worker: which file, how far.
    const int rowsRoom = std::max(0, int((area.bottom() - y - line * 2) / (line + pad)));
    const int rows = std::min<int>(int(busy.size()), rowsRoom);
    for (int r = 0; r < rows; ++r) {
        const stage::TaskView &t = tasks[std::size_t(busy[std::size_t(r)])];
        const stage::WorkerView *w = t.worker >= 0 && t.worker < int(workers.size())
                                         ? &workers[std::size_t(t.worker)]
                                         : nullptr;
        // Bytes from the worker's last step (0 when it takes the file), size from the plan.
        const std::size_t id = std::size_t(busy[std::size_t(r)]);
        const qint64 size = id < m_sizes.size() ? m_sizes[id] : 0;
        const qint64 bytes = w ? localOf(*w, "bytes") : 0;
        const QRectF row(area.left(), y, area.width(), line);
        const double fraction = size > 0 ? std::clamp(double(bytes) / double(size), 0.0, 1.0) : 0;
        p.setPen(Qt::NoPen);
        p.setBrush(theme.surface);
        p.drawRoundedRect(row, 3, 3);
        p.setBrush(theme.workerColor(std::max(0, t.worker)).lighter(130));
        p.drawRoundedRect(QRectF(row.left(), row.top(), row.width() * fraction, row.height()), 3,
                          3);
        const QString who = w ? w->name : QStringLiteral("?");
        const QString amount =
            Tr::tr("%1 of %2").arg(formatBytes(bytes), formatBytes(size > 0 ? size : 0));
        const double amountW = tp.width(mono, amount) + pad;
        const QRectF text = row.adjusted(pad, 0, -pad, 0);
        tp.draw(QRectF(text.left(), text.top(), text.width() - amountW, text.height()),
                QStringLiteral("%1 → %2").arg(who, t.label), mono, theme.text);
        tp.draw(QRectF(text.right() - amountW, text.top(), amountW, text.height()), amount, mono,
                theme.text, Qt::AlignRight | Qt::AlignVCenter);
        y += line + pad;
    }
    if (int(busy.size()) > rows && rows < rowsRoom + 1 && y + line <= area.bottom()) {
        tp.draw(QRectF(area.left(), y, area.width(), line),
                Tr::tr("%n more worker(s) copying", "", int(busy.size()) - rows), font,
                theme.mutedText);
        y += line + pad;
    }

    // Every task as a square: grey waiting, the worker's colour while copied, green done.
    const QRectF grid(area.left(), y, area.width(), std::max(0.0, area.bottom() - y));
    const int n = int(tasks.size());
    if (grid.height() < 4 || n == 0)
        return;
    int cols = std::max(1, int(std::ceil(std::sqrt(n * grid.width() / grid.height()))));
    int gridRows = (n + cols - 1) / cols;
    while (gridRows > 1 && double(grid.height()) / gridRows < double(grid.width()) / cols * 0.8 &&
           cols < n) {
        ++cols;
        gridRows = (n + cols - 1) / cols;
    }
    const double cell = std::min(grid.width() / cols, grid.height() / gridRows);
    const double gap = std::max(1.0, cell * 0.12);
    for (int i = 0; i < n; ++i) {
        const QRectF r(grid.left() + (i % cols) * cell, grid.top() + (i / cols) * cell, cell - gap,
                       cell - gap);
        const stage::TaskView &t = tasks[std::size_t(i)];
        QColor fill = theme.surface;
        if (t.state == int(TaskState::Running))
            fill = theme.workerColor(std::max(0, t.worker));
        else if (t.state == int(TaskState::Done))
            fill = theme.ok;
        else if (t.state == int(TaskState::Failed))
            fill = theme.lost;
        p.setBrush(fill);
        p.setPen(QPen(theme.border, 1));
        p.drawRect(r);
        // A mark besides the colour: ✓ done, ✗ failed, a dot while copied.
        if (t.state != int(TaskState::Waiting) && cell >= 8) {
            p.setPen(QPen(theme.text, std::max(1.0, cell * 0.1)));
            const QRectF m = r.adjusted(r.width() * 0.25, r.height() * 0.25, -r.width() * 0.25,
                                        -r.height() * 0.25);
            if (t.state == int(TaskState::Done)) {
                p.drawLine(QPointF(m.left(), m.center().y()), QPointF(m.center().x(), m.bottom()));
                p.drawLine(QPointF(m.center().x(), m.bottom()), QPointF(m.right(), m.top()));
            } else if (t.state == int(TaskState::Failed)) {
                p.drawLine(m.topLeft(), m.bottomRight());
                p.drawLine(m.topRight(), m.bottomLeft());
            } else {
                p.setBrush(theme.text);
                p.drawEllipse(m.center(), m.width() * 0.2, m.width() * 0.2);
            }
        }
    }
}

} // namespace pool
