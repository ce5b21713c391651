#include "src/report/github_reporter.hpp"

#include <string>

#include "src/report/report_paths.hpp"

namespace citecheck {

namespace {

// actions/toolkit: at most 10 annotations of each kind per step are shown.
constexpr std::size_t kShownPerKind = 10;

std::string_view command_for(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    default:
      return "notice";
  }
}

std::string escape(std::string_view text, bool property) {
  std::string escaped;
  for (const char c : text) {
    switch (c) {
      case '%':
        escaped += "%25";
        break;
      case '\r':
        escaped += "%0D";
        break;
      case '\n':
        escaped += "%0A";
        break;
      case ':':
        escaped += property ? "%3A" : ":";
        break;
      case ',':
        escaped += property ? "%2C" : ",";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

}  // namespace

std::string escape_github_data(std::string_view text) {
  return escape(text, false);
}

std::string escape_github_property(std::string_view text) {
  return escape(text, true);
}

void GithubReporter::file(const FileReport& file, std::ostream& out) {
  const std::string path =
      escape_github_property(relative_report_path(file.path, working_directory_));
  if (file.error) {
    out << "::error file=" << path << ",title=citecheck::" << escape_github_data(*file.error)
        << '\n';
    return;
  }
  for (const Diagnostic& diagnostic : file.diagnostics) {
    const Position start = file.source->position(diagnostic.span.start);
    const Position end = file.source->position(diagnostic.span.end);
    std::string message = diagnostic.message;
    if (diagnostic.help)
      message += "\nhelp: " + *diagnostic.help;
    out << "::" << command_for(diagnostic.severity) << " file=" << path << ",line=" << start.line
        << ",col=" << start.column << ",endLine=" << end.line << ",endColumn=" << end.column
        << ",title=" << escape_github_property(diagnostic.rule)
        << "::" << escape_github_data(message) << '\n';
  }
}

void GithubReporter::end(const RunSummary& summary, std::ostream& out) {
  if (summary.errors <= kShownPerKind && summary.warnings <= kShownPerKind &&
      summary.infos <= kShownPerKind) {
    return;
  }
  out << "::notice title=citecheck::" << summary.errors << " errors, " << summary.warnings
      << " warnings and " << summary.infos
      << " notes; GitHub shows 10 annotations of each kind per step, upload SARIF for the full "
         "report\n";
}

}  // namespace citecheck
