#include <catch2/catch.hpp>
#include <filesystem>

#include "src/sources/load_source_list.hpp"

using citecheck::parse_bibtex;
using citecheck::Source;

namespace {

const std::filesystem::path kFixtures = std::filesystem::path(CITECHECK_SOURCE_DIR) / "fixtures";

Source one_source(std::string_view bibtex) {
  const auto sources = parse_bibtex(bibtex, "list.bib");
  REQUIRE(sources.size() == 1);
  return sources[0];
}

std::string title_of(std::string_view braced_title) {
  return one_source("@misc{k, title = {" + std::string(braced_title) + "}}").title;
}

}  // namespace

TEST_CASE("BibTeX entries map to sources field by field", "[sources][bibtex]") {
  const auto file = kFixtures / "sources/newsroom.bib";
  const auto sources = citecheck::load_source_list(file);
  REQUIRE(sources.size() == 3);

  const Source& berg = sources[0];
  CHECK(berg.id == "berg-courier");
  CHECK(berg.type == "article-newspaper");
  REQUIRE(berg.people.size() == 2);
  CHECK(berg.people[0].family == "Berg");
  CHECK(berg.people[0].given == "Hanna");
  CHECK(berg.people[0].particle == "van den");
  CHECK(berg.people[1].literal == "Courier Wire Service");
  CHECK(berg.outlet == "The Evening Courier");  // from an @string macro
  CHECK(berg.outlet_short == "Courier");
  CHECK(berg.title == "Harbour Cranes Return – Twenty Years On");  // the first title wins
  CHECK(berg.url == "https://courier.example/harbour_cranes");
  CHECK(berg.date == "2021-03-09");
  CHECK(berg.quotes ==
        std::vector<std::string>{"The cranes are back.", "We waited three winters for this."});
  CHECK(berg.aliases == std::vector<std::string>{"H. van den Berg"});
  CHECK(berg.snapshot == (kFixtures / "sources/snapshots/berg-courier.html").string());
  CHECK(berg.origin_file == file.string());
  CHECK(berg.origin_line == 10);

  const Source& mueller = sources[1];
  CHECK(mueller.id == "mueller-2003");
  CHECK(mueller.type == "book");
  REQUIRE(mueller.people.size() == 4);  // editors stand in for authors
  CHECK(mueller.people[0].display_name() == "Jürgen Müller");
  CHECK(mueller.people[1].display_name() == "François Lefèvre");
  CHECK(mueller.people[2].display_name() == "Søren Åberg");
  CHECK(mueller.people[3].family == "Straßer");
  CHECK(mueller.people[3].given == "Karl");
  CHECK(mueller.title == "Café & Crème: “Europe” at Table");
  CHECK(mueller.date == "2003-05");
  CHECK(mueller.origin_line == 27);

  const Source& wire = sources[2];
  CHECK(wire.type == "paper-conference");
  CHECK(wire.people[0].literal == "Courier Wire Service");
  CHECK(wire.outlet == "Proceedings of the Press Forum");  // booktitle
  CHECK(wire.date == "2020");
}

TEST_CASE("BibTeX LaTeX escapes decode to UTF-8", "[sources][bibtex]") {
  CHECK(title_of("{\\\"o}") == "ö");
  CHECK(title_of("\\\"{o}") == "ö");
  CHECK(title_of("\\\"o") == "ö");
  CHECK(title_of("{\\'e}t{\\'E}") == "étÉ");
  CHECK(title_of("\\c{c} \\v c \\u{g}") == "ç č ğ");
  CHECK(title_of("{\\\"\\i}") == "ï");
  CHECK(title_of("Stra\\ss e {\\aa} {\\O}") == "Straße å Ø");
  CHECK(title_of("A \\& B, 5\\% off") == "A & B, 5% off");
  CHECK(title_of("1990--2000 --- and ``so'' on") == "1990–2000 — and “so” on");
  CHECK(title_of("C.~K. \\emph{Prahalad}") == "C. K. Prahalad");
  CHECK(title_of("  lines\n   wrap  ") == "lines wrap");
}

