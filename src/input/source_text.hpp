#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace citecheck {

// 1-based line and column; the column counts Unicode code points, as editors and Vale do.
struct Position {
  std::size_t line = 1;
  std::size_t column = 1;
  friend bool operator==(Position, Position) = default;
};

// The bytes of one input file, validated as UTF-8, with an index of line starts.
// Everything downstream refers to positions as byte offsets into bytes().
class SourceText {
 public:
  // Throws InputError naming `path`, line and column when the bytes are not text
  // (NUL bytes, invalid UTF-8) or the file is empty.
  SourceText(std::string path, std::string bytes);

  // Throws InputError for missing files, directories and read failures.
  static SourceText read_file(const std::filesystem::path& file);
  // `display_path` names standard input in messages ("<stdin>" or --stdin-filename).
  static SourceText read_stdin(std::string display_path);

  const std::string& path() const { return path_; }
  std::string_view bytes() const { return bytes_; }
  // Offset of the first byte after a UTF-8 byte order mark (0 without one).
  std::size_t content_start() const { return content_start_; }

  // Not safe to call from two threads at once for the same file (it remembers its last
  // answer to stay linear on long lines).
  Position position(std::size_t offset) const;
  std::size_t line_count() const { return line_starts_.size(); }
  // The text of a 1-based line, without its line terminator ("\n" or "\r\n").
  std::string_view line_text(std::size_t line) const;
  std::size_t line_start(std::size_t line) const { return line_starts_.at(line - 1); }

 private:
  std::string path_;
  std::string bytes_;
  std::size_t content_start_ = 0;
  std::vector<std::size_t> line_starts_;
  // The last answer of position(). One file is reported by one thread at a time.
  mutable std::size_t last_offset_ = 0;
  mutable Position last_position_{0, 0};
};

}  // namespace citecheck
