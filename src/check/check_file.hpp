#pragma once

#include <memory>
#include <optional>
#include <string>

#include "src/analysis/run_rules.hpp"
#include "src/document/article.hpp"
#include "src/document/input_format.hpp"
#include "src/lexicon/lexicon.hpp"
#include "src/report/report.hpp"

namespace citecheck {

// What every file of a run shares, built once.
struct CheckContext {
  const Lexicon* lexicon = nullptr;
  const RuleSettings* settings = nullptr;
  std::optional<InputFormat> input_format;  // nullopt: detect from each file's name
  std::string stdin_filename = "<stdin>";   // names `-` in messages and picks its format
};

// One input path checked: the report and everything it points into.
struct CheckedFile {
  std::unique_ptr<SourceText> source;
  std::unique_ptr<Article> article;
  std::unique_ptr<FileAnalysis> analysis;
  FileReport report;
};

// Reads, analyses and runs the rules over `path` ("-" for standard input). A file that
// cannot be checked comes back with report.error set; nothing is thrown.
CheckedFile check_file(const std::string& path, const CheckContext& context);

}  // namespace citecheck
