#include "keyboardaccess.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QKeyEvent>
#include <QPointer>
#include <QShortcutEvent>
#include <QWidget>

namespace app {

namespace {

bool takesTab(const QWidget *w, const QWidget *root)
{
    return (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isVisibleTo(root) &&
           w->isEnabled();
}

bool isActivationKey(const QKeyEvent *key)
{
    return key->modifiers() == Qt::NoModifier &&
           (key->key() == Qt::Key_Space || key->key() == Qt::Key_Return ||
            key->key() == Qt::Key_Enter);
}

/// A key a spin box has no use for: no modifier but Shift, and not a digit, sign or separator;
/// or Ctrl+← / Ctrl+→ (a number has no words to jump over: they look back over the run).
bool notForSpinBox(const QKeyEvent *key)
{
    const int k = key->key();
    if ((key->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier)
        return k == Qt::Key_Left || k == Qt::Key_Right;
    if (key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier))
        return false;
    return k == Qt::Key_Space || k == Qt::Key_Right || (k >= Qt::Key_A && k <= Qt::Key_Z);
}

} // namespace

KeyboardAccess::KeyboardAccess(QWidget *window, Sections sections)
    : QObject(window), m_window(window), m_sections(std::move(sections))
{
    // Key events go to the focus widget, which may be any child of the window.
    qApp->installEventFilter(this);
}

QList<QWidget *> KeyboardAccess::tabStops(QWidget *root)
{
    QList<QWidget *> out;
    if (!root || !root->isVisible())
        return out;
    if (takesTab(root, root))
        out.append(root);
    // Walk the real focus chain, so a panel's own setTabOrder() choices are kept.
    for (QWidget *w = root->nextInFocusChain(); w && w != root; w = w->nextInFocusChain())
        if (root->isAncestorOf(w) && takesTab(w, root) && !out.contains(w))
            out.append(w);
    return out;
}

QList<QWidget *> KeyboardAccess::tabStops() const
{
    QList<QWidget *> out;
    for (QWidget *section : m_sections())
        out += tabStops(section);
    return out;
}

bool KeyboardAccess::moveFocus(QWidget *from, bool forward)
{
    const QList<QWidget *> stops = tabStops();
    // The stop that is the focus widget, else the innermost stop holding it.
    qsizetype at = stops.indexOf(from);
    for (qsizetype i = 0; at < 0 && i < stops.size(); ++i)
        if (stops.at(i)->isAncestorOf(from))
            at = i;
    for (qsizetype i = at + 1; i < stops.size(); ++i)
        if (stops.at(i)->isAncestorOf(from))
            at = i;
    if (at < 0 || stops.size() < 2)
        return false; // not ours (a dialog, a menu): Qt's own order
    const qsizetype next = (at + (forward ? 1 : stops.size() - 1)) % stops.size();
    stops.at(next)->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

bool KeyboardAccess::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::FocusIn && watched->isWidgetType()) {
        // Remember how the focus came: by Tab the control is the user's target for Space; by a
        // click (or a mnemonic's press, below) it is only the last thing pressed.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        // Only Tab (or a mnemonic two controls share, which focuses without pressing) aims:
        // focus put back by a lesson switch or by code is no more the user's target than a
        // click (PgUp back to queues, then Space, ticked "You are the scheduler" again).
        if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
            reason == Qt::ShortcutFocusReason)
            m_keyboardFocus = static_cast<QWidget *>(watched);
        else if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason)
            m_keyboardFocus = nullptr;
        return QObject::eventFilter(watched, event);
    }
    if (type == QEvent::Shortcut && qobject_cast<QAbstractButton *>(watched) &&
        !static_cast<QShortcutEvent *>(event)->isAmbiguous()) {
        // A mnemonic presses its button, and a check box takes the focus as it ticks: done with,
        // so Space after it is Play again, not the same press twice (Alt+S, Alt+S, Space went
        // back into scheduler mode). The focus comes inside the press: forgotten after it.
        QPointer<QWidget> pressed = static_cast<QWidget *>(watched);
        QMetaObject::invokeMethod(
            this,
            [this, pressed] {
                if (pressed && m_keyboardFocus == pressed)
                    m_keyboardFocus = nullptr;
            },
            Qt::QueuedConnection);
        return QObject::eventFilter(watched, event);
    }
    if ((type != QEvent::KeyPress && type != QEvent::ShortcutOverride) || !m_window ||
        !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    auto *widget = static_cast<QWidget *>(watched);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (!widget->hasFocus() || !m_window->isAncestorOf(widget))
        return QObject::eventFilter(watched, event);

    auto *button = qobject_cast<QAbstractButton *>(widget);
    if (type == QEvent::ShortcutOverride) {
        // Accepting the override hands the key to the focused button instead of the window's
        // Space (Play/Pause) shortcut.
        if (button && isActivationKey(key) && widget == m_keyboardFocus) {
            event->accept();
            return true;
        }
        if (qobject_cast<QAbstractSpinBox *>(widget) && notForSpinBox(key)) {
            // Not overridden: the window's shortcut (Step, Play, the lesson's keys) gets it.
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

    const bool tab = key->key() == Qt::Key_Tab && !(key->modifiers() & ~Qt::ShiftModifier);
    const bool backtab = key->key() == Qt::Key_Backtab;
    if (tab || backtab)
        return moveFocus(widget, tab && !(key->modifiers() & Qt::ShiftModifier));
    if (button && isActivationKey(key) && key->key() != Qt::Key_Space) {
        // Enter on a focused button presses it, as Space does.
        button->animateClick();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace app
