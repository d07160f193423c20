// The order ticket: its rules alone (each at its boundary), its templates,
// and the panel typed into with the keyboard against an EngineHost trading
// with the in-process paper venue: what is typed is what reaches the engine,
// a problem is said in words and nothing is sent, Escape clears.

#include "ordertemplates.h"
#include "orderticket.h"
#include "orderticketvalidator.h"

#include "domain/format.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace ordo {

namespace {

constexpr Price cents(std::int64_t c)
{
    return c * (kPriceScale / 100);
}

InstrumentConfig instrument(const char* symbol, Price tick, Qty lot, Price reference)
{
    return InstrumentConfig{Instrument{symbol, tick, lot, "USD", {}}, reference};
}

// TEST trades in cents around 10.00; LOTS in lots of 100.
TicketRules rules()
{
    TicketRules r;
    r.instruments = {instrument("TEST", cents(1), 1, cents(1000)), instrument("LOTS", cents(1), 100, cents(5000))};
    r.venues = {QStringLiteral("XLIT1"), QStringLiteral("XLIT2")};
    r.trader = QStringLiteral("alice");
    r.desk = QStringLiteral("EQUITY");
    return r;
}

// A complete, valid ticket: buy 100 TEST at 10.00, DAY, SMART, ACC1.
TicketEntry valid()
{
    TicketEntry e;
    e.symbol = QStringLiteral("TEST");
    e.side = Side::Buy;
    e.quantity = QStringLiteral("100");
    e.type = TicketType::Limit;
    e.limit = QStringLiteral("10.00");
    e.account = QStringLiteral("ACC1");
    e.venue = QStringLiteral("SMART");
    return e;
}

const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC);

LimitSetting collar(LimitLevel level, const char* name, std::int64_t bp, bool soft = false)
{
    return LimitSetting{RiskCheck::PriceCollar, level, name, bp, soft};
}

// The paper venue steps every 5 ms; AAPL starts at 190.00, MSFT at 400.00.
HostConfig hostConfig()
{
    HostConfig c;
    c.user = QStringLiteral("alice");
    c.role = Role::Trader;
    c.instruments = {instrument("AAPL", cents(1), 1, 190 * kPriceScale), instrument("MSFT", cents(1), 1, 400 * kPriceScale)};
    c.paperVenue = true;
    c.venueStepMs = 5;
    return c;
}

constexpr int kTimeout = 5000;

// QCOMPARE cannot print ordo's enums (their toString returns a string_view),
// so compare their names.
template<typename E> QByteArray nameOf(E value)
{
    const std::string_view s = toString(value);
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

}  // namespace

