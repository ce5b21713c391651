#include <catch2/catch.hpp>
#include <filesystem>

#include "src/sources/load_source_list.hpp"

using citecheck::parse_csl_yaml;

namespace {

const std::filesystem::path kFixtures = std::filesystem::path(CITECHECK_SOURCE_DIR) / "fixtures";

}  // namespace

TEST_CASE("CSL-YAML references map to sources field by field", "[sources]") {
  const auto file = kFixtures / "sources/newsroom.yaml";
  const auto sources = citecheck::load_source_list(file);
  REQUIRE(sources.size() == 2);

  const auto& radio = sources[0];
  CHECK(radio.id == "lindqvist-radio");
  CHECK(radio.type == "broadcast");
  REQUIRE(radio.people.size() == 1);
  CHECK(radio.people[0].family == "Lindqvist");
  CHECK(radio.people[0].given == "Åsa");
  CHECK(radio.outlet == "Nordic Radio Hour");
  CHECK(radio.title == "1984");  // YAML scalars are text
  CHECK(radio.date == "2019-11-02");
  CHECK(radio.quotes ==
        std::vector<std::string>{"Nobody listens to the weather report until it rains."});
  CHECK(radio.snapshot == "/srv/snapshots/lindqvist.txt");
  CHECK(radio.origin_file == file.string());
  CHECK(radio.origin_line == 3);

  const auto& council = sources[1];
  CHECK(council.id == "city-council");
  CHECK(council.people[0].literal == "Riverside City Council");
  CHECK(council.date == "2020-07/2020-09");
  CHECK(council.origin_line == 15);
}

TEST_CASE("CSL-YAML as a list, a single item or Markdown front matter", "[sources]") {
  SECTION("a top-level list of items") {
    const auto sources = parse_csl_yaml(
        "- id: a\n  author:\n  - {family: Olson, given: Parmy}\n"
        "  custom: {snapshot: olson.html, aliases: [P. Olson]}\n",
        "lists/l.yml");
    REQUIRE(sources.size() == 1);
    CHECK(sources[0].people[0].display_name() == "Parmy Olson");
    CHECK(sources[0].aliases == std::vector<std::string>{"P. Olson"});
    CHECK(sources[0].snapshot == "lists/olson.html");
  }
  SECTION("one item on its own") {
    CHECK(parse_csl_yaml("id: solo\ntitle: Alone\n", "l.yaml")[0].title == "Alone");
  }
  SECTION("front matter lines are counted from the article's start") {
    // The article has "---" on line 1; the YAML starts on line 2.
    const std::string_view front_matter =
        "title: Cranes\nreferences:\n- id: berg\n  author:\n  - family: Berg\n";
    const auto sources = parse_csl_yaml(front_matter, "article.md", 1);
    REQUIRE(sources.size() == 1);
    CHECK(sources[0].origin_file == "article.md");
    CHECK(sources[0].origin_line == 4);
    CHECK_THROWS_WITH(parse_csl_yaml("references:\n- id: a\n  title: [x\n", "list.yaml", 1),
                      "list.yaml:5:1: unclosed '[', expected ']'");
  }
}

TEST_CASE("broken CSL-YAML syntax names line, column and what was expected", "[sources]") {
  CHECK_THROWS_WITH(parse_csl_yaml("- id: a\n  title: [x, y\n- id: b\n", "list.yaml"),
                    "list.yaml:3:5: unclosed '[', expected ']'");
  CHECK_THROWS_WITH(parse_csl_yaml("- id: a\n  title: {a: b\n", "list.yaml"),
                    "list.yaml:3:1: unclosed '{', expected '}'");
  CHECK_THROWS_WITH(
      parse_csl_yaml("- id: a\n  title: x\n bad: y\n", "list.yaml"),
      "list.yaml:3:2: unexpected indentation, expected the indentation of the list above");
  CHECK_THROWS_WITH(
      parse_csl_yaml("references:\n- id: a\n  title: b\n  - c\n", "list.yaml"),
      "list.yaml:4:3: unexpected indentation, expected the indentation of the mapping above");
  CHECK_THROWS_WITH(parse_csl_yaml("- id: a\n\ttitle: b\n", "list.yaml"),
                    "list.yaml:2:1: tab in indentation, expected spaces");
  CHECK_THROWS_WITH(parse_csl_yaml("- id: a\n  title: Cranes: A History\n", "list.yaml"),
                    "list.yaml:2:16: unexpected ': ' in a value, expected the value in quotes");
  CHECK_THROWS_WITH(parse_csl_yaml("- id: [a, b]]\n", "list.yaml"),
                    "list.yaml:1:13: unexpected closing bracket, expected a value");
  CHECK_THROWS_WITH(parse_csl_yaml("- id: a\n  title: \"a\\qb\"\n", "list.yaml"),
                    "list.yaml:2:14: invalid YAML: unknown escape character: q");
  CHECK_THROWS_WITH(parse_csl_yaml("# nothing here\n", "list.yaml"),
                    "list.yaml:1:1: no items, expected a list of CSL items or a mapping with "
                    "\"references\"");
  CHECK_THROWS_WITH(parse_csl_yaml("- id: a\xFF\n", "list.yaml"),
                    "list.yaml:1:8: invalid UTF-8 (byte 0xFF): citecheck checks UTF-8 text");
}

TEST_CASE("CSL-YAML values of the wrong shape are errors at the value", "[sources]") {
  CHECK_THROWS_WITH(
      parse_csl_yaml("title: Cranes\nauthor: me\n", "list.yaml"),
      "list.yaml:1:1: no \"references\", expected a list of CSL items or a mapping with "
      "\"references\"");
  CHECK_THROWS_WITH(parse_csl_yaml("- title: x\n", "list.yaml"),
                    "list.yaml:1:3: item 1 has no id, expected an \"id\" in every item");
  CHECK_THROWS_WITH(parse_csl_yaml("- id: a\n  author: Olson\n", "list.yaml"),
                    "list.yaml:2:11: item 1 (\"a\"): author is a string, expected a list of names");
  CHECK_THROWS_WITH(parse_csl_yaml("- id: a\n  author:\n  - Olson\n", "list.yaml"),
                    "list.yaml:3:5: item 1 (\"a\"): author[0] is a string, expected a mapping with "
                    "\"family\", \"given\" or \"literal\"");
  CHECK_THROWS_WITH(parse_csl_yaml("- {id: Åsa, title: [x]}\n", "list.yaml"),
                    "list.yaml:1:20: item 1 (\"Åsa\"): title is a list, expected a string");
  CHECK_THROWS_WITH(
      parse_csl_yaml("- id: a\n  custom:\n    quotes: one\n", "list.yaml"),
      "list.yaml:3:13: item 1 (\"a\"): custom.quotes is a string, expected a list of strings");
}
