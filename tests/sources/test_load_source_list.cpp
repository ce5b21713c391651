#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "src/core/errors.hpp"
#include "src/sources/load_source_list.hpp"

using citecheck::InputError;
using citecheck::load_source_list;
using citecheck::SourceListFormat;

namespace {

const std::filesystem::path kSeed = std::filesystem::path(CITECHECK_SOURCE_DIR) / "fixtures/seed";

// A fresh directory under the system's temporary directory, removed at the end.
class ScratchDirectory {
 public:
  explicit ScratchDirectory(const std::string& name)
      : path_(std::filesystem::temp_directory_path() / name) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;

  std::filesystem::path write(const std::string& name, std::string_view content) const {
    const auto file = path_ / name;
    std::ofstream(file, std::ios::binary) << content;
    return file;
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace

TEST_CASE("source list formats are chosen by extension", "[sources]") {
  using citecheck::source_list_format_for;
  CHECK(source_list_format_for("a/list.json") == SourceListFormat::csl_json);
  CHECK(source_list_format_for("list.YAML") == SourceListFormat::csl_yaml);
  CHECK(source_list_format_for("list.yml") == SourceListFormat::csl_yaml);
  CHECK(source_list_format_for("list.bib") == SourceListFormat::bibtex);
  CHECK_FALSE(source_list_format_for("list.txt"));
  CHECK_FALSE(source_list_format_for("json"));
}

TEST_CASE("files that cannot be read as source lists", "[sources]") {
  CHECK_THROWS_AS(load_source_list("no/such/list.json"), InputError);
  CHECK_THROWS_WITH(load_source_list("no/such/list.json"),
                    "no/such/list.json: no such file or directory");
  CHECK_THROWS_WITH(load_source_list("list.csv"),
                    "list.csv: unknown source list format, expected a .json, .yaml, .yml or .bib "
                    "file");
  const ScratchDirectory scratch("citecheck-test-load-source-list");
  const auto empty = scratch.write("empty.bib", "");
  CHECK_THROWS_WITH(load_source_list(empty), empty.string() + ": file is empty");
}

TEST_CASE("the seed source lists in CSL-JSON and BibTeX agree", "[sources]") {
  const auto json = load_source_list(kSeed / "article.sources.json");
  const auto bibtex = load_source_list(kSeed / "bibtex/article.bib");
  REQUIRE(json.size() == 3);
  REQUIRE(bibtex.size() == 3);
  for (std::size_t i = 0; i < json.size(); ++i) {
    INFO("entry " << json[i].id);
    CHECK(bibtex[i].id == json[i].id);
    CHECK(bibtex[i].type == json[i].type);
    REQUIRE(bibtex[i].people.size() == json[i].people.size());
    CHECK(bibtex[i].people[0].display_name() == json[i].people[0].display_name());
    CHECK(bibtex[i].outlet == json[i].outlet);
    CHECK(bibtex[i].outlet_short == json[i].outlet_short);
    CHECK(bibtex[i].title == json[i].title);
    CHECK(bibtex[i].date == json[i].date);
    CHECK(bibtex[i].quotes == json[i].quotes);
  }
  CHECK(json[0].people[0].display_name() == "Parmy Olson");
  CHECK(json[0].outlet == "Forbes");
  CHECK(json[0].quotes ==
        std::vector<std::string>{"Xiaomi does in a week what Apple does in a year."});
  CHECK(json[1].people[0].display_name() == "Paul Mozur");
  CHECK(json[1].outlet == "The Wall Street Journal");
  CHECK(json[1].outlet_short == "WSJ");
  CHECK(json[2].people[0].display_name() == "C. K. Prahalad");
  CHECK(json[2].title == "The Fortune at the Bottom of the Pyramid");
  CHECK(json[2].date == "2004");
  CHECK(json[2].quotes == std::vector<std::string>{"fortune at the bottom of the pyramid"});
}

TEST_CASE("the sidecar source list is found next to the article", "[sources]") {
  using citecheck::find_sidecar_source_list;
  CHECK(find_sidecar_source_list(kSeed / "article.txt") == kSeed / "article.sources.json");

  const ScratchDirectory scratch("citecheck-test-sidecar");
  const auto article = scratch.write("story.md", "# Story\n");
  CHECK_FALSE(find_sidecar_source_list(article));
  const auto bib = scratch.write("story.sources.bib", "@misc{a}\n");
  CHECK(find_sidecar_source_list(article) == bib);
  const auto yml = scratch.write("story.sources.yml", "- id: a\n");
  CHECK(find_sidecar_source_list(article) == yml);
  const auto yaml = scratch.write("story.sources.yaml", "- id: a\n");
  CHECK(find_sidecar_source_list(article) == yaml);
  const auto json = scratch.write("story.sources.json", "[]");
  CHECK(find_sidecar_source_list(article) == json);
  // A directory of that name is not a source list.
  std::filesystem::create_directory(scratch.path() / "other.sources.json");
  CHECK_FALSE(find_sidecar_source_list(scratch.path() / "other.txt"));
}
