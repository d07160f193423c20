// Core values <-> FIX 4.4 messages: what Ordo sends for each order type,
// side and time in force, and how every answer a venue can give is read,
// including the malformed ones.

#include "fixconvert.h"

#include "domain/format.h"

#include <quickfix/FieldNumbers.h>

#include <QtTest>

namespace ordo {

class TestFixConvert : public QObject {
    Q_OBJECT

private:
    static Order order(OrdType type, Side side, TimeInForce tif)
    {
        Order o;
        o.id = 7;
        o.type = type;
        o.side = side;
        o.tif = tif;
        o.quantity = 300;
        o.limitPrice = *parsePrice("190.25");
        o.stopPrice = *parsePrice("189.5");
        o.expireTime = 1'763'740'800'000'000'000;
        o.updatedTime = 1'763'700'000'123'000'000;
        return o;
    }
    static std::string tag(const FIX::Message& m, int t) { return m.isSetField(t) ? m.getField(t) : std::string("<none>"); }
    static FIX::Message report(const std::string& execType)
    {
        FIX::Message m;
        m.getHeader().setField(FIX::FIELD::MsgType, "8");
        m.setField(FIX::FIELD::ClOrdID, "20261121-7");
        m.setField(FIX::FIELD::ExecType, execType);
        m.setField(FIX::FIELD::OrdStatus, "0");
        return m;
    }

private slots:
    void newOrderSingle_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("side");
        QTest::addColumn<int>("tif");
        QTest::addColumn<QString>("ordType");
        QTest::addColumn<QString>("sideCode");
        QTest::addColumn<QString>("tifCode");
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("stop");
        QTest::addRow("limit buy, day") << int(OrdType::Limit) << int(Side::Buy) << int(TimeInForce::Day) << "2" << "1"
                                        << "0" << "190.25" << "<none>";
        QTest::addRow("market sell, IOC") << int(OrdType::Market) << int(Side::Sell) << int(TimeInForce::Ioc) << "1"
                                          << "2" << "3" << "<none>" << "<none>";
        QTest::addRow("stop short, GTC") << int(OrdType::Stop) << int(Side::Short) << int(TimeInForce::Gtc) << "3" << "5"
                                         << "1" << "<none>" << "189.5";
        QTest::addRow("stop limit cover, FOK") << int(OrdType::StopLimit) << int(Side::Cover) << int(TimeInForce::Fok)
                                               << "4" << "1" << "4" << "190.25" << "189.5";
        QTest::addRow("limit at the open") << int(OrdType::Limit) << int(Side::Buy) << int(TimeInForce::Ato) << "2"
                                           << "1" << "2" << "190.25" << "<none>";
        QTest::addRow("limit at the close") << int(OrdType::Limit) << int(Side::Sell) << int(TimeInForce::Atc) << "2"
                                            << "2" << "7" << "190.25" << "<none>";
        QTest::addRow("limit good till date") << int(OrdType::Limit) << int(Side::Buy) << int(TimeInForce::Gtd) << "2"
                                              << "1" << "6" << "190.25" << "<none>";
    }
    void newOrderSingle()
    {
        QFETCH(int, type);
        QFETCH(int, side);
        QFETCH(int, tif);
        const Order o = order(OrdType(type), Side(side), TimeInForce(tif));
        const OutboundOrder out{o, "20261121-7", "", "AAPL", "XSIM", "ACC1", nullptr, "LOC-1"};
        const FIX::Message m = fix::newOrderSingle(out);
        QCOMPARE(m.getHeader().getField(FIX::FIELD::MsgType), std::string("D"));
        QCOMPARE(tag(m, FIX::FIELD::ClOrdID), std::string("20261121-7"));
        QCOMPARE(tag(m, FIX::FIELD::Symbol), std::string("AAPL"));
        QCOMPARE(tag(m, FIX::FIELD::Account), std::string("ACC1"));
        QCOMPARE(tag(m, FIX::FIELD::OrderQty), std::string("300"));
        QTEST(QString::fromStdString(tag(m, FIX::FIELD::OrdType)), "ordType");
        QTEST(QString::fromStdString(tag(m, FIX::FIELD::Side)), "sideCode");
        QTEST(QString::fromStdString(tag(m, FIX::FIELD::TimeInForce)), "tifCode");
        QTEST(QString::fromStdString(tag(m, FIX::FIELD::Price)), "price");
        QTEST(QString::fromStdString(tag(m, FIX::FIELD::StopPx)), "stop");
        QCOMPARE(tag(m, FIX::FIELD::TransactTime), std::string("20251121-04:40:00.123"));
        if (TimeInForce(tif) == TimeInForce::Gtd)
            QCOMPARE(tag(m, FIX::FIELD::ExpireTime), std::string("20251121-16:00:00.000"));
        if (Side(side) == Side::Short) {
            QCOMPARE(tag(m, FIX::FIELD::LocateReqd), std::string("N"));
            QCOMPARE(tag(m, fix::kLocateIdTag), std::string("LOC-1"));
        }
    }

