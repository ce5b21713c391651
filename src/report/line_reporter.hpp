#pragma once

#include "src/report/report.hpp"

namespace citecheck {

// Compiler style, one finding per line: `file:line:col: severity: message [rule-id]`.
class LineReporter final : public Reporter {
 public:
  void file(const FileReport& file, std::ostream& out) override;
};

}  // namespace citecheck
