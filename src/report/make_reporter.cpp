#include "src/report/make_reporter.hpp"

#include "src/report/json_reporter.hpp"
#include "src/report/line_reporter.hpp"
#include "src/report/text_reporter.hpp"

namespace citecheck {

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  if (name == "text")
    return OutputFormat::text;
  if (name == "line")
    return OutputFormat::line;
  if (name == "json")
    return OutputFormat::json;
  return std::nullopt;
}

std::unique_ptr<Reporter> make_reporter(OutputFormat format, ReportOptions options) {
  switch (format) {
    case OutputFormat::text:
      return std::make_unique<TextReporter>(options);
    case OutputFormat::line:
      return std::make_unique<LineReporter>();
    case OutputFormat::json:
      return std::make_unique<JsonReporter>();
  }
  return nullptr;
}

}  // namespace citecheck
