#pragma once

#include <QCoreApplication>

namespace threads {

/// The one translation context of the threads lesson ("Threads").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Threads)
};

} // namespace threads
