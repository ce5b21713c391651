#pragma once

#include <optional>
#include <string_view>

namespace citecheck {

// Ordered: a finding fails a run when its severity is at or above the fail level.
enum class Severity { off, info, warning, error };

constexpr std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::off:
      return "off";
    case Severity::info:
      return "info";
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "off";
}

constexpr std::optional<Severity> parse_severity(std::string_view text) {
  if (text == "off")
    return Severity::off;
  if (text == "info")
    return Severity::info;
  if (text == "warning")
    return Severity::warning;
  if (text == "error")
    return Severity::error;
  return std::nullopt;
}

}  // namespace citecheck
