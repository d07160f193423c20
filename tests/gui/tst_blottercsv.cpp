// CSV export: RFC 4180 quoting, formula-looking text defused, and what a
// view shows: its rows in the proxy's order, its visible columns in their
// visual order, plain values (roles::Export) rather than grouped digits.

#include "blotterproxy.h"
#include "blottertestsupport.h"
#include "blotterview.h"
#include "csvexport.h"
#include "ordermodel.h"

#include <QBuffer>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

namespace ordo {

using test::order;

class TestBlotterCsv : public QObject {
    Q_OBJECT

private slots:
    void quoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addRow("plain") << QStringLiteral("AAPL") << QStringLiteral("AAPL");
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::addRow("quote doubled") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::addRow("line break") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
        QTest::addRow("carriage return") << QStringLiteral("one\rtwo") << QStringLiteral("\"one\rtwo\"");
        QTest::addRow("leading space kept") << QStringLiteral(" x") << QStringLiteral("\" x\"");
        QTest::addRow("negative number stays a number") << QStringLiteral("-12.50") << QStringLiteral("-12.50");
        QTest::addRow("formula defused") << QStringLiteral("=HYPERLINK(\"x\")")
                                         << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::addRow("plus defused") << QStringLiteral("+cmd") << QStringLiteral("'+cmd");
        QTest::addRow("at defused") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::addRow("minus text defused") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::addRow("non-ASCII") << QStringLiteral("Zürich") << QStringLiteral("Zürich");
    }

    void quoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(csvField(text), field);
    }

    void whatTheViewShows()
    {
        QStandardItemModel model(0, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("Symbol"), QStringLiteral("Note"), QStringLiteral("Qty")});
        model.appendRow({new QStandardItem(QStringLiteral("MSFT")), new QStandardItem(QStringLiteral("a, b")),
                         new QStandardItem(QStringLiteral("2"))});
        model.appendRow({new QStandardItem(QStringLiteral("AAPL")), new QStandardItem(QStringLiteral("plain")),
                         new QStandardItem(QStringLiteral("1"))});
        model.appendRow({new QStandardItem(QStringLiteral("VOD")), new QStandardItem(QStringLiteral("hidden row")),
                         new QStandardItem(QStringLiteral("3"))});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterKeyColumn(1);
        proxy.setFilterFixedString(QStringLiteral("a"));  // VOD's note has no "a"
        proxy.sort(0);
        QTableView view;
        view.setModel(&proxy);
        view.horizontalHeader()->moveSection(2, 0);  // Qty first
        view.horizontalHeader()->hideSection(1);     // no Note
        QCOMPARE(toCsv(proxy, view.horizontalHeader()), QStringLiteral("Qty,Symbol\r\n1,AAPL\r\n2,MSFT\r\n"));
        // Without a header: every column, model order.
        QCOMPARE(toCsv(proxy), QStringLiteral("Symbol,Note,Qty\r\nAAPL,plain,1\r\nMSFT,\"a, b\",2\r\n"));
    }

    void blotterRowsWithPlainValues()
    {
        OrderModel model;
        BlotterProxy proxy(&model);
        model.applyBatch({order(1).qty(12000).text(QStringLiteral("=cmd|' /C calc'!A0")), order(2).parent(1),
                          order(3).symbol(QStringLiteral("MSFT"))});
        OrderCriteria c;
        c.symbols = {QStringLiteral("AAPL")};
        proxy.setCriteria(c);
        proxy.sort(OrderModel::ColId, Qt::DescendingOrder);
        QTableView view;
        view.setModel(&proxy);
        QHeaderView* header = view.horizontalHeader();
        for (int col = 0; col < OrderModel::ColumnCount; ++col)
            header->setSectionHidden(col, col != OrderModel::ColId && col != OrderModel::ColQuantity
                                               && col != OrderModel::ColText && col != OrderModel::ColParent);
        const QStringList lines = toCsv(proxy, header).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.value(0), QStringLiteral("Order,Quantity,Text,Parent"));
        // Parent first, its child under it, MSFT filtered out; 12000 without a separator.
        QCOMPARE(lines.value(1), QStringLiteral("1,12000,'=cmd|' /C calc'!A0,"));
        QCOMPARE(lines.value(2), QStringLiteral("2,100,,1"));
        QCOMPARE(lines.size(), 4);  // and the empty string after the last CRLF
    }

    void writesAFileOrSaysWhyNot()
    {
        QStandardItemModel model(1, 1);
        model.setHorizontalHeaderLabels({QStringLiteral("A")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("x")));
        QTableView view;
        view.setModel(&model);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QString error;
        QVERIFY(exportView(&view, path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("A\r\nx\r\n"));
        QVERIFY(!exportView(&view, dir.filePath(QStringLiteral("no/such/dir/out.csv")), &error));
        QVERIFY(!error.isEmpty());

        QBuffer closed;  // not open for writing
        QVERIFY(!writeCsv(model, nullptr, closed, &error));
    }
};

}  // namespace ordo

QTEST_MAIN(ordo::TestBlotterCsv)
#include "tst_blottercsv.moc"
