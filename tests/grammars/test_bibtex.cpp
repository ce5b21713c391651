#include <catch2/catch.hpp>

#include "grammars/bibtex.hpp"

using citecheck::grammars::BibtexError;
using citecheck::grammars::parse_bibtex_entries;

namespace {

// "offset: found, expected X [opened at N]" for compact checks.
std::string describe(const BibtexError& error) {
  std::string text =
      std::to_string(error.offset) + ": " + error.found + ", expected " + error.expected;
  if (error.opened_at)
    text += " [opened at " + std::to_string(*error.opened_at) + "]";
  return text;
}

std::string error_of(std::string_view bibtex) {
  const auto parsed = parse_bibtex_entries(bibtex);
  return parsed.error ? describe(*parsed.error) : "no error";
}

}  // namespace

TEST_CASE("BibTeX entries, fields and their offsets", "[bibtex]") {
  const std::string_view text =
      "intro text\n"
      "@Article{olson-forbes,\n"
      "  Author = {Olson, {Parmy}},\n"
      "  year = 2014,\n"
      "  title = \"Xiaomi {\\\"o} {A {B}}\",\n"
      "}\n";
  const auto parsed = parse_bibtex_entries(text);
  REQUIRE_FALSE(parsed.error);
  REQUIRE(parsed.entries.size() == 1);
  const auto& entry = parsed.entries[0];
  CHECK(entry.type == "article");
  CHECK(entry.key == "olson-forbes");
  CHECK(entry.offset == text.find('@'));
  REQUIRE(entry.fields.size() == 3);
  CHECK(entry.fields[0].name == "author");           // names are lower case
  CHECK(entry.fields[0].value == "Olson, {Parmy}");  // inner braces are kept
  CHECK(entry.fields[0].offset == text.find("Author"));
  CHECK(entry.fields[1].name == "year");
  CHECK(entry.fields[1].value == "2014");
  CHECK(entry.fields[2].value == "Xiaomi {\\\"o} {A {B}}");
}

TEST_CASE("BibTeX macros, concatenation and skipped commands", "[bibtex]") {
  const auto parsed = parse_bibtex_entries(
      "% a comment line with an @ sign\n"
      "@preamble{ \"\\newcommand{\\noop}[1]{}\" }\n"
      "@COMMENT{ skipped: @article{inside, title = {no}} }\n"
      "@string{ wsj = \"Wall Street \" # {Journal} }\n"
      "@String(The = {The })\n"
      "@misc(a, journal = the # WSJ, month = May, note = {x} # \"y\" # 12)\n"
      "@misc{b}\n");
  REQUIRE_FALSE(parsed.error);
  REQUIRE(parsed.entries.size() == 2);
  const auto& fields = parsed.entries[0].fields;
  REQUIRE(fields.size() == 3);
  CHECK(fields[0].value == "The Wall Street Journal");  // macro names ignore case
  CHECK(fields[1].value == "May");                      // predefined month macro
  CHECK(fields[2].value == "xy12");
  CHECK(parsed.entries[1].key == "b");  // an entry with a key only
  CHECK(parsed.entries[1].fields.empty());
}

TEST_CASE("text without entries is an empty list", "[bibtex]") {
  const auto parsed = parse_bibtex_entries("Nothing but prose here.\n");
  CHECK_FALSE(parsed.error);
  CHECK(parsed.entries.empty());
}

TEST_CASE("broken BibTeX is reported as a value, innermost problem first", "[bibtex]") {
  // Offsets are bytes; "opened at" is the delimiter left open.
  CHECK(error_of("@article{k, title = {The Fortune") ==
        "32: unexpected end of file, expected '}' [opened at 20]");
  CHECK(error_of("@article{k, title = {The {Fortune}") ==
        "34: unexpected end of file, expected '}' [opened at 20]");
  CHECK(error_of("@article{k, title = \"abc } d\"}") ==
        "25: unexpected '}', expected '\"' [opened at 20]");
  CHECK(error_of("@article{, title = {x}}") == "9: unexpected ',', expected an entry key");
  CHECK(error_of("@article{title = {x}}") == "9: unexpected 'title', expected an entry key");
  CHECK(error_of("@article{k, title {x}}") == "18: unexpected '{', expected '='");
  CHECK(error_of("@article{k, title = }") == "20: unexpected '}', expected a value");
  CHECK(error_of("@article{k, title = {x} # }") == "26: unexpected '}', expected a value");
  CHECK(error_of("@article{k, title = {x} year = 1}") ==
        "24: unexpected 'year', expected ',' or '}'");
  CHECK(error_of("@article{k, title = {x}") ==
        "23: unexpected end of file, expected ',' or '}' [opened at 8]");
  CHECK(error_of("@article(k, title = {x}}") ==
        "23: unexpected '}', expected ',' or ')' [opened at 8]");
  CHECK(error_of("@{k, title = {x}}") == "1: unexpected '{', expected an entry type");
  CHECK(error_of("@article k, title = {x}}") == "9: unexpected 'k', expected '{' or '('");
  CHECK(error_of("@string{wsj = {x}") == "17: unexpected end of file, expected '}' [opened at 7]");
  CHECK(error_of("@comment{ never closed") ==
        "22: unexpected end of file, expected '}' [opened at 8]");
  CHECK(error_of("@article{k, journal = wsj}") ==
        "22: undefined macro 'wsj', expected a @string definition before its use, or a value "
        "in braces");
  CHECK(error_of("@article{k, journal = wsj}\n@string{wsj = {WSJ}}") ==
        "22: undefined macro 'wsj', expected a @string definition before its use, or a value "
        "in braces");
}
