#pragma once

#include <QScrollArea>

namespace widgets {

class WorkerLanesView;

/// Worker lanes in a vertical scroll area of their own: sixteen workers' lanes are taller than a
/// projector's page under its controls, so the lanes scroll and the page around them does not.
class LanesArea : public QScrollArea
{
    Q_OBJECT
public:
    /// Makes the lanes view inside, owned by this area.
    explicit LanesArea(QWidget *parent = nullptr);
    /// The lanes view it scrolls.
    WorkerLanesView *lanes() const { return m_lanes; }

private:
    WorkerLanesView *m_lanes = nullptr;
};

} // namespace widgets
