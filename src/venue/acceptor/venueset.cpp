#include "venueset.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace ordo::venue {

VenueSet::VenueSet() = default;

VenueSet::~VenueSet()
{
    stop();
}

std::vector<std::string> VenueSet::start(std::vector<FixVenueConfig> configs)
{
    std::vector<std::string> problems;
    std::vector<std::unique_ptr<FixVenue>> created;
    // One time grid for the shared fair value: the venues start one after
    // the other, and each replays the walk from here to its own start, so
    // all of them step together.
    const std::int64_t origin = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                    std::chrono::system_clock::now().time_since_epoch())
                                    .count();
    for (FixVenueConfig& c : configs) {
        if (c.fairValueOrigin == 0)
            c.fairValueOrigin = origin;
        const bool taken = find(c.name) || std::any_of(created.begin(), created.end(), [&c](const auto& v) {
            return v->config().name == c.name;
        });
        if (taken) {
            problems.push_back("Venue " + c.name + " is listed twice");
            continue;
        }
        created.push_back(std::make_unique<FixVenue>(std::move(c)));
    }
    // Lit venues first: a dark pool wants its reference's quotes from the start.
    auto startOne = [this, &problems](FixVenue& v) {
        if (const std::string p = v.start(); !p.empty()) {
            problems.push_back("Venue " + v.config().name + " did not start: " + p);
            return false;
        }
        m_started.push_back(&v);
        return true;
    };
    std::vector<bool> running(created.size(), false);
    for (std::size_t i = 0; i < created.size(); ++i)
        if (created[i]->config().kind == VenueKind::Lit)
            running[i] = startOne(*created[i]);
    for (std::size_t i = 0; i < created.size(); ++i) {
        FixVenue& v = *created[i];
        if (v.config().kind != VenueKind::Dark)
            continue;
        FixVenue* reference = nullptr;
        for (std::size_t k = 0; k < created.size(); ++k)
            if (running[k] && created[k]->config().name == v.config().referenceVenue)
                reference = created[k].get();
        if (!reference) {
            problems.push_back("Dark pool " + v.config().name + " did not start: its reference venue '"
                               + v.config().referenceVenue + "' is not a running lit venue of this set");
            continue;
        }
        if (const std::string p = v.setReference(*reference); !p.empty()) {
            problems.push_back(p);
            continue;
        }
        running[i] = startOne(v);
    }
    for (std::size_t i = 0; i < created.size(); ++i)
        if (running[i])
            m_venues.push_back(std::move(created[i]));
    return problems;
}

void VenueSet::stop()
{
    // All at once: QuickFIX takes up to a second to stop an acceptor. Order
    // does not matter: a dark pool whose reference stops first just stops
    // crossing (it is told the reference closed).
    std::vector<std::thread> stopping;
    for (FixVenue* v : m_started)
        stopping.emplace_back([v] { v->stop(); });
    for (std::thread& t : stopping)
        t.join();
    m_started.clear();
    m_venues.clear();
}

std::vector<FixVenue*> VenueSet::venues() const
{
    std::vector<FixVenue*> out;
    for (const auto& v : m_venues)
        out.push_back(v.get());
    return out;
}

FixVenue* VenueSet::find(const std::string& name) const
{
    for (const auto& v : m_venues)
        if (v->config().name == name)
            return v.get();
    return nullptr;
}

} // namespace ordo::venue
