#pragma once

#include <string>
#include <vector>

namespace crawler {

/// One item of a list page.
struct Item
{
    std::string title;   ///< the text of its `.title`
    std::string price;   ///< the text of its `.price`, e.g. "12.50"
    long long cents = 0; ///< the price in cents
};

/// What parsing one page gave.
struct ParsedPage
{
    std::vector<Item> items;
    std::string error; ///< empty when the page is well formed
    bool ok() const { return error.empty(); }
};

/// Reads the items of a list page with libxml2's HTML parser (a real parser, not regular
/// expressions): every element whose class is `item`, with its `.title` and `.price`. A page
/// with no item list, an item without a title or a price, or a price that is not a number is
/// malformed. Thread-safe once initialize() ran.
class PageParser
{
public:
    /// Initialises libxml2 once (call from the main thread before parsing on others).
    static void initialize();
    /// Parses @p html.
    static ParsedPage parse(const std::string &html);
    /// @p item as one JSON Lines record for page @p page.
    static std::string jsonLine(int page, const Item &item);
};

} // namespace crawler