    void icebergHiddenAndPeg()
    {
        Order o = order(OrdType::Limit, Side::Buy, TimeInForce::Day);
        o.displayQty = 100;
        FIX::Message m = fix::newOrderSingle({o, "c1", "", "AAPL", "XSIM", "ACC1", nullptr, {}});
        QCOMPARE(tag(m, FIX::FIELD::MaxFloor), std::string("100"));
        o.displayQty = 0;
        o.hidden = true;
        m = fix::newOrderSingle({o, "c1", "", "AAPL", "XSIM", "ACC1", nullptr, {}});
        QCOMPARE(tag(m, FIX::FIELD::MaxFloor), std::string("0"));
        o.hidden = false;
        o.peg = PegType::Mid;
        o.pegOffset = *parsePrice("0.01");
        m = fix::newOrderSingle({o, "c1", "", "AAPL", "XSIM", "ACC1", nullptr, {}});
        QCOMPARE(tag(m, FIX::FIELD::OrdType), std::string("P"));
        QCOMPARE(tag(m, FIX::FIELD::ExecInst), std::string("M"));
        QCOMPARE(tag(m, FIX::FIELD::PegOffsetValue), std::string("0.01"));
    }

    void cancelAndReplace()
    {
        const Order o = order(OrdType::Limit, Side::Sell, TimeInForce::Day);
        FIX::Message c = fix::cancelRequest({o, "20261121-7.1", "20261121-7", "AAPL", "XSIM", "ACC1", nullptr, {}});
        QCOMPARE(c.getHeader().getField(FIX::FIELD::MsgType), std::string("F"));
        QCOMPARE(tag(c, FIX::FIELD::OrigClOrdID), std::string("20261121-7"));
        QCOMPARE(tag(c, FIX::FIELD::ClOrdID), std::string("20261121-7.1"));
        const OrderAmendment am{500, *parsePrice("191"), 0, 0};
        FIX::Message r = fix::cancelReplaceRequest({o, "20261121-7.2", "20261121-7", "AAPL", "XSIM", "ACC1", &am, {}});
        QCOMPARE(r.getHeader().getField(FIX::FIELD::MsgType), std::string("G"));
        QCOMPARE(tag(r, FIX::FIELD::OrderQty), std::string("500"));
        QCOMPARE(tag(r, FIX::FIELD::Price), std::string("191"));
    }

    void decodeReports_data()
    {
        QTest::addColumn<QString>("execType");
        QTest::addColumn<int>("expected");
        QTest::addRow("new is an ack") << "0" << int(VenueEventType::Ack);
        QTest::addRow("canceled") << "4" << int(VenueEventType::Cancelled);
        QTest::addRow("replaced") << "5" << int(VenueEventType::Replaced);
        QTest::addRow("rejected") << "8" << int(VenueEventType::Reject);
        QTest::addRow("expired") << "C" << int(VenueEventType::Expired);
        QTest::addRow("suspended") << "9" << int(VenueEventType::Suspended);
        QTest::addRow("done for day") << "3" << int(VenueEventType::DoneForDay);
        QTest::addRow("restated back to new resumes") << "D" << int(VenueEventType::Resumed);
    }
    void decodeReports()
    {
        QFETCH(QString, execType);
        QFETCH(int, expected);
        FIX::Message m = report(execType.toStdString());
        m.setField(FIX::FIELD::Text, "because");
        std::string error;
        const auto e = fix::decode(m, "XSIM", error);
        QVERIFY2(e.has_value(), error.c_str());
        QCOMPARE(int(e->type), expected);
        QCOMPARE(e->clOrdId, std::string("20261121-7"));
        QCOMPARE(e->venue, std::string("XSIM"));
        QCOMPARE(e->text, std::string("because"));
    }

