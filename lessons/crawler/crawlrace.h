#pragma once

#include "crawlerdemo.h"

#include <QString>
#include <memory>

namespace crawler {

/// The same crawl twice at full speed, one after the other so neither slows the other: first
/// with producers and consumers, then the notes' single-threaded `while 1` loop. The panel
/// polls it from its timer; destroying it stops the crawl under way and joins its threads.
class CrawlRace
{
public:
    /// Times @p options both ways (mode, out and pacing are the race's own); nothing runs
    /// before the first poll().
    explicit CrawlRace(const CrawlOptions &options);
    /// Stops and joins the crawl under way.
    ~CrawlRace();

    /// Starts or advances the race; true once both crawls finished (or one could not start).
    bool poll();
    /// True once both crawls finished (or one could not start).
    bool done() const { return m_phase == Phase::Done; }
    /// Wall time of the crawl with producers and consumers, -1 until it finished.
    double threadsMs() const { return m_threadsMs; }
    /// Wall time of the single-threaded crawl, -1 until it finished.
    double singleMs() const { return m_singleMs; }
    /// Why a crawl could not start (empty when both did).
    QString error() const { return m_error; }

private:
    enum class Phase { Idle, Threads, Single, Done };
    bool begin(Mode mode);

    CrawlOptions m_options;
    std::unique_ptr<CrawlerDemo> m_demo;
    Phase m_phase = Phase::Idle;
    double m_threadsMs = -1;
    double m_singleMs = -1;
    QString m_error;
};

} // namespace crawler
