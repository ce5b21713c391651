#pragma once
// Local copies of source documents (CSL `custom.snapshot`), read as text.

#include <filesystem>
#include <string>
#include <string_view>

namespace citecheck {

// The readable text of a snapshot: for .html/.htm, the text of the body (or the whole
// document) without script, style, noscript and template, block elements separated by
// blank lines; any other file as it is. Throws InputError "PATH: snapshot not found" or
// "PATH: cannot read snapshot".
std::string load_snapshot_text(const std::filesystem::path& path);

// The readable text of an HTML document given as UTF-8 bytes.
std::string html_to_text(std::string_view html);

}  // namespace citecheck
