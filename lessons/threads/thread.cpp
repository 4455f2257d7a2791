#include "thread.h"

#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace threads {

QString osThreadName(const QString &name)
{
    QString out;
    for (const QChar *p = name.constBegin(); p != name.constEnd();) {
        const int len = p->isHighSurrogate() && p + 1 != name.constEnd() ? 2 : 1;
        const QString ch(p, len);
        if ((out + ch).toUtf8().size() > Thread::MaxNameBytes)
            break;
        out += ch;
        p += len;
    }
    return out;
}

Thread::Thread(stage::Stage &stage, Target target, std::vector<std::int64_t> args, QString name)
    : m_stage(stage), m_target(std::move(target)), m_args(std::move(args)),
      m_name(osThreadName(name)), m_osName(m_name.toUtf8())
{}

Thread::Thread(stage::Stage &stage, QString name)
    : m_stage(stage), m_name(osThreadName(name)), m_osName(m_name.toUtf8())
{}

bool Thread::start()
{
    m_worker = m_stage.addWorker(m_name, [this](stage::Worker &w) {
        bootstrap(w);
        run(w);
    });
    return m_worker >= 0;
}

void Thread::join(stage::Worker &caller)
{
    if (m_worker >= 0)
        m_stage.join(caller, m_worker);
}

void Thread::bootstrap(stage::Worker &)
{
    // The kernel's name for this thread: what ps -L and top -H print.
    pthread_setname_np(pthread_self(), m_osName.constData());
}

void Thread::run(stage::Worker &w)
{
    if (m_target)
        m_target(w, m_args);
}

QString Thread::currentName()
{
    char buf[Thread::MaxNameBytes + 1] = {};
    if (pthread_getname_np(pthread_self(), buf, sizeof buf) != 0)
        return {};
    return QString::fromUtf8(buf);
}

qint64 Thread::currentTid()
{
    return qint64(::syscall(SYS_gettid));
}

} // namespace threads
