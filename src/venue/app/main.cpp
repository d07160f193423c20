// ordo-venue: a FIX 4.4 exchange simulator. Lit venues (price-time matching)
// and midpoint dark pools behind QuickFIX acceptors, several in one process;
// any standard FIX 4.4 initiator can connect.
//
//   ordo-venue [--config venues.json] [--store DIR] [--dictionary FIX44.xml]
//   ordo-venue --name XSIM --port 9878 [--client ORDO] [--password P] [--symbol AAPL=190.00/0.01 ...]
//              [--maker-fee-bp -2] [--taker-fee-bp 3] [--latency-us 0] [--seed 42] [--no-synthetic]
//   ordo-venue --print-default-config
//
// With neither a configuration nor single-venue options it runs the default
// set (three lit venues and a dark pool; see default-venues.json). Unless a
// venue says otherwise, seeded synthetic participants trade every symbol so
// that prices and volumes move like a real market's.

#include "decimal.h"
#include "venueconfig.h"
#include "venueset.h"

#include <atomic>
#include <cerrno>
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

int usage(const std::string& why)
{
    std::fprintf(stderr,
                 "ordo-venue: %s\n"
                 "usage: ordo-venue [--config FILE] [--store DIR] [--dictionary FILE]\n"
                 "       ordo-venue --name NAME [--port N] [--client COMPID] [--password P] [--symbol SYM=PRICE/TICK ...]\n"
                 "                  [--maker-fee-bp N] [--taker-fee-bp N] [--latency-us N] [--seed N] [--no-synthetic]\n"
                 "       ordo-venue --print-default-config\n"
                 "Without --config and without single-venue options: the default set (XLIT1, XLIT2, XLIT3, XDARK).\n",
                 why.c_str());
    return 2;
}

bool wholeNumber(const std::string& text, long long lo, long long hi, long long& out)
{
    char* end = nullptr;
    errno = 0;
    const long long v = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || !end || *end != '\0' || errno || v < lo || v > hi)
        return false;
    out = v;
    return true;
}

std::string summary(const ordo::venue::FixVenueConfig& c)
{
    std::string s = c.kind == ordo::venue::VenueKind::Dark ? "dark, crossing at " + c.referenceVenue + "'s mid"
                                                           : std::string("lit");
    s += ", maker " + std::to_string(c.makerFeeBp) + " bp, taker " + std::to_string(c.takerFeeBp) + " bp, latency "
         + std::to_string(c.latencyMicros) + " us, " + std::to_string(c.symbols.size()) + " symbols"
         + (c.synthetic ? ", synthetic seed " + std::to_string(c.seed) : ", no synthetic participants");
    return s;
}

}  // namespace

