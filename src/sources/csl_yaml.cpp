// CSL-YAML source lists (Pandoc's `references:`), parsed with yaml-cpp.

#include <yaml-cpp/yaml.h>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/sources/csl_items.hpp"
#include "src/sources/load_source_list.hpp"
#include "src/sources/source_list_text.hpp"

namespace citecheck {

namespace {

class YamlNode {
 public:
  static constexpr std::string_view kAList = "a list";
  static constexpr std::string_view kAMap = "a mapping";

  YamlNode(YAML::Node node, const SourceListText& list) : node_(std::move(node)), list_(&list) {}

  // YAML scalars are untyped: `title: 1984` is the string "1984".
  bool is_text() const { return node_.IsScalar(); }
  std::string text() const { return node_.Scalar(); }
  bool is_number_or_text() const { return node_.IsScalar(); }
  std::string number_or_text() const { return node_.Scalar(); }
  bool is_list() const { return node_.IsSequence(); }
  bool is_map() const { return node_.IsMap(); }

  std::vector<YamlNode> elements() const {
    std::vector<YamlNode> nodes;
    nodes.reserve(node_.size());
    for (const YAML::Node& element : node_)
      nodes.emplace_back(element, *list_);
    return nodes;
  }

  std::optional<YamlNode> member(std::string_view key) const {
    YAML::Node value = node_[std::string(key)];
    if (!value.IsDefined() || value.IsNull())
      return std::nullopt;
    return YamlNode(std::move(value), *list_);
  }

  std::string_view kind() const {
    if (node_.IsSequence())
      return kAList;
    if (node_.IsMap())
      return kAMap;
    if (node_.IsScalar())
      return "a string";
    return "null";
  }

  std::size_t offset() const { return offset_of(*list_, node_.Mark()); }

  static std::size_t offset_of(const SourceListText& list, const YAML::Mark& mark) {
    if (mark.is_null())
      return list.bytes().size() - list.content().size();
    return list.offset_of(static_cast<std::size_t>(mark.line),
                          static_cast<std::size_t>(mark.column));
  }

 private:
  const YAML::Node node_;
  const SourceListText* list_;
};

struct SyntaxMessage {
  std::string_view yaml_cpp;
  std::string_view ours;
};

// yaml-cpp's messages for the mistakes people make by hand, in "found, expected" form.
constexpr std::array kSyntaxMessages = {
    SyntaxMessage{"end of sequence flow not found", "unclosed '[', expected ']'"},
    SyntaxMessage{"end of map flow not found", "unclosed '{', expected '}'"},
    SyntaxMessage{"end of sequence not found",
                  "unexpected indentation, expected the indentation of the list above"},
    SyntaxMessage{"end of map not found",
                  "unexpected indentation, expected the indentation of the mapping above"},
    SyntaxMessage{"illegal map value", "unexpected ': ' in a value, expected the value in quotes"},
    SyntaxMessage{"illegal tab when looking for indentation",
                  "tab in indentation, expected spaces"},
    SyntaxMessage{"illegal flow end", "unexpected closing bracket, expected a value"},
};

std::string describe_syntax_error(const std::string& yaml_cpp_message) {
  for (const SyntaxMessage& known : kSyntaxMessages) {
    if (yaml_cpp_message == known.yaml_cpp)
      return std::string(known.ours);
  }
  return "invalid YAML: " + yaml_cpp_message;
}

}  // namespace

std::vector<Source> parse_csl_yaml(std::string_view text, const std::filesystem::path& file,
                                   std::size_t line_offset) {
  const SourceListText list(text, file, line_offset);
  YAML::Node document;
  try {
    document = YAML::Load(std::string(list.content()));
  } catch (const YAML::Exception& error) {
    list.fail(YamlNode::offset_of(list, error.mark), describe_syntax_error(error.msg));
  }
  constexpr std::string_view kExpected =
      ", expected a list of CSL items or a mapping with \"references\"";
  if (document.IsNull())
    list.fail(0, "no items" + std::string(kExpected));
  const YamlNode root(document, list);
  csl::ItemReader<YamlNode> reader(list);
  if (root.is_map()) {
    // Pandoc's convention: the items are under `references:` (also in front matter).
    if (const auto references = root.member("references"))
      return reader.read_items(*references);
    if (!root.member("id"))
      list.fail(root.offset(), "no \"references\"" + std::string(kExpected));
  }
  return reader.read_items(root);
}

}  // namespace citecheck
