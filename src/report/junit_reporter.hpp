#pragma once

#include "src/report/report.hpp"
#include "src/report/xml_writer.hpp"

namespace citecheck {

// JUnit XML for CI test-report views (GitLab `artifacts:reports:junit`): one <testsuite>
// per file, one failed <testcase> per finding, one passing <testcase> for a clean file,
// and an <error> test case for a file that could not be checked.
class JunitReporter final : public Reporter {
 public:
  void begin(std::ostream& out) override;
  void file(const FileReport& file, std::ostream& out) override;
  void end(const RunSummary& summary, std::ostream& out) override;

 private:
  XmlWriter writer_;
};

}  // namespace citecheck
