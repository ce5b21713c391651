#include "src/report/make_reporter.hpp"

#include "src/report/checkstyle_reporter.hpp"
#include "src/report/github_reporter.hpp"
#include "src/report/json_reporter.hpp"
#include "src/report/junit_reporter.hpp"
#include "src/report/line_reporter.hpp"
#include "src/report/sarif_reporter.hpp"
#include "src/report/text_reporter.hpp"

namespace citecheck {

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kOutputFormatNames); ++i) {
    if (kOutputFormatNames[i] == name)
      return static_cast<OutputFormat>(i);
  }
  return std::nullopt;
}

std::unique_ptr<Reporter> make_reporter(OutputFormat format, ReportOptions options,
                                        const std::filesystem::path& working_directory) {
  switch (format) {
    case OutputFormat::text:
      return std::make_unique<TextReporter>(options);
    case OutputFormat::line:
      return std::make_unique<LineReporter>();
    case OutputFormat::json:
      return std::make_unique<JsonReporter>();
    case OutputFormat::sarif:
      return std::make_unique<SarifReporter>(working_directory);
    case OutputFormat::github:
      return std::make_unique<GithubReporter>(working_directory);
    case OutputFormat::checkstyle:
      return std::make_unique<CheckstyleReporter>();
    case OutputFormat::junit:
      return std::make_unique<JunitReporter>();
  }
  return nullptr;
}

}  // namespace citecheck
