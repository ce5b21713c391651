#include "src/report/report.hpp"

namespace citecheck {

void RunSummary::count(const FileReport& file) {
  if (file.error) {
    ++files_failed;
    return;
  }
  ++files_checked;
  for (const Diagnostic& diagnostic : file.diagnostics) {
    switch (diagnostic.severity) {
      case Severity::error:
        ++errors;
        break;
      case Severity::warning:
        ++warnings;
        break;
      case Severity::info:
        ++infos;
        break;
      case Severity::off:
        break;
    }
  }
}

}  // namespace citecheck
