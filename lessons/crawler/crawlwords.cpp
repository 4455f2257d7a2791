#include "crawlwords.h"

#include "crawler/crawlerdemo.h"
#include "crawler/tr.h"
#include "stage/scene.h"
#include "widgets/theme.h"

namespace crawler {

namespace {

/// The local @p name of @p w, or @p fallback.
std::int64_t local(const stage::WorkerView &w, const char *name, std::int64_t fallback = 0)
{
    for (const stage::NamedValue &v : w.locals)
        if (v.name == QLatin1String(name))
            return v.value;
    return fallback;
}

} // namespace

QString CrawlWords::activity(const stage::Scene &scene, int id, ChipDetail detail)
{
    const stage::WorkerView &w = scene.workers()[std::size_t(id)];
    using S = CrawlerDemo::Step;
    const QString page = QString::number(local(w, "page"));
    const bool blocked = w.state == stage::WorkerState::Blocked;
    const bool brief = detail == ChipDetail::Brief;
    const bool grouped = detail == ChipDetail::Grouped;
    if (w.state == stage::WorkerState::NotStarted || w.state == stage::WorkerState::Finished ||
        w.state == stage::WorkerState::Stopped)
        return brief ? QString() : widgets::stateLabel(w.state);
    // Brief: a verb and the page; the chip's colour and glyph say whether it waits. Grouped:
    // the words without the page, the same for every thread doing it.
    switch (S(w.step)) {
    case S::Url:
    case S::Fetch:
        return brief     ? Tr::tr("fetch %1").arg(page)
               : grouped ? Tr::tr("fetching")
                         : Tr::tr("fetching page %1").arg(page);
    case S::Retry:
        return brief     ? Tr::tr("retry %1").arg(page)
               : grouped ? Tr::tr("retrying")
                         : Tr::tr("retrying page %1").arg(page);
    case S::Put:
        if (brief)
            return Tr::tr("put %1").arg(page);
        if (grouped)
            return blocked ? Tr::tr("waiting to put") : Tr::tr("putting");
        return (blocked ? Tr::tr("waiting to put page %1") : Tr::tr("putting page %1")).arg(page);
    case S::Get:
        return brief ? Tr::tr("get") : blocked ? Tr::tr("waiting to get") : Tr::tr("getting");
    case S::Parse:
        return brief     ? Tr::tr("parse %1").arg(page)
               : grouped ? Tr::tr("parsing")
                         : Tr::tr("parsing page %1").arg(page);
    case S::Save:
        return brief     ? Tr::tr("save %1").arg(page)
               : blocked ? Tr::tr("waiting for the file")
               : grouped ? Tr::tr("saving")
                         : Tr::tr("saving page %1").arg(page);
    case S::Fail:
        return brief     ? Tr::tr("failed %1").arg(page)
               : grouped ? Tr::tr("failed")
                         : Tr::tr("page %1 failed").arg(page);
    case S::Join:
        return (brief     ? Tr::tr("join P%1")
                : blocked ? Tr::tr("waiting for P%1 to end")
                          : Tr::tr("joining P%1"))
            .arg(local(w, "t"));
    case S::Pill:
        return brief ? QStringLiteral("None") : Tr::tr("putting None #%1").arg(local(w, "pill"));
    case S::Done:
        return brief ? QStringLiteral("None") : Tr::tr("got None: stops");
    }
    return brief ? QString() : widgets::stateLabel(w.state);
}

QString CrawlWords::reasonText(const Failure &f)
{
    switch (f.kind) {
    case FailKind::Http:
        return Tr::tr("HTTP %1 (attempts: %2)").arg(f.status).arg(f.attempts);
    case FailKind::Timeout:
        return Tr::tr("no answer in time (attempts: %1)").arg(f.attempts);
    case FailKind::Connect:
        return Tr::tr("cannot connect (attempts: %1)").arg(f.attempts);
    case FailKind::NoAnswer:
        return Tr::tr("no answer (attempts: %1)").arg(f.attempts);
    case FailKind::Malformed:
        return Tr::tr("malformed page (its HTML breaks off)");
    }
    return {};
}

} // namespace crawler
