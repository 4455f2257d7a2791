#pragma once

#include <QProxyStyle>

namespace widgets {

/// The application's style: the platform's (Fusion), with the parts it draws from fixed
/// colours or from a darkened window colour drawn in the theme's instead, so they keep their
/// contrast in every theme: check-box and radio indicators (a dark-grey square on near-black in
/// the dark theme), and the transport icons (Play, Pause, Step, Reset: bundled dark-grey images).
/// The icons paint with the current theme whenever they are drawn, so a theme switch needs no
/// new icons.
class ThemeStyle : public QProxyStyle
{
    Q_OBJECT
public:
    /// Wraps the platform's default style.
    ThemeStyle();

    /// Indicators in the theme's colours; everything else as the base style draws it.
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    /// Scroll bars with the thumb in the muted text colour on the window-coloured groove: Fusion
    /// draws the thumb in the face colour, as light as the page beside it, so the darker empty
    /// groove read as the thumb and the bar looked upside down.
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
    /// Play, Pause, Step and Reset drawn in the theme's text colour; others from the base style.
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace widgets
