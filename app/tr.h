#pragma once

#include <QCoreApplication>

namespace app {

/// The app module's one translation context ("App"), as Qt Creator's plugins do per module.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(App)
};

} // namespace app
