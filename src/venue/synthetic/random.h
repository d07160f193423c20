#pragma once

// Random: the synthetic market's own pseudo-random generator (xoshiro256**,
// seeded through splitmix64) with the few distributions it needs. Written out
// here rather than taken from <random> because the standard distributions are
// not specified bit for bit: libstdc++ and libc++ give different normal
// deviates for one seed, and a synthetic day must replay identically under a
// seed wherever it is built. Not thread-safe; one generator per stream.

#include <cmath>
#include <cstdint>

namespace ordo::venue {

class Random {
public:
    explicit Random(std::uint64_t seed = 0) noexcept
    {
        std::uint64_t x = seed;
        for (std::uint64_t& w : m_s)
            w = splitmix(x);
    }

    // Derives the seed of an independent stream from a master seed and two labels.
    static std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t a, std::uint64_t b) noexcept
    {
        std::uint64_t x = seed;
        std::uint64_t h = splitmix(x);
        x = h ^ (a * 0xD1B54A32D192ED03ull);
        h = splitmix(x);
        x = h ^ (b * 0x8CB92BA72F3D8DD7ull);
        return splitmix(x);
    }

    static std::uint64_t splitmix(std::uint64_t& x) noexcept
    {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    std::uint64_t next() noexcept
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() noexcept { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) noexcept { return uniform() < p; }
    // Uniform integer in [0, n), n > 0.
    std::uint32_t below(std::uint32_t n) noexcept
    {
        return static_cast<std::uint32_t>(((next() >> 32) * static_cast<std::uint64_t>(n)) >> 32);
    }
    // Exponential with mean 1.
    double exponential() noexcept { return -std::log1p(-uniform()); }
    // Standard normal (Marsaglia's polar method; every second call uses the spare).
    double normal() noexcept
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u, v, s;
        do {
            u = 2.0 * uniform() - 1.0;
            v = 2.0 * uniform() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        const double f = std::sqrt(-2.0 * std::log(s) / s);
        m_spare = v * f;
        m_hasSpare = true;
        return u * f;
    }
    // Log-normal with mean 1 and log standard deviation sigma.
    double lognormal(double sigma) noexcept { return std::exp(sigma * normal() - 0.5 * sigma * sigma); }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) noexcept { return (x << k) | (x >> (64 - k)); }

    std::uint64_t m_s[4] {};
    double m_spare = 0;
    bool m_hasSpare = false;
};

} // namespace ordo::venue
