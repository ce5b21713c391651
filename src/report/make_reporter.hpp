#pragma once

#include <memory>
#include <optional>
#include <string_view>

#include "src/report/report.hpp"

namespace citecheck {

enum class OutputFormat { text, line, json };

std::optional<OutputFormat> parse_output_format(std::string_view name);
std::unique_ptr<Reporter> make_reporter(OutputFormat format, ReportOptions options);

}  // namespace citecheck