    void decodeFill()
    {
        FIX::Message m = report("F");
        m.setField(FIX::FIELD::ExecID, "E-1");
        m.setField(FIX::FIELD::LastQty, "120");
        m.setField(FIX::FIELD::LastPx, "190.2500");
        m.setField(FIX::FIELD::LastLiquidityInd, "1");
        m.setField(FIX::FIELD::Commission, "1.25");
        m.setField(FIX::FIELD::TransactTime, "20251121-14:30:00.250");
        std::string error;
        const auto e = fix::decode(m, "XSIM", error);
        QVERIFY2(e.has_value(), error.c_str());
        QCOMPARE(int(e->type), int(VenueEventType::Fill));
        QCOMPARE(e->execId, std::string("E-1"));
        QCOMPARE(e->lastQty, Qty(120));
        QCOMPARE(e->lastPrice, *parsePrice("190.25"));
        QCOMPARE(int(e->liquidity), int(Liquidity::Added));
        QCOMPARE(e->fee, *parsePrice("1.25"));
        QCOMPARE(e->venueTime, Timestamp(1'763'735'400'250'000'000));
    }

    void informationalReportsChangeNothing_data()
    {
        QTest::addColumn<QString>("execType");
        QTest::addRow("pending new") << "A";
        QTest::addRow("pending cancel") << "6";
        QTest::addRow("pending replace") << "E";
    }
    void informationalReportsChangeNothing()
    {
        QFETCH(QString, execType);
        std::string error;
        QVERIFY(!fix::decode(report(execType.toStdString()), "XSIM", error));
        QVERIFY(error.empty());
    }

    void statusReportCarriesTheVenuesAccount()
    {
        FIX::Message m = report("I");
        m.setField(FIX::FIELD::OrdStatus, "1");
        m.setField(FIX::FIELD::CumQty, "40");
        m.setField(FIX::FIELD::AvgPx, "10.05");
        m.setField(FIX::FIELD::OrderQty, "100");
        m.setField(FIX::FIELD::Symbol, "AAPL");
        m.setField(FIX::FIELD::Side, "5");
        m.setField(FIX::FIELD::MassStatusReqID, "20261121-R1");
        m.setField(FIX::FIELD::TotNumReports, "3");
        m.setField(FIX::FIELD::LastRptRequested, "Y");
        std::string error;
        const auto e = fix::decode(m, "XSIM", error);
        QVERIFY2(e, error.c_str());
        QVERIFY(e->type == VenueEventType::Status);
        QVERIFY(e->venueState == VenueOrderState::Live);
        QCOMPARE(e->cumQty, Qty(40));
        QCOMPARE(e->avgPrice, *parsePrice("10.05"));
        QCOMPARE(e->orderQty, Qty(100));
        QVERIFY(e->side == Side::Short);
        QCOMPARE(e->requestId, std::string("20261121-R1"));
        QCOMPARE(e->totalReports, 3);
        QVERIFY(e->lastReport);
    }

    void statusStatesMapToTheVenuesView_data()
    {
        QTest::addColumn<QString>("ordStatus");
        QTest::addColumn<int>("state");
        QTest::addRow("new") << "0" << int(VenueOrderState::Live);
        QTest::addRow("partially filled") << "1" << int(VenueOrderState::Live);
        QTest::addRow("pending cancel") << "6" << int(VenueOrderState::Live);
        QTest::addRow("filled") << "2" << int(VenueOrderState::Filled);
        QTest::addRow("canceled") << "4" << int(VenueOrderState::Done);
        QTest::addRow("expired") << "C" << int(VenueOrderState::Done);
        QTest::addRow("done for day") << "3" << int(VenueOrderState::Done);
        QTest::addRow("rejected (unknown order)") << "8" << int(VenueOrderState::Rejected);
    }
    void statusStatesMapToTheVenuesView()
    {
        QFETCH(QString, ordStatus);
        QFETCH(int, state);
        FIX::Message m = report("I");
        m.setField(FIX::FIELD::OrdStatus, ordStatus.toStdString());
        std::string error;
        const auto e = fix::decode(m, "XSIM", error);
        QVERIFY2(e, error.c_str());
        QCOMPARE(int(e->venueState), state);
    }

