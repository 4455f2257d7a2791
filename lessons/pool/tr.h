#pragma once

#include <QCoreApplication>

namespace pool {

/// The pool lesson's one translation context ("Pool"); its .ts files are in i18n/.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Pool)
};

} // namespace pool
