#include "src/document/input_format.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace citecheck {

std::optional<InputFormat> parse_input_format(std::string_view name) {
  if (name == "text")
    return InputFormat::text;
  if (name == "markdown")
    return InputFormat::markdown;
  if (name == "html")
    return InputFormat::html;
  return std::nullopt;
}

InputFormat detect_input_format(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  const std::string_view file_name =
      slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = file_name.rfind('.');
  if (dot == std::string_view::npos || dot == 0)
    return InputFormat::text;
  std::string extension(file_name.substr(dot + 1));
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension == "md" || extension == "markdown")
    return InputFormat::markdown;
  if (extension == "html" || extension == "htm")
    return InputFormat::html;
  return InputFormat::text;
}

std::string_view input_format_name(InputFormat format) {
  switch (format) {
    case InputFormat::text:
      return "text";
    case InputFormat::markdown:
      return "markdown";
    case InputFormat::html:
      return "html";
  }
  return "text";
}

}  // namespace citecheck
