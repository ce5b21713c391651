#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>

#include "src/report/report.hpp"

namespace citecheck {

enum class OutputFormat { text, line, json, sarif, github, checkstyle, junit };

// Every -f value, in --help order.
inline constexpr std::string_view kOutputFormatNames[] = {"text",   "line",       "json", "sarif",
                                                          "github", "checkstyle", "junit"};

std::optional<OutputFormat> parse_output_format(std::string_view name);
// Machine formats name files relative to `working_directory` (SARIF, GitHub).
std::unique_ptr<Reporter> make_reporter(OutputFormat format, ReportOptions options,
                                        const std::filesystem::path& working_directory);

}  // namespace citecheck
