#include "simulatedvenues.h"

#include "fixvenue.h"

#include <QDir>

namespace ordo {

struct SimulatedVenues::Impl {
    std::vector<std::unique_ptr<venue::FixVenue>> venues;
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
    // Two lit venues with different fee schedules, so routing has a choice.
    struct Spec {
        const char* name;
        std::int64_t makerBp;
        std::int64_t takerBp;
        std::uint64_t seed;
    };
    const Spec specs[] = {{"XLIT1", -2, 3, config.paperSeed}, {"XLIT2", -1, 2, config.paperSeed + 1}};
    QStringList problems;
    for (const Spec& spec : specs) {
        venue::FixVenueConfig vc;
        vc.name = spec.name;
        vc.clients = {{spec.name, "ORDO", ""}};
        for (const InstrumentConfig& ic : config.instruments)
            vc.symbols.push_back({ic.instrument.symbol, ic.instrument.tickSize, ic.referencePrice});
        vc.storeDirectory = QDir(storeDirectory).filePath(QStringLiteral("venue-%1").arg(QLatin1String(spec.name))).toStdString();
        vc.dataDictionary = config.fixDictionary.isEmpty() ? std::string(ORDO_FIX44_XML) : config.fixDictionary.toStdString();
        vc.makerFeeBp = spec.makerBp;
        vc.takerFeeBp = spec.takerBp;
        vc.synthetic = true;
        vc.seed = spec.seed;
        auto v = std::make_unique<venue::FixVenue>(vc);
        if (const std::string p = v->start(); !p.empty()) {
            problems << QStringLiteral("Simulated venue %1 did not start: %2")
                            .arg(QLatin1String(spec.name), QString::fromStdString(p));
            continue;
        }
        FixVenueConfig f;
        f.venue = QLatin1String(spec.name);
        f.port = v->port();
        f.senderCompId = QStringLiteral("ORDO");
        f.targetCompId = QLatin1String(spec.name);
        f.reconnectSeconds = 1;
        config.fixVenues.push_back(f);
        m_impl->venues.push_back(std::move(v));
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
    for (auto& v : m_impl->venues)
        v->stop();
    m_impl->venues.clear();
}

}  // namespace ordo
