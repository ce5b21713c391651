// CSL-JSON source lists, parsed with nlohmann-json.

#include <charconv>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/sources/csl_items.hpp"
#include "src/sources/load_source_list.hpp"
#include "src/sources/source_list_text.hpp"

namespace citecheck {

namespace {

using nlohmann::json;

bool is_json_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::size_t skip_space(std::string_view text, std::size_t at) {
  while (at < text.size() && is_json_space(text[at]))
    ++at;
  return at;
}

// `at` is on the opening quote; returns the offset after the closing one.
std::size_t skip_string(std::string_view text, std::size_t at) {
  for (++at; at < text.size() && text[at] != '"'; ++at) {
    if (text[at] == '\\')
      ++at;
  }
  return at + 1;
}

std::size_t skip_value(std::string_view text, std::size_t at) {
  if (at >= text.size())
    return at;
  if (text[at] == '"')
    return skip_string(text, at);
  if (text[at] == '{' || text[at] == '[') {
    int depth = 0;
    do {
      const char c = text[at];
      if (c == '"') {
        at = skip_string(text, at);
        continue;
      }
      if (c == '{' || c == '[')
        ++depth;
      if (c == '}' || c == ']')
        --depth;
      ++at;
    } while (depth > 0 && at < text.size());
    return at;
  }
  while (at < text.size() && !is_json_space(text[at]) && text[at] != ',' && text[at] != ']' &&
         text[at] != '}') {
    ++at;
  }
  return at;
}

// Offset of the value at a JSON pointer ("/0/author/1") in well-formed JSON. nlohmann's
// DOM keeps no positions, so messages about a value find it again in the text; this runs
// only when there is an error to report. Keys are compared as written (no escapes).
std::size_t locate_json_value(std::string_view text, std::string_view pointer) {
  std::size_t at = skip_space(text, 0);
  while (!pointer.empty() && at < text.size()) {
    pointer.remove_prefix(1);
    const std::string_view token = pointer.substr(0, pointer.find('/'));
    pointer.remove_prefix(token.size());
    const char container = text[at];
    at = skip_space(text, at + 1);
    if (container == '[') {
      std::size_t index = 0;
      std::from_chars(token.data(), token.data() + token.size(), index);
      for (; index > 0 && at < text.size(); --index) {
        at = skip_space(text, skip_space(text, skip_value(text, at)) + 1);  // value and ','
      }
      continue;
    }
    while (at < text.size() && text[at] == '"') {
      const std::size_t key_end = skip_string(text, at);
      const std::string_view key = text.substr(at + 1, key_end - at - 2);
      at = skip_space(text, skip_space(text, key_end) + 1);  // after ':'
      if (key == token)
        break;
      at = skip_space(text, skip_value(text, at));
      if (at < text.size() && text[at] == ',')
        at = skip_space(text, at + 1);
    }
  }
  return at;
}

// A value of the parsed document, with its JSON pointer so that messages can find it.
class JsonNode {
 public:
  static constexpr std::string_view kAList = "an array";
  static constexpr std::string_view kAMap = "an object";

  JsonNode(const json& value, std::string pointer, const SourceListText& list,
           std::optional<std::size_t> content_offset = std::nullopt)
      : value_(&value),
        pointer_(std::move(pointer)),
        list_(&list),
        content_offset_(content_offset) {}

  bool is_text() const { return value_->is_string(); }
  std::string text() const { return value_->get<std::string>(); }
  bool is_number_or_text() const { return value_->is_string() || value_->is_number_integer(); }
  std::string number_or_text() const { return is_text() ? text() : value_->dump(); }
  bool is_list() const { return value_->is_array(); }
  bool is_map() const { return value_->is_object(); }

  // Elements of an array whose place is known carry their offsets, found in one pass over
  // its text: every source records its line, and finding each item from the start would
  // be quadratic. Elsewhere offsets are found on demand, for error messages.
  std::vector<JsonNode> elements() const {
    std::vector<JsonNode> nodes;
    nodes.reserve(value_->size());
    const bool place_known = content_offset_.has_value() || pointer_.empty();
    const std::string_view content = list_->content();
    std::size_t at = place_known ? skip_space(content, content_offset() + 1) : 0;  // after '['
    for (std::size_t i = 0; i < value_->size(); ++i) {
      std::optional<std::size_t> offset;
      if (place_known) {
        offset = at;
        at = skip_space(content, skip_space(content, skip_value(content, at)) + 1);  // and ','
      }
      nodes.emplace_back((*value_)[i], pointer_ + "/" + std::to_string(i), *list_, offset);
    }
    return nodes;
  }

  std::optional<JsonNode> member(std::string_view key) const {
    const auto found = value_->find(key);
    if (found == value_->end() || found->is_null())
      return std::nullopt;
    return JsonNode(*found, pointer_ + "/" + std::string(key), *list_);
  }

