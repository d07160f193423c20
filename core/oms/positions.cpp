#include "oms/positions.h"

#include <algorithm>
#include <cstdlib>

namespace ordo {

Position& PositionBook::at(NameId account, InstrumentId instrument)
{
    auto [it, inserted] = m_index.try_emplace(key(account, instrument), static_cast<std::uint32_t>(m_positions.size()));
    if (inserted) {
        Position p;
        p.account = account;
        p.instrument = instrument;
        m_positions.push_back(p);
    }
    return m_positions[it->second];
}

const Position* PositionBook::find(NameId account, InstrumentId instrument) const noexcept
{
    auto it = m_index.find(key(account, instrument));
    return it == m_index.end() ? nullptr : &m_positions[it->second];
}

const Position& PositionBook::applyFill(NameId account, InstrumentId instrument, Qty signedQty, Price price, Money fees)
{
    Position& p = at(account, instrument);
    if (signedQty > 0)
        p.boughtQty += signedQty;
    else
        p.soldQty -= signedQty;
    p.fees += fees;
    p.realizedPnl -= fees;
    // A fill is a traded price: the freshest mark there is until market data
    // says otherwise.
    p.markPrice = price;

    applyFillToPosition(p.quantity, p.cost, p.realizedPnl, signedQty, price);
    return p;
}

void applyFillToPosition(Qty& quantity, Money& cost, Money& realized, Qty signedQty, Price price) noexcept
{
    if (quantity == 0 || (quantity > 0) == (signedQty > 0)) {
        quantity += signedQty;
        cost += notional(price, signedQty);
        return;
    }
    // Reducing, perhaps through zero.
    const Qty open = std::llabs(quantity);
    const Qty closing = std::min<Qty>(open, std::llabs(signedQty));
    const int direction = quantity > 0 ? 1 : -1;
    const Money removedCost = static_cast<Money>(static_cast<__int128>(cost) * closing / open);
    realized += direction * notional(price, closing) - removedCost;
    cost -= removedCost;
    quantity -= direction * closing;

    const Qty remainder = signedQty + direction * closing;  // what is left after closing, same sign as the fill
    if (remainder != 0) {
        quantity = remainder;
        cost = notional(price, remainder);
    } else if (quantity == 0) {
        cost = 0;  // rounding residue of the proportional cost belongs to nobody
    }
}

Position& PositionBook::resetFills(NameId account, InstrumentId instrument)
{
    Position& p = at(account, instrument);
    p.quantity = 0;
    p.cost = 0;
    p.realizedPnl = 0;
    p.fees = 0;
    p.boughtQty = 0;
    p.soldQty = 0;
    return p;
}

void PositionBook::adjustWorking(NameId account, InstrumentId instrument, int sideSign, Qty leavesDelta)
{
    if (!leavesDelta)
        return;
    Position& p = at(account, instrument);
    (sideSign > 0 ? p.workingBuyQty : p.workingSellQty) += leavesDelta;
}

std::size_t PositionBook::mark(InstrumentId instrument, Price price)
{
    std::size_t changed = 0;
    for (auto& p : m_positions) {
        if (p.instrument == instrument && p.markPrice != price) {
            p.markPrice = price;
            ++changed;
        }
    }
    return changed;
}

}  // namespace ordo
