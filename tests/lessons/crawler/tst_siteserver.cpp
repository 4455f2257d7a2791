#include "crawler/siteserver.h"

#include <QFile>
#include <QNetworkInterface>
#include <QTcpSocket>
#include <QtTest>

using namespace crawler;

namespace {

/// Sends @p request raw over a new connection and returns the status code of the answer.
int statusOf(int port, const QByteArray &request, QByteArray *body = nullptr)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (!s.waitForConnected(2000))
        return -1;
    s.write(request);
    s.waitForBytesWritten(2000);
    QByteArray answer;
    while (s.waitForReadyRead(3000))
        answer += s.readAll();
    answer += s.readAll();
    if (body)
        *body = answer.mid(answer.indexOf("\r\n\r\n") + 4);
    // "HTTP/1.1 404 Not Found"
    const QList<QByteArray> parts = answer.left(answer.indexOf("\r\n")).split(' ');
    return parts.size() > 1 ? parts[1].toInt() : 0;
}

QByteArray get(const QByteArray &path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
}

} // namespace

class TestSiteServer : public QObject
{
    Q_OBJECT
private slots:
    void servesItsPages();
    void answersOnlyItsOwnPaths();
    void malformedRequestIs400();
    void capsTheRequestSize();
    void listensOnLoopbackOnly();
    void failuresFollowTheRate();
    void stopEndsADelayAtOnce();
};

void TestSiteServer::servesItsPages()
{
    SiteOptions o;
    o.pages = 3;
    SiteServer server(o);
    QVERIFY(server.start());
    QVERIFY(server.port() > 0);
    QByteArray body;
    QCOMPARE(statusOf(server.port(), get("/page/3"), &body), 200);
    QCOMPARE(body, QByteArray::fromStdString(SiteServer::pageHtml(3, o.itemsPerPage)));
}

void TestSiteServer::answersOnlyItsOwnPaths()
{
    SiteOptions o;
    o.pages = 3;
    SiteServer server(o);
    QVERIFY(server.start());
    for (const char *path :
         {"/", "/page/0", "/page/4", "/page/1/x", "/page/abc", "/etc/passwd", "/page/99999999999"})
        QVERIFY2(statusOf(server.port(), get(path)) == 404, path);
    QCOMPARE(statusOf(server.port(), get("/page/1")), 200);
}

void TestSiteServer::malformedRequestIs400()
{
    SiteServer server(SiteOptions{});
    QVERIFY(server.start());
    QCOMPARE(statusOf(server.port(), "GARBAGE\r\n\r\n"), 400);
    QCOMPARE(statusOf(server.port(), "GET /page/1\r\n\r\n"), 400);            // no version
    QCOMPARE(statusOf(server.port(), "GET /page/1 HTTP/1.1 x\r\n\r\n"), 400); // four words
    QCOMPARE(statusOf(server.port(), QByteArray("\x01\x02\x03\r\n\r\n")), 400);
}

void TestSiteServer::capsTheRequestSize()
{
    SiteOptions o;
    SiteServer server(o);
    QVERIFY(server.start());
    const QByteArray big(o.maxRequestBytes * 4, 'x');
    QCOMPARE(statusOf(server.port(), "GET /page/1 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n"
                                     "Content-Length: " +
                                         QByteArray::number(big.size()) + "\r\n\r\n" + big),
             413);
    QCOMPARE(statusOf(server.port(), "POST /page/1 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n"
                                     "Content-Length: " +
                                         QByteArray::number(big.size()) + "\r\n\r\n" + big),
             413);
    QCOMPARE(statusOf(server.port(), "POST /page/1 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n"
                                     "Content-Length: 2\r\n\r\nhi"),
             405); // only GET
    const QByteArray longPath = "/page/1?" + QByteArray(20000, 'a');
    QCOMPARE(statusOf(server.port(), get(longPath)), 414);
}

void TestSiteServer::listensOnLoopbackOnly()
{
    SiteServer server(SiteOptions{});
    QVERIFY(server.start());
    // The kernel's table of listening TCP sockets: ours is 127.0.0.1 (0100007F) and nothing else.
    QFile tcp(QStringLiteral("/proc/net/tcp"));
    QVERIFY(tcp.open(QIODevice::ReadOnly));
    const QByteArray port = QByteArray::number(server.port(), 16).toUpper().rightJustified(4, '0');
    int ours = 0;
    for (const QByteArray &line : tcp.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 4 || f[3] != "0A" || !f[1].endsWith(':' + port))
            continue;
        ++ours;
        QCOMPARE(f[1], "0100007F:" + port);
    }
    QCOMPARE(ours, 1);
    // And from this machine's other addresses, nobody answers.
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.isLoopback() || a.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        QTcpSocket s;
        s.connectToHost(a, quint16(server.port()));
        QVERIFY2(!s.waitForConnected(2000), qPrintable(a.toString()));
    }
}

void TestSiteServer::failuresFollowTheRate()
{
    SiteOptions o;
    o.pages = 1000;
    o.failRate = 0.1;
    SiteServer server(o);
    int failing = 0;
    for (int p = 1; p <= o.pages; ++p)
        failing += server.fate(p) == PageFate::Ok ? 0 : 1;
    QVERIFY2(failing > 60 && failing < 140, qPrintable(QString::number(failing)));
    o.failRate = 0;
    SiteServer none(o);
    for (int p = 1; p <= o.pages; ++p)
        QVERIFY(none.fate(p) == PageFate::Ok);
}

void TestSiteServer::stopEndsADelayAtOnce()
{
    SiteOptions o;
    o.latencyMs = 60000;
    auto server = std::make_unique<SiteServer>(o);
    QVERIFY(server->start());
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), quint16(server->port()));
    QVERIFY(s.waitForConnected(2000));
    s.write(get("/page/1"));
    s.waitForBytesWritten(2000);
    QTRY_COMPARE(server->inFlight(), 1);
    QElapsedTimer t;
    t.start();
    server.reset();
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
}

QTEST_GUILESS_MAIN(TestSiteServer)
#include "tst_siteserver.moc"
