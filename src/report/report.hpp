#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "src/analysis/file_analysis.hpp"
#include "src/core/diagnostic.hpp"

namespace citecheck {

// The outcome for one input path: either it was analysed (source, analysis and
// diagnostics are set) or it could not be checked (error is set).
struct FileReport {
  std::string path;
  const SourceText* source = nullptr;
  const FileAnalysis* analysis = nullptr;
  std::vector<Diagnostic> diagnostics;  // ordered by position, configured severities applied
  std::optional<std::string> error;     // without the "citecheck: error: " prefix
};

struct RunSummary {
  std::size_t files_checked = 0;
  std::size_t files_failed = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
  std::vector<std::string> run_errors;  // failures not tied to one input (a source list)

  void count(const FileReport& file);
};

struct ReportOptions {
  bool color = false;
};

// Renders a run file by file, so that a long run needs no more memory than one file.
// Reporters write findings to the output stream; the CLI writes errors to stderr.
class Reporter {
 public:
  // What the reporter does with a file's quotations: nothing (the analysis need not keep
  // them), write them as the file is checked (quotations(), called part by part before
  // file() when files are checked one at a time), or use them all in file().
  enum class QuotationUse { none, streamed, whole_file };

  virtual ~Reporter() = default;
  virtual QuotationUse quotation_use() const { return QuotationUse::none; }
  virtual void begin(std::ostream&) {}
  // Part of `file`'s quotations, in text order; only path and source of `file` are set.
  virtual void quotations(const FileReport&, std::span<const Quotation>, std::ostream&) {}
  // The whole file. With streamed quotations, file.analysis holds none of them.
  virtual void file(const FileReport& file, std::ostream& out) = 0;
  virtual void end(const RunSummary&, std::ostream&) {}
};

}  // namespace citecheck