TEST_CASE("BibTeX names: Last, First and First Last and {Corporate}", "[sources][bibtex]") {
  const Source source = one_source(
      "@misc{k, author = {Olson, Parmy and Paul Mozur and {The Wall Street Journal} and "
      "{Reuters} and Ludwig van Beethoven and de la Fontaine, Jean and Madonna and "
      "{Barnes and Noble} and King, Jr., Martin Luther and others}}");
  const auto& people = source.people;
  REQUIRE(people.size() == 9);
  CHECK(people[0].family == "Olson");
  CHECK(people[0].given == "Parmy");
  CHECK(people[1].family == "Mozur");
  CHECK(people[1].given == "Paul");
  CHECK(people[2].literal == "The Wall Street Journal");
  CHECK(people[2].family.empty());
  CHECK(people[3].literal == "Reuters");
  CHECK(people[4].family == "Beethoven");
  CHECK(people[4].particle == "van");
  CHECK(people[4].given == "Ludwig");
  CHECK(people[5].family == "Fontaine");
  CHECK(people[5].particle == "de la");
  CHECK(people[5].given == "Jean");
  CHECK(people[6].family == "Madonna");
  CHECK(people[7].literal == "Barnes and Noble");
  CHECK(people[8].family == "King");
  CHECK(people[8].given == "Martin Luther");
}

TEST_CASE("BibTeX types, outlets and dates", "[sources][bibtex]") {
  CHECK(one_source("@article{k, journal = {Nature}}").type == "article-journal");
  CHECK(one_source("@article{k, journal = {Nature}}").outlet == "Nature");
  CHECK(one_source("@article{k, entrysubtype = {magazine}}").type == "article-magazine");
  CHECK(one_source("@online{k}").type == "webpage");
  CHECK(one_source("@whatever{k}").type == "document");
  CHECK(one_source("@article{k, journaltitle = {A}, journal = {B}}").outlet == "A");
  CHECK(one_source("@misc{k, year = 2004, month = dec}").date == "2004-12");
  CHECK(one_source("@misc{k, year = 2004, month = {7}, day = {4}}").date == "2004-07-04");
  CHECK(one_source("@misc{k, year = 2004, month = {Spring}}").date == "2004");
  CHECK(one_source("@misc{k, date = {2004-05-01}, year = 1999}").date == "2004-05-01");
}

TEST_CASE("BibTeX quotes: one `quote` field per quotation", "[sources][bibtex]") {
  const Source source = one_source(
      "@misc{k,\n"
      "  quote = {We sell, and they buy -- and that is all.},\n"
      "  quotes = \"Growth \" # {and {more} growth.},\n"
      "  alias = {P. Olson}, aliases = {Olson, P.},\n"
      "}");
  CHECK(source.quotes == std::vector<std::string>{"We sell, and they buy – and that is all.",
                                                  "Growth and more growth."});
  CHECK(source.aliases == std::vector<std::string>{"P. Olson", "Olson, P."});
}

TEST_CASE("broken BibTeX names line, column and what was expected", "[sources][bibtex]") {
  CHECK_THROWS_WITH(parse_bibtex("@article{k,\n  title = {The Fortune\n", "list.bib"),
                    "list.bib:3:1: unexpected end of file, expected '}' to close the '{' at 2:11");
  CHECK_THROWS_WITH(
      parse_bibtex("@article{k,\n  title = \"Café\n", "list.bib"),
      "list.bib:3:1: unexpected end of file, expected '\"' to close the '\"' at 2:11");
  CHECK_THROWS_WITH(
      parse_bibtex("@article{k,\n  title = {x}\n", "list.bib"),
      "list.bib:3:1: unexpected end of file, expected ',' or '}' to close the '{' at 1:9");
  CHECK_THROWS_WITH(parse_bibtex("@article{,\n  title = {x}\n}", "list.bib"),
                    "list.bib:1:10: unexpected ',', expected an entry key");
  CHECK_THROWS_WITH(parse_bibtex("@article{\n  title = {x}\n}", "list.bib"),
                    "list.bib:2:3: unexpected 'title', expected an entry key");
  CHECK_THROWS_WITH(parse_bibtex("@article{k,\n  title {x}\n}", "list.bib"),
                    "list.bib:2:9: unexpected '{', expected '='");
  CHECK_THROWS_WITH(parse_bibtex("@article{k,\n  title = {x}\n  year = 2004\n}", "list.bib"),
                    "list.bib:3:3: unexpected 'year', expected ',' or '}'");
  CHECK_THROWS_WITH(parse_bibtex("@article{k,\n  title = ,\n}", "list.bib"),
                    "list.bib:2:11: unexpected ',', expected a value");
  CHECK_THROWS_WITH(
      parse_bibtex("@article{k,\n  journal = wsj,\n}", "list.bib"),
      "list.bib:2:13: undefined macro 'wsj', expected a @string definition before its use, "
      "or a value in braces");
  CHECK_THROWS_WITH(parse_bibtex("Ünïcödé prose @{k}", "list.bib"),
                    "list.bib:1:16: unexpected '{', expected an entry type");
  CHECK_THROWS_WITH(parse_bibtex("", "list.bib"), "list.bib: file is empty");
}
