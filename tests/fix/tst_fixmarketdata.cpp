// Market data over FIX 4.4: the MarketDataRequest Ordo sends, and how every
// snapshot, incremental refresh and reject a venue can send is read,
// including malformed entries that QuickFIX itself lets through (it does not
// check values inside repeating groups).

#include "fixmarketdata.h"

#include "domain/format.h"

#include <quickfix/DataDictionary.h>
#include <quickfix/FieldNumbers.h>
#include <quickfix/fix44/MarketDataIncrementalRefresh.h>
#include <quickfix/fix44/MarketDataRequestReject.h>
#include <quickfix/fix44/MarketDataSnapshotFullRefresh.h>

#include <QtTest>

#include <map>

namespace ordo {
namespace {

using Fields = std::vector<std::pair<int, std::string>>;
constexpr const char* kUnset = "<unset>";

const FIX::DataDictionary& dictionary()
{
    static const FIX::DataDictionary dd(ORDO_FIX44_XML);
    return dd;
}

// As it arrives: stamped, put on the wire, parsed back with the dictionary.
FIX::Message wire(FIX::Message m)
{
    FIX::Header& h = m.getHeader();
    h.setField(FIX::FIELD::SenderCompID, "XSIM");
    h.setField(FIX::FIELD::TargetCompID, "ORDO");
    h.setField(FIX::FIELD::MsgSeqNum, "7");
    h.setField(FIX::FIELD::SendingTime, "20261121-14:30:05.123");
    return FIX::Message(m.toString(), dictionary(), false);
}

template<class Group> Group entryOf(const Fields& fields)
{
    Group g;
    for (const auto& [tag, value] : fields)
        if (value != kUnset)
            g.setField(tag, value);
    return g;
}

FIX::Message incremental(const std::vector<Fields>& entries, const std::string& reqId = {})
{
    FIX44::MarketDataIncrementalRefresh m;
    if (!reqId.empty())
        m.setField(FIX::FIELD::MDReqID, reqId);
    for (const Fields& f : entries)
        m.addGroup(entryOf<FIX44::MarketDataIncrementalRefresh::NoMDEntries>(f));
    return wire(m);
}

FIX::Message snapshot(const std::string& symbol, const std::vector<Fields>& entries)
{
    FIX44::MarketDataSnapshotFullRefresh m;
    m.setField(FIX::FIELD::MDReqID, "MD1-AAPL");
    if (!symbol.empty())
        m.setField(FIX::FIELD::Symbol, symbol);
    for (const Fields& f : entries)
        m.addGroup(entryOf<FIX44::MarketDataSnapshotFullRefresh::NoMDEntries>(f));
    return wire(m);
}

Fields level(const char* type, const char* action, const char* symbol, const char* px, const char* size,
    const char* orders = kUnset)
{
    return { { FIX::FIELD::MDUpdateAction, action }, { FIX::FIELD::MDEntryType, type }, { FIX::FIELD::Symbol, symbol },
        { FIX::FIELD::MDEntryPx, px }, { FIX::FIELD::MDEntrySize, size }, { FIX::FIELD::NumberOfOrders, orders } };
}

Price px(const char* text)
{
    return *parsePrice(text);
}

QString describe(const MarketDataUpdate& u)
{
    QStringList parts;
    parts << QString::fromStdString(u.venue + " " + u.symbol + " " + std::string(toString(u.kind)));
    for (const MdEntry& e : u.entries)
        parts << QStringLiteral("%1 %2 %3x%4(%5)")
                     .arg(QString::fromUtf8(toString(e.action).data()))
                     .arg(QString::fromUtf8(toString(e.side).data()))
                     .arg(QString::fromStdString(formatPrice(e.price)))
                     .arg(e.size)
                     .arg(e.orders);
    if (!u.text.empty())
        parts << QString::fromStdString(u.text);
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestFixMarketData : public QObject {
    Q_OBJECT

private slots:
    void requestAsksForSnapshotPlusUpdatesOfBidsOffersAndTrades()
    {
        FIX::Message m = fix::marketDataRequest("MD1-AAPL", "AAPL", 10);
        QCOMPARE(m.getHeader().getField(FIX::FIELD::MsgType), std::string("V"));
        QCOMPARE(m.getField(FIX::FIELD::MDReqID), std::string("MD1-AAPL"));
        QCOMPARE(m.getField(FIX::FIELD::SubscriptionRequestType), std::string("1"));
        QCOMPARE(m.getField(FIX::FIELD::MarketDepth), std::string("10"));
        QCOMPARE(m.getField(FIX::FIELD::MDUpdateType), std::string("1"));
        QCOMPARE(m.groupCount(FIX::FIELD::NoMDEntryTypes), std::size_t(3));
        std::string types;
        for (int i = 1; i <= 3; ++i)
            types += m.getGroupRef(i, FIX::FIELD::NoMDEntryTypes).getField(FIX::FIELD::MDEntryType);
        QCOMPARE(types, std::string("012"));
        QCOMPARE(m.groupCount(FIX::FIELD::NoRelatedSym), std::size_t(1));
        QCOMPARE(m.getGroupRef(1, FIX::FIELD::NoRelatedSym).getField(FIX::FIELD::Symbol), std::string("AAPL"));
        // What goes on the wire passes the dictionary a venue would use.
        const FIX::Message sent = wire(m);
        try {
            dictionary().validate(sent);
        } catch (const FIX::Exception& e) {
            QFAIL(e.what());
        }
        QCOMPARE(fix::marketDataRequest("MD2-AAPL", "AAPL", 5, false).getField(FIX::FIELD::SubscriptionRequestType),
            std::string("0"));
    }

    void snapshotIsReadLevelByLevel()
    {
        const FIX::Message m = snapshot("AAPL",
            { { { FIX::FIELD::MDEntryType, "0" }, { FIX::FIELD::MDEntryPx, "190.25" },
                  { FIX::FIELD::MDEntrySize, "500" }, { FIX::FIELD::NumberOfOrders, "3" },
                  { FIX::FIELD::MDEntryPositionNo, "1" } },
                { { FIX::FIELD::MDEntryType, "0" }, { FIX::FIELD::MDEntryPx, "190.24" },
                    { FIX::FIELD::MDEntrySize, "200" } },
                { { FIX::FIELD::MDEntryType, "1" }, { FIX::FIELD::MDEntryPx, "190.27" },
                    { FIX::FIELD::MDEntrySize, "300.0" }, { FIX::FIELD::NumberOfOrders, "2" } },
                { { FIX::FIELD::MDEntryType, "2" }, { FIX::FIELD::MDEntryPx, "190.26" },
                    { FIX::FIELD::MDEntrySize, "100" } },
                // Session volume: not asked for, skipped.
                { { FIX::FIELD::MDEntryType, "B" }, { FIX::FIELD::MDEntrySize, "123456" } } });
        std::vector<MarketDataUpdate> out;
        std::string error;
        QVERIFY2(fix::decodeMarketData(m, "XSIM", "", out, error), error.c_str());
        QCOMPARE(out.size(), std::size_t(1));
        QCOMPARE(describe(out[0]),
            QStringLiteral("XSIM AAPL Snapshot; New Bid 190.25x500(3); New Bid 190.24x200(0); "
                           "New Ask 190.27x300(2); New Trade 190.26x100(0)"));
        QCOMPARE(out[0].entries[0].price, px("190.25"));
    }

    void emptySnapshotEmptiesTheBook_data()
    {
        QTest::addColumn<bool>("withCount");
        QTest::addRow("NoMDEntries=0") << true;
        QTest::addRow("no NoMDEntries at all") << false;
    }
    void emptySnapshotEmptiesTheBook()
    {
        QFETCH(bool, withCount);
        FIX44::MarketDataSnapshotFullRefresh m;
        m.setField(FIX::FIELD::Symbol, "AAPL");
        if (withCount)
            m.setField(FIX::FIELD::NoMDEntries, "0");
        std::vector<MarketDataUpdate> out;
        std::string error;
        QVERIFY2(fix::decodeMarketData(wire(m), "XSIM", "", out, error), error.c_str());
        QCOMPARE(describe(out.at(0)), QStringLiteral("XSIM AAPL Snapshot"));
    }

    void snapshotWithoutSymbolBelongsToItsRequest()
    {
        const FIX::Message m = snapshot("",
            { { { FIX::FIELD::MDEntryType, "1" }, { FIX::FIELD::MDEntryPx, "10" },
                { FIX::FIELD::MDEntrySize, "5" } } });
        std::vector<MarketDataUpdate> out;
        std::string error;
        QVERIFY2(fix::decodeMarketData(m, "XSIM", "MSFT", out, error), error.c_str());
        QCOMPARE(describe(out.at(0)), QStringLiteral("XSIM MSFT Snapshot; New Ask 10x5(0)"));
        out.clear();
        QVERIFY(!fix::decodeMarketData(m, "XSIM", "", out, error));
        QCOMPARE(QString::fromStdString(error),
            QStringLiteral("MarketDataSnapshotFullRefresh without Symbol (55), and its MDReqID (262) is not one "
                           "of our requests"));
        QVERIFY(out.empty());
    }

    void incrementalIsSplitBySymbolInOrder()
    {
        const FIX::Message m = incremental(
            { level("0", "0", "AAPL", "190.25", "500", "3"), level("1", "1", "MSFT", "410.5", "100", "1"),
                level("0", "2", "AAPL", "190.2", kUnset), level("4", "0", "AAPL", "190", "1"), // opening price: skipped
                level("2", "0", "AAPL", "190.26", "40"),
                level("1", "0", kUnset, "190.3", "70", "2") }, // the request's symbol
            "MD9-AAPL");
        std::vector<MarketDataUpdate> out;
        std::string error;
        QVERIFY2(fix::decodeMarketData(m, "XSIM", "AAPL", out, error), error.c_str());
        QCOMPARE(out.size(), std::size_t(2));
        QCOMPARE(describe(out[0]),
            QStringLiteral("XSIM AAPL Incremental; New Bid 190.25x500(3); Delete Bid 190.2x0(0); "
                           "New Trade 190.26x40(0); New Ask 190.3x70(2)"));
        QCOMPARE(describe(out[1]), QStringLiteral("XSIM MSFT Incremental; Change Ask 410.5x100(1)"));
    }

    void rejectNamesTheRequestedSymbol()
    {
        FIX44::MarketDataRequestReject m;
        m.setField(FIX::FIELD::MDReqID, "MD3-MSFT");
        m.setField(FIX::FIELD::MDReqRejReason, "0");
        m.setField(FIX::FIELD::Text, "Unknown symbol MSFT");
        std::vector<MarketDataUpdate> out;
        std::string error;
        QVERIFY2(fix::decodeMarketData(wire(m), "XSIM", "MSFT", out, error), error.c_str());
        QCOMPARE(describe(out.at(0)), QStringLiteral("XSIM MSFT Reject; unknown symbol: Unknown symbol MSFT"));

        FIX44::MarketDataRequestReject bare;
        bare.setField(FIX::FIELD::MDReqID, "MD4-X");
        out.clear();
        QVERIFY(fix::decodeMarketData(wire(bare), "XSIM", "", out, error));
        QCOMPARE(describe(out.at(0)), QStringLiteral("XSIM  Reject; no reason given"));

        FIX::Message noId;
        noId.getHeader().setField(FIX::FIELD::MsgType, "Y");
        out.clear();
        QVERIFY(!fix::decodeMarketData(noId, "XSIM", "", out, error));
        QCOMPARE(QString::fromStdString(error), QStringLiteral("MarketDataRequestReject without MDReqID (262)"));
        QVERIFY(out.empty());
    }

    // The second entry of an incremental refresh is spoilt one field at a
    // time; the whole message is refused with a sentence naming the tag.
    void malformedEntryRefusesTheMessage_data()
    {
        QTest::addColumn<int>("tag");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("quickfixCatches"); // a required field: QuickFIX's validation refuses it too
        const QString prefix = QStringLiteral("MarketDataIncrementalRefresh entry 2: ");
        QTest::addRow("price not a number") << FIX::FIELD::MDEntryPx << "abc"
                                            << "1" << prefix + "MDEntryPx (270) 'abc' is not a positive price" << false;
        QTest::addRow("price negative") << FIX::FIELD::MDEntryPx << "-190.25"
                                        << "1" << prefix + "MDEntryPx (270) '-190.25' is not a positive price" << false;
        QTest::addRow("price zero") << FIX::FIELD::MDEntryPx << "0"
                                    << "0" << prefix + "MDEntryPx (270) '0' is not a positive price" << false;
        QTest::addRow("price too precise")
            << FIX::FIELD::MDEntryPx << "190.123456789"
            << "1" << prefix + "MDEntryPx (270) '190.123456789' is not a positive price" << false;
        QTest::addRow("price missing on a delete")
            << FIX::FIELD::MDEntryPx << kUnset << "2" << prefix + "no MDEntryPx (270)" << false;
        QTest::addRow("size fractional") << FIX::FIELD::MDEntrySize << "1.5"
                                         << "1" << prefix + "MDEntrySize (271) '1.5' is not a positive whole number"
                                         << false;
        QTest::addRow("size negative") << FIX::FIELD::MDEntrySize << "-3"
                                       << "0" << prefix + "MDEntrySize (271) '-3' is not a positive whole number"
                                       << false;
        QTest::addRow("size zero on a new level")
            << FIX::FIELD::MDEntrySize << "0"
            << "0" << prefix + "MDEntrySize (271) '0' is not a positive whole number" << false;
        QTest::addRow("size missing on a change")
            << FIX::FIELD::MDEntrySize << kUnset << "1" << prefix + "no MDEntrySize (271)" << false;
        QTest::addRow("order count not a number") << FIX::FIELD::NumberOfOrders << "x"
                                                  << "1" << prefix + "NumberOfOrders (346) 'x' is not a count" << false;
        QTest::addRow("order count negative") << FIX::FIELD::NumberOfOrders << "-1"
                                              << "1" << prefix + "NumberOfOrders (346) '-1' is not a count" << false;
        QTest::addRow("order count too large")
            << FIX::FIELD::NumberOfOrders << "99999999999"
            << "1" << prefix + "NumberOfOrders (346) '99999999999' is not a count" << false;
        QTest::addRow("update action missing")
            << FIX::FIELD::MDUpdateAction << kUnset << "1" << prefix + "no MDUpdateAction (279)" << true;
        QTest::addRow("update action overlay") << FIX::FIELD::MDUpdateAction << "5"
                                               << "1"
                                               << prefix
                + "MDUpdateAction (279) '5' is not supported (only new, change, "
                  "delete)" << false;
        QTest::addRow("entry type missing")
            << FIX::FIELD::MDEntryType << kUnset << "1" << prefix + "no MDEntryType (269)" << false;
        QTest::addRow("no symbol and not our request")
            << FIX::FIELD::Symbol << kUnset << "1"
            << prefix + "no Symbol (55), and its MDReqID (262) is not one of our requests" << false;
    }
    void malformedEntryRefusesTheMessage()
    {
        QFETCH(int, tag);
        QFETCH(QString, value);
        QFETCH(QString, action);
        QFETCH(QString, error);
        QFETCH(bool, quickfixCatches);
        Fields bad = level("1", "1", "AAPL", "190.27", "300", "2");
        bad[0].second = action.toStdString();
        for (auto& [t, v] : bad)
            if (t == tag)
                v = value.toStdString();
        const FIX::Message m = incremental({ level("0", "0", "AAPL", "190.25", "500", "3"), bad });
        // QuickFIX's own validation lets all but missing required fields through.
        try {
            dictionary().validate(m, true);
            QVERIFY2(!quickfixCatches, "QuickFIX was expected to refuse it");
        } catch (const FIX::Exception& e) {
            QVERIFY2(quickfixCatches, qPrintable(QStringLiteral("QuickFIX refused it itself: %1").arg(e.what())));
        }
        std::vector<MarketDataUpdate> out(1); // left as it was on a refusal
        std::string why;
        QVERIFY(!fix::decodeMarketData(m, "XSIM", "", out, why));
        QCOMPARE(QString::fromStdString(why), error);
        QCOMPARE(out.size(), std::size_t(1));
    }

    void entriesReadAsLooseFieldsAreRefused()
    {
        // Parsed without the dictionary, the entries are not a group: the
        // count no longer matches what was read.
        const FIX::Message good
            = incremental({ level("0", "0", "AAPL", "190.25", "500"), level("1", "0", "AAPL", "191", "5") });
        const FIX::Message loose(good.toString(), false);
        std::vector<MarketDataUpdate> out;
        std::string error;
        QVERIFY(!fix::decodeMarketData(loose, "XSIM", "", out, error));
        QCOMPARE(QString::fromStdString(error),
            QStringLiteral("MarketDataIncrementalRefresh: NoMDEntries (268) says 2 entries, 0 were read"));
    }

    void otherMessagesAreNotMarketData()
    {
        FIX::Message m;
        m.getHeader().setField(FIX::FIELD::MsgType, "8");
        std::vector<MarketDataUpdate> out;
        std::string error;
        QVERIFY(!fix::decodeMarketData(m, "XSIM", "", out, error));
        QCOMPARE(QString::fromStdString(error), QStringLiteral("unexpected message type 8 for market data"));
        QVERIFY(!fix::decodeMarketData(FIX::Message(), "XSIM", "", out, error));
        QCOMPARE(QString::fromStdString(error), QStringLiteral("message without MsgType (35)"));
    }
};

} // namespace ordo

QTEST_GUILESS_MAIN(ordo::TestFixMarketData)
#include "tst_fixmarketdata.moc"
