#pragma once

#include <optional>
#include <string_view>

namespace citecheck {

// How a file's bytes become prose: as they are, or through a markup loader.
enum class InputFormat { text, markdown, html };

// `--input-format` values other than `auto`; nullopt for anything else (including "auto",
// which callers resolve with detect_input_format).
std::optional<InputFormat> parse_input_format(std::string_view name);

// By file extension, case-insensitively: .md .markdown are Markdown, .html .htm are HTML,
// everything else (including .txt and no extension) is plain text.
InputFormat detect_input_format(std::string_view path);

std::string_view input_format_name(InputFormat format);

}  // namespace citecheck
