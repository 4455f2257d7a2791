#include "theme.h"

#include "tr.h"

#include <array>

namespace widgets {

namespace {

// State fills are Okabe-Ito hues lightened until black text on them reaches 7:1, so one
// palette serves all three themes and stays colour-blind safe.
QColor stateFill(stage::WorkerState state)
{
    switch (state) {
    case stage::WorkerState::NotStarted:
        return QColor(0xD9, 0xD9, 0xD9);
    case stage::WorkerState::Running:
        return QColor(0x3C, 0xCB, 0x9A); // bluish green
    case stage::WorkerState::Ready:
        return QColor(0xF0, 0xE4, 0x42); // yellow
    case stage::WorkerState::Blocked:
        return QColor(0xFF, 0x7A, 0x45); // vermillion
    case stage::WorkerState::Finished:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case stage::WorkerState::Stopped:
        return QColor(0xBB, 0xBB, 0xBB);
    case stage::WorkerState::Killed:
        return QColor(0xE0, 0x8E, 0xC0); // reddish purple
    }
    return QColor(0xD9, 0xD9, 0xD9);
}

constexpr std::array<QRgb, 8> workerBase = {
    0xE69F00, // orange
    0x56B4E9, // sky blue
    0x3CCB9A, // bluish green
    0xF0E442, // yellow
    0x8AB8FF, // blue (lightened)
    0xFF8C5A, // vermillion (lightened)
    0xE08EC0, // reddish purple (lightened)
    0xBBBBBB, // grey
};

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

Theme &currentTheme()
{
    static Theme theme = Theme::make(Theme::Kind::Light);
    return theme;
}

} // namespace

Theme Theme::make(Kind kind)
{
    Theme t;
    t.kind = kind;
    switch (kind) {
    case Kind::Light:
        t.background = QColor(0xFA, 0xFA, 0xFA);
        t.surface = QColor(0xFF, 0xFF, 0xFF);
        t.text = QColor(0x1A, 0x1A, 0x1A);
        t.mutedText = QColor(0x55, 0x55, 0x55);
        t.accent = QColor(0x00, 0x5F, 0xA0);
        t.border = QColor(0xA0, 0xA0, 0xA0);
        t.lost = QColor(0xB0, 0x00, 0x00);
        t.ok = QColor(0x00, 0x6B, 0x3C);
        break;
    case Kind::Dark:
        t.background = QColor(0x1E, 0x1E, 0x1E);
        t.surface = QColor(0x2A, 0x2A, 0x2A);
        t.text = QColor(0xEE, 0xEE, 0xEE);
        t.mutedText = QColor(0xC4, 0xC4, 0xC4);
        t.accent = QColor(0x6F, 0xB7, 0xFF);
        t.border = QColor(0x66, 0x66, 0x66);
        t.lost = QColor(0xFF, 0x8A, 0x80);
        t.ok = QColor(0x5F, 0xD3, 0x8D);
        break;
    case Kind::Projector:
        // White on a projector survives washed-out lamps better than dark; every text colour
        // is dark enough for 7:1 on both background and surface.
        t.background = QColor(0xFF, 0xFF, 0xFF);
        t.surface = QColor(0xF0, 0xF0, 0xF0);
        t.text = QColor(0x00, 0x00, 0x00);
        t.mutedText = QColor(0x30, 0x30, 0x30);
        t.accent = QColor(0x00, 0x4C, 0x7A);
        t.border = QColor(0x00, 0x00, 0x00);
        t.lost = QColor(0x9A, 0x00, 0x00);
        t.ok = QColor(0x00, 0x55, 0x2E);
        break;
    }
    return t;
}

const Theme &Theme::current()
{
    return currentTheme();
}

void Theme::setCurrent(const Theme &theme)
{
    currentTheme() = theme;
}

bool Theme::parseKind(const QString &text, Kind *kind)
{
    static const std::array<Kind, 3> kinds = {Kind::Light, Kind::Dark, Kind::Projector};
    for (Kind k : kinds) {
        if (text == kindName(k)) {
            if (kind)
                *kind = k;
            return true;
        }
    }
    return false;
}

QString Theme::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Light:
        return QStringLiteral("light");
    case Kind::Dark:
        return QStringLiteral("dark");
    case Kind::Projector:
        return QStringLiteral("projector");
    }
    return QStringLiteral("light");
}

QColor Theme::stateColor(stage::WorkerState state) const
{
    return stateFill(state);
}

