#pragma once
// Files compiled into the binary: lexicons (data/lexicon/*.txt) and rule pages
// (rules/docs/*.md). The build generates the table from those files.

#include <optional>
#include <span>
#include <string_view>

namespace citecheck {

struct EmbeddedFile {
  std::string_view name;  // base name, e.g. "en.txt"
  std::string_view bytes;
};

std::span<const EmbeddedFile> embedded_files();

inline std::optional<std::string_view> find_embedded_file(std::string_view name) {
  for (const EmbeddedFile& file : embedded_files()) {
    if (file.name == name)
      return file.bytes;
  }
  return std::nullopt;
}

}  // namespace citecheck
