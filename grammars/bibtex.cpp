#include "grammars/bibtex.hpp"

#include <algorithm>
#include <map>

#include "grammars/bibtex_def.hpp"

namespace citecheck::grammars {

namespace bibtex_grammar {
BOOST_SPIRIT_INSTANTIATE(file_type, iterator_type, context_type)
}  // namespace bibtex_grammar

namespace {

namespace x3 = boost::spirit::x3;
using bibtex_grammar::ParseState;

std::size_t skip_blanks(std::string_view text, std::size_t at) {
  while (at < text.size() &&
         std::string_view(bibtex_grammar::kBlanks).find(text[at]) != std::string_view::npos) {
    ++at;
  }
  return at;
}

std::string to_lower_ascii(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

// Bytes of the name that starts at `at` (0 when none does).
std::size_t name_length(std::string_view text, std::size_t at) {
  std::size_t length = 0;
  while (at + length < text.size() &&
         std::string_view(bibtex_grammar::kNotInNames).find(text[at + length]) ==
             std::string_view::npos) {
    ++length;
  }
  return length;
}

// "unexpected 'author'" (a whole name), "unexpected '='" (one character),
// "unexpected end of file".
std::string describe_found(std::string_view text, std::size_t at) {
  if (at >= text.size())
    return "unexpected end of file";
  constexpr std::size_t kLongestShown = 40;
  std::size_t length = std::min(name_length(text, at), kLongestShown);
  if (length == 0) {
    // One character: a UTF-8 lead byte says how many bytes it has.
    const auto lead = static_cast<unsigned char>(text[at]);
    length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  }
  return "unexpected '" + std::string(text.substr(at, length)) + "'";
}

char closing_delimiter(char opening) {
  switch (opening) {
    case '{':
      return '}';
    case '(':
      return ')';
    case '"':
      return '"';
    default:
      return '\0';
  }
}

BibtexError to_error(std::string_view text, const ParseState::Failure& failure) {
  BibtexError error;
  error.offset = skip_blanks(text, static_cast<std::size_t>(failure.where - text.data()));
  error.found = describe_found(text, error.offset);
  error.expected = failure.expected;
  const std::size_t start =
      skip_blanks(text, static_cast<std::size_t>(failure.rule_start - text.data()));
  // A name where a ',' or '}' belongs is a missing ',', not a missing '}'.
  if (start < text.size() && name_length(text, error.offset) == 0) {
    const char closing = closing_delimiter(text[start]);
    if (closing != '\0' && error.expected.ends_with(std::string("'") + closing + "'")) {
      error.opened_at = start;
    }
  }
  return error;
}

// Macro names are case-insensitive; BibTeX predefines the months.
class MacroTable {
 public:
  MacroTable()
      : values_{{"jan", "January"}, {"feb", "February"}, {"mar", "March"},
                {"apr", "April"},   {"may", "May"},      {"jun", "June"},
                {"jul", "July"},    {"aug", "August"},   {"sep", "September"},
                {"oct", "October"}, {"nov", "November"}, {"dec", "December"}} {}

  void define(const std::string& name, std::string value) {
    values_[to_lower_ascii(name)] = std::move(value);
  }

  const std::string* find(const std::string& name) const {
    const auto found = values_.find(to_lower_ascii(name));
    return found == values_.end() ? nullptr : &found->second;
  }

 private:
  std::map<std::string, std::string> values_;
};

}  // namespace

BibtexParse parse_bibtex_entries(std::string_view text) {
  ParseState state;
  const char* first = text.data();
  const char* const last = text.data() + text.size();
  const auto offset_of = [&](const char* where) { return static_cast<std::size_t>(where - first); };

  BibtexParse result;
  // x3::with<> and the skipper must match bibtex_grammar::context_type exactly, or the
  // instantiated rule is not found at link time.
  const char* stop = first;
  const bool parsed = x3::phrase_parse(
      stop, last, x3::with<bibtex_grammar::parse_state_tag>(std::ref(state))[bibtex_grammar::file],
      bibtex_grammar::skipper());
  if (state.failure) {
    result.error = to_error(text, *state.failure);
    return result;
  }
  if (!parsed || stop != last) {
    result.error = BibtexError{offset_of(stop), describe_found(text, offset_of(stop)), "an entry",
                               std::nullopt};
    return result;
  }

  MacroTable macros;
  // Joins a value's pieces; false (with result.error set) for an undefined macro.
  const auto expand = [&](const std::vector<bibtex_ast::ValuePiece>& pieces, std::string& out) {
    for (const bibtex_ast::ValuePiece& piece : pieces) {
      if (!piece.is_macro) {
        out += piece.text;
      } else if (const std::string* value = macros.find(piece.text)) {
        out += *value;
      } else {
        result.error =
            BibtexError{offset_of(piece.where), "undefined macro '" + piece.text + "'",
                        "a @string definition before its use, or a value in braces", std::nullopt};
        return false;
      }
    }
    return true;
  };

  for (const bibtex_ast::Item& item : state.items) {
    if (const auto* definition = std::get_if<bibtex_ast::MacroDefinition>(&item)) {
      std::string value;
      if (!expand(definition->value, value))
        break;
      macros.define(definition->name, std::move(value));
      continue;
    }
    const auto& entry = std::get<bibtex_ast::Entry>(item);
    BibtexEntry& out = result.entries.emplace_back();
    out.type = to_lower_ascii(entry.type);
    out.key = entry.body.key;
    out.offset = offset_of(entry.where);
    for (const bibtex_ast::Field& field : entry.body.fields) {
      BibtexField& out_field = out.fields.emplace_back();
      out_field.name = to_lower_ascii(field.name);
      out_field.offset = offset_of(field.where);
      if (!expand(field.value, out_field.value))
        break;
    }
    if (result.error)
      break;
  }
  if (result.error)
    result.entries.clear();
  return result;
}

}  // namespace citecheck::grammars
