// bench_ladder: from a click in the depth ladder's bid column to the
// NewOrderSingle on the wire. The real LadderWidget (offscreen) is clicked
// with QTest; the click goes through EngineHost to the engine thread (journal
// on, group commit), the FIX gateway and QuickFIX onto a loopback socket. A
// tap between the gateway and an in-process ordo-venue timestamps the bytes
// of each 35=D as they arrive. Clicks are one at a time, 5 ms apart, so each
// is measured alone. Prints figures; not a test.
//
//   bench_ladder [clicks=2000] [journal=1]   (journal=0: no journal, to see its share)

#include "enginehost.h"
#include "fixvenue.h"
#include "ladderfeed.h"
#include "laddermodel.h"
#include "ladderview.h"
#include "ladderwidget.h"
#include "matchingengine.h"

#include "benchsupport.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

using namespace ordo;
using Clk = std::chrono::steady_clock;

namespace {

// A loopback TCP relay for one connection: the initiator connects here, the
// relay connects on to the venue and copies bytes both ways. It notes the
// time each NewOrderSingle (35=D) from the initiator is read; nothing else is
// parsed, so it adds one socket hop and no decoding to the path it measures.
class WireTap {
public:
    explicit WireTap(int venuePort)
        : m_venuePort(venuePort)
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = 0;
        socklen_t len = sizeof a;
        if (m_listen < 0 || ::bind(m_listen, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0
            || ::listen(m_listen, 1) != 0 || ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
            std::perror("wire tap");
            std::exit(1);
        }
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~WireTap()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_listen);
    }
    int port() const { return m_port; }
    // Waits until the next NewOrderSingle is seen; false after timeout.
    bool next(Clk::time_point& at, std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(m_mutex);
        if (!m_seen.wait_for(lock, timeout, [this] { return !m_times.empty(); }))
            return false;
        at = m_times.front();
        m_times.pop_front();
        return true;
    }
    void clear()
    {
        std::lock_guard lock(m_mutex);
        m_times.clear();
    }

private:
    void run()
    {
        int client = -1, venue = -1;
        std::string carry; // the end of the last read, so a tag split across reads is still found
        char buf[65536];
        while (!m_stop) {
            pollfd fds[3];
            int n = 0;
            fds[n++] = { m_listen, POLLIN, 0 };
            if (client >= 0) {
                fds[n++] = { client, POLLIN, 0 };
                fds[n++] = { venue, POLLIN, 0 };
            }
            if (::poll(fds, nfds_t(n), 50) <= 0)
                continue;
            if (fds[0].revents & POLLIN) {
                const int c = ::accept(m_listen, nullptr, nullptr);
                if (c >= 0) {
                    // A reconnect replaces the old pair.
                    if (client >= 0) {
                        ::close(client);
                        ::close(venue);
                    }
                    client = c;
                    venue = connectVenue();
                    carry.clear();
                }
                continue;
            }
            if (client < 0)
                continue;
            for (int i = 1; i < n; ++i) {
                if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                    continue;
                const bool fromClient = fds[i].fd == client;
                const ssize_t got = ::read(fds[i].fd, buf, sizeof buf);
                if (got <= 0) {
                    ::close(client);
                    ::close(venue);
                    client = venue = -1;
                    break;
                }
                if (fromClient) {
                    const Clk::time_point now = Clk::now();
                    std::string window = carry + std::string(buf, std::size_t(got));
                    std::size_t found = 0;
                    for (std::size_t at = window.find("\x01"
                                                      "35=D\x01");
                         at != std::string::npos; at = window.find("\x01"
                                                                   "35=D\x01",
                                                      at + 1))
                        if (at + 6 > carry.size()) // not already counted with the previous read
                            ++found;
                    carry = window.size() > 8 ? window.substr(window.size() - 8) : window;
                    if (found) {
                        std::lock_guard lock(m_mutex);
                        for (std::size_t k = 0; k < found; ++k)
                            m_times.push_back(now);
                        m_seen.notify_one();
                    }
                }
                const int to = fromClient ? venue : client;
                for (ssize_t sent = 0; sent < got;) {
                    const ssize_t w = ::write(to, buf + sent, std::size_t(got - sent));
                    if (w <= 0)
                        break;
                    sent += w;
                }
            }
        }
        if (client >= 0) {
            ::close(client);
            ::close(venue);
        }
    }
    int connectVenue() const
    {
        const int s = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = htons(std::uint16_t(m_venuePort));
        if (::connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0)
            std::perror("wire tap: venue");
        return s;
    }

    int m_venuePort;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stop { false };
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_seen;
    std::deque<Clk::time_point> m_times;
};

void participant(venue::FixVenue& v, venue::Side side, Price price, venue::Qty qty)
{
    v.withEngine([&](venue::MatchingEngine& e) {
        venue::NewOrder n;
        n.symbol = e.findSymbol("AAPL");
        n.owner = 9999;
        n.side = side;
        n.quantity = qty;
        n.price = price;
        e.submit(n);
    });
}

