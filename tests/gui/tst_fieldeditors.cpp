// SPDX-License-Identifier: GPL-3.0-or-later
// Each property editor widget on its own: it shows a value without reporting an edit, reports
// one edit per real user change in FieldSchema's value form, and keeps what it cannot match.

#include "choicefield.h"
#include "durationfield.h"
#include "fieldeditorfactory.h"
#include "fieldschema.h"
#include "linefield.h"
#include "notesfield.h"
#include "numberfield.h"
#include "referencelistfield.h"
#include "stringlistfield.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace nameplan;

namespace {
const FieldSpec& specOf(ElementKind kind, const char* key)
{
    const int index = FieldSchema::indexOf(kind, QString::fromLatin1(key));
    Q_ASSERT(index >= 0);
    return FieldSchema::fields(kind)[size_t(index)];
}

template <class Editor> std::unique_ptr<Editor> make(ElementKind kind, const char* key)
{
    FieldEditor* editor = FieldEditorFactory::create(specOf(kind, key), nullptr);
    auto* typed = qobject_cast<Editor*>(editor);
    if (!typed)
        delete editor;
    return std::unique_ptr<Editor>(typed);
}
} // namespace

class TestFieldEditors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void factoryPicksEditorByType_data();
    void factoryPicksEditorByType();
    void lineFieldCommitsOnReturnOnlyWhenChanged();
    void notesCommitOnFocusLoss();
    void choiceListsReferencesAndKeepsDanglingValue();
    void referenceListKeepsOrderAndAppendsNewlyChecked();
    void stringListDropsEmptyRows();
    void durationUnsetAndReadable();
    void probabilityUnset();
};

void TestFieldEditors::factoryPicksEditorByType_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("className");
    auto row = [](ElementKind kind, const char* key, const char* cls) {
        QTest::addRow("%s", key) << int(kind) << QString::fromLatin1(key) << QString::fromLatin1(cls);
    };
    row(ElementKind::Authority, "hostname", "nameplan::LineField");
    row(ElementKind::Authority, "provider", "nameplan::ChoiceField");
    row(ElementKind::Authority, "role", "nameplan::ChoiceField");
    row(ElementKind::Authority, "regions", "nameplan::ReferenceListField");
    row(ElementKind::Authority, "addresses", "nameplan::StringListField");
    row(ElementKind::Zone, "soa_expire", "nameplan::DurationField");
    row(ElementKind::Zone, "unavailability", "nameplan::NumberField");
    row(ElementKind::Zone, "notes", "nameplan::NotesField");
    row(ElementKind::Zone, "position", "nameplan::PointField");
}

void TestFieldEditors::factoryPicksEditorByType()
{
    QFETCH(int, kind);
    QFETCH(QString, key);
    QFETCH(QString, className);
    const int index = FieldSchema::indexOf(ElementKind(kind), key);
    QVERIFY(index >= 0);
    std::unique_ptr<FieldEditor> editor(
        FieldEditorFactory::create(FieldSchema::fields(ElementKind(kind))[size_t(index)], nullptr));
    QCOMPARE(QString::fromLatin1(editor->metaObject()->className()), className);
}

