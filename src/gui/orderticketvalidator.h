#pragma once

// The order ticket's rules, apart from its widgets, so they can be tested
// alone: what the trader typed (TicketEntry, text as entered) is checked
// against the configured instruments, venues and risk limits, and either
// becomes the OrderRequest the engine receives or a list of problems, each
// one sentence naming the field and the rule. The engine checks everything
// again; the ticket only says it sooner, before anything is sent.
//
// The price collar mirrors the engine's: the limit of a limit or stop-limit
// order (a pegged order's cap) may be at most the collar away from the
// instrument's reference price, in basis points, truncated like the engine
// does; every PriceCollar limit the order falls under counts (firm, the
// trader's desk, trader, account, strategy, instrument). A hard collar blocks
// the order; a soft one only warns, since the engine then holds the order
// for a supervisor. When the configuration sets no collar at all, the ticket
// still stops fat fingers at kDefaultCollarBp (10%); when a supervisor
// switched the collar check off, the ticket checks none either.
//
// Units as in core: prices in 1e-8, quantities in units. GUI thread (it is a
// plain value class; it touches no widget).

#include "enginehost.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ordo {

// What the type box offers: the engine's order types, and the pegs, which
// reach the engine as limit orders with a peg (the limit, if any, is a cap).
enum class TicketType : std::uint8_t { Market, Limit, Stop, StopLimit, PegPrimary, PegMid, PegMarket };

enum class TicketField : std::uint8_t {
    None,  // the ticket as a whole (e.g. the user's role)
    Symbol,
    Side,
    Quantity,
    Type,
    Limit,
    Stop,
    PegOffset,
    TimeInForce,
    Expiry,
    DisplayQty,
    Account,
    Strategy,
    Venue,
    Locate,
};

bool isPeg(TicketType t) noexcept;
bool needsLimit(TicketType t) noexcept;  // a limit is required (a peg's cap is optional)
bool takesLimit(TicketType t) noexcept;  // a limit may be entered
bool takesStop(TicketType t) noexcept;
// "LMT", "STP LMT", "PEG MID" ...: short names for summaries and settings.
QString typeCode(TicketType t);
std::optional<TicketType> parseTypeCode(const QString& code);

// The ticket as typed. Numbers stay text: the validator says what is wrong
// with them, in the words the trader typed.
struct TicketEntry {
    QString symbol;
    Side side = Side::Buy;
    QString quantity;
    TicketType type = TicketType::Limit;
    QString limit;
    QString stop;
    QString pegOffset;
    TimeInForce tif = TimeInForce::Day;
    QDateTime expiry;  // GTD only
    QString displayQty;
    bool hidden = false;
    QString account;
    QString strategy;
    QString venue;  // "SMART" (or empty): the engine routes
    QString locateId;

    friend bool operator==(const TicketEntry&, const TicketEntry&) = default;
};

struct TicketProblem {
    TicketField field = TicketField::None;
    QString text;
};

struct TicketCheck {
    std::optional<OrderRequest> request;  // set exactly when there is no problem
    QList<TicketProblem> problems;
    // Worth a look, but the order may go: a soft collar (a supervisor will
    // have to release it), a stop that triggers at once.
    QStringList warnings;

    bool ok() const { return problems.isEmpty(); }
    bool has(TicketField f) const;
    QString text(TicketField f) const;  // the first problem of f, or empty
};

// What entries are checked against. Collars are PriceCollar limits (value in
// basis points); desk is the trader's desk, for desk-level limits.
struct TicketRules {
    std::vector<InstrumentConfig> instruments;
    QStringList venues;  // besides SMART
    Role role = Role::Trader;
    QString trader;
    QString desk;
    std::vector<LimitSetting> collars;
    bool collarChecked = true;  // the engine's PriceCollar check is on
    QStringList restricted;     // symbols nobody may trade
    bool restrictedChecked = true;

    // From the host's configuration: instruments, venues (the FIX venues,
    // else the default venue), the user, and the configured risk.
    static TicketRules fromConfig(const HostConfig& config);
    // The live collars and restricted list, from the engine's risk snapshot.
    void applyRisk(const RiskSnapshot& risk);
};

class TicketValidator {
    Q_DECLARE_TR_FUNCTIONS(ordo::TicketValidator)
public:
    static constexpr std::int64_t kDefaultCollarBp = 1000;

    explicit TicketValidator(TicketRules rules = {});

    const TicketRules& rules() const { return m_rules; }
    TicketRules& rules() { return m_rules; }

    // Case-insensitive; nullptr for a symbol that is not configured.
    const InstrumentConfig* instrument(const QString& symbol) const;
    QStringList symbols() const;
    // The latest price the engine marks the instrument at (book mid or last
    // trade, or a position's mark); until one is known, the configured one.
    Price referencePrice(const QString& symbol) const;
    void setReferencePrice(const QString& symbol, Price price);

    TicketCheck check(const TicketEntry& entry, const QDateTime& now) const;

private:
    struct Collar {
        std::int64_t bp = -1;  // -1: none
        bool soft = false;
        QString place;  // "the firm", "account ACC1", ...
    };
    // The tightest collar of each kind the order falls under.
    void collarsFor(const OrderRequest& r, Collar& hard, Collar& soft) const;

    TicketRules m_rules;
    QHash<QString, Price> m_reference;  // by symbol as configured
};

// "1500", "1,500", "1.5k", "2m" -> units; nullopt for anything else (and for
// fractions of a unit: "1.5").
std::optional<Qty> parseQuantity(const QString& text);
// Price text as the ticket shows it: at least the tick's decimals.
QString priceText(Price price, Price tick);

}  // namespace ordo
