#include "decimal.h"

#include <cstdio>

namespace ordo::venue {

std::string priceText(Price p)
{
    const bool negative = p < 0;
    const unsigned long long m = negative ? 0ull - static_cast<unsigned long long>(p) : p;
    std::string s = (negative ? "-" : "") + std::to_string(m / kPriceScale);
    unsigned long long frac = m % kPriceScale;
    if (frac) {
        char digits[9];
        std::snprintf(digits, sizeof digits, "%08llu", frac);
        int len = 8;
        while (len > 0 && digits[len - 1] == '0')
            --len;
        s += '.';
        s.append(digits, static_cast<std::size_t>(len));
    }
    return s;
}

bool parseDecimal(std::string_view text, std::int64_t& out)
{
    if (text.empty())
        return false;
    std::size_t i = 0;
    const bool negative = text[0] == '-';
    if (negative)
        i = 1;
    std::int64_t whole = 0, frac = 0;
    int fracDigits = 0;
    bool dot = false, digits = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.' && !dot) {
            dot = true;
            continue;
        }
        if (c < '0' || c > '9')
            return false;
        digits = true;
        if (dot) {
            if (++fracDigits > 8)
                return false;
            frac = frac * 10 + (c - '0');
        } else {
            if (whole > 90'000'000'000)
                return false;
            whole = whole * 10 + (c - '0');
        }
    }
    if (!digits)
        return false;
    for (int k = fracDigits; k < 8; ++k)
        frac *= 10;
    out = (whole * kPriceScale + frac) * (negative ? -1 : 1);
    return true;
}

} // namespace ordo::venue
