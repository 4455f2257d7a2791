#include "rundemo.h"

#include "tr.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace widgets {

DemoOption DemoOption::integer(const QString &name, qint64 minimum, qint64 maximum,
                               qint64 defaultValue, const QString &valueName, const char *help)
{
    DemoOption o;
    o.name = name;
    o.kind = Kind::Integer;
    o.minimum = minimum;
    o.maximum = maximum;
    o.defaultValue = defaultValue;
    o.valueName = valueName;
    o.help = help;
    o.allowEmpty = true;
    return o;
}

DemoOption DemoOption::number(const QString &name, double minimum, double maximum,
                              double defaultValue, const QString &valueName, const char *help)
{
    DemoOption o;
    o.name = name;
    o.kind = Kind::Number;
    o.realMinimum = minimum;
    o.realMaximum = maximum;
    o.defaultValue = defaultValue;
    o.valueName = valueName;
    o.help = help;
    return o;
}

DemoOption DemoOption::text(const QString &name, const QString &defaultValue,
                            const QString &valueName, const char *help)
{
    DemoOption o;
    o.name = name;
    o.kind = Kind::Text;
    o.defaultValue = defaultValue;
    o.valueName = valueName;
    o.help = help;
    return o;
}

DemoOption DemoOption::choice(const QString &name, const QStringList &choices,
                              const QString &defaultValue, const char *help)
{
    DemoOption o;
    o.name = name;
    o.kind = Kind::Choice;
    o.choices = choices;
    o.defaultValue = defaultValue;
    o.help = help;
    return o;
}

DemoOption DemoOption::text(const QString &name, const QString &valueName, const char *help)
{
    DemoOption o = text(name, QString(), valueName, help);
    o.allowEmpty = false; // no default to fall back on: "not given" is the demo's to decide
    return o;
}

QString DemoOption::accept(const QString &text, DemoValues &values) const
{
    if (kind == Kind::Integer) {
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (!ok || n < minimum || n > maximum)
            return badValue(
                flag(), text,
                Tr::tr("expected a whole number from %1 to %2").arg(minimum).arg(maximum));
        values.insert(name, n);
        return {};
    }
    if (kind == Kind::Number) {
        bool ok = false;
        const double x = text.toDouble(&ok);
        // !(x >= min) also refuses NaN; toDouble() accepts "inf", which the maximum refuses.
        if (!ok || !(x >= realMinimum) || !(x <= realMaximum))
            return badValue(
                flag(), text,
                Tr::tr("expected a number from %1 to %2").arg(realMinimum).arg(realMaximum));
        values.insert(name, x);
        return {};
    }
    if (kind == Kind::Text) {
        // Empty text means the default where the option has one (e.g. --out: a temporary
        // file); RunDemo::check judges the rest.
        if (text.isEmpty() && !allowEmpty)
            return badValue(flag(), text, Tr::tr("expected %1").arg(valueName));
        values.insert(name, text);
        return {};
    }
    if (!choices.contains(text)) {
        const QString allowed =
            choices.size() == 2
                ? Tr::tr("expected %1 or %2").arg(choices.at(0), choices.at(1))
                : Tr::tr("expected one of %1").arg(choices.join(QLatin1String(", ")));
        return badValue(flag(), text, allowed);
    }
    values.insert(name, text);
    return {};
}

QString DemoOption::placeholder() const
{
    return kind == Kind::Choice ? choices.join(QLatin1Char('|')) : valueName;
}

QString DemoOption::range() const
{
    switch (kind) {
    case Kind::Integer:
        return QStringLiteral("%1…%2").arg(minimum).arg(maximum);
    case Kind::Number:
        return QStringLiteral("%1…%2").arg(realMinimum).arg(realMaximum);
    case Kind::Text:
        return valueName;
    case Kind::Choice:
        break;
    }
    return choices.join(QLatin1Char('|'));
}

const DemoOption *RunDemo::option(const QString &name) const
{
    for (const DemoOption &o : options) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

DemoValues RunDemo::defaults() const
{
    DemoValues values;
    for (const DemoOption &o : options)
        values.insert(o.name, o.defaultValue);
    return values;
}

QString RunDemo::synopsis() const
{
    QString text = QStringLiteral("--run ") + name;
    for (const DemoOption &o : options)
        text += QStringLiteral(" [%1 %2]").arg(o.flag(), o.placeholder());
    return text;
}

QString badValue(const QString &option, const QString &value, const QString &allowed)
{
    return Tr::tr("Bad value '%1' for %2: %3").arg(value, option, allowed);
}

QString formatResult(const DemoResult &result, bool json)
{
    if (json) {
        QJsonObject o;
        for (const auto &[key, value] : result)
            o.insert(key, QJsonValue::fromVariant(value));
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + '\n';
    }
    QString text;
    for (const auto &[key, value] : result) {
        QString shown;
        if (value.typeId() == QMetaType::Double) {
            shown = QString::number(value.toDouble(), 'f', 3);
        } else if (value.typeId() == QMetaType::QVariantList ||
                   value.typeId() == QMetaType::QStringList) {
            QStringList items; // a list (CPUs, names, TIDs): its items, space-separated
            for (const QVariant &item : value.toList())
                items.append(item.toString());
            shown = items.join(QLatin1Char(' '));
        } else {
            shown = value.toString();
        }
        text += QStringLiteral("%1: %2\n").arg(key, shown);
    }
    return text;
}

} // namespace widgets
