#pragma once

#include "src/report/report.hpp"

namespace citecheck {

// For people, shaped like rustc and clang: a header with the rule ID, `--> file:line:col`,
// the source line with a caret underline, `help:` where a fix is obvious, and a summary.
class TextReporter final : public Reporter {
 public:
  explicit TextReporter(ReportOptions options) : options_(options) {}
  void file(const FileReport& file, std::ostream& out) override;
  void end(const RunSummary& summary, std::ostream& out) override;

 private:
  ReportOptions options_;
};

}  // namespace citecheck
