// bench_journal: the SQLite journal's append rate with group commit, and the
// engine's replay rate from it. Prints figures; not a pass/fail test.
//
//   bench_journal [orders=200000] [batch=256] [directory=temporary]

#include "benchsupport.h"

#include "engine/engine.h"
#include "engine/statedump.h"
#include "sqlitejournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <chrono>
#include <cstdlib>

using namespace ordo;
using Clk = std::chrono::steady_clock;

namespace {

double seconds(Clk::time_point since)
{
    return std::chrono::duration<double>(Clk::now() - since).count();
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const std::uint64_t orders = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 200'000;
    const std::uint64_t batch = argc > 2 ? std::max<std::uint64_t>(1, std::strtoull(argv[2], nullptr, 10)) : 256;
    QTemporaryDir tmp;
    const QString dir = argc > 3 ? QString::fromLocal8Bit(argv[3]) : tmp.path();
    const QString path = QDir(dir).filePath(QStringLiteral("bench-journal.sqlite"));
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    std::printf("bench_journal: %llu orders (submit, ack, 2 fills), group commit every %llu inputs, %s\n",
                static_cast<unsigned long long>(orders), static_cast<unsigned long long>(batch),
                qPrintable(path));

    // 1. The journal alone: pre-encoded records of a typical size.
    {
        const QString rawPath = path + QStringLiteral(".raw");
        SqliteJournal journal(rawPath);
        if (Reason r = journal.open(); !r.ok()) {
            std::printf("cannot open journal: %s\n", r.text.c_str());
            return 1;
        }
        std::vector<std::uint8_t> record(96, 0x5a);
        const std::uint64_t n = orders * 5;
        const auto start = Clk::now();
        for (std::uint64_t i = 0; i < n; ++i) {
            journal.append(record);
            if ((i + 1) % batch == 0)
                journal.commit();
        }
        journal.commit();
        const double rate = static_cast<double>(n) / seconds(start);
        std::printf("journal append, raw       : %.0f records/s (96-byte records)  (target >= 200,000: %s)\n", rate,
                    bench::verdict(rate >= 200'000));
    }

    // 2. The engine with the journal attached: every input journaled, one
    //    commit per batch, before anything is sent.
    std::string liveState;
    std::uint64_t records = 0;
    {
        SqliteJournal journal(path);
        journal.open();
        ManualClock clock(1'763'700'000'000'000'000);
        bench::CountingGateway gateway;
        Engine engine(clock, gateway, &journal);
        engine.reserve(orders);
        engine.startSession("20261121");
        engine.setDefaultVenue("XSIM");
        engine.defineInstrument(Instrument{"AAPL", kPriceScale / 100, 1, "USD", {}});
        const Actor trader = engine.actor("alice", Role::Trader);
        OrderRequest req;
        req.symbol = "AAPL";
        req.quantity = 200;
        req.limitPrice = 190 * kPriceScale;
        req.account = "ACC1";
        VenueEvent ev;
        ev.venue = "XSIM";
        const std::uint64_t before = journal.committedRecords();
        std::uint64_t inputs = 0;
        const auto start = Clk::now();
        engine.beginBatch();
        auto input = [&] {
            if (++inputs % batch == 0) {
                engine.endBatch();
                engine.beginBatch();
            }
        };
        for (std::uint64_t i = 0; i < orders; ++i) {
            clock.advance(1000);
            engine.submit(trader, req);
            input();
            // Answers arrive after the batch that sent the order was released.
            ev.type = VenueEventType::Ack;
            ev.clOrdId = engine.clOrdId(static_cast<OrderId>(i + 1), 0).view();
            ev.execId.clear();
            engine.onVenueEvent(ev);
            input();
            ev.type = VenueEventType::Fill;
            ev.lastQty = 100;
            ev.lastPrice = 190 * kPriceScale;
            for (int k = 0; k < 2; ++k) {
                ev.execId = "E" + std::to_string(2 * i + k);
                engine.onVenueEvent(ev);
                input();
            }
        }
        engine.endBatch();
        const double secs = seconds(start);
        records = journal.committedRecords() - before;
        std::printf("journal append, engine    : %.0f records/s, %.0f inputs/s with the engine processing them "
                    "(target >= 200,000: %s)\n",
                    static_cast<double>(records) / secs, static_cast<double>(inputs) / secs,
                    bench::verdict(static_cast<double>(records) / secs >= 200'000));
        liveState = dumpState(engine);
    }

    // 3. Replay: a new engine reads the journal back and reaches the same state.
    {
        SqliteJournal journal(path);
        journal.open();
        ManualClock clock;
        bench::CountingGateway gateway;
        Engine engine(clock, gateway);
        engine.reserve(orders);
        std::uint64_t bad = 0;
        const auto start = Clk::now();
        const JournalLoadReport report = journal.load([&](std::span<const std::uint8_t> rec) {
            if (!engine.replay(rec).ok())
                ++bad;
        });
        const double secs = seconds(start);
        const Reason finished = engine.finishReplay();
        const double rate = static_cast<double>(report.records) / secs;
        std::printf("replay                    : %.0f records/s (%llu records, read + decode + apply)  "
                    "(target >= 1,000,000: %s)\n",
                    rate, static_cast<unsigned long long>(report.records), bench::verdict(rate >= 1'000'000));
        const bool same = dumpState(engine) == liveState;
        std::printf("  replayed state identical to live state: %s; undecodable records: %llu; %s\n",
                    same ? "yes" : "NO", static_cast<unsigned long long>(bad),
                    finished.ok() ? "no divergence" : finished.text.c_str());
    }
    return 0;
}
