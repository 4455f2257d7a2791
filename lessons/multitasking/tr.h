#pragma once

#include <QCoreApplication>

namespace multitasking {

/// The one translation context of the multitasking lesson ("Multitasking").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Multitasking)
};

} // namespace multitasking
