#include "steplogview.h"

#include "theme.h"
#include "tr.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QStringList>
#include <algorithm>

namespace widgets {

namespace {

constexpr auto Mark = u"✗ ";

} // namespace

StepLogView::StepLogView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(Tr::tr("Step log"));
    // It takes the height its row has (set by the views beside it) and never claims more: on a
    // projector the code and the lanes need every line.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
}

void StepLogView::setLines(std::vector<Line> lines, const QString &note)
{
    m_lines = std::move(lines);
    m_note = note;
    update();
}

QSize StepLogView::sizeHint() const
{
    // Lines wrap: a narrow log costs rows, not words, and leaves its neighbours their width.
    const QFontMetricsF fm(TextPainter::font(Theme::current().minimumPointSize()), this);
    return QSize(int(fm.horizontalAdvance(QLatin1Char('x')) * 20), int(fm.lineSpacing() * 5));
}

QSize StepLogView::minimumSizeHint() const
{
    // Lines wrap at spaces: 14 x-widths still hold "#88 T16 write n ← 888" on a row.
    const QFontMetricsF fm(TextPainter::font(Theme::current().minimumPointSize()), this);
    return QSize(int(fm.horizontalAdvance(QLatin1Char('x')) * 14), int(fm.lineSpacing() * 2.5));
}

void StepLogView::paintEvent(QPaintEvent *)
{
    const Theme &theme = Theme::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), theme.background);
    p.setPen(QPen(theme.border, 1.0));
    p.setBrush(theme.surface);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    m_drawn.clear();
    TextPainter tp(&p, &m_drawn);

    const QFont font = TextPainter::font(theme.minimumPointSize());
    const QFont bold = TextPainter::font(theme.minimumPointSize(), true);
    const QFontMetricsF fm(bold, this); // the wider of the two: marked lines are bold
    const double pad = fm.horizontalAdvance(QLatin1Char('x'));
    const double line = fm.lineSpacing();
    const QRectF inner = QRectF(rect()).adjusted(pad, pad * 0.5, -pad, -pad * 0.5);

    if (m_lines.empty() && m_note.isEmpty()) {
        const QStringList rows =
            TextPainter::wrapWords(Tr::tr("Each step will be logged here."), fm, inner.width());
        const double top = inner.center().y() - rows.size() * line / 2;
        for (int r = 0; r < rows.size(); ++r)
            tp.draw(QRectF(inner.left(), top + r * line, inner.width(), line), rows.at(r), font,
                    theme.mutedText, Qt::AlignCenter);
        return;
    }
    // Newest at the bottom: walk back from the last line while whole rows still fit.
    double y = inner.bottom();
    const double noteRows = m_note.isEmpty() ? 0 : line;
    for (auto it = m_lines.rbegin(); it != m_lines.rend(); ++it) {
        const QString text = it->marked ? QString::fromUtf16(Mark) + it->text : it->text;
        const QStringList rows = TextPainter::wrapWords(text, fm, inner.width());
        // The oldest line shown may lose its first rows, the way a terminal scrolls: a long
        // lost-update line in a short log still shows how it ends rather than vanishing.
        const int fit = int((y - inner.top() - noteRows + 0.5) / line);
        if (fit <= 0)
            break;
        const int first = std::max(0, int(rows.size()) - fit);
        y -= (rows.size() - first) * line;
        for (int r = first; r < rows.size(); ++r)
            tp.draw(QRectF(inner.left(), y + (r - first) * line, inner.width(), line), rows.at(r),
                    it->marked ? bold : font, it->marked ? theme.lost : theme.text);
        if (first > 0)
            break;
    }
    if (!m_note.isEmpty())
        tp.draw(QRectF(inner.left(), inner.top(), inner.width(), line), m_note, font,
                theme.mutedText);
}

void StepLogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(Tr::tr("Step log"));
        update(); // the placeholder too
    }
    QWidget::changeEvent(event);
}

} // namespace widgets
