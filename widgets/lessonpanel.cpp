#include "lessonpanel.h"

#include <QAction>
#include <QEvent>
#include <algorithm>
#include <cmath>

namespace widgets {

int LessonPanel::beatMicroseconds(int speed)
{
    // Exponential, so the slow-motion end of the slider has as much room as the fast end.
    const double t = std::clamp(speed, 0, FullSpeed - 1) / double(FullSpeed - 1);
    return int(std::lround(2'000'000.0 * std::pow(1000.0 / 2'000'000.0, t)));
}

QList<QAction *> LessonPanel::keyActions() const
{
    QList<QAction *> out;
    for (const KeyAction &k : m_keyActions) {
        k.action->setText(k.text());
        out.append(k.action);
    }
    return out;
}

void LessonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        keyActions(); // their texts come from the lesson's functions, in the new language
    QWidget::changeEvent(event);
}

QAction *LessonPanel::addKeyAction(const QKeySequence &key, std::function<QString()> text,
                                   std::function<void()> run)
{
    auto *action = new QAction(text(), this);
    action->setShortcut(key);
    // The window's context, held by this panel: the key works whatever has the focus, and only
    // while the panel is the one shown (a hidden panel's shortcuts do not match).
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, [run = std::move(run)] { run(); });
    addAction(action);
    m_keyActions.push_back({action, std::move(text)});
    return action;
}

} // namespace widgets
