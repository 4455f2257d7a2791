#include "widgets/theme.h"
#include "widgets/themestyle.h"

#include <QCheckBox>
#include <QRadioButton>
#include <QStyleOptionButton>
#include <QStyleOptionSlider>

#include <QPainter>
#include <QTest>
#include <cmath>

using widgets::Theme;

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const stage::WorkerState allStates[] = {stage::WorkerState::NotStarted, stage::WorkerState::Running,
                                        stage::WorkerState::Ready,      stage::WorkerState::Blocked,
                                        stage::WorkerState::Finished,   stage::WorkerState::Stopped,
                                        stage::WorkerState::Killed};

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT
private slots:
    void contrast_data();
    void contrast();
    void controlPartsContrast_data() { contrast_data(); }
    void controlPartsContrast();
    void scrollBarThumbStandsOut_data() { contrast_data(); }
    void scrollBarThumbStandsOut();
    void wcagFormula();
    void parseKind();
    void stateLabelsAndGlyphs();
    void sizes();
};

void TestTheme::contrast_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("minimum");
    QTest::newRow("light") << int(Theme::Kind::Light) << 4.5;
    QTest::newRow("dark") << int(Theme::Kind::Dark) << 4.5;
    QTest::newRow("projector") << int(Theme::Kind::Projector) << 7.0;
}

// Every text/background pair the views paint.
void TestTheme::contrast()
{
    QFETCH(int, kind);
    QFETCH(double, minimum);
    const Theme t = Theme::make(Theme::Kind(kind));
    struct Pair
    {
        const char *what;
        QColor fg, bg;
    };
    std::vector<Pair> pairs = {
        {"text/background", t.text, t.background},
        {"text/surface", t.text, t.surface},
        {"mutedText/background", t.mutedText, t.background},
        {"mutedText/surface", t.mutedText, t.surface},
        {"accent/background", t.accent, t.background},
        {"accent/surface", t.accent, t.surface},
        {"lost/background", t.lost, t.background},
        {"lost/surface", t.lost, t.surface},
        {"ok/background", t.ok, t.background},
        {"ok/surface", t.ok, t.surface},
    };
    for (stage::WorkerState s : allStates)
        pairs.push_back({stage::stateKey(s), t.stateTextColor(s), t.stateColor(s)});
    for (int w = 0; w < 16; ++w) {
        pairs.push_back({"workerText/worker", t.workerTextColor(w), t.workerColor(w)});
        pairs.push_back({"text/lineHighlight", t.text, t.lineHighlight(w)});
        pairs.push_back({"mutedText/lineHighlight", t.mutedText, t.lineHighlight(w)});
    }
    const QPalette pal = t.palette();
    pairs.push_back({"palette text/base", pal.color(QPalette::Text), pal.color(QPalette::Base)});
    pairs.push_back({"palette windowText/window", pal.color(QPalette::WindowText),
                     pal.color(QPalette::Window)});
    pairs.push_back({"palette highlightedText/highlight", pal.color(QPalette::HighlightedText),
                     pal.color(QPalette::Highlight)});
    for (const Pair &p : pairs) {
        const double c = ::contrast(p.fg, p.bg);
        QVERIFY2(c >= minimum, qPrintable(QStringLiteral("%1: %2 on %3 = %4:1")
                                              .arg(QLatin1String(p.what), p.fg.name(), p.bg.name())
                                              .arg(c, 0, 'f', 2)));
    }
}

namespace {

/// The strongest contrast any pixel of @p img inside @p r has against @p bg: what the eye finds
/// of a part (an outline, a tick, an icon's shape) drawn there.
double strongest(const QImage &img, const QRect &r, const QColor &bg)
{
    double best = 1.0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            if (img.rect().contains(x, y))
                best = std::max(best, ::contrast(img.pixelColor(x, y), bg));
    return best;
}

} // namespace