    void statusForNoOrdersNamesNone()
    {
        FIX::Message m = report("I");
        m.setField(FIX::FIELD::ClOrdID, "NONE");
        m.setField(FIX::FIELD::OrdStatus, "8");
        m.setField(FIX::FIELD::TotNumReports, "0");
        std::string error;
        auto e = fix::decode(m, "XSIM", error);
        QVERIFY2(e, error.c_str());
        QVERIFY(e->clOrdId.empty());
        QCOMPARE(e->totalReports, 0);
        m.removeField(FIX::FIELD::ClOrdID);  // a venue may leave it out altogether
        e = fix::decode(m, "XSIM", error);
        QVERIFY2(e, error.c_str());
        QVERIFY(e->clOrdId.empty());
    }

    void badStatusReportsAreRefusedWithTheTag_data()
    {
        QTest::addColumn<int>("tag");
        QTest::addColumn<QString>("value");
        QTest::addRow("OrdStatus not a status") << int(FIX::FIELD::OrdStatus) << "Z";
        QTest::addRow("OrdStatus two characters") << int(FIX::FIELD::OrdStatus) << "12";
        QTest::addRow("CumQty not a number") << int(FIX::FIELD::CumQty) << "forty";
        QTest::addRow("CumQty negative") << int(FIX::FIELD::CumQty) << "-5";
        QTest::addRow("AvgPx not a number") << int(FIX::FIELD::AvgPx) << "1O.05";
        QTest::addRow("TotNumReports not a count") << int(FIX::FIELD::TotNumReports) << "many";
    }
    void badStatusReportsAreRefusedWithTheTag()
    {
        QFETCH(int, tag);
        QFETCH(QString, value);
        FIX::Message m = report("I");
        m.setField(tag, value.toStdString());
        std::string error;
        QVERIFY(!fix::decode(m, "XSIM", error));
        QVERIFY2(error.find("(" + std::to_string(tag) + ")") != std::string::npos, error.c_str());
    }

    void tradeCancelAndCorrectNameTheFill()
    {
        FIX::Message bust = report("H");
        bust.setField(FIX::FIELD::ExecID, "X9");
        bust.setField(FIX::FIELD::ExecRefID, "X5");
        bust.setField(FIX::FIELD::OrdStatus, "1");
        std::string error;
        auto e = fix::decode(bust, "XSIM", error);
        QVERIFY2(e, error.c_str());
        QVERIFY(e->type == VenueEventType::TradeCancelled);
        QCOMPARE(e->execRefId, std::string("X5"));
        QVERIFY(e->venueState == VenueOrderState::Live);

        FIX::Message correct = report("G");
        correct.setField(FIX::FIELD::ExecID, "X10");
        correct.setField(FIX::FIELD::ExecRefID, "X5");
        correct.setField(FIX::FIELD::LastQty, "30");
        correct.setField(FIX::FIELD::LastPx, "10.02");
        e = fix::decode(correct, "XSIM", error);
        QVERIFY2(e, error.c_str());
        QVERIFY(e->type == VenueEventType::TradeCorrected);
        QCOMPARE(e->lastQty, Qty(30));
        QCOMPARE(e->lastPrice, *parsePrice("10.02"));

        correct.removeField(FIX::FIELD::ExecRefID);
        QVERIFY(!fix::decode(correct, "XSIM", error));
        QVERIFY2(error.find("ExecRefID (19)") != std::string::npos, error.c_str());
        correct.setField(FIX::FIELD::ExecRefID, "X5");
        correct.setField(FIX::FIELD::LastPx, "ten");
        QVERIFY(!fix::decode(correct, "XSIM", error));
        QVERIFY2(error.find("(31)") != std::string::npos, error.c_str());
    }

