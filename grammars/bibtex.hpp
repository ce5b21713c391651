#pragma once
// BibTeX/BibLaTeX reader: entries, @string macros (and the month macros jan..dec),
// `#` concatenation, nested braces, @comment and @preamble (skipped), text between entries
// (ignored, as are lines starting with '%' there). The grammar works on bytes.
//
// Values come back as the text between their delimiters, with macros expanded and pieces
// joined; inner braces and LaTeX commands are kept for the caller to interpret (braces
// protect names and case, so only the caller knows when to drop them).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citecheck::grammars {

struct BibtexField {
  std::string name;  // lower case
  std::string value;
  std::size_t offset = 0;  // of the field name
};

struct BibtexEntry {
  std::string type;  // lower case, without '@': "article"
  std::string key;
  std::size_t offset = 0;  // of the '@'
  std::vector<BibtexField> fields;
};

// The first problem found: "<found>, expected <expected>".
struct BibtexError {
  std::size_t offset = 0;
  std::string found;     // "unexpected '='", "unexpected end of file", "undefined macro 'wsj'"
  std::string expected;  // "'}'", "a value", "',' or '}'", ...
  // The '{', '(' or '"' that `expected` would close, when that is what is missing.
  std::optional<std::size_t> opened_at;
};

struct BibtexParse {
  std::vector<BibtexEntry> entries;  // empty when there is an error
  std::optional<BibtexError> error;
};

BibtexParse parse_bibtex_entries(std::string_view text);

}  // namespace citecheck::grammars
