#pragma once

#include <QObject>
#include <QPointer>

class QScrollArea;
class QWidget;

namespace widgets {

/// Keeps one part of a lesson page (a tab, a chart) in the window's view while the page is
/// zoomed past the window's height: the window's scroll area shows the part from its top, and
/// room() tells the lesson how tall the part may be so it fills that view and no more. The
/// lesson gives the part that height (its own layout knows what steps aside for it).
class PageFocus : public QObject
{
    Q_OBJECT
public:
    /// Focus on @p part (not active yet).
    explicit PageFocus(QWidget *part, QObject *parent = nullptr);

    /// True when the theme is zoomed in (past 100 %): at 100 % the projector-fit rule keeps a
    /// page within the window, zoomed in it may scroll and the part must claim the view.
    static bool zoomed();
    /// Scrolls the part into view whenever the page moves under it (on) or leaves the scroll
    /// bar to the user (off).
    void setActive(bool active);
    /// True while the part is kept in view.
    bool isActive() const { return m_active; }
    /// Height of the window's page view the part sits in; 0 before the page is in a window.
    int room() const;

signals:
    /// room() changed (the window was resized): the lesson gives the part the new height.
    void roomChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QScrollArea *area() const;
    void scrollToPart();
    void scrollLater();

    QWidget *m_part = nullptr;
    mutable QPointer<QScrollArea> m_area; ///< the nearest scroll area around the part
    bool m_active = false;
    bool m_pending = false; ///< a scroll is queued
    int m_room = 0;
};

} // namespace widgets
