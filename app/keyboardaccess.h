#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace app {

/// Full keyboard operation of the classroom window. Tab and Shift+Tab walk the window's
/// sections in a fixed order (navigator → lesson panel → transport bar → glossary), whatever
/// order the lazily created panels were made in; inside a section the panel's own focus chain
/// decides. A button or check box reached by the keyboard takes Space and Enter itself instead
/// of the window's shortcuts, so a keyboard user presses exactly the control they tabbed to; one
/// that was clicked leaves Space to the transport. In a spin box, keys that cannot be part of a
/// number (Space, letters, →) stay the window's: S steps, L locks, Space plays.
class KeyboardAccess : public QObject
{
    Q_OBJECT
public:
    /// The sections Tab walks, in order (hidden ones are skipped).
    using Sections = std::function<QList<QWidget *>()>;

    /// Watches the key presses of @p window's widgets; Tab walks @p sections.
    KeyboardAccess(QWidget *window, Sections sections);

    /// Every widget Tab stops at now, in order.
    QList<QWidget *> tabStops() const;
    /// The widgets inside @p root (and @p root itself) that take focus by Tab, in focus-chain
    /// order.
    static QList<QWidget *> tabStops(QWidget *root);

protected:
    /// Moves focus on Tab/Shift+Tab; lets a focused button take Space/Enter.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool moveFocus(QWidget *from, bool forward);

    QPointer<QWidget> m_window;
    QPointer<QWidget> m_keyboardFocus; ///< the focus widget, when the keyboard put it there
    Sections m_sections;
};

} // namespace app
