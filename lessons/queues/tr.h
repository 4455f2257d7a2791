#pragma once

#include <QCoreApplication>

namespace queues {

/// The queues lesson's one translation context ("Queues"); its .ts files are in i18n/.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Queues)
};

} // namespace queues