QColor Theme::stateTextColor(stage::WorkerState) const
{
    return QColor(0, 0, 0);
}

QColor Theme::workerColor(int index) const
{
    const int i = index < 0 ? 0 : index;
    const QColor base = QColor::fromRgb(workerBase[std::size_t(i) % workerBase.size()]);
    // Workers 9..16 reuse the hues, lighter, so neighbours in a lane list still differ.
    return (i / int(workerBase.size())) % 2 == 0 ? base : mix(base, Qt::white, 0.45);
}

QColor Theme::workerTextColor(int) const
{
    return QColor(0, 0, 0);
}

QColor Theme::lineHighlight(int index) const
{
    return mix(surface, workerColor(index), kind == Kind::Dark ? 0.14 : 0.35);
}

double Theme::basePointSize() const
{
    // Projector: 17 pt base, minimum 14 pt = 18.7 px at 96 dpi, readable from the back row.
    return (kind == Kind::Projector ? 17.0 : 12.0) * zoom;
}

double Theme::minimumPointSize() const
{
    return (kind == Kind::Projector ? 14.0 : 10.0) * zoom;
}

QPalette Theme::palette() const
{
    QPalette p;
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, surface);
    p.setColor(QPalette::AlternateBase, background);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, surface);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, lost);
    p.setColor(QPalette::ToolTipBase, surface);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, mutedText);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, kind == Kind::Dark ? QColor(0, 0, 0) : QColor(Qt::white));
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::Mid, border);
    p.setColor(QPalette::Dark, border);
    p.setColor(QPalette::Light, surface);
    p.setColor(QPalette::Disabled, QPalette::Text, mutedText);
    p.setColor(QPalette::Disabled, QPalette::WindowText, mutedText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, mutedText);
    // Disabled text stays readable (the projector's 7:1 holds for it too), so what tells a
    // disabled control is its flat face: the window colour instead of the raised surface.
    p.setColor(QPalette::Disabled, QPalette::Button, background);
    p.setColor(QPalette::Disabled, QPalette::Base, background);
    return p;
}

QString stateLabel(stage::WorkerState state)
{
    switch (state) {
    case stage::WorkerState::NotStarted:
        return Tr::tr("not started");
    case stage::WorkerState::Running:
        return Tr::tr("running");
    case stage::WorkerState::Ready:
        return Tr::tr("ready");
    case stage::WorkerState::Blocked:
        return Tr::tr("waiting for lock");
    case stage::WorkerState::Finished:
        return Tr::tr("finished");
    case stage::WorkerState::Stopped:
        return Tr::tr("stopped");
    case stage::WorkerState::Killed:
        return Tr::tr("killed");
    }
    return {};
}

QString stateLabel(const stage::WorkerView &worker)
{
    // Say which wait it is: a sleeping thread shown "waiting for lock" teaches the wrong thing.
    if (worker.state == stage::WorkerState::Blocked) {
        switch (worker.blockOp) {
        case stage::BlockOp::Acquire:
            break;
        case stage::BlockOp::Put:
            return Tr::tr("waiting to put");
        case stage::BlockOp::Get:
            return Tr::tr("waiting to get");
        case stage::BlockOp::Wait:
            return Tr::tr("waiting in wait()");
        case stage::BlockOp::Join:
            return Tr::tr("waiting in join()");
        case stage::BlockOp::Sleep:
            return Tr::tr("sleeping");
        case stage::BlockOp::Io:
            return Tr::tr("waiting for I/O");
        }
    }
    return stateLabel(worker.state);
}

QString stateGlyph(stage::WorkerState state)
{
    // Glyphs present in DejaVu Sans / Noto CJK, so they render everywhere the app does; still
    // translatable in case a language prefers another mark.
    switch (state) {
    case stage::WorkerState::NotStarted:
        return Tr::tr("○", "state glyph: not started");
    case stage::WorkerState::Running:
        return Tr::tr("▶", "state glyph: running");
    case stage::WorkerState::Ready:
        return Tr::tr("‖", "state glyph: ready");
    case stage::WorkerState::Blocked:
        return Tr::tr("⊘", "state glyph: blocked");
    case stage::WorkerState::Finished:
        return Tr::tr("✓", "state glyph: finished");
    case stage::WorkerState::Stopped:
        return Tr::tr("■", "state glyph: stopped");
    case stage::WorkerState::Killed:
        return Tr::tr("✗", "state glyph: killed");
    }
    return {};
}

} // namespace widgets
