#include "pageparser.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>

namespace crawler {

namespace {

struct DocFree
{
    void operator()(xmlDoc *d) const { xmlFreeDoc(d); }
};

bool hasClass(xmlNode *n, const char *cls)
{
    xmlChar *v = xmlGetProp(n, reinterpret_cast<const xmlChar *>("class"));
    if (!v)
        return false;
    const std::string classes(reinterpret_cast<const char *>(v));
    xmlFree(v);
    const std::string want(cls);
    std::size_t i = 0;
    while (i <= classes.size()) {
        const std::size_t j = std::min(classes.find(' ', i), classes.size());
        if (classes.compare(i, j - i, want) == 0)
            return true;
        i = j + 1;
    }
    return false;
}

/// The first element below @p n (depth first) with class @p cls.
xmlNode *findClass(xmlNode *n, const char *cls)
{
    for (xmlNode *c = n ? n->children : nullptr; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (hasClass(c, cls))
            return c;
        if (xmlNode *d = findClass(c, cls))
            return d;
    }
    return nullptr;
}

void collect(xmlNode *n, const char *cls, std::vector<xmlNode *> &out)
{
    for (xmlNode *c = n ? n->children : nullptr; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (hasClass(c, cls))
            out.push_back(c);
        else
            collect(c, cls, out);
    }
}

std::string text(xmlNode *n)
{
    xmlChar *t = xmlNodeGetContent(n);
    std::string s = t ? reinterpret_cast<const char *>(t) : "";
    xmlFree(t);
    const auto b = s.find_first_not_of(" \t\r\n");
    const auto e = s.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

/// "12.50" → 1250; false unless digits, an optional point and at most two decimals.
bool cents(const std::string &price, long long *out)
{
    long long whole = 0, frac = 0;
    int decimals = -1, digits = 0;
    for (char ch : price) {
        if (ch == '.' && decimals < 0) {
            decimals = 0;
        } else if (ch >= '0' && ch <= '9') {
            if (decimals >= 0) {
                if (++decimals > 2)
                    return false;
                frac = frac * 10 + (ch - '0');
            } else {
                if (++digits > 12)
                    return false;
                whole = whole * 10 + (ch - '0');
            }
        } else {
            return false;
        }
    }
    if (digits == 0)
        return false;
    if (decimals == 1)
        frac *= 10;
    *out = whole * 100 + frac;
    return true;
}

} // namespace

void PageParser::initialize()
{
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

ParsedPage PageParser::parse(const std::string &html)
{
    initialize();
    ParsedPage page;
    const int options =
        HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_RECOVER;
    std::unique_ptr<xmlDoc, DocFree> doc(
        htmlReadMemory(html.data(), int(html.size()), "page.html", "UTF-8", options));
    if (!doc) {
        page.error = "not HTML";
        return page;
    }
    xmlNode *root = xmlDocGetRootElement(doc.get());
    if (!root) {
        page.error = "empty document";
        return page;
    }
    xmlNode fake{};
    fake.children = root; // search the root element too
    xmlNode *list = findClass(&fake, "items");
    if (!list) {
        page.error = "no item list";
        return page;
    }
    std::vector<xmlNode *> nodes;
    collect(list, "item", nodes);
    if (nodes.empty()) {
        page.error = "no items";
        return page;
    }
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        xmlNode *title = findClass(nodes[i], "title");
        xmlNode *price = findClass(nodes[i], "price");
        Item item;
        if (title)
            item.title = text(title);
        if (price)
            item.price = text(price);
        if (item.title.empty() || item.price.empty()) {
            page.error = "item " + std::to_string(i + 1) + " has no " +
                         (item.title.empty() ? "title" : "price");
            page.items.clear();
            return page;
        }
        if (!cents(item.price, &item.cents)) {
            page.error = "item " + std::to_string(i + 1) + " has a bad price '" + item.price + "'";
            page.items.clear();
            return page;
        }
        page.items.push_back(std::move(item));
    }
    return page;
}

std::string PageParser::jsonLine(int page, const Item &item)
{
    // By hand: worker threads stay in std code (Debian's Qt is not TSan-instrumented).
    std::string out = "{\"page\":" + std::to_string(page) + ",\"title\":\"";
    for (const unsigned char ch : item.title) {
        if (ch == '"' || ch == '\\') {
            out += '\\';
            out += char(ch);
        } else if (ch < 0x20) {
            char esc[8];
            std::snprintf(esc, sizeof esc, "\\u%04x", ch);
            out += esc;
        } else {
            out += char(ch);
        }
    }
    char price[40];
    std::snprintf(price, sizeof price, "%lld.%02lld", item.cents / 100, item.cents % 100);
    return out + "\",\"price\":" + price + "}\n";
}

} // namespace crawler
