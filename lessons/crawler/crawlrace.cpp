#include "crawlrace.h"

namespace crawler {

CrawlRace::CrawlRace(const CrawlOptions &options) : m_options(options)
{
    m_options.out.clear(); // a temporary file each: the race saves nothing the class keeps
}

CrawlRace::~CrawlRace() = default; // the demo's destructor stops and joins

bool CrawlRace::begin(Mode mode)
{
    CrawlOptions o = m_options;
    o.mode = mode;
    m_demo = std::make_unique<CrawlerDemo>(o);
    m_demo->stage().setPacing(stage::Pacing::FullSpeed);
    if (!m_demo->prepare(&m_error)) {
        m_demo.reset();
        m_phase = Phase::Done;
        return false;
    }
    m_demo->start();
    return true;
}

bool CrawlRace::poll()
{
    switch (m_phase) {
    case Phase::Idle:
        m_phase = Phase::Threads;
        begin(Mode::Threads);
        break;
    case Phase::Threads:
        if (!m_demo->stage().isFinished())
            break;
        m_demo->stage().drain(); // nobody watches this trace: keep it from growing
        m_demo->stop();
        m_threadsMs = m_demo->result().elapsedMs;
        m_phase = Phase::Single;
        begin(Mode::Single);
        break;
    case Phase::Single:
        if (!m_demo->stage().isFinished())
            break;
        m_demo->stop();
        m_singleMs = m_demo->result().elapsedMs;
        m_demo.reset();
        m_phase = Phase::Done;
        break;
    case Phase::Done:
        break;
    }
    if (m_demo)
        m_demo->stage().drain();
    return m_phase == Phase::Done;
}

} // namespace crawler
