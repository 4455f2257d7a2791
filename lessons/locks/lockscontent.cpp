#include "lockscontent.h"

#include "locks/locksdemo.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

namespace locks {

QString LocksContent::language()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                    : QStringLiteral("en");
}

namespace {

QString read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly | QIODevice::Text) ? QString::fromUtf8(f.readAll())
                                                         : QString();
}

} // namespace

QString LocksContent::page(const QString &name)
{
    return read(QStringLiteral(":/lessons/locks/content/%1.%2.md").arg(name, language()));
}

QList<stage::CodeListing> LocksContent::listings(bool lock)
{
    const QStringList steps = LocksDemo::stepNames();
    QString python = read(QStringLiteral(":/lessons/locks/code/locks_%1.py")
                              .arg(lock ? QStringLiteral("lock") : QStringLiteral("nolock")));
    // The listing's comments speak the class's language; the code stays Python.
    static const char *const comments[] = {
        QT_TRANSLATE_NOOP("locks::LocksContent", "shared by all"),
        QT_TRANSLATE_NOOP("locks::LocksContent", "want, got")};
    for (const char *comment : comments) {
        python.replace(QStringLiteral("# ") + QLatin1String(comment),
                       QStringLiteral("# ") +
                           QCoreApplication::translate("locks::LocksContent", comment));
    }
    return {stage::CodeListing(QStringLiteral("Python"), python, steps),
            stage::CodeListing::fromFile(QStringLiteral("C++"),
                                         QStringLiteral(":/lessons/locks/locksdemo.cpp"), steps)};
}

// The notes keep the panel's translation context ("locks::LocksPanel"), where they were written.
QString LocksContent::notes(int index)
{
    switch (index) {
    case 0: // explanation
        return QCoreApplication::translate(
            "locks::LocksPanel",
            "Ask: two threads each add 1 to n three times — what should n be? Point out that "
            "n += 1 is three steps: read, add, write.");
    case 1: // demo
        return QCoreApplication::translate(
            "locks::LocksPanel",
            "Lock off, press Play: the threads read the same n and overwrite each other. "
            "Watch \"Lost updates\" grow. Then tick Lock and play again: nothing is lost, "
            "and the second thread waits in the lock's queue.");
    case 2: // code
        return QCoreApplication::translate(
            "locks::LocksPanel",
            "The C++ tab is the code that really runs. The counter is a std::atomic read and "
            "written in two separate steps: a race condition without undefined behaviour.");
    case 3: // try this
        return QCoreApplication::translate(
            "locks::LocksPanel",
            "Tick \"You are the scheduler\" and build a lost update in six clicks: T1 read, "
            "T2 read, T1 add, T2 add, T1 write, T2 write. Undo, then try it with the lock.");
    default:
        return {};
    }
}

} // namespace locks
