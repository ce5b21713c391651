// Source-list scale benchmark (issue 3): 10,000 sources with 100 MB of snapshots and
// 10,000 quotations to verify. Reports the index build time, the time per verified
// quotation and the peak resident memory.
//
//   build/bench/bench_sources --benchmark_counters_tabular=true

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <random>
#include <string>
#include <vector>

#include "src/sources/text_index.hpp"

namespace {

using citecheck::QuoteVerdict;
using citecheck::Source;
using citecheck::SourceTextIndex;

constexpr std::size_t kSources = 10'000;
constexpr std::size_t kSnapshotBytes = 10'000;  // × kSources = 100 MB
constexpr std::size_t kQuotations = 10'000;

// Invented words with a Zipf-like frequency, so that shingles repeat as in prose.
class Prose {
 public:
  explicit Prose(std::uint32_t seed) : random_(seed) {
    std::uniform_int_distribution<int> length(2, 10);
    std::uniform_int_distribution<int> letter('a', 'z');
    for (int i = 0; i < 20'000; ++i) {
      std::string word;
      for (int n = length(random_); n > 0; --n)
        word += static_cast<char>(letter(random_));
      words_.push_back(std::move(word));
      weights_.push_back(1.0 / (i + 1));
    }
    pick_ = std::discrete_distribution<std::size_t>(weights_.begin(), weights_.end());
  }
  std::string text(std::size_t bytes) {
    std::string out;
    out.reserve(bytes + 16);
    std::size_t in_sentence = 0;
    while (out.size() < bytes) {
      out += words_[pick_(random_)];
      out += ++in_sentence % 15 == 0 ? ". " : " ";
    }
    return out;
  }
  const std::string& word() { return words_[pick_(random_)]; }
  std::mt19937& random() { return random_; }

 private:
  std::mt19937 random_;
  std::vector<std::string> words_;
  std::vector<double> weights_;
  std::discrete_distribution<std::size_t> pick_;
};

struct Quotation {
  std::string text;
  std::size_t source;
};

struct Corpus {
  std::vector<Source> sources;
  std::vector<std::string> snapshots;
  std::vector<Quotation> quotations;
};

// Quotations are passages of a source's snapshot: a third verbatim, a third with one word
// changed, a third with words left out behind an ellipsis.
Corpus make_corpus() {
  Prose prose(7);
  Corpus corpus;
  for (std::size_t i = 0; i < kSources; ++i) {
    Source source;
    source.id = std::to_string(i);
    source.quotes.push_back(prose.text(120));
    corpus.sources.push_back(std::move(source));
    corpus.snapshots.push_back(prose.text(kSnapshotBytes));
  }
  std::uniform_int_distribution<std::size_t> which(0, kSources - 1);
  std::uniform_int_distribution<std::size_t> length(8, 30);
  for (std::size_t q = 0; q < kQuotations; ++q) {
    const std::size_t source = which(prose.random());
    const std::string& snapshot = corpus.snapshots[source];
    std::uniform_int_distribution<std::size_t> at(0, snapshot.size() - 400);
    std::size_t begin = snapshot.find(' ', at(prose.random())) + 1;
    std::vector<std::string> words;
    for (std::size_t n = length(prose.random()); n > 0; --n) {
      const std::size_t end = snapshot.find(' ', begin);
      words.push_back(snapshot.substr(begin, end - begin));
      begin = end + 1;
    }
    if (q % 3 == 1)
      words[words.size() / 2] = prose.word();
    if (q % 3 == 2) {
      words.erase(words.begin() + 3, words.begin() + 5);
      words[3].insert(0, "… ");
    }
    std::string text;
    for (const std::string& word : words)
      text += (text.empty() ? "" : " ") + word;
    corpus.quotations.push_back({std::move(text), source});
  }
  return corpus;
}

const Corpus& corpus() {
  static const Corpus instance = make_corpus();
  return instance;
}

void report_peak_memory(benchmark::State& state) {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_MB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void BM_BuildIndex(benchmark::State& state) {
  const Corpus& data = corpus();
  for (auto _ : state) {
    const SourceTextIndex index(data.sources, data.snapshots);
    benchmark::DoNotOptimize(index.texts().size());
  }
  state.SetBytesProcessed(
      static_cast<std::int64_t>(state.iterations() * kSources * kSnapshotBytes));
  report_peak_memory(state);
}
BENCHMARK(BM_BuildIndex)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_VerifyQuotation(benchmark::State& state) {
  const Corpus& data = corpus();
  static const SourceTextIndex index(data.sources, data.snapshots);
  std::size_t next = 0;
  std::size_t found = 0;
  std::size_t misquoted = 0;
  for (auto _ : state) {
    const Quotation& quotation = data.quotations[next++ % data.quotations.size()];
    const QuoteVerdict verdict = index.verify(quotation.text, {&quotation.source, 1});
    found += verdict.kind == QuoteVerdict::Kind::found;
    misquoted += verdict.kind == QuoteVerdict::Kind::misquoted;
  }
  state.counters["found"] = static_cast<double>(found) / static_cast<double>(state.iterations());
  state.counters["misquoted"] =
      static_cast<double>(misquoted) / static_cast<double>(state.iterations());
  report_peak_memory(state);
}
BENCHMARK(BM_VerifyQuotation)->Unit(benchmark::kMicrosecond)->Iterations(kQuotations);

void BM_QuotationElsewhere(benchmark::State& state) {
  const Corpus& data = corpus();
  static const SourceTextIndex index(data.sources, data.snapshots);
  std::size_t next = 0;
  for (auto _ : state) {
    const Quotation& quotation = data.quotations[next++ % data.quotations.size()];
    benchmark::DoNotOptimize(index.sources_containing(quotation.text, {}));
  }
}
BENCHMARK(BM_QuotationElsewhere)->Unit(benchmark::kMicrosecond)->Iterations(kQuotations);

}  // namespace

BENCHMARK_MAIN();