bool waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QTest::qWait(5);
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int clicks = argc > 1 ? std::max(1, std::atoi(argv[1])) : 2000;
    const bool journal = argc > 2 ? std::atoi(argv[2]) != 0 : true;
    QTemporaryDir dir;
    QCoreApplication::setOrganizationName(QStringLiteral("OrdoBench"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));

    const Price cent = kPriceScale / 100;
    venue::FixVenueConfig vc;
    vc.name = "XSIM";
    vc.clients = { { "XSIM", "ORDO", "" } };
    vc.symbols = { { "AAPL", cent, 190 * kPriceScale } };
    vc.storeDirectory = dir.filePath(QStringLiteral("venue")).toStdString();
    vc.dataDictionary = ORDO_FIX44_XML;
    venue::FixVenue venue(vc);
    if (const std::string p = venue.start(); !p.empty()) {
        std::fprintf(stderr, "venue: %s\n", p.c_str());
        return 1;
    }
    participant(venue, venue::Side::Buy, 190 * kPriceScale - cent, 500);
    participant(venue, venue::Side::Sell, 190 * kPriceScale + cent, 500);
    WireTap tap(venue.port());

    HostConfig c;
    c.user = QStringLiteral("bench");
    c.role = Role::Trader;
    c.instruments = { InstrumentConfig { Instrument { "AAPL", cent, 1, "USD", {} }, 190 * kPriceScale } };
    c.paperVenue = false;
    c.venuesConfigured = true;
    c.defaultVenue = QStringLiteral("XSIM");
    if (journal)
        c.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    c.fixStoreDirectory = dir.filePath(QStringLiteral("fix-store"));
    FixVenueConfig f;
    f.venue = QStringLiteral("XSIM");
    f.port = tap.port();
    f.senderCompId = QStringLiteral("ORDO");
    f.targetCompId = QStringLiteral("XSIM");
    f.reconnectSeconds = 1;
    c.fixVenues = { f };
    c.fixDictionary = QStringLiteral(ORDO_FIX44_XML);
    EngineHost host(c);
    LadderFeed feed(host);
    host.start();

    LadderWidget ladder(feed, QStringLiteral("AAPL"));
    ladder.resize(640, 900);
    ladder.show();
    LadderModel* model = ladder.model();
    if (!waitFor([&] { return model->bestBid() == 190 * kPriceScale - cent && model->rowCount() > 20; }, 15000)) {
        std::fprintf(stderr, "no book from the venue\n");
        return 1;
    }
    ladder.setWorkingQty(100);
    QWidget* viewport = ladder.view()->viewport();
    // Ten rows below the bid, never marketable, so every click rests one order.
    auto cellFor = [&](int i) {
        const int row = model->axis().rowOf(190 * kPriceScale - cent * (2 + i % 10));
        return ladder.view()->visualRect(model->index(row, LadderModel::ColBid)).center();
    };

    std::vector<std::uint32_t> wire; // click -> 35=D read from the socket, ns
    std::vector<std::uint32_t> handler; // the click's own time on the GUI thread, ns
    wire.reserve(std::size_t(clicks));
    handler.reserve(std::size_t(clicks));
    int lost = 0;
    const int warmup = std::min(50, clicks);
    for (int i = 0; i < warmup + clicks; ++i) {
        tap.clear();
        const QPoint at = cellFor(i);
        const Clk::time_point t0 = Clk::now();
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, at);
        const Clk::time_point t1 = Clk::now();
        Clk::time_point seen;
        if (!tap.next(seen, std::chrono::milliseconds(2000))) {
            ++lost;
            continue;
        }
        if (i >= warmup) {
            wire.push_back(std::uint32_t(std::chrono::duration_cast<std::chrono::nanoseconds>(seen - t0).count()));
            handler.push_back(std::uint32_t(std::chrono::duration_cast<std::chrono::nanoseconds>(t1 - t0).count()));
        }
        QTest::qWait(5); // the ladder takes the order and book batches, as between a trader's clicks
        if (i % 500 == 499) {
            OrderFilter all;
            all.trader = "bench";
            host.massCancel(all);
            QTest::qWait(200);
        }
    }
    // What a book batch costs the GUI thread to show: one full repaint.
    std::vector<std::uint32_t> repaint;
    for (int i = 0; i < 500; ++i) {
        const Clk::time_point t0 = Clk::now();
        viewport->repaint();
        repaint.push_back(std::uint32_t(std::chrono::duration_cast<std::chrono::nanoseconds>(Clk::now() - t0).count()));
    }
    // The same click on the price column, which does nothing: what delivering
    // a click costs before the ladder does anything with it.
    std::vector<std::uint32_t> inert;
    for (int i = 0; i < 500; ++i) {
        const int row = model->axis().rowOf(190 * kPriceScale - cent * (2 + i % 10));
        const QPoint at = ladder.view()->visualRect(model->index(row, LadderModel::ColPrice)).center();
        const Clk::time_point t0 = Clk::now();
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, at);
        inert.push_back(std::uint32_t(std::chrono::duration_cast<std::chrono::nanoseconds>(Clk::now() - t0).count()));
        QTest::qWait(1);
    }
    const std::size_t measured = wire.size();
    std::printf("bench_ladder: %zu clicks in the bid column -> NewOrderSingle on the wire (journal %s; %d lost)\n",
        measured, journal ? "on" : "off", lost);
    std::printf("click -> 35=D on the socket: p50 %.1f us, p99 %.1f us, max %.1f us\n",
        bench::percentile(wire, 0.50) / 1e3, bench::percentile(wire, 0.99) / 1e3, bench::percentile(wire, 1.0) / 1e3);
    std::printf("the click handler's wall time on the GUI thread (the engine thread it wakes may preempt it): "
                "p50 %.1f us, p99 %.1f us\n",
        bench::percentile(handler, 0.50) / 1e3, bench::percentile(handler, 0.99) / 1e3);
    std::printf("a full repaint of the ladder (%d rows x %d columns): p50 %.1f us, p99 %.1f us\n", model->rowCount(),
        model->columnCount(), bench::percentile(repaint, 0.50) / 1e3, bench::percentile(repaint, 0.99) / 1e3);
    std::printf("a click on the price column (does nothing): p50 %.1f us, p99 %.1f us\n",
        bench::percentile(inert, 0.50) / 1e3, bench::percentile(inert, 0.99) / 1e3);
    ladder.close();
    host.stop();
    venue.stop();
    return lost ? 2 : 0;
}