  std::string_view kind() const {
    switch (value_->type()) {
      case json::value_t::null:
        return "null";
      case json::value_t::boolean:
        return "a boolean";
      case json::value_t::string:
        return "a string";
      case json::value_t::array:
        return kAList;
      case json::value_t::object:
        return kAMap;
      case json::value_t::number_float:
        return "a decimal number";
      default:
        return "a number";
    }
  }

  std::size_t offset() const {
    const std::size_t content_start = list_->bytes().size() - list_->content().size();
    return content_start + content_offset();
  }

 private:
  std::size_t content_offset() const {
    return content_offset_ ? *content_offset_ : locate_json_value(list_->content(), pointer_);
  }

  const json* value_;
  std::string pointer_;
  const SourceListText* list_;
  std::optional<std::size_t> content_offset_;  // known when the parent found it
};

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
    text.replace(at, from.size(), to);
    at += to.size();
  }
  return text;
}

// nlohmann's "unexpected X; expected Y", in words an editor reads.
std::string describe_unexpected(const std::string& detail) {
  const std::size_t separator = detail.find("; expected ");
  std::string found = detail.substr(0, separator);
  found = replace_all(std::move(found), "string literal", "string");
  found = replace_all(std::move(found), "number literal", "number");
  found = replace_all(std::move(found), "end of input", "end of file");
  if (separator == std::string::npos)
    return found;
  std::string expected = detail.substr(separator + 11);
  expected = replace_all(std::move(expected), "'[', '{', or a literal", "a value");
  expected = replace_all(std::move(expected), "string literal", "a string");
  expected = replace_all(std::move(expected), "end of input", "end of file");
  return found + ", expected " + expected;
}

// Start of the string or literal that ends at `end`: the place to point at.
std::size_t token_start(std::string_view text, std::size_t end, bool in_string) {
  std::size_t at = std::min(end, text.size());
  if (in_string) {
    while (at > 0 && !(text[at - 1] == '"' && (at < 2 || text[at - 2] != '\\')))
      --at;
    return at > 0 ? at - 1 : 0;
  }
  while (at > 0 && !is_json_space(text[at - 1]) &&
         std::string_view(",:[]{}").find(text[at - 1]) == std::string_view::npos) {
    --at;
  }
  return at;
}

// Turns nlohmann's "syntax error while parsing CONTEXT - DETAIL" into our message form.
[[noreturn]] void fail_syntax(const SourceListText& list, const json::parse_error& error) {
  const std::string_view content = list.content();
  const std::size_t content_start = list.bytes().size() - content.size();
  std::size_t offset = error.byte == 0 ? 0 : error.byte - 1;  // the last byte read

  const std::string what = error.what();
  const std::string_view while_parsing = "while parsing ";
  const std::size_t context_start = what.find(while_parsing);
  const std::size_t detail_start = what.find(" - ", context_start);
  if (context_start == std::string::npos || detail_start == std::string::npos)
    list.fail(content_start + offset, what);
  const std::size_t context_end = context_start + while_parsing.size();
  const std::string context = what.substr(context_end, detail_start - context_end);
  std::string detail = what.substr(detail_start + 3);
  const std::string last_read = "; last read: ";
  const std::size_t last_read_at = detail.find(last_read);

  std::string message;
  if (detail.starts_with("invalid string: missing closing quote") ||
      detail.starts_with("invalid string: control character U+000A") ||
      detail.starts_with("invalid string: control character U+000D")) {
    offset = token_start(content, offset, true);
    message = "unclosed string, expected a closing '\"' on the same line";
  } else if (detail.starts_with("invalid literal")) {
    offset = token_start(content, offset, false);
    const std::size_t end = skip_value(content, offset);
    message = "invalid value '" + std::string(content.substr(offset, end - offset)) +
              "', expected a string, number, array, object, true, false or null";
  } else if (detail.starts_with("unexpected ")) {
    // Point at the start of an unexpected string or number, not at its last byte.
    if (detail.starts_with("unexpected string literal"))
      offset = token_start(content, offset, true);
    if (detail.starts_with("unexpected number literal"))
      offset = token_start(content, offset, false);
    if (context == "array" && detail.ends_with("; expected ']'")) {
      detail.replace(detail.size() - 3, 3, "',' or ']'");
    } else if (context == "object" && detail.ends_with("; expected '}'")) {
      detail.replace(detail.size() - 3, 3, "',' or '}'");
    } else if (context == "object key") {
      detail = replace_all(detail, "expected string literal", "expected a key in double quotes");
    }
    message = describe_unexpected(detail);
  } else {
    message = last_read_at == std::string::npos ? detail : detail.substr(0, last_read_at);
  }
  list.fail(content_start + offset, message);
}

}  // namespace

std::vector<Source> parse_csl_json(std::string_view text, const std::filesystem::path& file) {
  const SourceListText list(text, file);
  json document;
  try {
    document = json::parse(list.content());
  } catch (const json::parse_error& error) {
    fail_syntax(list, error);
  }
  return csl::ItemReader<JsonNode>(list).read_items(JsonNode(document, "", list));
}

}  // namespace citecheck
