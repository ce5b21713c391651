#include "src/report/report_paths.hpp"

namespace citecheck {

namespace {

std::filesystem::path resolve(const std::string& path,
                              const std::filesystem::path& working_directory) {
  return (working_directory / path).lexically_normal();
}

bool inside(const std::filesystem::path& relative) {
  const std::string text = relative.generic_string();
  return !text.empty() && !text.starts_with("..");
}

std::string percent_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string encoded;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool unreserved = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                            (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' ||
                            c == '~' || c == '/';
    if (unreserved) {
      encoded += c;
    } else {
      encoded += '%';
      encoded += kHex[byte >> 4];
      encoded += kHex[byte & 0xF];
    }
  }
  return encoded;
}

}  // namespace

std::string relative_report_path(const std::string& path,
                                 const std::filesystem::path& working_directory) {
  const std::filesystem::path absolute = resolve(path, working_directory);
  const std::filesystem::path relative = absolute.lexically_relative(working_directory);
  return inside(relative) ? relative.generic_string() : absolute.generic_string();
}

std::string report_uri(const std::string& path, const std::filesystem::path& working_directory) {
  const std::filesystem::path absolute = resolve(path, working_directory);
  const std::filesystem::path relative = absolute.lexically_relative(working_directory);
  if (inside(relative))
    return percent_encode(relative.generic_string());
  return "file://" + percent_encode(absolute.generic_string());
}

}  // namespace citecheck
