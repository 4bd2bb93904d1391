// SPDX-License-Identifier: GPL-3.0-or-later
#include "durationfield.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

#include <limits>

namespace nameplan {

namespace {
constexpr int unsetValue = -1;
}

DurationField::DurationField(const FieldSpec& spec, QWidget* parent)
    : FieldEditor(spec, parent)
    , m_spin(new QSpinBox(this))
    , m_readable(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_spin, 1);
    layout->addWidget(m_readable, 1);
    setFocusProxy(m_spin);
    // SOA timers are 32-bit unsigned (RFC 1035 §3.3.13); an int covers 68 years, enough for all.
    m_spin->setRange(unsetValue, std::numeric_limits<int>::max());
    m_spin->setSpecialValueText(tr("(unset)"));
    m_spin->setSuffix(tr(" s"));
    m_spin->setKeyboardTracking(false); // typed digits commit on Return or focus loss, not per key
    m_spin->setAccelerated(true);
    m_readable->setForegroundRole(QPalette::PlaceholderText);
    connect(m_spin, &QSpinBox::valueChanged, this, &DurationField::commit);
    connect(m_spin, &QSpinBox::valueChanged, this, &DurationField::showReadable);
}

QVariant DurationField::value() const
{
    return m_spin->value() == unsetValue ? QVariant() : QVariant::fromValue(qint64(m_spin->value()));
}

QString DurationField::readable(qint64 seconds)
{
    struct Unit {
        qint64 seconds;
        const char* name;
    };
    static constexpr Unit units[] = { { 7 * 86400, "w" }, { 86400, "d" }, { 3600, "h" }, { 60, "min" }, { 1, "s" } };
    QStringList parts;
    for (const Unit& unit : units) {
        if (seconds >= unit.seconds) {
            parts.append(QStringLiteral("%1 %2").arg(seconds / unit.seconds).arg(QLatin1StringView(unit.name)));
            seconds %= unit.seconds;
        }
    }
    return parts.isEmpty() ? QStringLiteral("0 s") : parts.join(u' ');
}

void DurationField::display(const QVariant& value)
{
    const QSignalBlocker blocker(m_spin);
    m_spin->setValue(
        value.isValid() ? int(qBound(qint64(0), value.toLongLong(), qint64(m_spin->maximum()))) : unsetValue);
    showReadable();
}

void DurationField::showReadable()
{
    const int seconds = m_spin->value();
    m_readable->setText(seconds == unsetValue ? QString() : QStringLiteral("= ") + readable(seconds));
}

} // namespace nameplan
