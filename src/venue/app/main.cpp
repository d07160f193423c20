// ordo-venue: a FIX 4.4 exchange simulator. Price-time matching behind a
// QuickFIX acceptor; any standard FIX 4.4 initiator can connect.
//
//   ordo-venue [--name XSIM] [--port 9878] [--client ORDO] [--password P]
//              [--symbol AAPL=190.00/0.01 ...] [--store DIR] [--dictionary FIX44.xml]
//              [--maker-fee-bp -2] [--taker-fee-bp 3] [--seed 42] [--no-synthetic]
//
// Unless told --no-synthetic, seeded market makers and takers trade every
// symbol so that prices and volumes move like a real market's.

#include "fixvenue.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

namespace {

std::atomic<bool> g_stop{false};

void onSignal(int)
{
    g_stop = true;
}

bool parseScaled(const std::string& text, std::int64_t& out)
{
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (!end || *end != '\0' || v <= 0)
        return false;
    out = static_cast<std::int64_t>(v * 1e8 + 0.5);  // configuration only: prices are integers from here on
    return true;
}

int usage(const char* why)
{
    std::fprintf(stderr, "ordo-venue: %s\nusage: ordo-venue [--name XSIM] [--port N] [--client COMPID] "
                         "[--password P] [--symbol SYM=PRICE/TICK ...] [--store DIR] [--dictionary FILE] "
                         "[--maker-fee-bp N] [--taker-fee-bp N]\n",
                 why);
    return 2;
}

}  // namespace

int main(int argc, char** argv)
{
    ordo::venue::FixVenueConfig config;
    config.name = "XSIM";
    config.port = 9878;
    config.storeDirectory = "ordo-venue-store";
    config.dataDictionary = ORDO_FIX44_XML;
    std::string client = "ORDO";
    config.synthetic = true;
    std::string password;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                usage(("missing value after " + arg).c_str());
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "--name")
            config.name = value();
        else if (arg == "--port")
            config.port = std::atoi(value().c_str());
        else if (arg == "--client")
            client = value();
        else if (arg == "--password")
            password = value();
        else if (arg == "--store")
            config.storeDirectory = value();
        else if (arg == "--dictionary")
            config.dataDictionary = value();
        else if (arg == "--maker-fee-bp")
            config.makerFeeBp = std::atoll(value().c_str());
        else if (arg == "--taker-fee-bp")
            config.takerFeeBp = std::atoll(value().c_str());
        else if (arg == "--seed")
            config.seed = std::strtoull(value().c_str(), nullptr, 10);
        else if (arg == "--no-synthetic")
            config.synthetic = false;
        else if (arg == "--symbol") {
            const std::string spec = value();
            const auto eq = spec.find('='), slash = spec.find('/');
            ordo::venue::VenueSymbol s;
            if (eq == std::string::npos || slash == std::string::npos || slash < eq)
                return usage(("--symbol wants SYM=PRICE/TICK, not " + spec).c_str());
            s.name = spec.substr(0, eq);
            if (!parseScaled(spec.substr(eq + 1, slash - eq - 1), s.referencePrice)
                || !parseScaled(spec.substr(slash + 1), s.tickSize))
                return usage(("bad price or tick in " + spec).c_str());
            config.symbols.push_back(s);
        } else if (arg == "--help" || arg == "-h")
            return usage("help");
        else
            return usage(("unknown option " + arg).c_str());
    }
    if (config.port <= 0 || config.port > 65535)
        return usage("--port must be 1..65535");
    if (config.symbols.empty())
        config.symbols = {{"AAPL", 1'000'000, 190'00'000'000}, {"MSFT", 1'000'000, 410'00'000'000}};
    config.clients = {{config.name, client, password}};

    ordo::venue::FixVenue venue(config);
    if (const std::string problem = venue.start(); !problem.empty()) {
        std::fprintf(stderr, "ordo-venue: %s\n", problem.c_str());
        return 1;
    }
    std::printf("ordo-venue %s listening on port %d for %s\n", config.name.c_str(), venue.port(), client.c_str());
    std::fflush(stdout);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    while (!g_stop)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    venue.stop();
    return 0;
}
