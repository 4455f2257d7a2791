#pragma once

#include "crawler/crawlerview.h"

#include <QString>

namespace stage {
class Scene;
}

namespace crawler {

struct Failure;

/// The crawl said in the class's language: what each thread does now, and why a page failed.
class CrawlWords
{
public:
    /// What thread @p id of @p scene does now, in as much @p detail: in words, a verb and the
    /// page ("put 7") for small chips, or without the page for a chip per activity.
    static QString activity(const stage::Scene &scene, int id,
                            ChipDetail detail = ChipDetail::Full);
    /// @p failure's reason.
    static QString reasonText(const Failure &failure);
};

} // namespace crawler
