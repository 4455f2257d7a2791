#pragma once

#include <QCoreApplication>

namespace shared {

/// The one translation context of the shared lesson ("Shared").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Shared)
};

} // namespace shared