void TestFieldEditors::lineFieldCommitsOnReturnOnlyWhenChanged()
{
    auto field = make<LineField>(ElementKind::Authority, "hostname");
    QVERIFY(field);
    QSignalSpy edited(field.get(), &FieldEditor::edited);
    field->setValue(QStringLiteral("ns1.example.net"));
    auto* line = field->findChild<QLineEdit*>();
    QCOMPARE(line->text(), QStringLiteral("ns1.example.net"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(edited.count(), 0); // unchanged: no undo step
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("ns9.example.net"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(0).toString(), QStringLiteral("ns9.example.net"));
    QVERIFY(line->toolTip().isEmpty());
    line->setText(QStringLiteral("bad..name"));
    QVERIFY(!line->toolTip().isEmpty()); // the domain check explains what is wrong
}

void TestFieldEditors::notesCommitOnFocusLoss()
{
    QWidget window;
    auto* field = new NotesField(specOf(ElementKind::Zone, "notes"), &window);
    auto* other = new QLineEdit(&window);
    other->move(0, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy edited(field, &FieldEditor::edited);
    auto* text = field->findChild<QPlainTextEdit*>();
    text->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(text->hasFocus(), 2000);
    QTest::keyClicks(text, QStringLiteral("Signed by the HSM team."));
    QCOMPARE(edited.count(), 0); // not per keystroke
    other->setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(edited.count(), 1, 2000);
    QCOMPARE(edited.at(0).at(0).toString(), QStringLiteral("Signed by the HSM team."));
}

void TestFieldEditors::choiceListsReferencesAndKeepsDanglingValue()
{
    auto field = make<ChoiceField>(ElementKind::Authority, "provider");
    QVERIFY(field);
    field->setCandidates({ QStringLiteral("acme-it"), QStringLiteral("dynadns") });
    field->setValue(QStringLiteral("gone"));
    auto* combo = field->findChild<QComboBox*>();
    QCOMPARE(combo->count(), 4); // (none), two providers, the dangling value
    QCOMPARE(combo->itemText(0), QStringLiteral("(none)"));
    QVERIFY(combo->currentText().contains(QStringLiteral("gone")));
    QCOMPARE(field->value().toString(), QStringLiteral("gone"));
    QSignalSpy edited(field.get(), &FieldEditor::edited);
    combo->setCurrentIndex(2);
    Q_EMIT combo->activated(2);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(0).toString(), QStringLiteral("dynadns"));
    combo->setCurrentIndex(0);
    Q_EMIT combo->activated(0);
    QCOMPARE(edited.at(1).at(0).toString(), QString());
}

void TestFieldEditors::referenceListKeepsOrderAndAppendsNewlyChecked()
{
    auto field = make<ReferenceListField>(ElementKind::Zone, "authorities");
    QVERIFY(field);
    field->setCandidates({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
    field->setValue(QStringList { QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("x") });
    auto* list = field->findChild<QListWidget*>();
    QCOMPARE(list->count(), 4); // three candidates and the dangling "x"
    QSignalSpy edited(field.get(), &FieldEditor::edited);
    list->item(1)->setCheckState(Qt::Checked); // b
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(0).toStringList(),
        (QStringList { QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("b") }));
    list->item(3)->setCheckState(Qt::Unchecked); // x
    QCOMPARE(edited.at(1).at(0).toStringList(),
        (QStringList { QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b") }));
}

void TestFieldEditors::stringListDropsEmptyRows()
{
    auto field = make<StringListField>(ElementKind::Authority, "addresses");
    QVERIFY(field);
    field->setValue(QStringList { QStringLiteral("192.0.2.1") });
    auto* list = field->findChild<QListWidget*>();
    QSignalSpy edited(field.get(), &FieldEditor::edited);
    auto* added = new QListWidgetItem(QString(), list);
    added->setFlags(added->flags() | Qt::ItemIsEditable);
    QCOMPARE(edited.count(), 0); // an empty row is no change
    added->setText(QStringLiteral("2001:db8::1"));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(0).toStringList(),
        (QStringList { QStringLiteral("192.0.2.1"), QStringLiteral("2001:db8::1") }));
    added->setText(QStringLiteral("300.1.1.1"));
    QVERIFY(!added->toolTip().isEmpty()); // not an address: says why
}

void TestFieldEditors::durationUnsetAndReadable()
{
    auto field = make<DurationField>(ElementKind::Zone, "soa_expire");
    QVERIFY(field);
    field->setValue(QVariant());
    auto* spin = field->findChild<QSpinBox*>();
    QCOMPARE(spin->text(), QStringLiteral("(unset)"));
    QVERIFY(!field->value().isValid());
    QSignalSpy edited(field.get(), &FieldEditor::edited);
    spin->setValue(1209600);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(0), QVariant::fromValue(qint64(1209600)));
    QCOMPARE(DurationField::readable(1209600), QStringLiteral("2 w"));
    QCOMPARE(DurationField::readable(93784), QStringLiteral("1 d 2 h 3 min 4 s"));
    QCOMPARE(DurationField::readable(0), QStringLiteral("0 s"));
}

void TestFieldEditors::probabilityUnset()
{
    auto field = make<NumberField>(ElementKind::Authority, "unavailability");
    QVERIFY(field);
    field->setValue(0.0005);
    auto* spin = field->findChild<QDoubleSpinBox*>();
    QCOMPARE(spin->value(), 0.0005);
    QSignalSpy edited(field.get(), &FieldEditor::edited);
    spin->setValue(spin->minimum());
    QCOMPARE(edited.count(), 1);
    QVERIFY(!edited.at(0).at(0).isValid()); // the lowest entry clears the value
}

QTEST_MAIN(TestFieldEditors)
#include "tst_fieldeditors.moc"
