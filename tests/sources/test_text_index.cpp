#include <catch2/catch.hpp>

#include <random>

#include "src/sources/text_index.hpp"

using citecheck::IndexedText;
using citecheck::QuoteVerdict;
using citecheck::Source;
using citecheck::SourceTextIndex;
using citecheck::TextCandidate;
using citecheck::TextMatch;

namespace {

// Deterministic filler prose from a small invented vocabulary.
std::string filler(std::mt19937& random, std::size_t words) {
  static const char* const kVocabulary[] = {
      "market", "growth", "quarter", "people", "city",   "policy", "report", "council",
      "budget", "plan",   "vote",    "year",   "office", "public", "said",   "would",
      "the",    "of",     "and",     "to",     "a",      "in",     "that",   "it",
      "new",    "local",  "review",  "team",   "data",   "school", "road",   "water"};
  std::uniform_int_distribution<std::size_t> pick(0, std::size(kVocabulary) - 1);
  std::string text;
  for (std::size_t i = 0; i < words; ++i) {
    text += kVocabulary[pick(random)];
    text += (i % 12 == 11) ? ". " : " ";
  }
  return text;
}

struct Corpus {
  std::vector<Source> sources;
  std::vector<std::string> snapshots;
};

// 400 sources, each with a quote and a snapshot of filler; source 123's snapshot holds
// the sentence the tests look for, source 7 recorded it as a quote.
Corpus make_corpus() {
  std::mt19937 random(42);
  Corpus corpus;
  for (int i = 0; i < 400; ++i) {
    Source source;
    source.id = std::to_string(i);
    source.quotes.push_back(filler(random, 20));
    corpus.sources.push_back(source);
    std::string snapshot = filler(random, 600);
    if (i == 123) {
      snapshot.insert(snapshot.size() / 2,
                      " Xiaomi does in a week what Apple does in a year, she wrote. ");
    }
    corpus.snapshots.push_back(std::move(snapshot));
  }
  corpus.sources[7].quotes.push_back("The plan will be ready before the vote in June.");
  return corpus;
}

}  // namespace

TEST_CASE("lookup finds the source among many", "[index]") {
  Corpus corpus = make_corpus();
  const SourceTextIndex index(corpus.sources, std::move(corpus.snapshots));
  CHECK(index.texts().size() == 801);

  const std::vector<TextCandidate> candidates =
      index.lookup("“Xiaomi does in a week what Apple does in a year.”");
  REQUIRE_FALSE(candidates.empty());
  const TextCandidate& best = candidates.front();
  CHECK(best.source_index == 123);
  CHECK(index.texts()[best.text].kind == IndexedText::Kind::snapshot);
  CHECK(best.shared_shingles == 9);
  const std::string_view window =
      std::string_view(index.texts()[best.text].text).substr(best.begin, best.end - best.begin);
  CHECK(window.find("Xiaomi does in a week what Apple does in a year") != std::string_view::npos);

  CHECK(index.lookup("does in a").size() <= 8);
  CHECK(index.lookup("Xiaomi").empty());  // shorter than a shingle
}

TEST_CASE("verify against the matched sources", "[index]") {
  Corpus corpus = make_corpus();
  const SourceTextIndex index(corpus.sources, std::move(corpus.snapshots));
  const std::size_t olson[] = {123};
  const std::size_t planner[] = {7};
  const std::size_t other[] = {5};

  const QuoteVerdict found = index.verify("Xiaomi does in a week … Apple does in a year", olson);
  CHECK(found.kind == QuoteVerdict::Kind::found);
  const std::string& text = index.texts()[found.text].text;
  CHECK(text.substr(found.match.begin, found.match.end - found.match.begin) ==
        "Xiaomi does in a week what Apple does in a year");

  const QuoteVerdict misquoted =
      index.verify("Xiaomi does in a day what Apple does in a year", olson);
  CHECK(misquoted.kind == QuoteVerdict::Kind::misquoted);
  CHECK(misquoted.match.alignment.message == "\"day\" should be \"week\"");

  const QuoteVerdict recorded =
      index.verify("the plan will be ready before the vote in May", planner);
  CHECK(recorded.kind == QuoteVerdict::Kind::misquoted);
  CHECK(recorded.match.alignment.message == "\"May\" should be \"June\"");
  CHECK(index.texts()[recorded.text].kind == IndexedText::Kind::quote);

  CHECK(index.verify("Xiaomi does in a week what Apple does in a year", other).kind ==
        QuoteVerdict::Kind::not_found);
  CHECK(index.verify("Nothing like this was ever said by anyone", olson).kind ==
        QuoteVerdict::Kind::not_found);
  // Too short for shingles: the snapshot is searched directly.
  CHECK(index.verify("she wrote", olson).kind == QuoteVerdict::Kind::found);
}

TEST_CASE("sources that hold a quotation attributed elsewhere", "[index]") {
  Corpus corpus = make_corpus();
  const SourceTextIndex index(corpus.sources, std::move(corpus.snapshots));
  const std::size_t attributed[] = {5};
  CHECK(index.sources_containing("Xiaomi does in a week what Apple does in a year", attributed) ==
        std::vector<std::size_t>{123});
  const std::size_t holder[] = {123};
  CHECK(
      index.sources_containing("Xiaomi does in a week what Apple does in a year", holder).empty());
  CHECK(index.sources_containing("The plan will be ready before the vote in June", attributed) ==
        std::vector<std::size_t>{7});
}

TEST_CASE("an empty index", "[index]") {
  const SourceTextIndex index({}, {});
  CHECK(index.lookup("any quotation of some length").empty());
  CHECK(index.verify("any quotation of some length", {}).kind == QuoteVerdict::Kind::not_found);
}
