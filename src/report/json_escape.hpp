#pragma once

#include <string>
#include <string_view>

namespace citecheck {

// Appends `text` as a JSON string literal (with quotes). The text is valid UTF-8, so only
// quotes, backslashes and control characters need escaping.
void append_json_string(std::string& out, std::string_view text);

}  // namespace citecheck
