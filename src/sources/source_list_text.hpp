#pragma once
// Shared by the source-list loaders: positions and messages for one list held in memory.

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "src/input/source_text.hpp"

namespace citecheck {

class SourceListText {
 public:
  // Throws InputError when `text` is empty or not UTF-8. `line_offset` is added to every
  // line in messages (a front matter block inside an article).
  SourceListText(std::string_view text, const std::filesystem::path& file,
                 std::size_t line_offset = 0);

  // The text after a byte order mark; offsets below index bytes(), BOM included.
  std::string_view content() const { return text_.bytes().substr(text_.content_start()); }
  std::string_view bytes() const { return text_.bytes(); }
  const std::string& file_name() const { return text_.path(); }

  std::size_t line(std::size_t offset) const { return text_.position(offset).line + line_offset_; }
  // "LINE:COL" for messages.
  std::string line_and_column(std::size_t offset) const;
  // Byte offset of a 0-based line and byte column, as YAML parsers report them.
  std::size_t offset_of(std::size_t line0, std::size_t byte_column0) const;

  // Throws InputError "FILE:LINE:COL: message".
  [[noreturn]] void fail(std::size_t offset, const std::string& message) const;

  // A `snapshot` value as a path: relative ones are relative to the list's directory.
  std::string resolve_snapshot(std::string_view snapshot) const;

 private:
  SourceText text_;
  std::filesystem::path directory_;
  std::size_t line_offset_;
};

}  // namespace citecheck