class TestOrderTicket : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString templatesFile() { return m_dir.filePath(QStringLiteral("templates%1.ini").arg(++m_files)); }

    static QString problemOf(const TicketEntry& e, const TicketValidator& v = TicketValidator(rules()))
    {
        const TicketCheck c = v.check(e, kNow);
        return c.problems.isEmpty() ? QString() : c.problems.front().text;
    }

    // The end of each data-driven rule test: the entry's first problem is the
    // row's "problem" ("" for none).
    static void checkProblem(const TicketEntry& e)
    {
        QFETCH(QString, problem);
        QCOMPARE(problemOf(e), problem);
    }

    // Rows that a price and a quantity share: neither may be zero or below.
    static void addNotPositiveRows(const QString& field, const QString& negative)
    {
        const QString problem = QStringLiteral("%1 must be more than 0.").arg(field);
        QTest::addRow("zero") << QStringLiteral("0") << problem;
        QTest::addRow("negative") << negative << problem;
    }

    template<typename W> static W* child(const OrderTicket& t, const char* name)
    {
        W* w = t.findChild<W*>(QLatin1String(name));
        if (!w)
            qFatal("no %s in the ticket", name);
        return w;
    }
    static QWidget* focus() { return QApplication::focusWidget(); }
    static void type(const QString& text) { QTest::keyClicks(focus(), text); }
    static void press(Qt::Key key, Qt::KeyboardModifiers m = Qt::NoModifier) { QTest::keyClick(focus(), key, m); }

    // The built-in defaults name no account when the configuration has none.
    static void setAccount(OrderTicket& ticket, const QString& account = QStringLiteral("ACC1"))
    {
        TicketEntry e = ticket.entry();
        e.account = account;
        ticket.setEntry(e);
    }

    static bool showAndFocus(OrderTicket& ticket)
    {
        ticket.show();
        if (!QTest::qWaitForWindowActive(&ticket))
            return false;
        ticket.focusTicket();
        return QApplication::focusWidget() == ticket.findChild<QLineEdit*>(QStringLiteral("symbolEdit"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // --- the rules, without widgets ---------------------------------------

    void aValidEntryBecomesTheRequest()
    {
        TicketEntry e = valid();
        e.symbol = QStringLiteral("test");  // any case
        e.side = Side::Sell;
        e.type = TicketType::PegMid;
        e.limit = QStringLiteral("10.05");
        e.pegOffset = QStringLiteral("-0.01");
        e.tif = TimeInForce::Gtd;
        e.expiry = kNow.addSecs(3600);
        e.displayQty = QStringLiteral("20");
        e.strategy = QStringLiteral(" momo ");
        e.venue = QStringLiteral("xlit2");
        const TicketCheck c = TicketValidator(rules()).check(e, kNow);
        QVERIFY2(c.ok(), qPrintable(c.problems.isEmpty() ? QString() : c.problems.front().text));
        QVERIFY(c.request);
        const OrderRequest& r = *c.request;
        QCOMPARE(r.symbol, std::string("TEST"));
        QCOMPARE(nameOf(r.side), nameOf(Side::Sell));
        QCOMPARE(r.quantity, Qty(100));
        QCOMPARE(nameOf(r.type), nameOf(OrdType::Limit));
        QCOMPARE(nameOf(r.peg), nameOf(PegType::Mid));
        QCOMPARE(r.limitPrice, cents(1005));
        QCOMPARE(r.pegOffset, -cents(1));
        QCOMPARE(nameOf(r.tif), nameOf(TimeInForce::Gtd));
        QCOMPARE(r.expireTime, kNow.addSecs(3600).toMSecsSinceEpoch() * 1'000'000);
        QCOMPARE(r.displayQty, Qty(20));
        QCOMPARE(r.account, std::string("ACC1"));
        QCOMPARE(r.strategy, std::string("momo"));
        QCOMPARE(r.venue, std::string("XLIT2"));
        QVERIFY(r.locateId.empty());
    }

    void limitOnTheTick_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::addColumn<QString>("problem");
        QTest::addRow("on the tick") << "10.01" << "";
        QTest::addRow("one decimal more than the tick") << "10.003" << "Limit 10.003 is not a multiple of the tick 0.01.";
        QTest::addRow("a tick's worth in the 8th decimal") << "10.00000001"
                                                            << "Limit 10.00000001 is not a multiple of the tick 0.01.";
        addNotPositiveRows(QStringLiteral("Limit"), QStringLiteral("-10.00"));
        QTest::addRow("not a number") << "ten" << "Limit ten is not a price.";
        QTest::addRow("decimal comma") << "10,01" << "Limit 10,01 is not a price.";
        QTest::addRow("missing") << "" << "A limit order needs a limit price.";
    }
    void limitOnTheTick()
    {
        QFETCH(QString, limit);
        TicketEntry e = valid();
        e.limit = limit;
        checkProblem(e);
    }

    void stopOnTheTick_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("stop");
        QTest::addColumn<QString>("problem");
        QTest::addRow("stop on the tick") << int(TicketType::Stop) << "10.50" << "";
        QTest::addRow("stop off the tick") << int(TicketType::Stop) << "10.505" << "Stop 10.505 is not a multiple of the tick 0.01.";
        QTest::addRow("stop missing") << int(TicketType::Stop) << "" << "A stop order needs a stop price.";
        QTest::addRow("stop-limit stop missing") << int(TicketType::StopLimit) << ""
                                                 << "A stop-limit order needs a stop price.";
        QTest::addRow("limit order ignores a stop") << int(TicketType::Limit) << "abc" << "";
    }
    void stopOnTheTick()
    {
        QFETCH(int, type);
        QFETCH(QString, stop);
        TicketEntry e = valid();
        e.type = static_cast<TicketType>(type);
        e.limit = QStringLiteral("10.60");
        e.stop = stop;
        checkProblem(e);
    }

    void pricesByType_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("limit");
        QTest::addColumn<QString>("problem");
        QTest::addRow("market needs no price") << int(TicketType::Market) << "" << "";
        QTest::addRow("market ignores a bad limit") << int(TicketType::Market) << "x" << "";
        QTest::addRow("stop-limit needs a limit") << int(TicketType::StopLimit) << ""
                                                  << "A stop-limit order needs a limit price.";
        QTest::addRow("a peg needs no cap without a collar") << int(TicketType::PegPrimary) << "" << "";
        QTest::addRow("a peg's cap is on the tick") << int(TicketType::PegMarket) << "10.001"
                                                    << "Limit 10.001 is not a multiple of the tick 0.01.";
    }
    void pricesByType()
    {
        QFETCH(int, type);
        QFETCH(QString, limit);
        TicketEntry e = valid();
        e.type = static_cast<TicketType>(type);
        e.limit = limit;
        e.stop = QStringLiteral("9.00");
        checkProblem(e);
    }

    void stopLimitSanity_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<QString>("stop");
        QTest::addColumn<QString>("limit");
        QTest::addColumn<QString>("problem");
        QTest::addRow("buy: limit at the stop") << int(Side::Buy) << "10.50" << "10.50" << "";
        QTest::addRow("buy: limit a tick below the stop")
            << int(Side::Buy) << "10.50" << "10.49"
            << "Limit 10.49 is below the stop 10.50: a buy stop-limit must be willing to pay at least its stop.";
        QTest::addRow("cover: limit below the stop") << int(Side::Cover) << "10.50" << "10.40"
                                                     << "Limit 10.40 is below the stop 10.50: a buy stop-limit must "
                                                        "be willing to pay at least its stop.";
        QTest::addRow("sell: limit at the stop") << int(Side::Sell) << "9.50" << "9.50" << "";
        QTest::addRow("sell: limit a tick above the stop")
            << int(Side::Sell) << "9.50" << "9.51"
            << "Limit 9.51 is above the stop 9.50: a sell stop-limit must be willing to sell at or below its stop.";
    }
    void stopLimitSanity()
    {
        QFETCH(int, side);
        QFETCH(QString, stop);
        QFETCH(QString, limit);
        TicketEntry e = valid();
        e.side = static_cast<Side>(side);
        e.type = TicketType::StopLimit;
        e.stop = stop;
        e.limit = limit;
        checkProblem(e);
    }

    void quantityInLots_data()
    {
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<QString>("problem");
        QTest::addRow("one lot") << "100" << "";
        QTest::addRow("thousands written short") << "2k" << "";
        QTest::addRow("half a lot more") << "150" << "Quantity 150 is not a multiple of the lot 100.";
        QTest::addRow("one unit less than a lot") << "99" << "Quantity 99 is not a multiple of the lot 100.";
        addNotPositiveRows(QStringLiteral("Quantity"), QStringLiteral("-100"));
        QTest::addRow("a fraction of a unit") << "100.5" << "Quantity 100.5 is not a whole number of units.";
        QTest::addRow("words") << "lots" << "Quantity lots is not a whole number of units.";
        QTest::addRow("missing") << "" << "Enter a quantity.";
    }
    void quantityInLots()
    {
        QFETCH(QString, quantity);
        TicketEntry e = valid();
        e.symbol = QStringLiteral("LOTS");
        e.limit = QStringLiteral("50.00");
        e.quantity = quantity;
        checkProblem(e);
    }

    void parseQuantity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("units");  // -1: not a quantity
        QTest::addRow("plain") << "1500" << qint64(1500);
        QTest::addRow("grouped") << "1,500" << qint64(1500);
        QTest::addRow("k") << "1.5k" << qint64(1500);
        QTest::addRow("M") << "2M" << qint64(2'000'000);
        QTest::addRow("spaces") << " 300 " << qint64(300);
        QTest::addRow("k, but a fraction of a unit") << "0.0005k" << qint64(-1);
        QTest::addRow("decimal without suffix") << "1.5" << qint64(-1);
        QTest::addRow("suffix only") << "k" << qint64(-1);
        QTest::addRow("unknown suffix") << "5x" << qint64(-1);
    }
    void parseQuantity()
    {
        QFETCH(QString, text);
        QFETCH(qint64, units);
        const std::optional<Qty> q = ordo::parseQuantity(text);
        QCOMPARE(q ? qint64(*q) : qint64(-1), units);
    }

    void displayQuantity_data()
    {
        QTest::addColumn<QString>("display");
        QTest::addColumn<bool>("hidden");
        QTest::addColumn<QString>("problem");
        QTest::addRow("as much as the order") << "1000" << false << "";
        QTest::addRow("one lot more than the order") << "1100" << false
                                                     << "Display quantity 1,100 is more than the quantity 1,000.";
        QTest::addRow("one lot") << "100" << false << "";
        QTest::addRow("not in lots") << "150" << false << "Display quantity 150 is not a multiple of the lot 100.";
        QTest::addRow("not a number") << "some" << false << "Display quantity some is not a whole number of units.";
        QTest::addRow("hidden shows nothing, whatever is typed") << "150" << true << "";
    }
    void displayQuantity()
    {
        QFETCH(QString, display);
        QFETCH(bool, hidden);
        QFETCH(QString, problem);
        TicketEntry e = valid();
        e.symbol = QStringLiteral("LOTS");
        e.limit = QStringLiteral("50.00");
        e.quantity = QStringLiteral("1000");
        e.displayQty = display;
        e.hidden = hidden;
        QCOMPARE(problemOf(e), problem);
        if (problem.isEmpty()) {
            const TicketCheck c = TicketValidator(rules()).check(e, kNow);
            QCOMPARE(c.request->hidden, hidden);
            QCOMPARE(c.request->displayQty, hidden ? Qty(0) : Qty(display.toLongLong()));
        }
    }

    void timeInForce_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("tif");
        QTest::addColumn<qint64>("expiryFromNowMs");  // 0: none given
        QTest::addColumn<QString>("problem");
        QTest::addRow("GTD a second from now") << int(TicketType::Limit) << int(TimeInForce::Gtd) << qint64(1000) << "";
        QTest::addRow("GTD without an expiry") << int(TicketType::Limit) << int(TimeInForce::Gtd) << qint64(0)
                                               << "A GTD order needs an expiry date and time.";
        QTest::addRow("GTD a second ago") << int(TicketType::Limit) << int(TimeInForce::Gtd) << qint64(-1000)
                                          << "(in the past)";
        QTest::addRow("DAY ignores the expiry") << int(TicketType::Limit) << int(TimeInForce::Day) << qint64(-1000) << "";
        QTest::addRow("market IOC") << int(TicketType::Market) << int(TimeInForce::Ioc) << qint64(0) << "";
        QTest::addRow("market GTC") << int(TicketType::Market) << int(TimeInForce::Gtc) << qint64(0)
                                    << "A market order cannot rest: choose DAY, IOC, FOK, ATO or ATC.";
        QTest::addRow("pegged GTC rests") << int(TicketType::PegMid) << int(TimeInForce::Gtc) << qint64(0) << "";
    }
    void timeInForce()
    {
        QFETCH(int, type);
        QFETCH(int, tif);
        QFETCH(qint64, expiryFromNowMs);
        QFETCH(QString, problem);
        TicketEntry e = valid();
        e.type = static_cast<TicketType>(type);
        e.tif = static_cast<TimeInForce>(tif);
        if (expiryFromNowMs)
            e.expiry = kNow.addMSecs(expiryFromNowMs).toLocalTime();
        // The expiry is shown in local time: say it so in the expected text.
        if (problem == QLatin1String("(in the past)"))
            problem = QStringLiteral("Expiry %1 is not in the future.")
                          .arg(kNow.addMSecs(expiryFromNowMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QCOMPARE(problemOf(e), problem);
        const TicketCheck c = TicketValidator(rules()).check(e, kNow);
        if (c.ok())
            QCOMPARE(c.request->expireTime != 0, e.tif == TimeInForce::Gtd);
    }

    void gtdExactlyNowIsPast()
    {
        TicketEntry e = valid();
        e.tif = TimeInForce::Gtd;
        e.expiry = kNow;
        QCOMPARE(problemOf(e), QStringLiteral("Expiry %1 is not in the future.")
                                   .arg(kNow.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        e.expiry = kNow.addMSecs(1);
        QCOMPARE(problemOf(e), QString());
    }

    // Reference 10.00; a 5% collar allows 9.50 to 10.50 (the engine's
    // integer basis points: 10.50 is 500 bp away, 10.51 is 510).
    void priceCollar_data()
    {
        QTest::addColumn<QList<LimitSetting>>("collars");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("limit");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<bool>("warned");
        const QList<LimitSetting> firm5 = {collar(LimitLevel::Firm, "", 500)};
        QTest::addRow("firm 5%%: at the edge above") << firm5 << "ACC1" << "10.50" << "" << false;
        QTest::addRow("firm 5%%: a tick beyond")
            << firm5 << "ACC1" << "10.51"
            << "Limit 10.51 is 5.1% from the reference 10.00, beyond the 5% price collar of the firm." << false;
        QTest::addRow("firm 5%%: at the edge below") << firm5 << "ACC1" << "9.50" << "" << false;
        QTest::addRow("firm 5%%: a tick below the edge")
            << firm5 << "ACC1" << "9.49"
            << "Limit 9.49 is 5.1% from the reference 10.00, beyond the 5% price collar of the firm." << false;
        const QList<LimitSetting> tighter = {collar(LimitLevel::Firm, "", 500), collar(LimitLevel::Account, "ACC1", 200)};
        QTest::addRow("the account's tighter collar binds")
            << tighter << "ACC1" << "10.21"
            << "Limit 10.21 is 2.1% from the reference 10.00, beyond the 2% price collar of account ACC1." << false;
        QTest::addRow("another account's collar does not") << tighter << "ACC2" << "10.21" << "" << false;
        QTest::addRow("the desk's collar binds its traders")
            << QList<LimitSetting>{collar(LimitLevel::Desk, "EQUITY", 100)} << "ACC1" << "10.11"
            << "Limit 10.11 is 1.1% from the reference 10.00, beyond the 1% price collar of desk EQUITY." << false;
        QTest::addRow("the instrument's collar")
            << QList<LimitSetting>{collar(LimitLevel::Instrument, "TEST", 50)} << "ACC1" << "10.06"
            << "Limit 10.06 is 0.6% from the reference 10.00, beyond the 0.5% price collar of instrument TEST." << false;
        QTest::addRow("another instrument's collar does not")
            << QList<LimitSetting>{collar(LimitLevel::Instrument, "LOTS", 50)} << "ACC1" << "10.06" << "" << false;
        QTest::addRow("a soft collar warns and lets it go")
            << QList<LimitSetting>{collar(LimitLevel::Trader, "alice", 500, true)} << "ACC1" << "10.60" << "" << true;
        QTest::addRow("none configured: the ticket's 10%% at the edge") << QList<LimitSetting>{} << "ACC1" << "11.00"
                                                                       << "" << false;
        QTest::addRow("none configured: a tick beyond the ticket's 10%%")
            << QList<LimitSetting>{} << "ACC1" << "11.01"
            << "Limit 11.01 is 10.1% from the reference 10.00, beyond the ticket's default collar of 10%." << false;
    }
    void priceCollar()
    {
        QFETCH(QList<LimitSetting>, collars);
        QFETCH(QString, account);
        QFETCH(QString, limit);
        QFETCH(QString, problem);
        QFETCH(bool, warned);
        TicketRules r = rules();
        r.collars.assign(collars.cbegin(), collars.cend());
        TicketEntry e = valid();
        e.account = account;
        e.limit = limit;
        const TicketCheck c = TicketValidator(r).check(e, kNow);
        QCOMPARE(c.problems.isEmpty() ? QString() : c.problems.front().text, problem);
        if (!problem.isEmpty())
            QVERIFY(c.has(TicketField::Limit));
        QCOMPARE(!c.warnings.isEmpty(), warned);
        // Switched off by a supervisor: the ticket checks no collar either.
        r.collarChecked = false;
        QVERIFY(TicketValidator(r).check(e, kNow).ok());
    }

    void collarFollowsTheReferencePrice()
    {
        TicketRules r = rules();
        r.collars = {collar(LimitLevel::Firm, "", 500)};
        TicketValidator v(r);
        TicketEntry e = valid();
        e.limit = QStringLiteral("10.40");
        QCOMPARE(problemOf(e, v), QString());
        v.setReferencePrice(QStringLiteral("test"), cents(900));
        QCOMPARE(v.referencePrice(QStringLiteral("TEST")), cents(900));
        QCOMPARE(problemOf(e, v),
                 QStringLiteral("Limit 10.40 is 15.55% from the reference 9.00, beyond the 5% price collar of the firm."));
        // Market orders carry no price to collar.
        e.type = TicketType::Market;
        QCOMPARE(problemOf(e, v), QString());
    }

    void peggedOrderCapIsCollaredButNotRequired()
    {
        TicketRules r = rules();
        r.collars = {collar(LimitLevel::Firm, "", 500)};
        TicketEntry e = valid();
        e.type = TicketType::PegMid;
        e.limit.clear();
        // No cap, no price: the venue prices it from the market, as the engine allows.
        QCOMPARE(problemOf(e, TicketValidator(r)), QString());
        e.limit = QStringLiteral("10.20");
        QCOMPARE(problemOf(e, TicketValidator(r)), QString());
        e.limit = QStringLiteral("10.60");
        QCOMPARE(problemOf(e, TicketValidator(r)),
                 QStringLiteral("Limit 10.60 is 6% from the reference 10.00, beyond the 5% price collar of the firm."));
    }

    void stopThroughTheMarketWarns()
    {
        TicketEntry e = valid();
        e.type = TicketType::Stop;
        e.stop = QStringLiteral("10.00");  // the reference: a buy stop triggers at once
        TicketCheck c = TicketValidator(rules()).check(e, kNow);
        QVERIFY(c.ok());
        QCOMPARE(c.warnings, QStringList{QStringLiteral("Stop 10.00 is at or below the reference 10.00: a buy stop "
                                                        "triggers at once.")});
        e.stop = QStringLiteral("10.01");
        QVERIFY(TicketValidator(rules()).check(e, kNow).warnings.isEmpty());
    }

    void otherRules_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("problem");
        QTest::addRow("no symbol") << "symbol=" << int(TicketField::Symbol) << "Enter a symbol.";
        QTest::addRow("unknown symbol") << "symbol=TSLA" << int(TicketField::Symbol)
                                        << "Symbol TSLA is not a configured instrument.";
        QTest::addRow("restricted symbol") << "restricted" << int(TicketField::Symbol)
                                           << "Symbol TEST is on the restricted list: nobody may trade it.";
        QTest::addRow("short without a locate") << "short" << int(TicketField::Locate)
                                                << "A short sale needs the locate id the broker granted.";
        QTest::addRow("short with a locate") << "short,locate=LOC-7" << int(TicketField::None) << "";
        QTest::addRow("no account") << "account=  " << int(TicketField::Account) << "Enter an account.";
        QTest::addRow("unknown venue") << "venue=XNYS" << int(TicketField::Venue)
                                       << "Venue XNYS is not configured: choose SMART or one of XLIT1, XLIT2.";
        QTest::addRow("a configured venue, any case") << "venue=xlit1" << int(TicketField::None) << "";
        QTest::addRow("no venue is SMART") << "venue=" << int(TicketField::None) << "";
        QTest::addRow("peg offset off the tick") << "peg,offset=0.005" << int(TicketField::PegOffset)
                                                 << "Peg offset 0.005 is not a multiple of the tick 0.01.";
        QTest::addRow("analyst") << "analyst" << int(TicketField::None) << "Analysts cannot enter orders.";
    }
    void otherRules()
    {
        QFETCH(QString, change);
        QFETCH(int, field);
        QFETCH(QString, problem);
        TicketRules r = rules();
        TicketEntry e = valid();
        for (const QString& c : change.split(QLatin1Char(','))) {
            const QString value = c.section(QLatin1Char('='), 1);
            if (c.startsWith(QLatin1String("symbol=")))
                e.symbol = value;
            else if (c == QLatin1String("restricted"))
                r.restricted = {QStringLiteral("TEST")};
            else if (c == QLatin1String("short"))
                e.side = Side::Short;
            else if (c.startsWith(QLatin1String("locate=")))
                e.locateId = value;
            else if (c.startsWith(QLatin1String("account=")))
                e.account = value;
            else if (c.startsWith(QLatin1String("venue=")))
                e.venue = value;
            else if (c == QLatin1String("peg"))
                e.type = TicketType::PegPrimary;
            else if (c.startsWith(QLatin1String("offset=")))
                e.pegOffset = value;
            else if (c == QLatin1String("analyst"))
                r.role = Role::Analyst;
        }
        const TicketCheck check = TicketValidator(r).check(e, kNow);
        QCOMPARE(check.problems.isEmpty() ? QString() : check.problems.front().text, problem);
        QCOMPARE(check.ok(), problem.isEmpty());
        QCOMPARE(bool(check.request), problem.isEmpty());
        if (!problem.isEmpty())
            QVERIFY(check.has(static_cast<TicketField>(field)));
        if (check.ok() && e.venue.isEmpty())
            QCOMPARE(check.request->venue, std::string("SMART"));
        if (check.ok() && e.side == Side::Short)
            QCOMPARE(check.request->locateId, std::string("LOC-7"));
    }

    void rulesFromTheConfiguration()
    {
        HostConfig c = hostConfig();
        RiskConfig risk;
        risk.limits = {collar(LimitLevel::Firm, "", 500), {RiskCheck::MaxOrderQty, LimitLevel::Firm, "", 10, false}};
        risk.desks = {{"alice", "EQUITY"}, {"bob", "RATES"}};
        risk.restricted = {"MSFT"};
        risk.disabled = {RiskCheck::RestrictedList};
        c.risk = risk;
        FixVenueConfig v1, v2;
        v1.venue = QStringLiteral("XLIT1");
        v2.venue = QStringLiteral("XDARK");
        c.fixVenues = {v1, v2};
        const TicketRules r = TicketRules::fromConfig(c);
        QCOMPARE(r.venues, (QStringList{QStringLiteral("XLIT1"), QStringLiteral("XDARK")}));
        QCOMPARE(r.collars.size(), std::size_t(1));
        QCOMPARE(r.desk, QStringLiteral("EQUITY"));
        QCOMPARE(r.restricted, QStringList{QStringLiteral("MSFT")});
        QVERIFY(!r.restrictedChecked);
        QVERIFY(r.collarChecked);
        c.fixVenues.clear();
        QCOMPARE(TicketRules::fromConfig(c).venues, QStringList{c.defaultVenue});
    }

    // --- templates ------------------------------------------------------------

    void templatesRoundTrip()
    {
        const QString file = templatesFile();
        TicketEntry e = valid();
        e.side = Side::Short;
        e.quantity = QStringLiteral("5k");
        e.type = TicketType::PegMid;
        e.pegOffset = QStringLiteral("0.01");
        e.tif = TimeInForce::Gtc;
        e.displayQty = QStringLiteral("500");
        e.hidden = false;
        e.account = QStringLiteral("ACC2");
        e.strategy = QStringLiteral("momo");
        e.venue = QStringLiteral("XLIT1");
        e.locateId = QStringLiteral("LOC-1");
        e.expiry = kNow;
        {
            OrderTemplates t(file);
            QVERIFY(t.save(QStringLiteral(" Iceberg "), e));
            QVERIFY(t.save(QStringLiteral("alpha"), valid()));
            QVERIFY(!t.save(QStringLiteral("  "), valid()));
            t.setDefaultName(QStringLiteral("Iceberg"));
        }
        OrderTemplates t(file);  // as after a restart
        QCOMPARE(t.names(), (QStringList{QStringLiteral("alpha"), QStringLiteral("Iceberg")}));
        QCOMPARE(t.defaultName(), QStringLiteral("Iceberg"));
        const std::optional<TicketEntry> back = t.find(QStringLiteral("Iceberg"));
        QVERIFY(back);
        // What a template keeps comes back; the symbol, prices, locate and
        // expiry are not kept.
        TicketEntry kept = e;
        kept.symbol.clear();
        kept.limit.clear();
        kept.stop.clear();
        kept.locateId.clear();
        kept.expiry = {};
        QCOMPARE(*back, kept);
        // Saving under a known name replaces it.
        e.quantity = QStringLiteral("7k");
        QVERIFY(t.save(QStringLiteral("Iceberg"), e));
        QCOMPARE(t.names().size(), 2);
        QCOMPARE(t.find(QStringLiteral("Iceberg"))->quantity, QStringLiteral("7k"));
        // Deleting the default leaves none.
        QVERIFY(t.remove(QStringLiteral("Iceberg")));
        QVERIFY(!t.remove(QStringLiteral("Iceberg")));
        QCOMPARE(t.names(), QStringList{QStringLiteral("alpha")});
        QVERIFY(t.defaultName().isEmpty());
    }

    // --- the panel -------------------------------------------------------------

    void typedOrderReachesTheEngine()
    {
        EngineHost host(hostConfig());
        OrderTicket ticket(host, nullptr, templatesFile());
        QSignalSpy sent(&ticket, &OrderTicket::orderSent);
        QList<OrderSnapshot> seen;
        connect(&host, &EngineHost::ordersChanged, this, [&seen](const QList<OrderSnapshot>& b) { seen += b; });
        host.start();
        QVERIFY(showAndFocus(ticket));

        type(QStringLiteral("msft"));  // completes inline, in any case
        press(Qt::Key_Tab);
        QCOMPARE(focus(), child<QWidget>(ticket, "buyButton"));
        press(Qt::Key_S);  // the side, by its letter
        press(Qt::Key_Tab);
        QCOMPARE(focus(), child<QWidget>(ticket, "quantityEdit"));
        type(QStringLiteral("300"));
        press(Qt::Key_Tab);
        QCOMPARE(focus(), child<QWidget>(ticket, "typeCombo"));
        press(Qt::Key_Tab);
        QCOMPARE(focus(), child<QWidget>(ticket, "limitEdit"));
        type(QStringLiteral("380.00"));  // below the market: marketable
        press(Qt::Key_Tab);  // stop and peg offset are off for a limit order
        QCOMPARE(focus(), child<QWidget>(ticket, "displayEdit"));
        press(Qt::Key_Tab);
        QCOMPARE(focus(), child<QWidget>(ticket, "tifCombo"));
        press(Qt::Key_Down);  // DAY -> GTC
        press(Qt::Key_Tab);
        QCOMPARE(focus(), child<QWidget>(ticket, "accountEdit"));
        type(QStringLiteral("ACC7"));
        press(Qt::Key_Tab);
        type(QStringLiteral("momo"));
        QVERIFY2(ticket.check().ok(), qPrintable(child<QLabel>(ticket, "problemLabel")->text()));
        press(Qt::Key_Return);

        QCOMPARE(sent.count(), 1);
        const auto r = sent.front().front().value<OrderRequest>();
        QCOMPARE(r.symbol, std::string("MSFT"));
        QCOMPARE(nameOf(r.side), nameOf(Side::Sell));
        QCOMPARE(r.quantity, Qty(300));
        QCOMPARE(nameOf(r.type), nameOf(OrdType::Limit));
        QCOMPARE(r.limitPrice, 380 * kPriceScale);
        QCOMPARE(nameOf(r.tif), nameOf(TimeInForce::Gtc));
        QCOMPARE(r.account, std::string("ACC7"));
        QCOMPARE(r.strategy, std::string("momo"));
        QCOMPARE(r.venue, std::string("SMART"));
        QVERIFY(!r.clientOrderId.empty());

        // The engine has it, exactly as typed, and the paper venue fills it.
        const QString id = QString::fromStdString(r.clientOrderId);
        auto order = [&]() -> const OrderSnapshot* {
            for (auto it = seen.crbegin(); it != seen.crend(); ++it)
                if (it->clientOrderId == id)
                    return &*it;
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(order() && order()->status == OrderStatus::Filled, kTimeout);
        QCOMPARE(order()->symbol, QStringLiteral("MSFT"));
        QCOMPARE(nameOf(order()->side), nameOf(Side::Sell));
        QCOMPARE(order()->quantity, Qty(300));
        QCOMPARE(order()->limitPrice, 380 * kPriceScale);
        QCOMPARE(nameOf(order()->tif), nameOf(TimeInForce::Gtc));
        QCOMPARE(order()->account, QStringLiteral("ACC7"));
        QCOMPARE(order()->strategy, QStringLiteral("momo"));
        // The ticket says what became of it.
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(ticket, "answerLabel")->text().contains(QStringLiteral("filled")), kTimeout);
        host.stop();
    }

    void hotkeysSetTheSideAndSend()
    {
        EngineHost host(hostConfig());
        OrderTicket ticket(host, nullptr, templatesFile());
        QSignalSpy sent(&ticket, &OrderTicket::orderSent);
        host.start();
        setAccount(ticket);
        QVERIFY(showAndFocus(ticket));
        type(QStringLiteral("AAPL"));
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        type(QStringLiteral("10"));
        auto buy = OrderTicket::buyKey()[0];
        press(buy.key(), buy.keyboardModifiers());
        auto sell = OrderTicket::sellKey()[0];
        press(sell.key(), sell.keyboardModifiers());
        QCOMPARE(sent.count(), 2);
        QCOMPARE(nameOf(sent.at(0).front().value<OrderRequest>().side), nameOf(Side::Buy));
        QCOMPARE(nameOf(sent.at(1).front().value<OrderRequest>().side), nameOf(Side::Sell));
        QCOMPARE(sent.at(1).front().value<OrderRequest>().quantity, Qty(10));
        QVERIFY(sent.at(0).front().value<OrderRequest>().clientOrderId
                != sent.at(1).front().value<OrderRequest>().clientOrderId);
        QVERIFY(child<QPushButton>(ticket, "buyButton")->toolTip().contains(OrderTicket::buyKey().toString(QKeySequence::NativeText)));
        QVERIFY(child<QPushButton>(ticket, "sellButton")->toolTip().contains(OrderTicket::sellKey().toString(QKeySequence::NativeText)));
        host.stop();
    }

    void invalidInputShowsTheReasonAndSendsNothing()
    {
        EngineHost host(hostConfig());
        OrderTicket ticket(host, nullptr, templatesFile());
        QSignalSpy sent(&ticket, &OrderTicket::orderSent);
        QSignalSpy answered(&host, &EngineHost::submitFinished);
        host.start();
        setAccount(ticket);
        QVERIFY(showAndFocus(ticket));
        type(QStringLiteral("AAPL"));
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        type(QStringLiteral("100"));
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        QCOMPARE(focus(), child<QWidget>(ticket, "limitEdit"));
        type(QStringLiteral("190.003"));
        auto* problem = child<QLabel>(ticket, "problemLabel");
        QCOMPARE(problem->text(), QStringLiteral("Limit 190.003 is not a multiple of the tick 0.01."));
        QVERIFY(problem->isVisible());
        QVERIFY(!child<QPushButton>(ticket, "sendButton")->isEnabled());
        QVERIFY(child<QLineEdit>(ticket, "limitEdit")->property("problem").toBool());
        press(Qt::Key_Return);
        auto buy = OrderTicket::buyKey()[0];
        press(buy.key(), buy.keyboardModifiers());
        QTest::mouseClick(child<QPushButton>(ticket, "sendButton"), Qt::LeftButton);
        QCOMPARE(sent.count(), 0);
        QVERIFY(child<QLabel>(ticket, "answerLabel")->text().startsWith(QStringLiteral("Not sent: Limit 190.003")));

        // Fixed, the reason goes and the order goes.
        press(Qt::Key_Backspace);
        QVERIFY(problem->text().isEmpty());
        QVERIFY(!problem->isVisible());
        QVERIFY(child<QPushButton>(ticket, "sendButton")->isEnabled());
        QVERIFY(!child<QLineEdit>(ticket, "limitEdit")->property("problem").toBool());
        press(Qt::Key_Return);
        QCOMPARE(sent.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, kTimeout);  // only the fixed order reached the engine
        QTest::qWait(50);
        QCOMPARE(answered.count(), 1);
        host.stop();
    }

    void engineRejectIsShown()
    {
        HostConfig c = hostConfig();
        RiskConfig risk;
        risk.limits = {{RiskCheck::MaxOrderQty, LimitLevel::Firm, "", 50, false}};
        c.risk = risk;
        EngineHost host(c);
        OrderTicket ticket(host, nullptr, templatesFile());
        host.start();
        TicketEntry e = ticket.entry();
        e.quantity = QStringLiteral("100");
        e.account = QStringLiteral("ACC1");
        ticket.setEntry(e);
        QVERIFY(ticket.send());
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(ticket, "answerLabel")->text().contains(QStringLiteral("rejected"), Qt::CaseInsensitive),
            kTimeout);
        QVERIFY(child<QLabel>(ticket, "answerLabel")->text().contains(QStringLiteral("MaxOrderQty"))
                || child<QLabel>(ticket, "answerLabel")->text().contains(QStringLiteral("quantity"), Qt::CaseInsensitive));
        QVERIFY(child<QLabel>(ticket, "answerLabel")->text().contains(QStringLiteral("100")));
        host.stop();
    }

    void collarFromTheRiskConfiguration()
    {
        HostConfig c = hostConfig();
        c.role = Role::Supervisor;  // to widen the collar below
        RiskConfig risk;
        risk.limits = {collar(LimitLevel::Firm, "", 500)};
        c.risk = risk;
        EngineHost host(c);
        OrderTicket ticket(host, nullptr, templatesFile());
        host.start();
        setAccount(ticket);
        ticket.setInstrument(QStringLiteral("AAPL"));
        child<QLineEdit>(ticket, "limitEdit")->setText(QStringLiteral("200.00"));
        QCOMPARE(child<QLabel>(ticket, "problemLabel")->text(),
                 QStringLiteral("Limit 200.00 is 5.26% from the reference 190.00, beyond the 5% price collar of the firm."));
        QVERIFY(!child<QPushButton>(ticket, "sendButton")->isEnabled());
        // A supervisor widens it: the engine's risk snapshot carries the new collar.
        host.setRiskLimit(collar(LimitLevel::Firm, "", 600));
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(ticket, "sendButton")->isEnabled(), kTimeout);
        host.stop();
    }

    void escapeClearsToTheTemplate()
    {
        EngineHost host(hostConfig());
        OrderTicket ticket(host, nullptr, templatesFile());
        host.start();
        QVERIFY(showAndFocus(ticket));
        ticket.setInstrument(QStringLiteral("MSFT"));
        const TicketEntry fresh = ticket.entry();
        QCOMPARE(fresh.symbol, QStringLiteral("MSFT"));
        QCOMPARE(fresh.limit, QStringLiteral("400.00"));  // the reference price
        QCOMPARE(nameOf(fresh.side), nameOf(Side::Buy));
        QCOMPARE(typeCode(fresh.type), typeCode(TicketType::Limit));

        press(Qt::Key_Tab);
        press(Qt::Key_H);  // short
        QVERIFY(child<QLineEdit>(ticket, "locateEdit")->isVisible());
        press(Qt::Key_Tab);
        type(QStringLiteral("777"));
        press(Qt::Key_Tab);
        press(Qt::Key_Down);  // market
        QVERIFY(!child<QLineEdit>(ticket, "limitEdit")->isEnabled());
        QVERIFY(ticket.entry() != fresh);
        press(Qt::Key_Escape);
        QCOMPARE(ticket.entry(), fresh);
        QVERIFY(!child<QLineEdit>(ticket, "locateEdit")->isVisible());
        QVERIFY(child<QLineEdit>(ticket, "limitEdit")->isEnabled());

        // With a template chosen, Escape returns to it.
        TicketEntry iceberg = fresh;
        iceberg.quantity = QStringLiteral("1000");
        iceberg.displayQty = QStringLiteral("100");
        iceberg.account = QStringLiteral("ACC9");
        ticket.setEntry(iceberg);
        QVERIFY(ticket.saveTemplate(QStringLiteral("Iceberg")));
        ticket.setFocus();
        press(Qt::Key_Escape);
        QCOMPARE(ticket.entry(), iceberg);
        host.stop();
    }

    void templatesFromTheTicket()
    {
        const QString file = templatesFile();
        EngineHost host(hostConfig());
        {
            OrderTicket ticket(host, nullptr, file);
            TicketEntry e = ticket.entry();
            e.side = Side::Sell;
            e.quantity = QStringLiteral("250");
            e.type = TicketType::PegMid;
            e.tif = TimeInForce::Ioc;
            e.account = QStringLiteral("ACC3");
            e.venue = QStringLiteral("PAPER");
            ticket.setEntry(e);
            QVERIFY(ticket.saveTemplate(QStringLiteral("Mid sell")));
            ticket.setDefaultTemplate(QStringLiteral("Mid sell"));
            QVERIFY(child<QAbstractButton>(ticket, "defaultTemplateButton")->isChecked());
        }
        // A new ticket (the next session) starts on the default template.
        OrderTicket ticket(host, nullptr, file);
        auto* combo = child<QComboBox>(ticket, "templateCombo");
        QCOMPARE(combo->currentText(), QStringLiteral("Mid sell"));
        TicketEntry e = ticket.entry();
        QCOMPARE(nameOf(e.side), nameOf(Side::Sell));
        QCOMPARE(e.quantity, QStringLiteral("250"));
        QCOMPARE(typeCode(e.type), typeCode(TicketType::PegMid));
        QCOMPARE(nameOf(e.tif), nameOf(TimeInForce::Ioc));
        QCOMPARE(e.account, QStringLiteral("ACC3"));
        QCOMPARE(e.venue, QStringLiteral("PAPER"));
        // Back to the built-in defaults, then to the template from the combo.
        ticket.applyTemplate(QString());
        QCOMPARE(nameOf(ticket.entry().side), nameOf(Side::Buy));
        QCOMPARE(ticket.entry().quantity, QStringLiteral("100"));
        ticket.applyTemplate(QStringLiteral("Mid sell"));
        QCOMPARE(ticket.entry().quantity, QStringLiteral("250"));
        ticket.deleteTemplate(QStringLiteral("Mid sell"));
        QCOMPARE(combo->count(), 1);  // the built-in defaults only
        QVERIFY(ticket.templates().defaultName().isEmpty());
    }

    void followsTheChosenInstrument()
    {
        EngineHost host(hostConfig());
        OrderTicket ticket(host, nullptr, templatesFile());
        QSignalSpy changed(&ticket, &OrderTicket::instrumentChanged);
        ticket.setInstrument(QStringLiteral("msft"));
        QCOMPARE(ticket.symbol(), QStringLiteral("MSFT"));
        QCOMPARE(ticket.entry().symbol, QStringLiteral("MSFT"));
        QCOMPARE(ticket.entry().limit, QStringLiteral("400.00"));
        QCOMPARE(changed.count(), 1);
        ticket.setInstrument(QStringLiteral("MSFT"));
        QCOMPARE(changed.count(), 1);
        ticket.setInstrument(QStringLiteral("TSLA"));
        QCOMPARE(ticket.check().text(TicketField::Symbol), QStringLiteral("Symbol TSLA is not a configured instrument."));
    }

    void tabReachesEveryField()
    {
        EngineHost host(hostConfig());
        OrderTicket ticket(host, nullptr, templatesFile());
        QVERIFY(showAndFocus(ticket));
        TicketEntry e = ticket.entry();
        e.side = Side::Short;
        e.type = TicketType::StopLimit;
        e.limit = QStringLiteral("190.00");
        e.stop = QStringLiteral("191.00");
        e.tif = TimeInForce::Gtd;
        e.account = QStringLiteral("ACC1");
        e.locateId = QStringLiteral("LOC-1");
        ticket.setEntry(e);
        QVERIFY2(ticket.check().ok(), qPrintable(ticket.check().problems.value(0).text));
        QStringList chain;
        ticket.focusTicket();
        for (int i = 0; i < 40 && focus() && !chain.contains(focus()->objectName()); ++i) {
            chain << focus()->objectName();
            press(Qt::Key_Tab);
        }
        const QStringList expected = {"symbolEdit", "shortButton", "quantityEdit", "typeCombo", "limitEdit",
                                      "stopEdit", "displayEdit", "tifCombo", "expiryEdit", "accountEdit",
                                      "strategyEdit", "venueCombo", "hiddenCheck", "locateEdit", "sendButton",
                                      "templateCombo", "saveTemplateButton"};
        QCOMPARE(chain.mid(0, expected.size()).join(QLatin1Char(' ')), expected.join(QLatin1Char(' ')));
        // Pegs take an offset.
        e.type = TicketType::PegMid;
        ticket.setEntry(e);
        child<QWidget>(ticket, "limitEdit")->setFocus();
        press(Qt::Key_Tab);
        QCOMPARE(focus()->objectName(), QStringLiteral("pegOffsetEdit"));
    }

    void arrowsStepByLotAndTick()
    {
        EngineHost host(hostConfig());
        OrderTicket ticket(host, nullptr, templatesFile());
        QVERIFY(showAndFocus(ticket));
        ticket.setInstrument(QStringLiteral("AAPL"));
        auto* qty = child<QLineEdit>(ticket, "quantityEdit");
        auto* limit = child<QLineEdit>(ticket, "limitEdit");
        qty->setText(QStringLiteral("100"));
        QTest::keyClick(qty, Qt::Key_Up);
        QCOMPARE(qty->text(), QStringLiteral("101"));
        QTest::keyClick(qty, Qt::Key_PageDown);
        QCOMPARE(qty->text(), QStringLiteral("91"));
        limit->setText(QStringLiteral("190.00"));
        QTest::keyClick(limit, Qt::Key_Down);
        QCOMPARE(limit->text(), QStringLiteral("189.99"));
        limit->setText(QStringLiteral("190.005"));  // off the tick: snaps in the step's direction
        QTest::keyClick(limit, Qt::Key_Up);
        QCOMPARE(limit->text(), QStringLiteral("190.01"));
        limit->setText(QStringLiteral("190.005"));
        QTest::keyClick(limit, Qt::Key_Down);
        QCOMPARE(limit->text(), QStringLiteral("190.00"));
    }
};

}  // namespace ordo

QTEST_MAIN(ordo::TestOrderTicket)
#include "tst_orderticket.moc"
