#include "simulatedvenues.h"

#include "venueconfig.h"
#include "venueset.h"

#include <QDir>

namespace ordo {

struct SimulatedVenues::Impl {
    venue::VenueSet venues;
};

SimulatedVenues::SimulatedVenues()
    : m_impl(std::make_unique<Impl>())
{
}

SimulatedVenues::~SimulatedVenues()
{
    stop();
}

QStringList SimulatedVenues::start(HostConfig& config, const QString& storeDirectory)
{
    // ordo-venue's default set, so routing has real choices: three lit
    // venues with different fees and latencies and a dark pool crossing at
    // XLIT1's mid, the lit ones quoting around one fair value per
    // instrument. Here they list ordo's own instruments, listen on free
    // loopback ports and draw from paperSeed (XLIT1 uses it, the next venue
    // it + 1, ...).
    venue::VenueDefaults defaults;
    defaults.dataDictionary = config.fixDictionary.isEmpty() ? std::string(ORDO_FIX44_XML)
                                                             : config.fixDictionary.toStdString();
    const venue::VenueConfigResult set = venue::defaultVenueConfig(defaults);
    QStringList problems;
    for (const std::string& e : set.errors)
        problems << QStringLiteral("Simulated venues: %1").arg(QString::fromStdString(e));
    std::vector<venue::FixVenueConfig> venues = set.venues;
    for (std::size_t i = 0; i < venues.size(); ++i) {
        venue::FixVenueConfig& vc = venues[i];
        vc.port = 0;
        vc.clients = {{vc.name, "ORDO", ""}};
        vc.symbols.clear();
        for (const InstrumentConfig& ic : config.instruments)
            vc.symbols.push_back({ic.instrument.symbol, ic.instrument.tickSize, ic.referencePrice});
        vc.storeDirectory = QDir(storeDirectory)
                                .filePath(QStringLiteral("venue-%1").arg(QString::fromStdString(vc.name)))
                                .toStdString();
        vc.seed = config.paperSeed + i;
        // The lit venues' common fair value follows paperSeed too, so one
        // seed still replays the whole simulated market.
        vc.fairValueSeed = config.paperSeed;
    }
    for (const std::string& p : m_impl->venues.start(venues))
        problems << QStringLiteral("Simulated venues: %1").arg(QString::fromStdString(p));
    for (const venue::FixVenue* v : m_impl->venues.venues()) {
        FixVenueConfig f;
        f.venue = QString::fromStdString(v->config().name);
        f.port = v->port();
        f.senderCompId = QStringLiteral("ORDO");
        f.targetCompId = f.venue;
        f.reconnectSeconds = 1;
        config.fixVenues.push_back(f);
    }
    bool known = false;
    for (const FixVenueConfig& f : config.fixVenues)
        known = known || f.venue == config.defaultVenue;
    if (!known && !config.fixVenues.empty())
        config.defaultVenue = config.fixVenues.front().venue;
    return problems;
}

void SimulatedVenues::stop()
{
    m_impl->venues.stop();
}

}  // namespace ordo
