#pragma once
// The BibTeX grammar's syntax tree, as X3 fills it. Positions are pointers into the parsed
// text; grammars/bibtex.cpp turns them into offsets and expands macros.

#include <boost/fusion/include/adapt_struct.hpp>
#include <string>
#include <variant>
#include <vector>

namespace citecheck::grammars::bibtex_ast {

// One operand of a value's `#` concatenation.
struct ValuePiece {
  bool is_macro = false;  // `text` is a macro name, else the literal text
  const char* where = nullptr;
  std::string text;
};

struct Field {
  const char* where = nullptr;
  std::string name;
  std::vector<ValuePiece> value;
};

// What follows the entry type between the delimiters.
struct EntryBody {
  std::string key;
  std::vector<Field> fields;
};

struct Entry {
  const char* where = nullptr;
  std::string type;
  EntryBody body;
};

// In file order, since a macro is only defined for the entries after it.
using MacroDefinition = Field;
using Item = std::variant<MacroDefinition, Entry>;

}  // namespace citecheck::grammars::bibtex_ast

// Fusion adaptations must be at global scope.
BOOST_FUSION_ADAPT_STRUCT(citecheck::grammars::bibtex_ast::ValuePiece, is_macro, where, text)
BOOST_FUSION_ADAPT_STRUCT(citecheck::grammars::bibtex_ast::Field, where, name, value)
BOOST_FUSION_ADAPT_STRUCT(citecheck::grammars::bibtex_ast::EntryBody, key, fields)
BOOST_FUSION_ADAPT_STRUCT(citecheck::grammars::bibtex_ast::Entry, where, type, body)
