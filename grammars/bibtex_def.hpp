#pragma once
// Included only by grammars/bibtex.cpp: the BibTeX grammar's definition.
//
//   file       := (junk | '@' entry)*        junk: text without '@'; '%' starts a comment line
//   entry      := "comment" [braced] | "preamble" delimited(value) | "string" delimited(field)
//               | type delimited(key (',' field)* [','])
//   delimited  := '{' … '}' | '(' … ')'
//   field      := name '=' value
//   value      := piece ('#' piece)*
//   piece      := '{' balanced '}' | '"' (braced | not '"')* '"' | digits | macro name
//
// X3's character classifiers are not safe on bytes >= 0x80, so every class here is an
// explicit byte set; UTF-8 in values and keys passes through as bytes.
//
// Spirit naming: rule ID foo_class, rule object foo, definition foo_def.

#include <boost/spirit/home/x3.hpp>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammars/bibtex_ast.hpp"
#include "grammars/config.hpp"

namespace citecheck::grammars::bibtex_grammar {

namespace x3 = boost::spirit::x3;

// What the grammar reports through its context: the items in file order, and the first
// (innermost) expectation failure. Nothing is printed.
struct ParseState {
  struct Failure {
    const char* where = nullptr;
    const char* rule_start = nullptr;  // where the failing rule began: its opening delimiter
    std::string expected;
  };
  std::vector<bibtex_ast::Item> items;
  std::optional<Failure> failure;
};
struct parse_state_tag;

constexpr char kBlanks[] = " \t\r\n\f\v";
// Bytes that end a field name, entry type or macro name.
constexpr char kNotInNames[] = " \t\r\n\f\v\"#%'(),={}@";
// Bytes that end an entry key: keys may hold more punctuation than names.
constexpr char kNotInKeys[] = " \t\r\n\f\v\"#%(),={}";

using skipper_type = decltype(x3::char_(kBlanks));
inline skipper_type skipper() {
  return x3::char_(kBlanks);
}
using context_type = x3::context<parse_state_tag, std::reference_wrapper<ParseState>,
                                 x3::phrase_parse_context<skipper_type>::type>;

// Records the failure in the ParseState and lets the parse fail; outer rules see a failed
// rule and fail in turn, but the first record (the innermost) is the one kept.
struct record_failure {
  template <typename Iterator, typename Exception, typename Context>
  x3::error_handler_result on_error(Iterator& first, Iterator const&, Exception const& failure,
                                    Context const& context) {
    ParseState& state = x3::get<parse_state_tag>(context).get();
    if (!state.failure)
      state.failure = ParseState::Failure{failure.where(), first, failure.which()};
    return x3::error_handler_result::fail;
  }
};

// The current position (after blanks), for offsets in the AST.
struct position_parser : x3::parser<position_parser> {
  using attribute_type = const char*;
  static bool const has_attribute = true;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext const&,
             Attribute& attribute) const {
    x3::skip_over(first, last, context);
    attribute = first;
    return true;
  }
};
position_parser const position{};

// An ASCII word in any letter case that is not the start of a longer name: "@String",
// "@COMMENT". (x3::no_case would classify bytes >= 0x80.)
struct keyword_parser : x3::parser<keyword_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  constexpr explicit keyword_parser(std::string_view lower_case_word) : word(lower_case_word) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext const&,
             Attribute&) const {
    x3::skip_over(first, last, context);
    Iterator it = first;
    for (const char expected : word) {
      if (it == last || (*it | 0x20) != expected)
        return false;
      ++it;
    }
    if (it != last && std::string_view(kNotInNames).find(*it) == std::string_view::npos) {
      return false;
    }
    first = it;
    return true;
  }

  std::string_view word;
};

const auto add_item = [](auto& context) {
  x3::get<parse_state_tag>(context).get().items.emplace_back(std::move(x3::_attr(context)));
};

// Rules with record_failure report their own start, so that a missing closing delimiter
// can name the opening one.
struct file_class : record_failure {};
struct braced_group_class : record_failure {};
struct braced_text_class : record_failure {};
struct quoted_text_class : record_failure {};
struct entry_body_class : record_failure {};
struct string_body_class : record_failure {};
struct preamble_body_class : record_failure {};

