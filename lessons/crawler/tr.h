#pragma once

#include <QCoreApplication>

namespace crawler {

/// The crawler lesson's one translation context ("Crawler"); its .ts files are in i18n/.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crawler)
};

} // namespace crawler
