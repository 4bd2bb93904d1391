// SPDX-License-Identifier: GPL-3.0-or-later
// The item models over a ModelDocument, checked by QAbstractItemModelTester (fatal) through
// inserts, removes, edits, undo, redo and resets; after every step the tree and the tables must
// mirror the document exactly, and table edits must go through the undo stack.

#include "elementtablemodel.h"
#include "elementtreemodel.h"
#include "fieldschema.h"
#include "fieldtext.h"
#include "modeldocument.h"
#include "modelfile.h"
#include "problemsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace nameplan;

namespace {

QString example(const char* name)
{
    return QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/") + QString::fromLatin1(name);
}

// The tree as text: kinds, then their elements indented, "display [id]".
QString dumpTree(const QAbstractItemModel& tree, ElementKind onlyKind)
{
    QString out;
    const QModelIndex kindIndex = tree.index(int(onlyKind), 0);
    out += kindIndex.data().toString() + u'\n';
    for (int row = 0; row < tree.rowCount(kindIndex); ++row) {
        const QModelIndex element = tree.index(row, 0, kindIndex);
        out += QStringLiteral("  %1 [%2]\n")
                   .arg(element.data().toString(), element.data(ElementTreeModel::IdRole).toString());
    }
    return out;
}

} // namespace

