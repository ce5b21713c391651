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

struct Excerpt {
  std::string text;
  std::size_t caret_column = 0;  // 0-based display column of the span start
  std::size_t caret_width = 1;
};

// Moves `offset` back over up to `count` code points; returns how many it passed.
std::size_t step_back(std::string_view line, std::size_t& offset, std::size_t count) {
  std::size_t passed = 0;
  while (passed < count && offset > 0) {
    offset = utf8::previous(line, offset);
    ++passed;
  }
  return passed;
}

// Moves `offset` forward over up to `count` code points; returns how many it passed.
std::size_t step_forward(std::string_view line, std::size_t& offset, std::size_t count) {
  std::size_t passed = 0;
  while (passed < count && offset < line.size()) {
    std::size_t length = 0;
    utf8::decode(line, offset, length);
    offset += length;
    ++passed;
  }
  return passed;
}

// The part of `line` shown for a span at bytes [first, last) of it: the whole line when it
// is short, else a window that starts a little before the span. Only the window is read,
// so an article written on one line costs no more than a short one.
Excerpt make_excerpt(std::string_view line, std::size_t first, std::size_t last) {
  first = std::min(first, line.size());
  std::size_t begin = first;
  step_back(line, begin, kContextBefore);
  std::size_t end = begin;
  const std::size_t shown = step_forward(line, end, kExcerptWidth);
  if (shown < kExcerptWidth)
    step_back(line, begin, kExcerptWidth - shown);

  Excerpt excerpt;
  if (begin > 0)
    excerpt.text += kEllipsis;
  for (const char c : line.substr(begin, end - begin))
    excerpt.text += c == '\t' ? ' ' : c;
  if (end < line.size())
    excerpt.text += kEllipsis;
  excerpt.caret_column =
      utf8::count_code_points(line.substr(begin, first - begin)) + (begin > 0 ? 1 : 0);
  const std::size_t underlined_end = std::min(std::max(last, first), end);
  excerpt.caret_width =
      utf8::count_code_points(line.substr(first, underlined_end - first)) + (last > end ? 1 : 0);
  excerpt.caret_width = std::max<std::size_t>(excerpt.caret_width, 1);
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
    const auto line_offset = static_cast<std::size_t>(line.data() - file.source->bytes().data());
    const std::size_t span_end_in_line =
        end.line == start.line ? diagnostic.span.end - line_offset : line.size();
    const Excerpt excerpt =
        make_excerpt(line, diagnostic.span.start - line_offset, span_end_in_line);
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
