#pragma once

#include "widgets/rundemo.h"

#include <QtTest>

/// The one check of a bad command-line value every lesson's `--run` demo must pass: option
/// @p option of @p demo refuses @p value with a message naming the value and the flag, and
/// leaves the values as they were. Call from a test slot (it uses QVERIFY).
inline void verifyRefused(const widgets::RunDemo &demo, const QString &option, const QString &value)
{
    const widgets::DemoOption *o = demo.option(option);
    QVERIFY2(o, qPrintable(option));
    widgets::DemoValues v = demo.defaults();
    const widgets::DemoValues before = v;
    const QString error = o->accept(value, v);
    QVERIFY2(error.contains(QLatin1Char('\'') + value + QLatin1Char('\'')), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("--") + option), qPrintable(error));
    QCOMPARE(v, before); // nothing changed
}
