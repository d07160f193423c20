#pragma once

// Shared pieces of the benchmark executables: a venue that only remembers the
// last ClOrdID it was sent (as a FIX adapter would copy it into a message),
// percentiles, and the process's resident memory.

#include "ports/venuegateway.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace ordo::bench {

class CountingGateway final : public VenueGateway {
public:
    void sendNewOrder(const OutboundOrder& m) override { remember(m); }
    void sendCancel(const OutboundOrder& m) override { remember(m); }
    void sendReplace(const OutboundOrder& m) override { remember(m); }
    void sendStatusRequest(const OutboundOrder& m, std::string_view) override { remember(m); }
    void sendMassStatusRequest(std::string_view, std::string_view) override { ++sent; }
    std::string lastClOrdId;
    std::uint64_t sent = 0;

private:
    void remember(const OutboundOrder& m)
    {
        lastClOrdId.assign(m.clOrdId);  // reuses capacity: no allocation once warm
        ++sent;
    }
};

inline double percentile(std::vector<std::uint32_t>& v, double p)
{
    if (v.empty())
        return 0;
    const std::size_t k = std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())));
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    return v[k];
}

// Resident set size in bytes, from /proc (Linux).
inline std::size_t residentBytes()
{
    std::FILE* f = std::fopen("/proc/self/statm", "r");
    if (!f)
        return 0;
    unsigned long pages = 0, resident = 0;
    if (std::fscanf(f, "%lu %lu", &pages, &resident) != 2)
        resident = 0;
    std::fclose(f);
    return resident * 4096ul;
}

inline const char* verdict(bool met)
{
    return met ? "MET" : "MISSED";
}

}  // namespace ordo::bench
