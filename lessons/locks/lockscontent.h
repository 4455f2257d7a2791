#pragma once

#include "stage/codelisting.h"

#include <QList>
#include <QString>

namespace locks {

/// The locks lesson's words in the current language: its explanation and try-this pages, the
/// Python and C++ listings, and what the teacher says on each slide (presenter notes). Kept
/// apart from the panel, which only shows them.
class LocksContent
{
public:
    /// "zh_CN" or "en": the language of the content files that match the current locale.
    static QString language();
    /// The markdown page @p name ("explanation" or "trythis") in the current language.
    static QString page(const QString &name);
    /// The notes' Python (comments in the current language) and the C++ that really runs,
    /// with or without the lock.
    static QList<stage::CodeListing> listings(bool lock);
    /// Presenter notes for slide @p index (explanation, demo, code, try this); empty past them.
    static QString notes(int index);
};

} // namespace locks
