// Loading large source lists (issue 3): 10,000 CSL-JSON, CSL-YAML and BibTeX entries,
// parsed from memory. Guards against loaders that slow down with the list's length.
//
//   build/bench/bench_source_list_load

#include <benchmark/benchmark.h>

#include <string>

#include "src/sources/load_source_list.hpp"

namespace {

constexpr int kEntries = 10'000;

std::string csl_json() {
  std::string text = "[\n";
  for (int i = 0; i < kEntries; ++i) {
    const std::string n = std::to_string(i);
    text += (i ? ",\n" : "") + std::string("{\"id\": \"s") + n +
            "\", \"type\": \"interview\", \"author\": [{\"family\": \"Name" + n +
            "\", \"given\": \"Ann\"}], \"container-title\": \"Daily\", \"custom\": "
            "{\"quotes\": [\"quote number " +
            n + " about the budget\"]}}";
  }
  return text + "\n]\n";
}

std::string csl_yaml() {
  std::string text;
  for (int i = 0; i < kEntries; ++i) {
    const std::string n = std::to_string(i);
    text += "- id: s" + n + "\n  type: interview\n  author:\n    - family: Name" + n +
            "\n      given: Ann\n  container-title: Daily\n  custom:\n    quotes:\n"
            "      - quote number " +
            n + " about the budget\n";
  }
  return text;
}

std::string bibtex() {
  std::string text;
  for (int i = 0; i < kEntries; ++i) {
    const std::string n = std::to_string(i);
    text += "@article{s" + n + ",\n  author = {Name" + n +
            ", Ann},\n  journal = {Daily},\n  quote = {quote number " + n +
            " about the budget}\n}\n";
  }
  return text;
}

void BM_LoadCslJson(benchmark::State& state) {
  const std::string text = csl_json();
  for (auto _ : state)
    benchmark::DoNotOptimize(citecheck::parse_csl_json(text, "list.json"));
}
BENCHMARK(BM_LoadCslJson)->Unit(benchmark::kMillisecond);

void BM_LoadCslYaml(benchmark::State& state) {
  const std::string text = csl_yaml();
  for (auto _ : state)
    benchmark::DoNotOptimize(citecheck::parse_csl_yaml(text, "list.yaml"));
}
BENCHMARK(BM_LoadCslYaml)->Unit(benchmark::kMillisecond);

void BM_LoadBibtex(benchmark::State& state) {
  const std::string text = bibtex();
  for (auto _ : state)
    benchmark::DoNotOptimize(citecheck::parse_bibtex(text, "list.bib"));
}
BENCHMARK(BM_LoadBibtex)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