// Rule names are what messages say was expected.
x3::rule<file_class> const file = "a BibTeX file";
x3::rule<class junk_class> const junk = "text between entries";
x3::rule<braced_group_class> const braced_group = "a group in braces";
x3::rule<braced_text_class, std::string> const braced_text = "a value in braces";
x3::rule<quoted_text_class, std::string> const quoted_text = "a value in quotes";
x3::rule<class number_class, std::string> const number = "a number";
x3::rule<class name_class, std::string> const name = "a name";
x3::rule<class entry_type_class, std::string> const entry_type = "an entry type";
x3::rule<class key_class, std::string> const key = "an entry key";
x3::rule<class literal_piece_class, bibtex_ast::ValuePiece> const literal_piece = "a value";
x3::rule<class macro_piece_class, bibtex_ast::ValuePiece> const macro_piece = "a value";
x3::rule<class piece_class, bibtex_ast::ValuePiece> const piece = "a value";
x3::rule<class value_class, std::vector<bibtex_ast::ValuePiece>> const value = "a value";
x3::rule<class field_class, bibtex_ast::Field> const field = "name = value";
x3::rule<class entry_contents_class, bibtex_ast::EntryBody> const entry_contents = "an entry key";
x3::rule<class close_brace_class> const close_brace = "',' or '}'";
x3::rule<class close_parenthesis_class> const close_parenthesis = "',' or ')'";
x3::rule<entry_body_class, bibtex_ast::EntryBody> const entry_body = "'{' or '('";
x3::rule<string_body_class, bibtex_ast::MacroDefinition> const string_body = "'{' or '('";
x3::rule<preamble_body_class> const preamble_body = "'{' or '('";
x3::rule<class comment_entry_class> const comment_entry = "@comment";
x3::rule<class preamble_entry_class> const preamble_entry = "@preamble";
x3::rule<class string_entry_class, bibtex_ast::MacroDefinition> const string_entry = "@string";
x3::rule<class regular_entry_class, bibtex_ast::Entry> const regular_entry = "an entry";

auto const file_def =
    *(junk | comment_entry | preamble_entry | string_entry[add_item] | regular_entry[add_item]);
auto const junk_def = x3::omit[+(x3::lexeme['%' >> *~x3::char_('\n')] | ~x3::char_("@%"))];

auto const braced_group_def = '{' > *(braced_group | ~x3::char_("{}")) > '}';
auto const braced_text_def = x3::lexeme['{' > x3::raw[*(braced_group | ~x3::char_("{}"))] > '}'];
auto const quoted_text_def = x3::lexeme['"' > x3::raw[*(braced_group | ~x3::char_("\"{}"))] > '"'];
auto const number_def = x3::lexeme[+x3::char_("0-9")];
auto const name_def = x3::lexeme[+~x3::char_(kNotInNames)];
auto const entry_type_def = name;
// A name followed by '=' is a field: the key is missing.
auto const key_def = x3::lexeme[+~x3::char_(kNotInKeys)] >> !x3::lit('=');

auto const literal_piece_def = x3::attr(false) >> position >> (braced_text | quoted_text | number);
auto const macro_piece_def = x3::attr(true) >> position >> name;
auto const piece_def = literal_piece | macro_piece;
auto const value_def = piece >> *('#' > piece);
auto const field_def = (position >> name) > '=' > value;

// biber accepts a trailing ',' and an entry with a key only.
auto const entry_contents_def = key >> *(',' >> field) >> -x3::lit(',');
auto const close_brace_def = x3::lit('}');
auto const close_parenthesis_def = x3::lit(')');
auto const entry_body_def =
    ('{' > entry_contents > close_brace) | ('(' > entry_contents > close_parenthesis);
auto const string_body_def = ('{' > field > '}') | ('(' > field > ')');
auto const preamble_body_def = ('{' > value > '}') | ('(' > value > ')');

auto const comment_entry_def = '@' >> keyword_parser("comment") >> -braced_group;
auto const preamble_entry_def = ('@' >> keyword_parser("preamble")) > preamble_body;
auto const string_entry_def = ('@' >> keyword_parser("string")) > string_body;
auto const regular_entry_def = (position >> '@') > entry_type > entry_body;

BOOST_SPIRIT_DEFINE(file, junk, braced_group, braced_text, quoted_text, number, name, entry_type,
                    key, literal_piece, macro_piece, piece, value, field, entry_contents,
                    close_brace, close_parenthesis, entry_body, string_body, preamble_body,
                    comment_entry, preamble_entry, string_entry, regular_entry)

using file_type = decltype(file);

}  // namespace citecheck::grammars::bibtex_grammar