class TestItemModels : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dataHome;

    struct Fixture {
        ModelDocument document;
        ElementTreeModel tree { &document };
        std::vector<std::unique_ptr<ElementTableModel>> tables;
        QSortFilterProxyModel sortedAuthorities;
        ProblemsModel problems { &document };
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;

        Fixture()
        {
            for (ElementKind kind : allElementKinds)
                tables.push_back(std::make_unique<ElementTableModel>(&document, kind));
            sortedAuthorities.setSourceModel(table(ElementKind::Authority));
            sortedAuthorities.setSortRole(ElementTableModel::SortRole);
            sortedAuthorities.sort(FieldSchema::indexOf(ElementKind::Authority, u"hostname"));
            const auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
            testers.push_back(std::make_unique<QAbstractItemModelTester>(&tree, fatal));
            for (const auto& t : tables)
                testers.push_back(std::make_unique<QAbstractItemModelTester>(t.get(), fatal));
            testers.push_back(std::make_unique<QAbstractItemModelTester>(&sortedAuthorities, fatal));
            testers.push_back(std::make_unique<QAbstractItemModelTester>(&problems, fatal));
        }
        ElementTableModel* table(ElementKind kind) { return tables[size_t(kind)].get(); }
    };

    // The tree and every table show exactly what the document holds, in its order.
    static void verifyMirrors(Fixture& f)
    {
        const Model& model = f.document.model();
        QCOMPARE(f.tree.rowCount(), elementKindCount);
        for (ElementKind kind : allElementKinds) {
            const QModelIndex kindIndex = f.tree.indexForKind(kind);
            QCOMPARE(kindIndex.data().toString(),
                QStringLiteral("%1 (%2)").arg(elementKindTitle(kind)).arg(model.count(kind)));
            QCOMPARE(f.tree.rowCount(kindIndex), model.count(kind));
            ElementTableModel* table = f.table(kind);
            QCOMPARE(table->rowCount(), model.count(kind));
            const auto fields = FieldSchema::fields(kind);
            for (int row = 0; row < model.count(kind); ++row) {
                const ElementBase& element = model.element(kind, row);
                const QModelIndex item = f.tree.index(row, 0, kindIndex);
                QCOMPARE(item.data(ElementTreeModel::IdRole).toString(), element.id);
                QCOMPARE(item.data().toString(), element.name.isEmpty() ? element.id : element.name);
                QCOMPARE(f.tree.indexForId(element.id).row(), row);
                for (int column = 0; column < int(fields.size()); ++column) {
                    const QVariant value = FieldSchema::value(model, kind, row, column);
                    QCOMPARE(table->index(row, column).data().toString(),
                        FieldText::toText(fields[size_t(column)].type, value));
                }
            }
        }
        QCOMPARE(f.problems.rowCount(), int(f.document.problems().size()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dataHome.isValid());
        qputenv("XDG_DATA_HOME", m_dataHome.path().toUtf8());
    }

    void modelsFollowEveryChange_data()
    {
        using Step = std::function<void(ModelDocument&)>;
        QTest::addColumn<Step>("step");
        QTest::newRow("add") << Step([](ModelDocument& d) { d.addElement(ElementKind::Authority); });
        QTest::newRow("add every kind") << Step([](ModelDocument& d) {
            for (ElementKind kind : allElementKinds)
                d.addElement(kind);
        });
        QTest::newRow("duplicate") << Step([](ModelDocument& d) { d.duplicateElement(QStringLiteral("ns2")); });
        QTest::newRow("remove with references") << Step([](ModelDocument& d) {
            d.removeElements({ QStringLiteral("ns1"), QStringLiteral("eu-west"), QStringLiteral("n-sso") });
        });
        QTest::newRow("edit") << Step([](ModelDocument& d) {
            d.setField(ElementKind::Authority, QStringLiteral("ns3"), QStringLiteral("name"), QStringLiteral("Third"));
        });
        QTest::newRow("rename") << Step([](ModelDocument& d) {
            d.setField(ElementKind::Region, QStringLiteral("europe"), QStringLiteral("id"), QStringLiteral("eu"));
        });
        QTest::newRow("replace") << Step([](ModelDocument& d) {
            d.replaceModel(ModelFile::load(example("global-enterprise.nameplan.json")).model, QStringLiteral("Import"));
        });
        QTest::newRow("load") << Step([](ModelDocument& d) { d.load(example("global-enterprise.nameplan.json")); });
        QTest::newRow("new") << Step([](ModelDocument& d) { d.newModel(); });
    }

    void modelsFollowEveryChange()
    {
        using Step = std::function<void(ModelDocument&)>;
        QFETCH(Step, step);
        Fixture f;
        f.document.load(example("acme-identity.nameplan.json"));
        verifyMirrors(f);
        step(f.document);
        QTest::qWait(0); // let the problems refresh
        verifyMirrors(f);
        if (!f.document.undoStack()->canUndo())
            return; // load and new are not undoable steps
        while (f.document.undoStack()->canUndo())
            f.document.undoStack()->undo();
        QTest::qWait(0);
        verifyMirrors(f);
        while (f.document.undoStack()->canRedo())
            f.document.undoStack()->redo();
        QTest::qWait(0);
        verifyMirrors(f);
    }

    void treeDump()
    {
        Fixture f;
        f.document.load(example("acme-identity.nameplan.json"));
        QSignalSpy changed(&f.tree, &QAbstractItemModel::dataChanged);
        f.document.removeElements({ QStringLiteral("ns2"), QStringLiteral("ns3"), QStringLiteral("ns4") });
        // The kind row's count label is announced with each removed row.
        int kindRowChanges = 0;
        for (const QList<QVariant>& args : std::as_const(changed))
            kindRowChanges += args.at(0).toModelIndex() == f.tree.indexForKind(ElementKind::Authority) ? 1 : 0;
        QCOMPARE(kindRowChanges, 3);
        changed.clear();
        f.document.addElement(ElementKind::Authority);
        f.document.setField(ElementKind::Authority, QStringLiteral("ns1"), QStringLiteral("name"), QString());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).toModelIndex(), f.tree.indexForId(QStringLiteral("ns1")));
        QCOMPARE(dumpTree(f.tree, ElementKind::Authority),
            QStringLiteral("Authorities (3)\n"
                           "  Hidden primary [hp1]\n"
                           "  ns1 [ns1]\n"
                           "  authority-1 [authority-1]\n"));
        const QModelIndex added = f.tree.indexForId(QStringLiteral("authority-1"));
        QCOMPARE(added.data(ElementTreeModel::KindRole).toInt(), int(ElementKind::Authority));
        QCOMPARE(added.data(Qt::ToolTipRole).toString(), QStringLiteral("authority authority-1"));
        QVERIFY(!f.tree.indexForId(QStringLiteral("ns2")).isValid());
    }

    void tableEditsGoThroughUndo()
    {
        Fixture f;
        f.document.load(example("acme-identity.nameplan.json"));
        ElementTableModel* table = f.table(ElementKind::Authority);
        const int row = table->rowForId(QStringLiteral("ns1"));
        const QModelIndex hostname = table->index(row, table->columnForKey(u"hostname"));
        const QString before = hostname.data(Qt::EditRole).toString();
        QVERIFY(table->setData(hostname, QStringLiteral("edited.example")));
        QCOMPARE(f.document.undoStack()->count(), 1);
        QCOMPARE(f.document.model().authorities[size_t(row)].hostname, QStringLiteral("edited.example"));
        f.document.undoStack()->undo();
        QCOMPARE(hostname.data().toString(), before);

        const QModelIndex addresses = table->index(row, table->columnForKey(u"addresses"));
        QVERIFY(table->setData(addresses, QStringLiteral(" 192.0.2.1,2001:db8::1 ,, ")));
        QCOMPARE(f.document.model().authorities[size_t(row)].addresses,
            QStringList({ QStringLiteral("192.0.2.1"), QStringLiteral("2001:db8::1") }));
        QCOMPARE(addresses.data().toString(), QStringLiteral("192.0.2.1, 2001:db8::1"));

        ElementTableModel* zones = f.table(ElementKind::Zone);
        const QModelIndex expire = zones->index(0, zones->columnForKey(u"soa_expire"));
        const int steps = f.document.undoStack()->count();
        QVERIFY(!zones->setData(expire, QStringLiteral("a week")));
        QCOMPARE(f.document.undoStack()->count(), steps);
        QVERIFY(zones->setData(expire, QString()));
        QVERIFY(!zones->index(0, expire.column()).data(ElementTableModel::ValueRole).isValid());
        QVERIFY(zones->setData(expire, QVariant::fromValue(qint64(86400)), ElementTableModel::ValueRole));
        QCOMPARE(expire.data().toString(), QStringLiteral("86400"));
        QVERIFY(!(zones->flags(expire) & Qt::ItemIsUserCheckable));
        QVERIFY(zones->flags(expire) & Qt::ItemIsEditable);
    }

    void sortingKeepsNumbersNumeric()
    {
        Fixture f;
        f.document.load(example("acme-identity.nameplan.json"));
        ElementTableModel* zones = f.table(ElementKind::Zone);
        const int column = zones->columnForKey(u"soa_expire");
        const QList<QVariant> values { qint64(1000000), QVariant(), qint64(90000), qint64(200000) };
        for (int row = 0; row < int(values.size()); ++row)
            QVERIFY(zones->setData(zones->index(row, column), values[row], ElementTableModel::ValueRole));
        QSortFilterProxyModel sorted;
        QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::Fatal);
        sorted.setSourceModel(zones);
        sorted.setSortRole(ElementTableModel::SortRole);
        sorted.sort(column);
        QStringList order;
        for (int row = 0; row < sorted.rowCount(); ++row)
            order.append(sorted.index(row, column).data().toString());
        QCOMPARE(order,
            QStringList({ QString(), QStringLiteral("90000"), QStringLiteral("200000"), QStringLiteral("1000000") }));
        // The proxy follows later edits.
        QVERIFY(zones->setData(zones->index(1, column), QStringLiteral("5000000")));
        QCOMPARE(sorted.index(sorted.rowCount() - 1, column).data().toString(), QStringLiteral("5000000"));
    }

    void problemsModelShowsValidation()
    {
        Fixture f;
        f.document.load(example("acme-identity.nameplan.json"));
        QCOMPARE(f.problems.errorCount(), 0);
        QCOMPARE(f.problems.columnCount(), int(ProblemsModel::ColumnCount));
        f.document.setField(ElementKind::Authority, QStringLiteral("ns1"), QStringLiteral("addresses"),
            QStringList { QStringLiteral("999.1.1.1") });
        QTRY_COMPARE_WITH_TIMEOUT(f.problems.errorCount(), 1, 2000);
        int row = 0;
        while (f.problems.problem(row).severity != Problem::Severity::Error)
            ++row;
        const auto cell
            = [&](int column, int role = Qt::DisplayRole) { return f.problems.index(row, column).data(role); };
        QCOMPARE(cell(ProblemsModel::SeverityColumn).toString(), QStringLiteral("Error"));
        QCOMPARE(cell(ProblemsModel::LocationColumn).toString(), QStringLiteral("authorities[1].addresses[0]"));
        QCOMPARE(cell(ProblemsModel::ElementColumn).toString(), QStringLiteral("ns1"));
        QVERIFY(cell(ProblemsModel::MessageColumn).toString().contains(QStringLiteral("999.1.1.1")));
        QCOMPARE(cell(ProblemsModel::MessageColumn, ProblemsModel::ElementIdRole).toString(), QStringLiteral("ns1"));
        QCOMPARE(
            cell(ProblemsModel::SeverityColumn, ProblemsModel::SeverityRole).toInt(), int(Problem::Severity::Error));
        f.document.undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(f.problems.errorCount(), 0, 2000);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
