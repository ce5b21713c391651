#pragma once

#include <filesystem>

#include "src/report/report.hpp"

namespace citecheck {

// GitHub Actions workflow commands, one annotation per finding:
// `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::message`.
// info findings become `::notice`. GitHub shows only a few annotations of each kind per
// step, so a run with more ends with a notice saying how many there were.
class GithubReporter final : public Reporter {
 public:
  explicit GithubReporter(std::filesystem::path working_directory)
      : working_directory_(std::move(working_directory)) {}
  void file(const FileReport& file, std::ostream& out) override;
  void end(const RunSummary& summary, std::ostream& out) override;

 private:
  std::filesystem::path working_directory_;
};

// Workflow-command escaping: `%`, CR and LF in the message; also `:` and `,` in
// property values.
std::string escape_github_data(std::string_view text);
std::string escape_github_property(std::string_view text);

}  // namespace citecheck
