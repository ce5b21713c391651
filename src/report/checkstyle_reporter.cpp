#include "src/report/checkstyle_reporter.hpp"

namespace citecheck {

void CheckstyleReporter::begin(std::ostream& out) {
  writer_.start_document();
  writer_.start_element("checkstyle");
  writer_.attribute("version", "4.3");
  writer_.flush_to(out);
}

void CheckstyleReporter::file(const FileReport& file, std::ostream& out) {
  writer_.start_element("file");
  writer_.attribute("name", file.path);
  if (file.error) {
    writer_.start_element("error");
    writer_.attribute("severity", "error");
    writer_.attribute("message", *file.error);
    writer_.attribute("source", "citecheck");
    writer_.end_element();
  }
  for (const Diagnostic& diagnostic : file.diagnostics) {
    const Position start = file.source->position(diagnostic.span.start);
    writer_.start_element("error");
    writer_.attribute("line", start.line);
    writer_.attribute("column", start.column);
    writer_.attribute("severity", to_string(diagnostic.severity));
    writer_.attribute("message", diagnostic.message + " (" + diagnostic.rule + ")");
    writer_.attribute("source", "citecheck." + diagnostic.rule);
    writer_.end_element();
  }
  writer_.end_element();
  writer_.flush_to(out);
}

void CheckstyleReporter::end(const RunSummary&, std::ostream& out) {
  writer_.end_document();
  writer_.flush_to(out);
}

}  // namespace citecheck
