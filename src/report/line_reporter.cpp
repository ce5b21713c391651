#include "src/report/line_reporter.hpp"

namespace citecheck {

void LineReporter::file(const FileReport& file, std::ostream& out) {
  if (file.error)
    return;
  for (const Diagnostic& diagnostic : file.diagnostics) {
    const Position start = file.source->position(diagnostic.span.start);
    out << file.path << ':' << start.line << ':' << start.column << ": "
        << to_string(diagnostic.severity) << ": " << diagnostic.message << " [" << diagnostic.rule
        << "]\n";
  }
}

}  // namespace citecheck