// The parts of controls the style draws itself: check-box and radio indicators (outline on the
// window, mark on the face) and the transport icons on a button, enabled and disabled, in every
// theme. Fusion's own were dark grey on the dark theme's near-black.
void TestTheme::controlPartsContrast()
{
    QFETCH(int, kind);
    QFETCH(double, minimum);
    const Theme t = Theme::make(Theme::Kind(kind));
    Theme::setCurrent(t);
    widgets::ThemeStyle style;
    const QPalette pal = t.palette();
    QStringList bad;
    const auto need = [&](const QString &what, double c) {
        if (c < minimum)
            bad << QStringLiteral("%1 = %2:1").arg(what).arg(c, 0, 'f', 2);
    };
    for (bool enabled : {true, false}) {
        const QPalette::ColorGroup group = enabled ? QPalette::Active : QPalette::Disabled;
        const QString state = enabled ? QStringLiteral("enabled") : QStringLiteral("disabled");
        for (bool radio : {false, true}) {
            for (bool on : {false, true}) {
                QStyleOptionButton opt;
                opt.palette = pal;
                opt.state = (enabled ? QStyle::State_Enabled : QStyle::State_None) |
                            (on ? QStyle::State_On : QStyle::State_Off);
                const int edge = 24;
                opt.rect = QRect(4, 4, edge, edge);
                QImage img(edge + 8, edge + 8, QImage::Format_ARGB32);
                img.fill(pal.color(group, QPalette::Window));
                QPainter p(&img);
                style.drawPrimitive(radio ? QStyle::PE_IndicatorRadioButton
                                          : QStyle::PE_IndicatorCheckBox,
                                    &opt, &p);
                p.end();
                const QString what =
                    QStringLiteral("%1 %2 %3")
                        .arg(radio ? "radio" : "check box", on ? "on" : "off", state);
                // The outline against the window around it…
                need(what + QStringLiteral(" outline/window"),
                     strongest(img, QRect(4, 4, edge, 3), pal.color(group, QPalette::Window)));
                // …and the mark against the face inside it.
                if (on)
                    need(what + QStringLiteral(" mark/face"),
                         strongest(img, QRect(4 + edge / 4, 4 + edge / 4, edge / 2, edge / 2),
                                   pal.color(group, QPalette::Base)));
            }
        }
        for (QStyle::StandardPixmap icon :
             {QStyle::SP_MediaPlay, QStyle::SP_MediaPause, QStyle::SP_MediaSkipForward,
              QStyle::SP_BrowserReload}) {
            const QColor face = pal.color(group, QPalette::Button);
            QImage img(32, 32, QImage::Format_ARGB32);
            img.fill(face);
            QPainter p(&img);
            style.standardIcon(icon).paint(&p, img.rect(), Qt::AlignCenter,
                                           enabled ? QIcon::Normal : QIcon::Disabled);
            p.end();
            need(QStringLiteral("icon %1 %2/button").arg(int(icon)).arg(state),
                 strongest(img, img.rect(), face));
        }
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
}

// The thumb is what reads as "where you are": at the top at 0, at the bottom at the maximum,
// standing out (3:1, a UI component's contrast) from the groove and from the page beside it.
// Fusion's thumb was the page's own colour and its groove darker: the bar read upside down.
void TestTheme::scrollBarThumbStandsOut()
{
    QFETCH(int, kind);
    const Theme t = Theme::make(Theme::Kind(kind));
    Theme::setCurrent(t);
    widgets::ThemeStyle style;
    const QPalette pal = t.palette();
    for (bool atEnd : {false, true}) {
        QStyleOptionSlider opt;
        opt.palette = pal;
        opt.state = QStyle::State_Enabled;
        opt.orientation = Qt::Vertical;
        opt.minimum = 0;
        opt.maximum = 100;
        opt.pageStep = 30;
        opt.sliderPosition = opt.sliderValue = atEnd ? 100 : 0;
        opt.subControls = QStyle::SC_All;
        opt.rect = QRect(0, 0, 16, 300);
        QImage img(opt.rect.size(), QImage::Format_ARGB32);
        img.fill(Qt::magenta);
        QPainter p(&img);
        style.drawComplexControl(QStyle::CC_ScrollBar, &opt, &p);
        p.end();
        const QRect thumb = static_cast<const QStyle &>(style).subControlRect(
            QStyle::CC_ScrollBar, &opt, QStyle::SC_ScrollBarSlider, nullptr);
        const QRect groove = static_cast<const QStyle &>(style).subControlRect(
            QStyle::CC_ScrollBar, &opt,
            atEnd ? QStyle::SC_ScrollBarSubPage : QStyle::SC_ScrollBarAddPage, nullptr);
        QVERIFY(thumb.isValid() && groove.isValid());
        QCOMPARE(thumb.top() < groove.top(), !atEnd);
        const QColor thumbColour = img.pixelColor(thumb.center());
        const QColor grooveColour = img.pixelColor(groove.center());
        QVERIFY2(
            ::contrast(thumbColour, grooveColour) >= 3.0,
            qPrintable(
                QStringLiteral("thumb/groove %1:1").arg(::contrast(thumbColour, grooveColour))));
        QVERIFY2(::contrast(thumbColour, pal.color(QPalette::Base)) >= 3.0,
                 qPrintable(QStringLiteral("thumb/page %1:1")
                                .arg(::contrast(thumbColour, pal.color(QPalette::Base)))));
    }
}

void TestTheme::wcagFormula()
{
    QCOMPARE(::contrast(Qt::black, Qt::white), 21.0);
    QCOMPARE(::contrast(Qt::white, Qt::white), 1.0);
    // #767676 on white is the well-known 4.54:1 AA boundary.
    QVERIFY(std::abs(::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
}

void TestTheme::parseKind()
{
    Theme::Kind k = Theme::Kind::Light;
    QVERIFY(Theme::parseKind(QStringLiteral("projector"), &k));
    QCOMPARE(k, Theme::Kind::Projector);
    QVERIFY(Theme::parseKind(QStringLiteral("dark"), &k));
    QCOMPARE(k, Theme::Kind::Dark);
    QVERIFY(!Theme::parseKind(QStringLiteral("neon"), &k));
    QCOMPARE(k, Theme::Kind::Dark);
    for (Theme::Kind kind : {Theme::Kind::Light, Theme::Kind::Dark, Theme::Kind::Projector}) {
        Theme::Kind back = Theme::Kind::Light;
        QVERIFY(Theme::parseKind(Theme::kindName(kind), &back));
        QCOMPARE(back, kind);
    }
}

void TestTheme::stateLabelsAndGlyphs()
{
    QSet<QString> labels, glyphs;
    for (stage::WorkerState s : allStates) {
        labels.insert(widgets::stateLabel(s));
        glyphs.insert(widgets::stateGlyph(s));
        QCOMPARE(widgets::stateGlyph(s).size(), 1);
    }
    // Distinct labels and glyphs: the state never depends on colour alone.
    QCOMPARE(labels.size(), 7);
    QCOMPARE(glyphs.size(), 7);
    QSet<QRgb> fills;
    for (stage::WorkerState s : {stage::WorkerState::Running, stage::WorkerState::Ready,
                                 stage::WorkerState::Blocked, stage::WorkerState::Finished})
        fills.insert(Theme::make(Theme::Kind::Projector).stateColor(s).rgb());
    QCOMPARE(fills.size(), 4);
}

void TestTheme::sizes()
{
    Theme t = Theme::make(Theme::Kind::Projector);
    // 18 px at 96 dpi is 13.5 pt: the smallest projector text must stay above it.
    QVERIFY(t.minimumPointSize() * 96.0 / 72.0 >= 18.0);
    QVERIFY(t.basePointSize() > t.minimumPointSize());
    t.zoom = 2.0;
    QCOMPARE(t.basePointSize(), 2 * Theme::make(Theme::Kind::Projector).basePointSize());
    Theme::setCurrent(t);
    QCOMPARE(Theme::current().zoom, 2.0);
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
