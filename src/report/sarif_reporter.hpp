#pragma once

#include <filesystem>
#include <map>

#include "src/report/report.hpp"

namespace citecheck {

// SARIF 2.1.0 as GitHub code scanning reads it. The document is streamed: the tool and
// its rules first (from the rule registry and the rule pages), then one result per
// finding, then the invocation, which records files that could not be checked as
// toolExecutionNotifications and sets executionSuccessful to false for them.
class SarifReporter final : public Reporter {
 public:
  explicit SarifReporter(std::filesystem::path working_directory)
      : working_directory_(std::move(working_directory)) {}
  // A finding's fingerprint holds the text of the quotation around it.
  QuotationUse quotation_use() const override { return QuotationUse::whole_file; }
  void begin(std::ostream& out) override;
  void file(const FileReport& file, std::ostream& out) override;
  void end(const RunSummary& summary, std::ostream& out) override;

 private:
  std::filesystem::path working_directory_;
  std::map<std::string, std::size_t, std::less<>> rule_indexes_;
  std::vector<std::pair<std::string, std::string>> failed_files_;  // uri, message
  bool first_result_ = true;
};

}  // namespace citecheck
