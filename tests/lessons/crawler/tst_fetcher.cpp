#include "crawler/fetcher.h"
#include "stage/stage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace crawler;

namespace {

/// Sockets of this machine in SYN_SENT to 127.0.0.1:@p port (their connect is in progress).
int connectsInProgress(int port)
{
    QFile f(QStringLiteral("/proc/net/tcp"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray remote = QByteArrayLiteral("0100007F:") +
                              QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    int n = 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> cols = line.simplified().split(' ');
        if (cols.size() > 3 && cols[2] == remote && cols[3] == "02") // 02: SYN_SENT
            ++n;
    }
    return n;
}

} // namespace

/// The producer's connection: stop ends a GET whatever it is doing, at once.
class TestFetcher : public QObject
{
    Q_OBJECT
private slots:
    void stopEndsAConnectInProgress()
    {
        // A listener that never accepts, its queue full: the kernel drops further SYNs and a
        // connect stays in progress until the client's connection timeout (1 s). That is what
        // 32 producers did to a listen backlog of 5; a stop must not wait for it.
        const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(listener >= 0);
        auto closeAll = qScopeGuard([&] { ::close(listener); });
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&addr), len), 0);
        QCOMPARE(::listen(listener, 0), 0);
        QCOMPARE(::getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &len), 0);
        const int port = ntohs(addr.sin_port);
        std::vector<int> fillers;
        auto closeFillers = qScopeGuard([&] {
            for (int fd : fillers)
                ::close(fd);
        });
        for (int i = 0; i < 3; ++i) { // the queue fills; the last ones wait in SYN_SENT
            fillers.push_back(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
            ::connect(fillers.back(), reinterpret_cast<sockaddr *>(&addr), len);
        }
        QTRY_VERIFY(connectsInProgress(port) > 0);
        const int before = connectsInProgress(port);

        stage::Stage stage;
        stage.setSteps({QStringLiteral("get")});
        auto fetcher =
            std::make_unique<Fetcher>(stage, 0, "127.0.0.1", port, std::chrono::milliseconds(2000));
        stage.addWorker(QStringLiteral("P1"), [&](stage::Worker &w) {
            w.at(0);
            fetcher->get(w, "/page/1"); // throws stage::Stopped on stop
        });
        stage.setPacing(stage::Pacing::FullSpeed);
        stage.start();
        QTRY_VERIFY(connectsInProgress(port) > before); // the GET is connecting
        QElapsedTimer t;
        t.start();
        stage.stop();    // the worker unwinds; the stop hook shuts the socket down
        fetcher.reset(); // joins the I/O thread
        // Waiting out the connect would take most of a second.
        QVERIFY2(t.elapsed() < 500, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_MAIN(TestFetcher)
#include "tst_fetcher.moc"
