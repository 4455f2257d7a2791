#pragma once

#include <QFont>
#include <QString>

namespace widgets {

/// @p text as rich text (escaped) broken into lines of at most @p room pixels in @p font, for a
/// chart's axis title, which Qt Charts cuts to "..." rather than wrap. Unbroken when it fits;
/// else the unit on a line and its bracket on the next ("ms" / "(log scale)", "毫秒" / "（对数）"),
/// each broken further where Unicode allows (a space, between Chinese characters) if still too
/// long. A single word wider than @p room keeps a line of its own.
QString titleLines(const QString &text, const QFont &font, double room);

} // namespace widgets