int main(int argc, char** argv)
{
    using namespace ordo::venue;
    std::string configPath;
    std::string store;
    std::string dictionary = ORDO_FIX44_XML;
    // One lit venue described on the command line, as before configurations.
    FixVenueConfig single;
    single.name = "XSIM";
    single.port = 9878;
    single.synthetic = true;
    std::string client = "ORDO";
    std::string password;
    std::string singleOption; // the first single-venue option seen
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                usage("missing value after " + arg);
                std::exit(2);
            }
            return argv[++i];
        };
        auto number = [&](long long lo, long long hi) -> long long {
            const std::string text = value();
            long long v = 0;
            if (!wholeNumber(text, lo, hi, v)) {
                usage(arg + " wants a whole number from " + std::to_string(lo) + " to " + std::to_string(hi) + ", not '"
                      + text + "'");
                std::exit(2);
            }
            return v;
        };
        const bool venueOption = arg == "--name" || arg == "--port" || arg == "--client" || arg == "--password"
                                 || arg == "--maker-fee-bp" || arg == "--taker-fee-bp" || arg == "--latency-us"
                                 || arg == "--seed" || arg == "--no-synthetic" || arg == "--symbol";
        if (venueOption && singleOption.empty())
            singleOption = arg;
        if (arg == "--config")
            configPath = value();
        else if (arg == "--store")
            store = value();
        else if (arg == "--dictionary")
            dictionary = value();
        else if (arg == "--print-default-config") {
            std::fputs(defaultVenueConfigText().c_str(), stdout);
            return 0;
        } else if (arg == "--name")
            single.name = value();
        else if (arg == "--port")
            single.port = static_cast<int>(number(1, 65535));
        else if (arg == "--client")
            client = value();
        else if (arg == "--password")
            password = value();
        else if (arg == "--maker-fee-bp")
            single.makerFeeBp = number(-1000, 1000);
        else if (arg == "--taker-fee-bp")
            single.takerFeeBp = number(-1000, 1000);
        else if (arg == "--latency-us")
            single.latencyMicros = number(0, 10'000'000);
        else if (arg == "--seed")
            single.seed = static_cast<std::uint64_t>(number(0, INT64_MAX));
        else if (arg == "--no-synthetic")
            single.synthetic = false;
        else if (arg == "--symbol") {
            const std::string spec = value();
            const auto eq = spec.find('='), slash = spec.find('/');
            VenueSymbol s;
            if (eq == std::string::npos || slash == std::string::npos || slash < eq)
                return usage("--symbol wants SYM=PRICE/TICK, not " + spec);
            s.name = spec.substr(0, eq);
            if (!parseDecimal(spec.substr(eq + 1, slash - eq - 1), s.referencePrice)
                || !parseDecimal(spec.substr(slash + 1), s.tickSize) || s.referencePrice <= 0 || s.tickSize <= 0)
                return usage("bad price or tick in " + spec);
            single.symbols.push_back(s);
        } else if (arg == "--help" || arg == "-h")
            return usage("help");
        else
            return usage("unknown option " + arg);
    }

    std::vector<FixVenueConfig> venues;
    VenueDefaults defaults;
    defaults.dataDictionary = dictionary;
    if (!store.empty())
        defaults.storeDirectory = store;
    if (!configPath.empty() && !singleOption.empty())
        return usage(singleOption + " describes a single venue; with --config the file lists the venues");
    if (singleOption.empty()) {
        const VenueConfigResult r = configPath.empty() ? defaultVenueConfig(defaults) : loadVenueConfig(configPath, defaults);
        for (const std::string& e : r.errors)
            std::fprintf(stderr, "ordo-venue: %s\n", e.c_str());
        if (!r.ok()) {
            std::fprintf(stderr, "ordo-venue: configuration refused (%zu problem%s); nothing started\n", r.errors.size(),
                         r.errors.size() == 1 ? "" : "s");
            return 2;
        }
        venues = r.venues;
        // --store names the root on this machine, whatever the file says.
        if (!store.empty())
            for (FixVenueConfig& v : venues)
                v.storeDirectory = store + "/" + v.name;
    } else {
        if (single.symbols.empty())
            single.symbols = {{"AAPL", 1'000'000, 190'00'000'000}, {"MSFT", 1'000'000, 410'00'000'000}};
        single.clients = {{single.name, client, password}};
        single.storeDirectory = store.empty() ? "ordo-venue-store" : store;
        single.dataDictionary = dictionary;
        venues.push_back(single);
    }

    VenueSet set;
    const std::vector<std::string> problems = set.start(venues);
    if (!problems.empty()) {
        for (const std::string& p : problems)
            std::fprintf(stderr, "ordo-venue: %s\n", p.c_str());
        std::fprintf(stderr, "ordo-venue: stopping the venues that did start\n");
        set.stop();
        return 1;
    }
    for (const FixVenue* v : set.venues()) {
        std::string clients;
        for (const VenueClient& c : v->config().clients)
            clients += (clients.empty() ? "" : ", ") + c.clientCompId;
        std::printf("ordo-venue %s listening on port %d for %s (%s)\n", v->config().name.c_str(), v->port(),
                    clients.c_str(), summary(v->config()).c_str());
    }
    std::fflush(stdout);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    while (!g_stop)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    set.stop();
    return 0;
}
