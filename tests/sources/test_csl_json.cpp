#include <catch2/catch.hpp>
#include <filesystem>

#include "src/sources/load_source_list.hpp"

using citecheck::parse_csl_json;

namespace {

const std::filesystem::path kFixtures = std::filesystem::path(CITECHECK_SOURCE_DIR) / "fixtures";

}  // namespace

TEST_CASE("CSL-JSON items map to sources field by field", "[sources]") {
  const auto file = kFixtures / "sources/newsroom.json";
  const auto sources = citecheck::load_source_list(file);
  REQUIRE(sources.size() == 2);

  const auto& berg = sources[0];
  CHECK(berg.id == "berg-courier");
  CHECK(berg.type == "article-newspaper");
  REQUIRE(berg.people.size() == 2);
  CHECK(berg.people[0].family == "Berg");
  CHECK(berg.people[0].given == "Hanna");
  CHECK(berg.people[0].particle == "van den");
  CHECK(berg.people[0].literal.empty());
  CHECK(berg.people[0].display_name() == "Hanna van den Berg");
  CHECK(berg.people[1].literal == "Courier Wire Service");
  CHECK(berg.people[1].display_name() == "Courier Wire Service");
  CHECK(berg.outlet == "The Evening Courier");
  CHECK(berg.outlet_short == "Courier");
  CHECK(berg.title == "Harbour Cranes Return");
  CHECK(berg.url == "https://courier.example/harbour");
  CHECK(berg.date == "2021-03-09");
  CHECK(berg.quotes ==
        std::vector<std::string>{"The cranes are back.", "We waited three winters for this."});
  CHECK(berg.aliases == std::vector<std::string>{"H. van den Berg"});
  CHECK(berg.snapshot == (kFixtures / "sources/snapshots/berg-courier.html").string());
  CHECK(berg.origin_file == file.string());
  CHECK(berg.origin_line == 2);

  const auto& okafor = sources[1];
  CHECK(okafor.id == "42");  // CSL allows numeric ids
  CHECK(okafor.type == "interview");
  REQUIRE(okafor.people.size() == 1);  // the editor stands in for the missing author
  CHECK(okafor.people[0].display_name() == "Chidi Okafor");
  CHECK(okafor.date == "spring 2019");
  CHECK(okafor.quotes.empty());
  CHECK_FALSE(okafor.snapshot.has_value());
  CHECK(okafor.origin_line == 22);
}

TEST_CASE("CSL-JSON accepts a single item and relative or absolute snapshots", "[sources]") {
  SECTION("a single item instead of an array") {
    const auto sources = parse_csl_json(
        R"({"id": "solo", "author": [{"literal": "Reuters"}], "issued": {"literal": "2004"}})",
        "solo.json");
    REQUIRE(sources.size() == 1);
    CHECK(sources[0].id == "solo");
    CHECK(sources[0].people[0].literal == "Reuters");
    CHECK(sources[0].date == "2004");
    CHECK(sources[0].origin_line == 1);
  }
  SECTION("an empty array is an empty list") {
    CHECK(parse_csl_json("[]", "e.json").empty());
  }
  SECTION("snapshots are relative to the list's directory") {
    const std::string_view json = R"([{"id": "a", "custom": {"snapshot": "pages/../a.html"}}])";
    CHECK(parse_csl_json(json, "lists/x.json")[0].snapshot == "lists/a.html");
    CHECK(parse_csl_json(json, "x.json")[0].snapshot == "a.html");
    CHECK(
        parse_csl_json(R"([{"id": "a", "custom": {"snapshot": "/srv/a.html"}}])", "lists/x.json")[0]
            .snapshot == "/srv/a.html");
  }
  SECTION("date ranges, string date parts and null fields") {
    const auto sources = parse_csl_json(
        R"([{"id": "a", "title": null, "issued": {"date-parts": [["2019", "7"], [2020]]}}])",
        "x.json");
    CHECK(sources[0].title.empty());
    CHECK(sources[0].date == "2019-07/2020");
  }
  SECTION("a byte order mark does not shift columns") {
    CHECK_THROWS_WITH(parse_csl_json("\xEF\xBB\xBF[{\"id\": 1.5}]", "bom.json"),
                      "bom.json:1:9: item 1: id is a decimal number, expected a string or an "
                      "integer");
  }
}

