#pragma once

#include "src/report/report.hpp"
#include "src/report/xml_writer.hpp"

namespace citecheck {

// Checkstyle XML, as ESLint's formatter wrote it and CI plug-ins read it: one <file> per
// input, one <error line column severity message source="citecheck.RULE"/> per finding.
// A file that could not be checked carries one error with source "citecheck".
class CheckstyleReporter final : public Reporter {
 public:
  void begin(std::ostream& out) override;
  void file(const FileReport& file, std::ostream& out) override;
  void end(const RunSummary& summary, std::ostream& out) override;

 private:
  XmlWriter writer_;
};

}  // namespace citecheck
