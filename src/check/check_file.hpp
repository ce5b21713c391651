#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "src/analysis/run_rules.hpp"
#include "src/document/article.hpp"
#include "src/document/input_format.hpp"
#include "src/lexicon/lexicon.hpp"
#include "src/report/report.hpp"
#include "src/sources/source_list.hpp"
#include "src/walk/directory_listings.hpp"

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
  // A file with more prose than this is analysed a part at a time (analyse_in_parts);
  // 0: always in one part. A file with a source list is always one part: the source rules
  // report each name once per file.
  std::size_t part_bytes = kDefaultPartBytes;
  static constexpr std::size_t kDefaultPartBytes = std::size_t{1} << 20;
  // false: the reporter lists no quotations, so the analysis keeps none after the rules.
  bool keep_quotations = true;
  // The directories the run walked: sidecar source lists there are found without a lookup.
  const DirectoryListings* listings = nullptr;
};

// Receives a file's quotations part by part while the file is checked, in text order, for
// a reporter that writes them as they come; `file` has its path and source set.
using QuotationSink =
    std::function<void(const FileReport& file, std::span<const Quotation> quotations)>;

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
// cannot be checked comes back with report.error set; nothing is thrown. With a sink, the
// quotations go to it and the analysis keeps none of them; without one, it keeps them all.
CheckedFile check_file(const std::string& path, const CheckContext& context,
                       const QuotationSink& sink = {});

}  // namespace citecheck
