#pragma once

#include "src/report/report.hpp"

namespace citecheck {

// The JSON contract of the design brief: {"version": 1, "files": [...]}, byte offsets and
// 1-based line/column, quotations with their attributions, then diagnostics.
class JsonReporter final : public Reporter {
 public:
  void begin(std::ostream& out) override;
  void file(const FileReport& file, std::ostream& out) override;
  void end(const RunSummary& summary, std::ostream& out) override;

 private:
  bool first_file_ = true;
};

}  // namespace citecheck
