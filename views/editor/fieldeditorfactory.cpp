// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldeditorfactory.h"

#include "choicefield.h"
#include "durationfield.h"
#include "linefield.h"
#include "notesfield.h"
#include "numberfield.h"
#include "pointfield.h"
#include "referencelistfield.h"
#include "stringlistfield.h"

namespace nameplan {

FieldEditor* FieldEditorFactory::create(const FieldSpec& spec, QWidget* parent)
{
    switch (spec.type) {
    case FieldType::Id:
    case FieldType::Domain:
        return new LineField(spec, parent);
    case FieldType::Text:
        // Notes are the one multi-line text field (FieldSchema key "notes").
        if (spec.key == QLatin1StringView("notes"))
            return new NotesField(spec, parent);
        return new LineField(spec, parent);
    case FieldType::Reference:
    case FieldType::Choice:
        return new ChoiceField(spec, parent);
    case FieldType::ReferenceList:
        return new ReferenceListField(spec, parent);
    case FieldType::AddressList:
    case FieldType::OutageList:
        return new StringListField(spec, parent);
    case FieldType::Seconds:
        return new DurationField(spec, parent);
    case FieldType::Probability:
    case FieldType::Hours:
        return new NumberField(spec, parent);
    case FieldType::Point:
        break;
    }
    return new PointField(spec, parent);
}

} // namespace nameplan
