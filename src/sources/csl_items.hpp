#pragma once
// Maps parsed CSL items (CSL-JSON or CSL-YAML) to Source. The mapping is written once over
// a small node interface that both formats implement:
//
//   bool is_text() const;            std::string text() const;   // a string (YAML: scalar)
//   bool is_number_or_text() const;  std::string number_or_text() const;  // ids, date parts
//   bool is_list() const;            std::vector<Node> elements() const;
//   bool is_map() const;
//   std::optional<Node> member(std::string_view key) const;  // nullopt: missing or null
//   std::string_view kind() const;   // "a number", "a list", ... for messages
//   std::size_t offset() const;      // where the value starts in the list's bytes
//   static constexpr std::string_view kAList, kAMap;  // "an array" / "a list", ...

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/sources/source.hpp"
#include "src/sources/source_list_text.hpp"

namespace citecheck::csl {

template <typename Node>
class ItemReader {
 public:
  explicit ItemReader(const SourceListText& list) : list_(list) {}

  // A list of items, or a single item.
  std::vector<Source> read_items(const Node& root) {
    std::vector<Source> sources;
    if (root.is_map()) {
      sources.push_back(read_item(root, 1));
    } else if (root.is_list()) {
      const std::vector<Node> items = root.elements();
      sources.reserve(items.size());
      for (std::size_t i = 0; i < items.size(); ++i)
        sources.push_back(read_item(items[i], i + 1));
    } else {
      list_.fail(root.offset(), "the source list is " + std::string(root.kind()) + ", expected " +
                                    std::string(Node::kAList) + " of CSL items");
    }
    return sources;
  }

 private:
  Source read_item(const Node& item, std::size_t number) {
    item_label_ = "item " + std::to_string(number);
    if (!item.is_map()) {
      fail(item, item_label_ + " is " + std::string(item.kind()) + ", expected " +
                     std::string(Node::kAMap) + " with the item's fields");
    }
    Source source;
    source.origin_file = list_.file_name();
    source.origin_line = list_.line(item.offset());

    const std::optional<Node> id = item.member("id");
    if (!id)
      fail(item, item_label_ + " has no id, expected an \"id\" in every item");
    if (!id->is_number_or_text())
      wrong_type(*id, "id", "a string or an integer");
    source.id = id->number_or_text();
    item_label_ += " (\"" + source.id + "\")";

    source.type = text_member(item, "type");
    source.outlet = text_member(item, "container-title");
    source.outlet_short = text_member(item, "container-title-short");
    source.title = text_member(item, "title");
    source.url = text_member(item, "URL");
    if (const auto issued = item.member("issued"))
      source.date = read_date(*issued);
    // Editors stand in for authors, as in CSL's name substitution.
    if (const auto authors = item.member("author")) {
      source.people = read_names(*authors, "author");
    } else if (const auto editors = item.member("editor")) {
      source.people = read_names(*editors, "editor");
    }
    if (const auto custom = item.member("custom"))
      read_custom(*custom, source);
    return source;
  }

  std::vector<SourcePerson> read_names(const Node& names, const std::string& field) {
    if (!names.is_list())
      wrong_type(names, field, std::string(Node::kAList) + " of names");
    std::vector<SourcePerson> people;
    const std::vector<Node> elements = names.elements();
    for (std::size_t i = 0; i < elements.size(); ++i) {
      const Node& name = elements[i];
      const std::string label = field + "[" + std::to_string(i) + "]";
      if (!name.is_map()) {
        wrong_type(name, label,
                   std::string(Node::kAMap) + " with \"family\", \"given\" or \"literal\"");
      }
      SourcePerson person;
      person.family = text_member(name, "family", label + ".");
      person.given = text_member(name, "given", label + ".");
      person.literal = text_member(name, "literal", label + ".");
      // CSL keeps "van" (non-dropping) and "de" (dropping) apart; both are said in full.
      const std::string non_dropping = text_member(name, "non-dropping-particle", label + ".");
      const std::string dropping = text_member(name, "dropping-particle", label + ".");
      person.particle = dropping.empty() || non_dropping.empty() ? dropping + non_dropping
                                                                 : dropping + " " + non_dropping;
      if (person.family.empty() && person.literal.empty()) {
        fail(name, item_label_ + ": " + label +
                       " has no \"family\" or \"literal\", expected at least one of them");
      }
      people.push_back(std::move(person));
    }
    return people;
  }