TEST_CASE("broken CSL-JSON syntax names line, column and what was expected", "[sources]") {
  CHECK_THROWS_WITH(parse_csl_json("[{\"id\": \"a\",}]", "list.json"),
                    "list.json:1:13: unexpected '}', expected a key in double quotes");
  CHECK_THROWS_WITH(parse_csl_json("[{\"id\" \"a\"}]", "list.json"),
                    "list.json:1:8: unexpected string, expected ':'");
  CHECK_THROWS_WITH(parse_csl_json("[\n  {\"id\": \"a\n  }]", "list.json"),
                    "list.json:2:10: unclosed string, expected a closing '\"' on the same line");
  CHECK_THROWS_WITH(parse_csl_json("[{\"id\": \"a\"}", "list.json"),
                    "list.json:1:13: unexpected end of file, expected ',' or ']'");
  CHECK_THROWS_WITH(parse_csl_json("[{\"id\": \"a\"}\n {\"id\": \"b\"}]", "list.json"),
                    "list.json:2:2: unexpected '{', expected ',' or ']'");
  CHECK_THROWS_WITH(parse_csl_json("[{\"id\": \"a\" \"type\": \"book\"}]", "list.json"),
                    "list.json:1:13: unexpected string, expected ',' or '}'");
  CHECK_THROWS_WITH(
      parse_csl_json("[{\"id\": tru}]", "list.json"),
      "list.json:1:9: invalid value 'tru', expected a string, number, array, object, true, "
      "false or null");
  CHECK_THROWS_WITH(parse_csl_json("[{\"id\": \"a\"}]]", "list.json"),
                    "list.json:1:14: unexpected ']', expected end of file");
  CHECK_THROWS_WITH(parse_csl_json("  \n", "list.json"),
                    "list.json:2:1: unexpected end of file, expected a value");
  CHECK_THROWS_WITH(parse_csl_json("", "list.json"), "list.json: file is empty");
}

TEST_CASE("CSL-JSON fields of the wrong type are errors at the value", "[sources]") {
  CHECK_THROWS_WITH(parse_csl_json("\"hello\"", "list.json"),
                    "list.json:1:1: the source list is a string, expected an array of CSL items");
  CHECK_THROWS_WITH(parse_csl_json("[5]", "list.json"),
                    "list.json:1:2: item 1 is a number, expected an object with the item's fields");
  CHECK_THROWS_WITH(parse_csl_json("[{\"id\": \"a\"},\n {\"type\": \"book\"}]", "list.json"),
                    "list.json:2:2: item 2 has no id, expected an \"id\" in every item");
  CHECK_THROWS_WITH(parse_csl_json("[{\"id\": [1]}]", "list.json"),
                    "list.json:1:9: item 1: id is an array, expected a string or an integer");
  CHECK_THROWS_WITH(
      parse_csl_json("[\n {\"id\": \"olson\",\n  \"author\": 5}]", "list.json"),
      "list.json:3:13: item 1 (\"olson\"): author is a number, expected an array of names");
  CHECK_THROWS_WITH(
      parse_csl_json("[{\"id\": \"a\", \"author\": [\"Olson\"]}]", "list.json"),
      "list.json:1:25: item 1 (\"a\"): author[0] is a string, expected an object with "
      "\"family\", \"given\" or \"literal\"");
  CHECK_THROWS_WITH(
      parse_csl_json("[{\"id\": \"a\", \"editor\": [{\"given\": \"P\"}]}]", "list.json"),
      "list.json:1:25: item 1 (\"a\"): editor[0] has no \"family\" or \"literal\", expected "
      "at least one of them");
  CHECK_THROWS_WITH(
      parse_csl_json("[{\"id\": \"a\", \"author\": [{\"family\": 5}]}]", "list.json"),
      "list.json:1:36: item 1 (\"a\"): author[0].family is a number, expected a string");
  CHECK_THROWS_WITH(parse_csl_json("[{\"id\": \"été\", \"title\": [\"x\"]}]", "list.json"),
                    "list.json:1:25: item 1 (\"été\"): title is an array, expected a string");
  CHECK_THROWS_WITH(parse_csl_json("[{\"id\": \"a\", \"custom\": []}]", "list.json"),
                    "list.json:1:24: item 1 (\"a\"): custom is an array, expected an object");
  CHECK_THROWS_WITH(
      parse_csl_json("[{\"id\": \"a\", \"custom\": {\"quotes\": \"q\"}}]", "list.json"),
      "list.json:1:35: item 1 (\"a\"): custom.quotes is a string, expected an array of "
      "strings");
  CHECK_THROWS_WITH(
      parse_csl_json("[{\"id\": \"a\", \"custom\": {\"quotes\": [\"q\", 5]}}]", "list.json"),
      "list.json:1:41: item 1 (\"a\"): custom.quotes[1] is a number, expected a string");
  CHECK_THROWS_WITH(
      parse_csl_json("[{\"id\": \"a\", \"custom\": {\"snapshot\": true}}]", "list.json"),
      "list.json:1:37: item 1 (\"a\"): custom.snapshot is a boolean, expected a path");
  CHECK_THROWS_WITH(parse_csl_json("[{\"id\": \"a\", \"issued\": [2004]}]", "list.json"),
                    "list.json:1:24: item 1 (\"a\"): issued is an array, expected an object with "
                    "\"date-parts\", \"raw\" or \"literal\"");
  CHECK_THROWS_WITH(
      parse_csl_json("[{\"id\": \"a\", \"issued\": {\"date-parts\": [2004]}}]", "list.json"),
      "list.json:1:40: item 1 (\"a\"): issued.date-parts is a number, expected an array of "
      "[year, month, day] lists");
  CHECK_THROWS_WITH(
      parse_csl_json("[{\"id\": \"a\", \"issued\": {\"date-parts\": [[2004, true]]}}]",
                     "list.json"),
      "list.json:1:47: item 1 (\"a\"): issued.date-parts is a boolean, expected a year, month "
      "or day number");
}
