#pragma once

#include <QCoreApplication>

namespace skeleton {

/// The skeleton lesson's one translation context ("Skeleton"); its .ts files are in i18n/.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Skeleton)
};

} // namespace skeleton
