#pragma once

#include <QCoreApplication>

namespace locks {

/// The locks lesson's one translation context ("Locks"); its .ts files are in i18n/.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Locks)
};

} // namespace locks
