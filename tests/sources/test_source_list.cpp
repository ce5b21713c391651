// The sources of one file: parts combined, attributions matched, quotations checked, and
// each list loaded once per run however many files use it.

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "src/check/check_file.hpp"
#include "src/core/errors.hpp"
#include "src/lexicon/lexicon.hpp"
#include "src/sources/load_source_list.hpp"
#include "src/sources/source_list.hpp"

using citecheck::Attribution;
using citecheck::CheckContext;
using citecheck::LoadedSourceList;
using citecheck::MatchKind;
using citecheck::QuoteCheck;
using citecheck::SourceList;
using citecheck::SourceListCache;

namespace {

const std::filesystem::path kRoot = CITECHECK_SOURCE_DIR;

std::shared_ptr<const LoadedSourceList> part(const std::string& relative) {
  return std::make_shared<const LoadedSourceList>(citecheck::load_source_list(kRoot / relative));
}

Attribution speech(std::string speaker, std::string outlet = {}) {
  Attribution attribution;
  attribution.speaker = std::move(speaker);
  attribution.outlet = std::move(outlet);
  return attribution;
}

}  // namespace

TEST_CASE("a source list combines its parts in order", "[sources]") {
  const SourceList list(
      {part("fixtures/seed/article.sources.json"), part("fixtures/sources/newsroom.json")});
  REQUIRE(list.sources().size() == 5);
  CHECK(list.find_id("prahalad-2004") == &list.sources()[2]);
  CHECK(list.find_id("berg-courier") == &list.sources()[3]);
  CHECK(list.find_id("nobody") == nullptr);

  SECTION("people, near misses and organisations speaking") {
    CHECK(list.match(speech("Parmy Olson")).source->id == "olson-forbes");
    const auto near = list.match(speech("Paul Mazur", "WSJ"));
    CHECK(near.person.kind == MatchKind::near);
    CHECK(near.source->id == "mozur-wsj");
    const auto outlet = list.match(speech("The Wall Street Journal"));
    CHECK(outlet.source->id == "mozur-wsj");
    CHECK(outlet.candidates == std::vector<std::size_t>{1});
    CHECK(list.match(speech("Tomas Lind")).source == nullptr);
  }
  SECTION("an outlet alone credits its entries; a named stranger is not its reporter") {
    const auto note = list.match(speech("", "Wall Street Journal"));
    CHECK(note.source->id == "mozur-wsj");
    CHECK(list.match(speech("Tomas Lind", "Wall Street Journal")).source == nullptr);
  }
  SECTION("citations match by id") {
    Attribution citation = speech("prahalad-2004");
    citation.kind = Attribution::Kind::citation;
    CHECK(list.match(citation).source->id == "prahalad-2004");
  }
  SECTION("quotations checked against a part's quotes and snapshots") {
    const auto olson = list.match(speech("Parmy Olson")).candidates;
    CHECK(list.check_quotation("Xiaomi does in a week what Apple does in a year", olson).kind ==
          QuoteCheck::Kind::found);
    const QuoteCheck misquote =
        list.check_quotation("Xiaomi does in a day what Apple does in a year", olson);
    CHECK(misquote.kind == QuoteCheck::Kind::misquoted);
    CHECK(misquote.source->id == "olson-forbes");
    CHECK(list.check_quotation("We sell phones at cost", olson).kind ==
          QuoteCheck::Kind::not_recorded);
    const auto berg = list.match(speech("Hanna van den Berg")).candidates;
    CHECK(list.check_quotation("We sell phones at cost", berg).kind ==
          QuoteCheck::Kind::not_found);  // she has a snapshot
    CHECK(list.check_quotation("anything", list.match(speech("Paul Mozur")).candidates).kind ==
          QuoteCheck::Kind::unchecked);
    const auto others = list.sources_containing("We waited three winters for this", olson);
    REQUIRE(others.size() == 1);
    CHECK(others[0]->id == "berg-courier");
  }
}

TEST_CASE("the cache loads each list once per run", "[sources]") {
  SourceListCache cache;
  const std::vector<std::filesystem::path> run = {kRoot / "fixtures/sources/newsroom.json"};
  CHECK(cache.get({}, std::nullopt, nullptr) == nullptr);

  const auto first = cache.get(run, std::nullopt, nullptr);
  const auto second = cache.get(run, std::nullopt, nullptr);
  CHECK(first == second);
  CHECK(cache.files_built() == 1);
  CHECK(cache.lists_built() == 1);

  // Two articles with their own sidecars: the run's list is still read once.
  const auto with_seed = cache.get(run, kRoot / "fixtures/seed/article.sources.json", nullptr);
  const auto with_bib = cache.get(run, kRoot / "fixtures/seed/bibtex/article.bib", nullptr);
  CHECK(with_seed->sources().size() == 5);
  CHECK(with_bib->sources().size() == 5);
  CHECK(cache.files_built() == 3);
  // A sidecar's combination is shared while a file uses it.
  CHECK(cache.get(run, kRoot / "fixtures/seed/article.sources.json", nullptr) == with_seed);
  CHECK(cache.lists_built() == 3);
}

TEST_CASE("a list that fails to load fails every file using it, and only those", "[sources]") {
  SourceListCache cache;
  const std::vector<std::filesystem::path> broken = {kRoot / "fixtures/rules/broken.sources.json"};
  CHECK_THROWS_AS(cache.get(broken, std::nullopt, nullptr), citecheck::InputError);
  CHECK_THROWS_WITH(cache.get(broken, std::nullopt, nullptr),
                    Catch::Contains("broken.sources.json:5:1: unexpected end of file"));
  CHECK(cache.files_built() == 1);
  CHECK(cache.get({}, kRoot / "fixtures/seed/article.sources.json", nullptr) != nullptr);
}

TEST_CASE("check_file shares the run's list between files and fills source_id", "[sources]") {
  const citecheck::Lexicon lexicon = citecheck::Lexicon::load_embedded("all");
  const citecheck::RuleSettings settings;
  CheckContext context;
  context.lexicon = &lexicon;
  context.settings = &settings;
  context.source_lists = {kRoot / "fixtures/sources/newsroom.json"};

  const auto seed = citecheck::check_file((kRoot / "fixtures/seed/article.txt").string(), context);
  const auto markdown =
      citecheck::check_file((kRoot / "fixtures/seed/article.md").string(), context);
  const auto again = citecheck::check_file((kRoot / "fixtures/seed/article.txt").string(), context);
  REQUIRE_FALSE(seed.report.error);
  CHECK(seed.sources->sources().size() == 5);  // --sources and the sidecar
  CHECK(again.sources == seed.sources);
  CHECK(context.source_cache->files_built() == 2);
  CHECK(seed.analysis->quotations.front().attribution->source_id == "prahalad-2004");

  SECTION("front matter references are the article's own list") {
    const auto front =
        citecheck::check_file((kRoot / "fixtures/rules/front-matter.md").string(), context);
    REQUIRE_FALSE(front.report.error);
    CHECK(front.sources->sources().size() == 3);
    CHECK(front.analysis->quotations.front().attribution->source_id == "lind-ferry");
    REQUIRE(front.report.diagnostics.size() == 1);
    CHECK(front.report.diagnostics[0].rule == "quote-misquoted");
  }
  SECTION("a file without a list of its own in a run without lists") {
    CheckContext no_lists = context;
    no_lists.source_lists.clear();
    const auto file = citecheck::check_file(
        (kRoot / "fixtures/markup/blockquote-signature.md").string(), no_lists);
    CHECK(file.sources == nullptr);
  }
}
