#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "src/analysis/run_rules.hpp"
#include "src/document/article.hpp"
#include "src/document/input_format.hpp"
#include "src/lexicon/lexicon.hpp"
#include "src/report/report.hpp"
#include "src/sources/source_list.hpp"

namespace citecheck {

// What every file of a run shares, built once.
struct CheckContext {
  const Lexicon* lexicon = nullptr;
  const RuleSettings* settings = nullptr;
  std::optional<InputFormat> input_format;  // nullopt: detect from each file's name
  std::string stdin_filename = "<stdin>";   // names `-` in messages and picks its format
  // Source lists named with --sources (or in the config), for every file of the run; each
  // article's sidecar list (article.sources.json|yaml|yml|bib) is added to them.
  std::vector<std::filesystem::path> source_lists;
  // Loaded lists, shared by the run's files: each list is read and indexed once per run.
  std::shared_ptr<SourceListCache> source_cache = std::make_shared<SourceListCache>();
};

// One input path checked: the report and everything it points into.
struct CheckedFile {
  InputFormat format = InputFormat::text;
  std::unique_ptr<SourceText> source;
  std::unique_ptr<Article> article;
  std::unique_ptr<FileAnalysis> analysis;
  std::shared_ptr<const SourceList> sources;  // null when the file has no source list
  FileReport report;
};

// Reads, analyses and runs the rules over `path` ("-" for standard input). A file that
// cannot be checked comes back with report.error set; nothing is thrown.
CheckedFile check_file(const std::string& path, const CheckContext& context);

}  // namespace citecheck