  // CSL dates: {"date-parts": [[2004, 5, 1]]} → "2004-05-01", a range → "2004/2005";
  // {"raw": …} or {"literal": …} and plain strings are kept as written.
  std::string read_date(const Node& issued) {
    if (issued.is_number_or_text())
      return issued.number_or_text();
    if (!issued.is_map()) {
      wrong_type(issued, "issued",
                 std::string(Node::kAMap) + " with \"date-parts\", \"raw\" or \"literal\"");
    }
    if (const auto parts = issued.member("date-parts")) {
      const std::string expected = std::string(Node::kAList) + " of [year, month, day] lists";
      if (!parts->is_list())
        wrong_type(*parts, "issued.date-parts", expected);
      std::string date;
      for (const Node& one_date : parts->elements()) {
        if (!one_date.is_list())
          wrong_type(one_date, "issued.date-parts", expected);
        if (!date.empty())
          date += '/';
        date += read_date_parts(one_date);
      }
      return date;
    }
    if (std::string raw = text_member(issued, "raw", "issued."); !raw.empty())
      return raw;
    return text_member(issued, "literal", "issued.");
  }

  std::string read_date_parts(const Node& one_date) {
    std::string date;
    for (const Node& part : one_date.elements()) {
      if (!part.is_number_or_text()) {
        wrong_type(part, "issued.date-parts", "a year, month or day number");
      }
      std::string text = part.number_or_text();
      if (!date.empty()) {
        date += '-';
        if (text.size() == 1)
          text.insert(text.begin(), '0');
      }
      date += text;
    }
    return date;
  }

  void read_custom(const Node& custom, Source& source) {
    if (!custom.is_map())
      wrong_type(custom, "custom", std::string(Node::kAMap));
    source.quotes = text_list_member(custom, "quotes", "custom.");
    source.aliases = text_list_member(custom, "aliases", "custom.");
    if (const auto snapshot = custom.member("snapshot")) {
      if (!snapshot->is_text())
        wrong_type(*snapshot, "custom.snapshot", "a path");
      source.snapshot = list_.resolve_snapshot(snapshot->text());
    }
  }

  // The string at `key`, or "" when it is missing.
  std::string text_member(const Node& map, std::string_view key, std::string_view prefix = "") {
    const std::optional<Node> value = map.member(key);
    if (!value)
      return {};
    if (!value->is_text())
      wrong_type(*value, std::string(prefix) + std::string(key), "a string");
    return value->text();
  }

  std::vector<std::string> text_list_member(const Node& map, std::string_view key,
                                            std::string_view prefix) {
    const std::optional<Node> value = map.member(key);
    if (!value)
      return {};
    const std::string label = std::string(prefix) + std::string(key);
    if (!value->is_list())
      wrong_type(*value, label, std::string(Node::kAList) + " of strings");
    std::vector<std::string> texts;
    const std::vector<Node> elements = value->elements();
    for (std::size_t i = 0; i < elements.size(); ++i) {
      if (!elements[i].is_text()) {
        wrong_type(elements[i], label + "[" + std::to_string(i) + "]", "a string");
      }
      texts.push_back(elements[i].text());
    }
    return texts;
  }

  [[noreturn]] void wrong_type(const Node& value, const std::string& label,
                               const std::string& expected) {
    fail(value, item_label_ + ": " + label + " is " + std::string(value.kind()) + ", expected " +
                    expected);
  }

  [[noreturn]] void fail(const Node& where, const std::string& message) {
    list_.fail(where.offset(), message);
  }

  const SourceListText& list_;
  std::string item_label_;  // "item 2 ("mozur-wsj")", for messages
};

}  // namespace citecheck::csl
