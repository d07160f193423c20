#include "domain/format.h"

#include <charconv>
#include <cstdio>
#include <limits>

namespace ordo {

std::string formatPrice(Price price)
{
    const bool negative = price < 0;
    const unsigned long long magnitude = negative ? 0ull - static_cast<unsigned long long>(price) : price;
    const unsigned long long whole = magnitude / kPriceScale;
    unsigned long long frac = magnitude % kPriceScale;
    std::string out = negative ? "-" : "";
    out += std::to_string(whole);
    if (frac) {
        char digits[9];
        std::snprintf(digits, sizeof digits, "%08llu", frac);
        int len = 8;
        while (len > 0 && digits[len - 1] == '0')
            --len;
        out += '.';
        out.append(digits, len);
    }
    return out;
}

std::optional<Price> parsePrice(std::string_view text) noexcept
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    bool negative = false;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    const auto dot = text.find('.');
    const std::string_view wholeText = text.substr(0, dot);
    const std::string_view fracText = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    if ((wholeText.empty() && fracText.empty()) || fracText.size() > 8)
        return std::nullopt;
    if (dot != std::string_view::npos && fracText.empty() && wholeText.empty())
        return std::nullopt;
    long long whole = 0;
    if (!wholeText.empty()) {
        auto [p, ec] = std::from_chars(wholeText.data(), wholeText.data() + wholeText.size(), whole);
        if (ec != std::errc() || p != wholeText.data() + wholeText.size() || whole < 0)
            return std::nullopt;
    }
    long long frac = 0;
    if (!fracText.empty()) {
        for (char c : fracText)
            if (c < '0' || c > '9')
                return std::nullopt;
        std::from_chars(fracText.data(), fracText.data() + fracText.size(), frac);
        for (std::size_t i = fracText.size(); i < 8; ++i)
            frac *= 10;
    }
    if (whole > (std::numeric_limits<Price>::max() - frac) / kPriceScale)
        return std::nullopt;
    const Price value = whole * kPriceScale + frac;
    return negative ? -value : value;
}

std::string formatMoney(Money money)
{
    const bool negative = money < 0;
    const unsigned long long magnitude = negative ? 0ull - static_cast<unsigned long long>(money) : money;
    const unsigned long long cents = (magnitude + kPriceScale / 200) / (kPriceScale / 100);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%s%llu.%02llu", negative ? "-" : "", cents / 100, cents % 100);
    return buf;
}

std::string countText(std::uint64_t n, std::string_view singular, std::string_view plural)
{
    return std::to_string(n) + ' ' + std::string(n == 1 ? singular : plural);
}

}  // namespace ordo