    void statusAndMassRequestsCarryTheirIds()
    {
        Order o;
        o.side = Side::Short;
        const OutboundOrder out{o, "20261121-7.2", {}, "AAPL", "XSIM", "ACC1", nullptr, {}};
        FIX::Message h = fix::orderStatusRequest(out, "20261121-R4");
        QCOMPARE(h.getHeader().getField(FIX::FIELD::MsgType), std::string("H"));
        QCOMPARE(h.getField(FIX::FIELD::ClOrdID), std::string("20261121-7.2"));
        QCOMPARE(h.getField(FIX::FIELD::OrdStatusReqID), std::string("20261121-R4"));
        QCOMPARE(h.getField(FIX::FIELD::Side), std::string("5"));
        QCOMPARE(h.getField(FIX::FIELD::Symbol), std::string("AAPL"));

        FIX::Message af = fix::orderMassStatusRequest("20261121-R5");
        QCOMPARE(af.getHeader().getField(FIX::FIELD::MsgType), std::string("AF"));
        QCOMPARE(af.getField(FIX::FIELD::MassStatusReqID), std::string("20261121-R5"));
        QCOMPARE(af.getField(FIX::FIELD::MassStatusReqType), std::string("7"));

        FIX::Message all = fix::orderMassCancelRequest("MC1", "", kNanosPerSecond);
        QCOMPARE(all.getHeader().getField(FIX::FIELD::MsgType), std::string("q"));
        QCOMPARE(all.getField(FIX::FIELD::MassCancelRequestType), std::string("7"));
        QVERIFY(!all.isSetField(FIX::FIELD::Symbol));
        FIX::Message one = fix::orderMassCancelRequest("MC2", "MSFT", kNanosPerSecond);
        QCOMPARE(one.getField(FIX::FIELD::MassCancelRequestType), std::string("1"));
        QCOMPARE(one.getField(FIX::FIELD::Symbol), std::string("MSFT"));
        QVERIFY(one.isSetField(FIX::FIELD::TransactTime));
    }

    void cancelReject()
    {
        FIX::Message m;
        m.getHeader().setField(FIX::FIELD::MsgType, "9");
        m.setField(FIX::FIELD::ClOrdID, "20261121-7.1");
        m.setField(FIX::FIELD::CxlRejResponseTo, "1");
        std::string error;
        auto e = fix::decode(m, "XSIM", error);
        QVERIFY(e);
        QCOMPARE(int(e->type), int(VenueEventType::CancelRejected));
        m.setField(FIX::FIELD::CxlRejResponseTo, "2");
        e = fix::decode(m, "XSIM", error);
        QVERIFY(e);
        QCOMPARE(int(e->type), int(VenueEventType::ReplaceRejected));
    }

    void malformedReportsAreRefusedWithTheTag_data()
    {
        QTest::addColumn<int>("tag");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("price that is not a number") << int(FIX::FIELD::LastPx) << "12a.5" << "LastPx (31)";
        QTest::addRow("fractional quantity") << int(FIX::FIELD::LastQty) << "10.5" << "LastQty (32)";
        QTest::addRow("missing exec id") << int(FIX::FIELD::ExecID) << "" << "ExecID (17)";
        QTest::addRow("bad commission") << int(FIX::FIELD::Commission) << "lots" << "Commission (12)";
        QTest::addRow("bad transact time") << int(FIX::FIELD::TransactTime) << "yesterday" << "TransactTime (60)";
    }
    void malformedReportsAreRefusedWithTheTag()
    {
        QFETCH(int, tag);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        FIX::Message m = report("F");
        m.setField(FIX::FIELD::ExecID, "E-1");
        m.setField(FIX::FIELD::LastQty, "10");
        m.setField(FIX::FIELD::LastPx, "190");
        if (value.isEmpty())
            m.removeField(tag);
        else
            m.setField(tag, value.toStdString());
        std::string error;
        QVERIFY(!fix::decode(m, "XSIM", error));
        QVERIFY2(QString::fromStdString(error).contains(mentions), error.c_str());
    }

    void unknownExecTypeAndMissingClOrdId()
    {
        std::string error;
        QVERIFY(!fix::decode(report("Z"), "XSIM", error));
        QVERIFY(QString::fromStdString(error).contains(QStringLiteral("ExecType (150)")));
        FIX::Message m = report("0");
        m.removeField(FIX::FIELD::ClOrdID);
        QVERIFY(!fix::decode(m, "XSIM", error));
        QVERIFY(QString::fromStdString(error).contains(QStringLiteral("ClOrdID (11)")));
    }
};

}  // namespace ordo

QTEST_APPLESS_MAIN(ordo::TestFixConvert)
#include "tst_fixconvert.moc"
