#include "src/input/source_text.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <system_error>

#include "src/core/errors.hpp"
#include "src/input/utf8.hpp"

namespace citecheck {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string describe_byte(unsigned char byte) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  return std::string("0x") + kHex[byte >> 4] + kHex[byte & 0xF];
}

}  // namespace

SourceText::SourceText(std::string path, std::string bytes)
    : path_(std::move(path)), bytes_(std::move(bytes)) {
  if (bytes_.empty())
    throw InputError(path_ + ": file is empty");
  if (bytes_.starts_with(kByteOrderMark))
    content_start_ = kByteOrderMark.size();

  line_starts_.push_back(0);
  for (const char *p = bytes_.data(), *end = p + bytes_.size();
       (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))));) {
    ++p;
    line_starts_.push_back(static_cast<std::size_t>(p - bytes_.data()));
  }

  if (const void* nul = std::memchr(bytes_.data(), '\0', bytes_.size())) {
    const auto offset = static_cast<std::size_t>(static_cast<const char*>(nul) - bytes_.data());
    const Position where = position(offset);
    throw InputError(path_ + ":" + std::to_string(where.line) + ":" + std::to_string(where.column) +
                     ": binary file (NUL byte): citecheck checks UTF-8 text");
  }
  if (const auto invalid = utf8::find_invalid(bytes_)) {
    // position() counts code points up to the offset, which is well-formed before it.
    const Position where = position(*invalid);
    throw InputError(path_ + ":" + std::to_string(where.line) + ":" + std::to_string(where.column) +
                     ": invalid UTF-8 (byte " +
                     describe_byte(static_cast<unsigned char>(bytes_[*invalid])) +
                     "): citecheck checks UTF-8 text");
  }
}

SourceText SourceText::read_file(const std::filesystem::path& file) {
  const std::string name = file.string();
  std::error_code error;
  const auto status = std::filesystem::status(file, error);
  if (error || !std::filesystem::exists(status)) {
    throw InputError(name + ": no such file or directory");
  }
  if (std::filesystem::is_directory(status))
    throw InputError(name + ": is a directory");
  std::ifstream in(file, std::ios::binary);
  if (!in)
    throw InputError(name + ": cannot open: " + std::strerror(errno));
  if (!std::filesystem::is_regular_file(status)) {
    // Pipes and devices (`<(command)`) have no size to read up front.
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return SourceText(name, std::move(buffer).str());
  }
  // One read of the whole file: articles are read once and kept for reporting. The size
  // comes from the open stream (a seek), not from another look-up of the path.
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size < 0 || !in)
    throw InputError(name + ": cannot read: " + std::strerror(errno));
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (in.bad() || static_cast<std::size_t>(in.gcount()) != bytes.size())
    throw InputError(name + ": read failed");
  return SourceText(name, std::move(bytes));
}

SourceText SourceText::read_stdin(std::string display_path) {
  std::ostringstream buffer;
  buffer << std::cin.rdbuf();
  return SourceText(std::move(display_path), std::move(buffer).str());
}

Position SourceText::position(std::size_t offset) const {
  offset = std::min(offset, bytes_.size());
  const auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line = static_cast<std::size_t>(next_line - line_starts_.begin());
  std::size_t start = line_starts_[line - 1];
  if (line == 1)
    start = std::max(start, std::min(content_start_, offset));
  // Reporters ask for positions in increasing order: on a long line (a whole article on
  // one line) go on counting from the previous answer instead of from the line's start.
  const std::string_view bytes(bytes_);
  std::size_t column = 0;
  if (last_position_.line == line && last_offset_ >= start && last_offset_ <= offset) {
    column = last_position_.column +
             utf8::count_code_points(bytes.substr(last_offset_, offset - last_offset_));
  } else if (last_position_.line == line && last_offset_ > offset &&
             last_offset_ - offset < offset - start) {
    column = last_position_.column -
             utf8::count_code_points(bytes.substr(offset, last_offset_ - offset));
  } else {
    column = 1 + utf8::count_code_points(bytes.substr(start, offset - start));
  }
  last_offset_ = offset;
  last_position_ = {line, column};
  return last_position_;
}

std::string_view SourceText::line_text(std::size_t line) const {
  const std::size_t start = line == 1 ? content_start_ : line_starts_.at(line - 1);
  std::size_t end = line < line_starts_.size() ? line_starts_[line] : bytes_.size();
  std::string_view text = std::string_view(bytes_).substr(start, end - start);
  if (text.ends_with('\n'))
    text.remove_suffix(1);
  if (text.ends_with('\r'))
    text.remove_suffix(1);
  return text;
}

}  // namespace citecheck
