#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>
#include <functional>

class QTextStream;

namespace widgets {

/// Option values of one headless run, by option name: qint64 for whole numbers, double for
/// numbers, QString for choices and text. RunDemo::defaults() fills every option, so a run never
/// meets a missing one.
using DemoValues = QVariantMap;

/// What a headless run reports, key → value in the order printed (numbers or text).
using DemoResult = QList<QPair<QString, QVariant>>;

/// One option of a headless demo, e.g. `--threads N`, with what it allows and its default.
struct DemoOption
{
    /// What the option takes.
    enum class Kind {
        Integer, ///< a whole number in [minimum, maximum]
        Choice,  ///< one word of choices
        Number,  ///< a decimal number in [realMinimum, realMaximum]
        Text,    ///< any text, e.g. a file name (RunDemo::check judges it further)
    };

    QString name;               ///< without dashes: "threads" is typed --threads
    Kind kind = Kind::Integer;  ///< what it takes
    qint64 minimum = 0;         ///< Integer: smallest allowed
    qint64 maximum = 0;         ///< Integer: largest allowed
    double realMinimum = 0;     ///< Number: smallest allowed
    double realMaximum = 0;     ///< Number: largest allowed
    QStringList choices;        ///< Choice: the allowed words
    QVariant defaultValue;      ///< qint64 or QString, as it is stored in DemoValues
    QString valueName;          ///< Integer, Number, Text: the usage's placeholder, e.g. "N"
    bool allowEmpty = false;    ///< Text: empty text is accepted (it means the default)
    const char *help = nullptr; ///< one line, untranslated, in the lesson's Tr context

    /// A whole-number option from @p minimum to @p maximum.
    static DemoOption integer(const QString &name, qint64 minimum, qint64 maximum,
                              qint64 defaultValue, const QString &valueName, const char *help);
    /// A decimal option from @p minimum to @p maximum, e.g. a rate.
    static DemoOption number(const QString &name, double minimum, double maximum,
                             double defaultValue, const QString &valueName, const char *help);
    /// An option taking any text, e.g. a file name; empty means what @p defaultValue (may be
    /// empty) means.
    static DemoOption text(const QString &name, const QString &defaultValue,
                           const QString &valueName, const char *help);
    /// An option taking one of @p choices.
    static DemoOption choice(const QString &name, const QStringList &choices,
                             const QString &defaultValue, const char *help);

    /// A text option (empty by default: the demo decides what "not given" means).
    static DemoOption text(const QString &name, const QString &valueName, const char *help);

    /// `--name`, as typed.
    QString flag() const { return QStringLiteral("--") + name; }
    /// Checks @p text; if it is allowed, stores it in @p values and returns an empty string,
    /// else returns the translated message naming the value and what is allowed.
    QString accept(const QString &text, DemoValues &values) const;
    /// What the usage shows after the flag: "N" or "off|on".
    QString placeholder() const;
    /// The allowed values in short, e.g. "1…64" or "off|on".
    QString range() const;
};

/// A demo the command line runs without a window: `--run NAME [its options] [--json]`.
struct RunDemo
{
    QString name;                                      ///< e.g. "race"; unique in a registry
    const char *help = nullptr;                        ///< one line, in the lesson's Tr context
    QList<DemoOption> options;                         ///< its own options, in usage order
    std::function<DemoResult(const DemoValues &)> run; ///< runs it (blocks) and reports
    /// Optional: judges the values as a whole before anything runs (e.g. an --out that cannot
    /// be written); returns an empty string or the message (the app exits with code 2).
    std::function<QString(const DemoValues &)> check;

    /// Runs a demo whose report is not flat (e.g. one line per child process) or which checks
    /// its options together and can fail: prints on out (JSON when json is true) or a message
    /// on err and returns the exit code (2: bad input, nothing written). Used instead of run.
    using Command =
        std::function<int(const DemoValues &values, bool json, QTextStream &out, QTextStream &err)>;
    Command command; ///< set instead of run by demos that print themselves

    /// The option called @p name (without dashes), or nullptr.
    const DemoOption *option(const QString &name) const;
    /// Every option at its default.
    DemoValues defaults() const;
    /// `--run race [--threads N] [--lock off|on] …` (without --json).
    QString synopsis() const;
};

/// The message for a bad command-line value, naming it, the option and what is allowed; the
/// one wording of every bad value, the app's own options' too.
QString badValue(const QString &option, const QString &value, const QString &allowed);

/// @p result as `key: value` lines (fractions with three decimals), or as one compact JSON
/// object when @p json is true; ends with a newline.
QString formatResult(const DemoResult &result, bool json);

} // namespace widgets
