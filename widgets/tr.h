#pragma once

#include <QCoreApplication>

namespace widgets {

/// The one translation context of the widgets module ("Widgets").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Widgets)
};

} // namespace widgets
