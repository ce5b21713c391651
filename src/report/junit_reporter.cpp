#include "src/report/junit_reporter.hpp"

#include <string>

namespace citecheck {

namespace {

std::string location(const std::string& path, Position position) {
  return path + ":" + std::to_string(position.line) + ":" + std::to_string(position.column);
}

}  // namespace

void JunitReporter::begin(std::ostream& out) {
  writer_.start_document();
  writer_.start_element("testsuites");
  writer_.attribute("name", "citecheck");
  writer_.flush_to(out);
}

void JunitReporter::file(const FileReport& file, std::ostream& out) {
  const std::size_t findings = file.diagnostics.size();
  writer_.start_element("testsuite");
  writer_.attribute("name", file.path);
  writer_.attribute("tests", findings == 0 ? std::size_t{1} : findings);
  writer_.attribute("failures", findings);
  writer_.attribute("errors", file.error ? std::size_t{1} : std::size_t{0});
  if (file.error) {
    writer_.start_element("testcase");
    writer_.attribute("classname", file.path);
    writer_.attribute("name", file.path);
    writer_.start_element("error");
    writer_.attribute("message", *file.error);
    writer_.attribute("type", "input-error");
    writer_.text(*file.error);
    writer_.end_element();
    writer_.end_element();
  } else if (findings == 0) {
    writer_.start_element("testcase");
    writer_.attribute("classname", file.path);
    writer_.attribute("name", file.path);
    writer_.end_element();
  }
  for (const Diagnostic& diagnostic : file.diagnostics) {
    const std::string where = location(file.path, file.source->position(diagnostic.span.start));
    std::string details = where + ": " + std::string(to_string(diagnostic.severity)) + ": " +
                          diagnostic.message + " [" + diagnostic.rule + "]";
    if (diagnostic.help)
      details += "\nhelp: " + *diagnostic.help;
    writer_.start_element("testcase");
    writer_.attribute("classname", file.path);
    writer_.attribute("name", where + " " + diagnostic.rule);
    writer_.start_element("failure");
    writer_.attribute("message", diagnostic.message);
    writer_.attribute("type", to_string(diagnostic.severity));
    writer_.text(details);
    writer_.end_element();
    writer_.end_element();
  }
  writer_.end_element();
  writer_.flush_to(out);
}

void JunitReporter::end(const RunSummary&, std::ostream& out) {
  writer_.end_document();
  writer_.flush_to(out);
}

}  // namespace citecheck
