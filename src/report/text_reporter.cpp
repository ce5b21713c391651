#include "src/report/text_reporter.hpp"

#include <algorithm>

#include "src/input/utf8.hpp"

namespace citecheck {

namespace {

// Long paragraphs are one line in most articles: show a window of the line around the
// finding instead of the whole line.
constexpr std::size_t kContextBefore = 40;
constexpr std::size_t kExcerptWidth = 100;
constexpr std::string_view kEllipsis = "…";

struct Style {
  bool enabled;
  std::string_view code(std::string_view ansi) const { return enabled ? ansi : ""; }
  std::string_view reset() const { return code("\x1b[0m"); }
  std::string_view bold() const { return code("\x1b[1m"); }
  std::string_view gutter() const { return code("\x1b[1;34m"); }
  std::string_view severity(Severity severity) const {
    switch (severity) {
      case Severity::error:
        return code("\x1b[1;31m");
      case Severity::warning:
        return code("\x1b[1;33m");
      default:
        return code("\x1b[1;36m");
    }
  }
};

// Byte offsets of each code point of `line`, plus its end.
std::vector<std::size_t> code_point_offsets(std::string_view line) {
  std::vector<std::size_t> offsets;
  std::size_t i = 0;
  while (i < line.size()) {
    offsets.push_back(i);
    std::size_t length = 0;
    utf8::decode(line, i, length);
    i += length;
  }
  offsets.push_back(line.size());
  return offsets;
}

struct Excerpt {
  std::string text;
  std::size_t caret_column = 0;  // 0-based display column of the span start
  std::size_t caret_width = 1;
};

// `first` and `last` are 0-based code-point indexes of the span on this line.
Excerpt make_excerpt(std::string_view line, std::size_t first, std::size_t last) {
  const std::vector<std::size_t> offsets = code_point_offsets(line);
  const std::size_t length = offsets.size() - 1;
  first = std::min(first, length);
  last = std::clamp(last, first + 1, std::max(length, first + 1));
  std::size_t begin = 0;
  std::size_t end = length;
  if (length > kExcerptWidth) {
    begin = first > kContextBefore ? first - kContextBefore : 0;
    end = std::min(length, begin + kExcerptWidth);
    if (end - begin < kExcerptWidth)
      begin = end > kExcerptWidth ? end - kExcerptWidth : 0;
  }
  Excerpt excerpt;
  if (begin > 0)
    excerpt.text += kEllipsis;
  for (std::size_t i = begin; i < end; ++i) {
    const std::string_view character = line.substr(offsets[i], offsets[i + 1] - offsets[i]);
    excerpt.text += character == "\t" ? std::string_view(" ") : character;
  }
  if (end < length)
    excerpt.text += kEllipsis;
  excerpt.caret_column = first - begin + (begin > 0 ? 1 : 0);
  excerpt.caret_width = std::min(last, end + 1) - first;
  return excerpt;
}

std::string plural(std::size_t count, std::string_view noun) {
  return std::to_string(count) + " " + std::string(noun) + (count == 1 ? "" : "s");
}

}  // namespace

void TextReporter::file(const FileReport& file, std::ostream& out) {
  if (file.error)
    return;
  const Style style{options_.color};
  for (const Diagnostic& diagnostic : file.diagnostics) {
    const Position start = file.source->position(diagnostic.span.start);
    const Position end = file.source->position(diagnostic.span.end);
    const std::string_view line = file.source->line_text(start.line);
    const std::size_t last_column =
        end.line == start.line ? end.column : utf8::count_code_points(line) + 1;
    const Excerpt excerpt = make_excerpt(line, start.column - 1, last_column - 1);
    const std::string line_number = std::to_string(start.line);
    const std::string pad(line_number.size(), ' ');

    out << style.severity(diagnostic.severity) << to_string(diagnostic.severity) << '['
        << diagnostic.rule << "]" << style.reset() << style.bold() << ": " << diagnostic.message
        << style.reset() << '\n';
    out << pad << style.gutter() << "--> " << style.reset() << file.path << ':' << start.line << ':'
        << start.column << '\n';
    out << pad << style.gutter() << " |" << style.reset() << '\n';
    out << style.gutter() << line_number << " |" << style.reset() << ' ' << excerpt.text << '\n';
    out << pad << style.gutter() << " |" << style.reset() << ' '
        << std::string(excerpt.caret_column, ' ') << style.severity(diagnostic.severity)
        << std::string(excerpt.caret_width, '^') << style.reset() << '\n';
    if (diagnostic.help) {
      out << pad << style.gutter() << " = " << style.reset() << style.bold() << "help"
          << style.reset() << ": " << *diagnostic.help << '\n';
    }
    out << '\n';
  }
}

void TextReporter::end(const RunSummary& summary, std::ostream& out) {
  out << plural(summary.errors, "error") << ", " << plural(summary.warnings, "warning") << ", "
      << summary.infos << " info"
      << " in " << plural(summary.files_checked, "file") << " checked";
  if (summary.files_failed > 0) {
    out << " (" << plural(summary.files_failed, "file") << " could not be checked)";
  }
  out << '\n';
}

}  // namespace citecheck
