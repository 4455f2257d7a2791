#pragma once

#include <QCoreApplication>

namespace processes {

/// The processes lesson's one translation context ("Processes"); its .ts files are in i18n/.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Processes)
};

} // namespace processes
