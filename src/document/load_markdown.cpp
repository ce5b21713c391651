// Markdown loader. A line-based block scanner (CommonMark containers and leaf blocks, GFM
// tables, footnotes, YAML front matter) and an inline scanner mark everything that is not
// prose in a same-length copy of the file: blocks, code and line markers are blanked with
// spaces; inline markup (emphasis, link syntax, tags) is dropped, so that `[Forbes](url),`
// reads `Forbes,`. Decoded entities and inserted paragraph breaks are the other changes.
// The copy is then assembled into the Article's prose, with lines that hold no prose left
// empty so that paragraphs end at "\n\n".

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "src/document/html_entities.hpp"
#include "src/document/load_document.hpp"
#include "src/document/prose_builder.hpp"
#include "src/input/source_text.hpp"
#include "src/text/ascii.hpp"

namespace citecheck {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
// Bounds on how far a link or a tag may reach, so that unmatched brackets stay linear.
constexpr std::size_t kLongestLinkText = 4096;
constexpr std::size_t kLongestTag = 4096;
constexpr std::size_t kTabStop = 4;
// Marks a dropped byte in the working copy; SourceText never holds NUL bytes.
constexpr char kDropped = '\0';

bool is_space(char c) {
  return c == ' ' || c == '\t';
}
bool is_ascii_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return ascii::is_white(c); });
}

std::size_t trim_end(std::string_view text, std::size_t start, std::size_t end) {
  while (end > start && ascii::is_white(text[end - 1]))
    --end;
  return end;
}

std::size_t skip_white(std::string_view text, std::size_t start, std::size_t end) {
  while (start < end && ascii::is_white(text[start]))
    ++start;
  return start;
}

// `— Name`, `― Name`, `– Name`, `-- Name`: the signature line under a block quote. Returns
// the offset where the name starts.
std::optional<std::size_t> credit_name_start(std::string_view text, std::size_t start,
                                             std::size_t end) {
  static constexpr std::array<std::string_view, 4> kDashes = {"\u2014", "\u2015", "\u2013", "--"};
  for (std::string_view dash : kDashes) {
    if (text.substr(start, std::min(dash.size(), end - start)) != dash)
      continue;
    std::size_t name = start + dash.size();
    while (name < end && text[name] == '-')
      ++name;
    name = skip_white(text, name, end);
    if (name < end && !is_ascii_punct(text[name]))
      return name;
  }
  return std::nullopt;
}

std::string lowercase_name(std::string_view text) {
  std::string name;
  for (char c : text)
    name += ascii::to_lower(c);
  return name;
}

// CommonMark's block-level HTML tag names (HTML block type 6), and the elements whose
// content is never prose.
bool is_block_tag(std::string_view name) {
  static const std::unordered_set<std::string_view> kNames = {
      "address", "article", "aside",   "blockquote", "body",  "caption",  "center",     "dd",
      "details", "dialog",  "div",     "dl",         "dt",    "fieldset", "figcaption", "figure",
      "footer",  "form",    "h1",      "h2",         "h3",    "h4",       "h5",         "h6",
      "header",  "hr",      "html",    "legend",     "li",    "main",     "menu",       "nav",
      "ol",      "p",       "section", "summary",    "table", "tbody",    "td",         "tfoot",
      "th",      "thead",   "tr",      "ul"};
  return kNames.contains(name);
}

bool is_code_like_tag(std::string_view name) {
  static const std::unordered_set<std::string_view> kNames = {
      "code",  "kbd",      "samp",     "tt",       "pre", "script",
      "style", "textarea", "template", "noscript", "svg", "math"};
  return kNames.contains(name);
}

struct Line {
  std::size_t start = 0;
  std::size_t end = 0;          // before "\r\n" or "\n"
  std::size_t newline = kNone;  // offset of '\n'
};

struct Edit {
  Span original;
  std::string text;
};

enum class ContainerKind { quote, list_item };

struct Container {
  ContainerKind kind = ContainerKind::quote;
  std::size_t content_column = 0;  // list items: where their content starts
  std::size_t quotation = kNone;   // quotes: index into Article::markup_quotations
};

struct Fence {
  char mark = '`';
  std::size_t length = 0;
  std::size_t depth = 0;  // containers it lives in
};

struct HtmlBlock {
  std::string end_marker;  // empty: the block ends at a blank line
  std::size_t depth = 0;
  std::size_t start = 0;
  std::size_t end = 0;
};

struct Paragraph {
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t depth = 0;
};

struct Leaf {
  Span range;
  bool html = false;
};

// Original offsets of a quotation while it is being scanned.
struct OpenQuotation {
  Span span{kNone, 0};
  Span content{kNone, 0};
};

struct OpenCredit {
  Span text;
  MarkupCredit::Kind kind = MarkupCredit::Kind::cite_element;
  std::size_t quotation = kNone;
};

// An HTML element opened inside Markdown that matters to the result.
struct OpenElement {
  std::string name;
  std::size_t tag_start = 0;
  std::size_t content_start = 0;
  std::size_t quotation = kNone;
};

class MarkdownLoader {
 public:
  explicit MarkdownLoader(const SourceText& source)
      : source_(source), bytes_(source.bytes()), work_(bytes_) {}

  Article load() {
    split_lines();
    std::size_t first_line = 0;
    if (auto after = scan_front_matter())
      first_line = *after;
    for (std::size_t line = first_line; line < lines_.size(); ++line)
      scan_line(line);
    close_paragraph();
    close_containers(0);
    close_html_block();
    for (const Leaf& leaf : leaves_)
      scan_inline(leaf);
    close_open_elements(bytes_.size());
    return assemble();
  }

 private:
  // ---- lines and blanking -------------------------------------------------------------

  void split_lines() {
    std::size_t start = source_.content_start();
    blank(0, start);
    while (start <= bytes_.size()) {
      const std::size_t newline = bytes_.find('\n', start);
      Line line;
      line.start = start;
      line.newline = newline;
      line.end = newline == std::string_view::npos ? bytes_.size() : newline;
      if (line.end > line.start && bytes_[line.end - 1] == '\r')
        --line.end;
      if (line.newline == std::string_view::npos)
        line.newline = kNone;
      lines_.push_back(line);
      if (newline == std::string_view::npos)
        break;
      start = newline + 1;
    }
    break_before_.assign(lines_.size() + 1, false);
  }

  void blank(std::size_t start, std::size_t end) {
    for (std::size_t i = start; i < end && i < work_.size(); ++i) {
      if (work_[i] != '\n')
        work_[i] = ' ';
    }
  }

  // Inline markup leaves no trace in the prose (line breaks stay).
  void drop(std::size_t start, std::size_t end) {
    for (std::size_t i = start; i < end && i < work_.size(); ++i) {
      if (work_[i] != '\n')
        work_[i] = kDropped;
    }
  }

  // ---- front matter -------------------------------------------------------------------

  static bool is_fence_line(std::string_view line, std::string_view marker) {
    return line.substr(0, marker.size()) == marker && is_blank(line.substr(marker.size()));
  }

  std::string_view line_text(std::size_t line) const {
    return bytes_.substr(lines_[line].start, lines_[line].end - lines_[line].start);
  }

  // YAML front matter: `---` on the first line, up to `---` or `...`. Returns the first
  // line after it.
  std::optional<std::size_t> scan_front_matter() {
    if (lines_.empty() || !is_fence_line(line_text(0), "---"))
      return std::nullopt;
    for (std::size_t line = 1; line < lines_.size(); ++line) {
      if (!is_fence_line(line_text(line), "---") && !is_fence_line(line_text(line), "...")) {
        continue;
      }
      blank(lines_[0].start, lines_[line].end);
      extract_references(1, line);
      return line + 1;
    }
    return std::nullopt;
  }

  // The `references:` key and everything indented or listed under it (Pandoc's CSL-YAML).
  void extract_references(std::size_t first, std::size_t closing) {
    for (std::size_t line = first; line < closing; ++line) {
      const std::string_view text = line_text(line);
      if (text.substr(0, 11) != "references:")
        continue;
      std::size_t last = line;
      for (std::size_t next = line + 1; next < closing; ++next) {
        const std::string_view more = line_text(next);
        if (is_blank(more) || is_space(more[0]) || more[0] == '-' || more[0] == '#') {
          if (!is_blank(more))
            last = next;
          continue;
        }
        break;
      }
      const std::size_t end =
          lines_[last].newline != kNone ? lines_[last].newline + 1 : lines_[last].end;
      references_ = std::string(bytes_.substr(lines_[line].start, end - lines_[line].start));
      references_offset_ = lines_[line].start;
      return;
    }
  }

  // ---- block structure ----------------------------------------------------------------

  // Where the next non-space character is, counting tabs to the next tab stop.
  struct Indent {
    std::size_t offset = 0;
    std::size_t column = 0;
  };

  Indent measure_indent(std::size_t offset, std::size_t column, std::size_t end) const {
    while (offset < end && is_space(bytes_[offset])) {
      column = bytes_[offset] == '\t' ? (column / kTabStop + 1) * kTabStop : column + 1;
      ++offset;
    }
    return {offset, column};
  }

  void scan_line(std::size_t line_index) {
    current_line_ = line_index;
    const Line& line = lines_[line_index];
    std::size_t offset = line.start;
    std::size_t column = 0;
    const std::size_t end = line.end;

    std::size_t matched = 0;
    for (; matched < containers_.size(); ++matched) {
      Container& container = containers_[matched];
      const Indent indent = measure_indent(offset, column, end);
      if (container.kind == ContainerKind::quote) {
        if (indent.column - column > 3 || indent.offset >= end || bytes_[indent.offset] != '>') {
          break;
        }
        blank(indent.offset, indent.offset + 1);
        offset = indent.offset + 1;
        column = indent.column + 1;
        if (offset < end && is_space(bytes_[offset])) {
          ++offset;
          ++column;
        }
      } else {
        if (indent.offset >= end)
          continue;  // blank lines stay inside list items
        if (indent.column < container.content_column)
          break;
        while (column < container.content_column && offset < end && is_space(bytes_[offset])) {
          column = bytes_[offset] == '\t' ? (column / kTabStop + 1) * kTabStop : column + 1;
          ++offset;
        }
      }
    }
    const bool blank_rest = is_blank(bytes_.substr(offset, end - offset));

    if (fence_) {
      if (matched >= fence_->depth) {
        scan_fenced_line(offset, end);
        return;
      }
      fence_.reset();
    }
    if (html_block_) {
      if (matched >= html_block_->depth && !(html_block_->end_marker.empty() && blank_rest)) {
        html_block_->end = end;
        note_content(offset, end);
        if (!html_block_->end_marker.empty() &&
            bytes_.substr(offset, end - offset).find(html_block_->end_marker) !=
                std::string_view::npos) {
          close_html_block();
        }
        return;
      }
      close_html_block();
    }

    if (matched < containers_.size()) {
      if (paragraph_ && !blank_rest && !starts_block(offset, column, end)) {
        extend_paragraph(offset, end);  // a lazy continuation line
        return;
      }
      close_paragraph();
      close_containers(matched);
    }

    open_containers(line_index, offset, column, end);
    scan_leaf(line_index, offset, column, end);
  }

  void scan_fenced_line(std::size_t offset, std::size_t end) {
    const Indent indent = measure_indent(offset, 0, end);
    std::size_t run = indent.offset;
    while (run < end && bytes_[run] == fence_->mark)
      ++run;
    if (indent.column < 4 && run - indent.offset >= fence_->length &&
        is_blank(bytes_.substr(run, end - run))) {
      fence_.reset();
    }
    blank(offset, end);
  }

  // Whether the rest of a line begins a block of its own (so it cannot continue a
  // paragraph lazily).
  // The paragraph lives in a container this line did not continue, so a list item here
  // does not interrupt it.
  bool starts_block(std::size_t offset, std::size_t column, std::size_t end) const {
    const Indent indent = measure_indent(offset, column, end);
    if (indent.column - column >= 4)
      return false;
    const std::size_t at = indent.offset;
    const char first = bytes_[at];
    return first == '>' || fence_length(at, end) > 0 || heading_level(at, end) > 0 ||
           is_thematic_break(at, end) || list_marker(at, end, false) ||
           footnote_label_end(at, end).has_value() ||
           html_block_end_marker(at, end, true).has_value() ||
           credit_name_start(bytes_, at, end).has_value();
  }

  std::size_t fence_length(std::size_t at, std::size_t end) const {
    if (at >= end || (bytes_[at] != '`' && bytes_[at] != '~'))
      return 0;
    std::size_t run = at;
    while (run < end && bytes_[run] == bytes_[at])
      ++run;
    if (run - at < 3)
      return 0;
    if (bytes_[at] == '`' && bytes_.substr(run, end - run).find('`') != std::string_view::npos) {
      return 0;
    }
    return run - at;
  }

  std::size_t heading_level(std::size_t at, std::size_t end) const {
    std::size_t run = at;
    while (run < end && bytes_[run] == '#')
      ++run;
    const std::size_t level = run - at;
    if (level == 0 || level > 6 || (run < end && !is_space(bytes_[run])))
      return 0;
    return level;
  }

  bool is_thematic_break(std::size_t at, std::size_t end) const {
    if (at >= end || (bytes_[at] != '*' && bytes_[at] != '-' && bytes_[at] != '_'))
      return false;
    std::size_t marks = 0;
    for (std::size_t i = at; i < end; ++i) {
      if (bytes_[i] == bytes_[at]) {
        ++marks;
      } else if (!is_space(bytes_[i])) {
        return false;
      }
    }
    return marks >= 3;
  }

  bool is_setext_underline(std::size_t at, std::size_t end) const {
    if (at >= end || (bytes_[at] != '=' && bytes_[at] != '-'))
      return false;
    std::size_t run = at;
    while (run < end && bytes_[run] == bytes_[at])
      ++run;
    return is_blank(bytes_.substr(run, end - run));
  }

  struct ListMarker {
    std::size_t end = 0;  // after the marker
  };

  // `-`, `+`, `*` or `1.`/`1)` followed by a space or the end of the line. When the marker
  // would interrupt a paragraph, an ordered list has to start at 1 and the item can't be empty.
  std::optional<ListMarker> list_marker(std::size_t at, std::size_t end,
                                        bool interrupts_paragraph) const {
    if (at >= end)
      return std::nullopt;
    std::size_t after = at;
    if (bytes_[at] == '-' || bytes_[at] == '+' || bytes_[at] == '*') {
      after = at + 1;
    } else {
      while (after < end && after - at < 9 && ascii::is_digit(bytes_[after]))
        ++after;
      if (after == at || after >= end || (bytes_[after] != '.' && bytes_[after] != ')')) {
        return std::nullopt;
      }
      if (interrupts_paragraph && bytes_.substr(at, after - at) != "1")
        return std::nullopt;
      ++after;
    }
    if (after < end && !is_space(bytes_[after]))
      return std::nullopt;
    if (interrupts_paragraph && is_blank(bytes_.substr(after, end - after)))
      return std::nullopt;
    if (is_thematic_break(at, end))
      return std::nullopt;
    return ListMarker{after};
  }

  // CommonMark HTML block start conditions 1-7; returns what ends the block ("" for a
  // blank line).
  std::optional<std::string> html_block_end_marker(std::size_t at, std::size_t end,
                                                   bool interrupts_paragraph) const {
    if (at >= end || bytes_[at] != '<')
      return std::nullopt;
    for (std::string_view raw : {"script", "pre", "style", "textarea"}) {
      const std::size_t after = at + 1 + raw.size();
      if (ascii::starts_with_ignoring_case(bytes_, at + 1, raw) &&
          (after >= end || is_space(bytes_[after]) || bytes_[after] == '>')) {
        return "</" + std::string(raw) + ">";
      }
    }
    if (bytes_.substr(at, 4) == "<!--")
      return std::string("-->");
    if (bytes_.substr(at, 2) == "<?")
      return std::string("?>");
    if (bytes_.substr(at, 9) == "<![CDATA[")
      return std::string("]]>");
    if (at + 2 < end && bytes_[at + 1] == '!' && ascii::is_letter(bytes_[at + 2])) {
      return std::string(">");
    }
    std::size_t name_start = at + 1;
    if (name_start < end && bytes_[name_start] == '/')
      ++name_start;
    std::size_t name_end = name_start;
    while (name_end < end && (ascii::is_alnum(bytes_[name_end]) || bytes_[name_end] == '-')) {
      ++name_end;
    }
    if (name_end == name_start || !ascii::is_letter(bytes_[name_start]))
      return std::nullopt;
    const std::string name = lowercase_name(bytes_.substr(name_start, name_end - name_start));
    const bool name_ends = name_end >= end || is_space(bytes_[name_end]) ||
                           bytes_[name_end] == '>' || bytes_.substr(name_end, 2) == "/>";
    if (name_ends && is_block_tag(name))
      return std::string();
    // Condition 7: any other complete tag alone on its line.
    if (interrupts_paragraph)
      return std::nullopt;
    const std::size_t tag_end = bytes_.substr(name_end, end - name_end).find('>');
    if (tag_end == std::string_view::npos)
      return std::nullopt;
    const std::size_t after = name_end + tag_end + 1;
    if (!is_blank(bytes_.substr(after, end - after)))
      return std::nullopt;
    return std::string();
  }

  void open_containers(std::size_t line_index, std::size_t& offset, std::size_t& column,
                       std::size_t end) {
    while (true) {
      const Indent indent = measure_indent(offset, column, end);
      if (indent.column - column >= 4 || indent.offset >= end)
        return;
      const std::size_t at = indent.offset;
      if (bytes_[at] == '>') {
        close_paragraph();
        blank(at, at + 1);
        Container quote{ContainerKind::quote, 0, open_quotation()};
        open_quotations_[quote.quotation].span = {at, at + 1};
        containers_.push_back(quote);
        break_before_[line_index] = true;
        offset = at + 1;
        column = indent.column + 1;
        if (offset < end && is_space(bytes_[offset])) {
          ++offset;
          ++column;
        }
        continue;
      }
      if (paragraph_ && is_setext_underline(at, end) && paragraph_->depth == containers_.size()) {
        return;
      }
      if (auto footnote = footnote_label_end(at, end)) {
        close_paragraph();
        blank(at, *footnote);
        containers_.push_back({ContainerKind::list_item, indent.column + 4, kNone});
        break_before_[line_index] = true;
        column = indent.column + (*footnote - at);
        offset = *footnote;
        continue;
      }
      const auto marker = list_marker(at, end, paragraph_.has_value());
      if (!marker)
        return;
      close_paragraph();
      blank(at, marker->end);
      const std::size_t marker_column = indent.column + (marker->end - at);
      const Indent content = measure_indent(marker->end, marker_column, end);
      const bool wide = content.offset >= end || content.column - marker_column > 4;
      containers_.push_back(
          {ContainerKind::list_item, wide ? marker_column + 1 : content.column, kNone});
      break_before_[line_index] = true;
      offset = wide ? std::min(marker->end + 1, end) : content.offset;
      column = wide ? marker_column + 1 : content.column;
    }
  }

  // `[^label]:` starting a footnote definition; returns the offset after the colon.
  std::optional<std::size_t> footnote_label_end(std::size_t at, std::size_t end) const {
    if (bytes_.substr(at, 2) != "[^")
      return std::nullopt;
    const std::size_t close = bytes_.substr(at, end - at).find("]:");
    if (close == std::string_view::npos)
      return std::nullopt;
    return at + close + 2;
  }

  void scan_leaf(std::size_t line_index, std::size_t offset, std::size_t column, std::size_t end) {
    const Indent indent = measure_indent(offset, column, end);
    const std::size_t at = indent.offset;
    // Any line that is not a row ends a table.
    const bool continuing_table = table_;
    table_ = false;
    if (at >= end) {  // blank
      close_paragraph();
      previous_blank_ = true;
      return;
    }
    const bool was_blank = previous_blank_;
    previous_blank_ = false;
    if (indent.column - column >= 4 && !paragraph_) {  // indented code
      blank(offset, end);
      return;
    }
    if (const std::size_t length = fence_length(at, end)) {
      close_paragraph();
      fence_ = Fence{bytes_[at], length, containers_.size()};
      blank(offset, end);
      return;
    }
    if (paragraph_ && paragraph_->depth == containers_.size() && is_setext_underline(at, end)) {
      blank(offset, end);
      close_paragraph();
      break_before_[line_index + 1] = true;
      return;
    }
    if (is_thematic_break(at, end)) {
      close_paragraph();
      blank(offset, end);
      return;
    }
    if (const std::size_t level = heading_level(at, end)) {
      close_paragraph();
      blank(at, at + level);
      std::size_t content_end = trim_end(bytes_, at + level, end);
      std::size_t closing = content_end;
      while (closing > at + level && bytes_[closing - 1] == '#')
        --closing;
      if (closing < content_end && (closing == at + level || is_space(bytes_[closing - 1]))) {
        blank(closing, content_end);
        content_end = trim_end(bytes_, at + level, closing);
      }
      break_before_[line_index] = true;
      break_before_[line_index + 1] = true;
      add_leaf({at + level, content_end});
      return;
    }
    if (auto end_marker = html_block_end_marker(at, end, paragraph_.has_value())) {
      close_paragraph();
      html_block_ = HtmlBlock{*end_marker, containers_.size(), at, end};
      break_before_[line_index] = true;
      note_content(at, end);
      if (!end_marker->empty() &&
          bytes_.substr(at, end - at).find(*end_marker) != std::string_view::npos) {
        close_html_block();
      }
      return;
    }
    if (auto name = credit_name_start(bytes_, at, end)) {
      if (scan_credit_line(line_index, at, *name, end, was_blank))
        return;
    }
    if (!paragraph_ && scan_reference_definition(at, end))
      return;
    if (continuing_table || (!paragraph_ && starts_table(line_index, at, end))) {
      scan_table_row(line_index, at, end, !continuing_table);
      return;
    }
    if (paragraph_ && paragraph_->depth == containers_.size()) {
      extend_paragraph(at, end);
      return;
    }
    close_paragraph();
    paragraph_ = Paragraph{at, trim_end(bytes_, at, end), containers_.size()};
    break_before_[line_index] = true;
    note_content(at, end);
  }

  void extend_paragraph(std::size_t at, std::size_t end) {
    const std::size_t content_end = trim_end(bytes_, at, end);
    if (content_end > at)
      paragraph_->end = content_end;
    note_content(at, end);
  }

  void close_paragraph() {
    if (!paragraph_)
      return;
    leaves_.push_back({{paragraph_->start, paragraph_->end}, false});
    paragraph_.reset();
  }

  void close_html_block() {
    if (!html_block_)
      return;
    leaves_.push_back({{html_block_->start, html_block_->end}, true});
    html_block_.reset();
  }

  void add_leaf(Span range) {
    leaves_.push_back({range, false});
    note_content(range.start, range.end);
  }

  // A line of prose inside the open `>` quotes extends their content.
  void note_content(std::size_t at, std::size_t end) {
    const std::size_t content_end = trim_end(bytes_, at, end);
    if (content_end <= at)
      return;
    for (const Container& container : containers_) {
      if (container.kind != ContainerKind::quote)
        continue;
      OpenQuotation& quotation = open_quotations_[container.quotation];
      if (quotation.content.start == kNone)
        quotation.content.start = at;
      quotation.content.end = content_end;
      quotation.span.end = content_end;
    }
  }

  // `— Name` as the last line of a `>` quote or on the line after it (a blank line
  // between is allowed). It is a paragraph of its own and stays prose.
  bool scan_credit_line(std::size_t line_index, std::size_t at, std::size_t name, std::size_t end,
                        bool was_blank) {
    std::size_t quotation = kNone;
    for (auto it = containers_.rbegin(); it != containers_.rend(); ++it) {
      if (it->kind == ContainerKind::quote) {
        quotation = it->quotation;
        break;
      }
    }
    const bool inside = quotation != kNone;
    if (!inside && last_closed_quotation_ != kNone &&
        line_index <= last_quotation_close_line_ + (was_blank ? 1 : 0)) {
      quotation = last_closed_quotation_;
    }
    if (quotation == kNone)
      return false;
    close_paragraph();
    const std::size_t content_end = trim_end(bytes_, at, end);
    break_before_[line_index] = true;
    break_before_[line_index + 1] = true;
    leaves_.push_back({{at, content_end}, false});
    credits_.push_back({{name, content_end}, MarkupCredit::Kind::blockquote_signature, quotation});
    if (inside) {
      open_quotations_[quotation].span.end = content_end;
    } else {
      // Only one signature per quote comes after it.
      last_closed_quotation_ = kNone;
    }
    return true;
  }

  // `[label]: destination "title"`: not prose; its label makes `[label]` a link.
  bool scan_reference_definition(std::size_t at, std::size_t end) {
    if (bytes_[at] != '[' || (at + 1 < end && bytes_[at + 1] == '^'))
      return false;
    const std::size_t found = bytes_.substr(at, end - at).find("]:");
    if (found == std::string_view::npos || found == 1)
      return false;
    const std::size_t close = at + found;
    const std::size_t destination = skip_white(bytes_, close + 2, end);
    if (destination >= end)
      return false;
    labels_.insert(normalize_label(bytes_.substr(at + 1, close - at - 1)));
    blank(at, end);
    return true;
  }

  static std::string normalize_label(std::string_view label) {
    std::string normal;
    bool space = false;
    for (char c : label) {
      if (ascii::is_white(c)) {
        space = !normal.empty();
        continue;
      }
      if (space)
        normal += ' ';
      space = false;
      normal += ascii::to_lower(c);
    }
    return normal;
  }

  // GFM: a row with a pipe followed by a delimiter row such as `|---|:--:|`.
  bool starts_table(std::size_t line_index, std::size_t at, std::size_t end) const {
    if (bytes_.substr(at, end - at).find('|') == std::string_view::npos)
      return false;
    if (line_index + 1 >= lines_.size())
      return false;
    return is_delimiter_row(line_index + 1);
  }

  bool is_delimiter_row(std::size_t line_index) const {
    std::string_view row = line_text(line_index);
    // Skip the `>` markers of the quotes the table may sit in.
    std::size_t at = 0;
    while (at < row.size() && (is_space(row[at]) || row[at] == '>'))
      ++at;
    row = row.substr(at);
    bool dash = false;
    bool pipe = false;
    for (char c : row) {
      if (c == '-') {
        dash = true;
      } else if (c == '|') {
        pipe = true;
      } else if (c != ':' && !is_space(c)) {
        return false;
      }
    }
    return dash && (pipe || row.find(':') != std::string_view::npos);
  }

  void scan_table_row(std::size_t line_index, std::size_t at, std::size_t end, bool header) {
    table_ = true;
    if (!header && table_delimiter_line_ == line_index) {
      blank(at, end);
      return;
    }
    if (header)
      table_delimiter_line_ = line_index + 1;
    for (std::size_t i = at; i < end; ++i) {
      if (bytes_[i] == '\\') {
        ++i;
      } else if (bytes_[i] == '|') {
        blank(i, i + 1);
      }
    }
    break_before_[line_index] = true;
    add_leaf({at, trim_end(bytes_, at, end)});
  }

  std::size_t open_quotation() {
    open_quotations_.push_back({});
    kinds_.push_back(MarkupQuotation::Kind::blockquote);
    cites_.emplace_back();
    return open_quotations_.size() - 1;
  }

  void close_containers(std::size_t keep) {
    while (containers_.size() > keep) {
      const Container& container = containers_.back();
      if (container.kind == ContainerKind::quote) {
        last_closed_quotation_ = container.quotation;
        last_quotation_close_line_ = current_line_;
      }
      containers_.pop_back();
    }
  }

  // ---- inline content -----------------------------------------------------------------

  void scan_inline(const Leaf& leaf) {
    std::size_t i = leaf.range.start;
    const std::size_t end = leaf.range.end;
    std::vector<std::size_t> failed_code_span;  // by backtick count: no closer from here on
    pair_brackets(leaf.range);
    while (i < end) {
      const char c = work_[i];
      if (c == '<') {
        i = scan_angle(i, end, leaf.html);
      } else if (c == '&') {
        i = scan_reference(i, end);
      } else if (leaf.html) {
        ++i;
      } else if (c == '\\' && i + 1 < end &&
                 (is_ascii_punct(work_[i + 1]) || work_[i + 1] == '\n')) {
        drop(i, i + 1);
        i += 2;
      } else if (c == '`') {
        i = scan_code_span(i, end, failed_code_span);
      } else if (c == '!' && i + 1 < end && work_[i + 1] == '[') {
        i = scan_link(i + 1, end, true);
      } else if (c == '[') {
        i = scan_link(i, end, false);
      } else if (c == '*' || c == '_' || c == '~') {
        i = scan_emphasis(i, end);
      } else if (starts_bare_url(i, leaf.range.start)) {
        i = scan_bare_url(i, end);
      } else {
        ++i;
      }
    }
  }

  std::size_t scan_code_span(std::size_t at, std::size_t end,
                             std::vector<std::size_t>& failed_from) {
    std::size_t run = at;
    while (run < end && work_[run] == '`')
      ++run;
    const std::size_t length = run - at;
    if (failed_from.size() <= length)
      failed_from.resize(length + 1, kNone);
    if (failed_from[length] != kNone && failed_from[length] <= at)
      return run;
    std::size_t search = run;
    while (search < end) {
      const std::size_t open = std::string_view(work_).substr(0, end).find('`', search);
      if (open == std::string_view::npos)
        break;
      std::size_t close = open;
      while (close < end && work_[close] == '`')
        ++close;
      if (close - open == length) {
        blank(at, close);
        return close;
      }
      search = close;
    }
    failed_from[length] = at;
    return run;
  }

  std::size_t scan_reference(std::size_t at, std::size_t end) {
    const auto decoded =
        decode_markdown_reference(bytes_.substr(at, std::min(end - at, std::size_t{40})));
    if (!decoded)
      return at + 1;
    edits_.push_back({{at, at + decoded->length}, decoded->text});
    return at + decoded->length;
  }

  // Pairs every `[` of a leaf with its `]` in one pass, so that unmatched brackets cost
  // nothing later.
  void pair_brackets(Span range) {
    brackets_.clear();
    std::vector<std::size_t> open;
    for (std::size_t i = range.start; i < range.end; ++i) {
      if (work_[i] == '\\') {
        ++i;
      } else if (work_[i] == '[') {
        open.push_back(i);
      } else if (work_[i] == ']' && !open.empty()) {
        brackets_.emplace_back(open.back(), i);
        open.pop_back();
      }
    }
    std::sort(brackets_.begin(), brackets_.end());
  }

  // The `]` that closes the bracket at `open`, if the link text is not too long.
  std::size_t matching_bracket(std::size_t open) const {
    const auto pair = std::lower_bound(brackets_.begin(), brackets_.end(),
                                       std::pair<std::size_t, std::size_t>{open, 0});
    if (pair == brackets_.end() || pair->first != open)
      return kNone;
    return pair->second - open <= kLongestLinkText ? pair->second : kNone;
  }

  // `(destination "title")` after a link's text; returns the offset after `)`.
  std::size_t inline_destination_end(std::size_t open, std::size_t end) const {
    std::size_t i = skip_white(work_, open + 1, end);
    if (i < end && work_[i] == '<') {
      while (i < end && work_[i] != '>' && work_[i] != '\n')
        ++i;
      if (i >= end || work_[i] != '>')
        return kNone;
      ++i;
    } else {
      int depth = 0;
      while (i < end && !ascii::is_white(work_[i])) {
        if (work_[i] == '\\') {
          ++i;
        } else if (work_[i] == '(') {
          ++depth;
        } else if (work_[i] == ')' && depth-- == 0) {
          break;
        }
        ++i;
      }
    }
    i = skip_white(work_, i, end);
    if (i < end && (work_[i] == '"' || work_[i] == '\'' || work_[i] == '(')) {
      const char closer = work_[i] == '(' ? ')' : work_[i];
      const std::size_t limit = std::min(end, i + kLongestLinkText);
      ++i;
      while (i < limit && work_[i] != closer)
        i += work_[i] == '\\' ? 2 : 1;
      if (i >= limit)
        return kNone;
      i = skip_white(work_, i + 1, end);
    }
    if (i >= end || work_[i] != ')')
      return kNone;
    return i + 1;
  }

  // A link, image, footnote reference or Pandoc citation at `[`. Link text stays prose;
  // brackets, destinations and image descriptions are blanked. Brackets that make no link
  // (`[sic]`) are left alone.
  std::size_t scan_link(std::size_t open, std::size_t end, bool image) {
    const std::size_t start = image ? open - 1 : open;
    const std::size_t close = matching_bracket(open);
    if (close == kNone)
      return open + 1;
    if (!image && open + 1 < end && work_[open + 1] == '^') {  // footnote reference
      drop(open, close + 1);
      return close + 1;
    }
    if (!image && work_.substr(open + 1, close - open - 1).find('@') != std::string::npos &&
        close + 1 < end && work_[close + 1] != '(' && work_[close + 1] != '[') {
      return close + 1;  // [@key] is a Pandoc citation: an attribution, kept as written
    }
    std::size_t link_end = kNone;
    if (close + 1 < end && work_[close + 1] == '(') {
      link_end = inline_destination_end(close + 1, end);
    } else if (close + 1 < end && work_[close + 1] == '[') {
      const std::size_t reference_close = matching_bracket(close + 1);
      if (reference_close != kNone)
        link_end = reference_close + 1;
    }
    if (link_end == kNone &&
        labels_.contains(normalize_label(bytes_.substr(open + 1, close - open - 1)))) {
      link_end = close + 1;
    }
    if (link_end == kNone)
      return open + 1;
    if (image) {
      drop(start, link_end);
      return link_end;
    }
    drop(open, open + 1);
    drop(close, link_end);
    return open + 1;
  }

  // Runs of `*`, `_` and `~~` that can open or close emphasis are markup.
  std::size_t scan_emphasis(std::size_t at, std::size_t end) {
    const char mark = work_[at];
    std::size_t run = at;
    while (run < end && work_[run] == mark)
      ++run;
    if (mark == '~' && run - at != 2)
      return run;
    // Markup dropped before the run (a link's `[`) does not count as its neighbour.
    std::size_t previous = at;
    while (previous > 0 && work_[previous - 1] == kDropped)
      --previous;
    const char before = previous > 0 ? work_[previous - 1] : ' ';
    const char after = run < end ? work_[run] : ' ';
    const bool before_space = ascii::is_white(before);
    const bool after_space = ascii::is_white(after);
    const bool before_punct = is_ascii_punct(before);
    const bool after_punct = is_ascii_punct(after);
    const bool left_flanking = !after_space && (!after_punct || before_space || before_punct);
    const bool right_flanking = !before_space && (!before_punct || after_space || after_punct);
    bool markup = left_flanking || right_flanking;
    if (mark == '_') {
      // Intraword underscores (snake_case) are not emphasis.
      markup = (left_flanking && (!right_flanking || before_punct)) ||
               (right_flanking && (!left_flanking || after_punct));
    }
    if (markup)
      drop(at, run);
    return run;
  }

  bool starts_bare_url(std::size_t at, std::size_t start) const {
    if (at > start && (ascii::is_alnum(work_[at - 1]) || work_[at - 1] == '/'))
      return false;
    return work_.compare(at, 7, "http://") == 0 || work_.compare(at, 8, "https://") == 0 ||
           work_.compare(at, 4, "www.") == 0;
  }

  // GFM's extended autolinks: the URL up to white space, without trailing punctuation.
  std::size_t scan_bare_url(std::size_t at, std::size_t end) {
    std::size_t url_end = at;
    while (url_end < end && !ascii::is_white(work_[url_end]) && work_[url_end] != '<' &&
           work_[url_end] != '"' && static_cast<unsigned char>(work_[url_end]) < 0x80) {
      ++url_end;
    }
    const std::string_view url = std::string_view(work_).substr(at, url_end - at);
    auto unbalanced = static_cast<std::ptrdiff_t>(std::count(url.begin(), url.end(), ')')) -
                      static_cast<std::ptrdiff_t>(std::count(url.begin(), url.end(), '('));
    while (url_end > at) {
      const char last = work_[url_end - 1];
      if (std::string_view(".,:;!?'*_~").find(last) != std::string_view::npos) {
        --url_end;
      } else if (last == ')' && unbalanced > 0) {
        --url_end;
        --unbalanced;
      } else {
        break;
      }
    }
    drop(at, url_end);
    return std::max(url_end, at + 1);
  }

  // Raw HTML and autolinks at `<`. Tags are blanked; block-level tags become paragraph
  // breaks; <q>, <blockquote>, <cite> and <figcaption> are noted; code-like elements are
  // blanked whole.
  std::size_t scan_angle(std::size_t at, std::size_t end, bool html) {
    const std::string_view text(work_);
    if (text.compare(at, 4, "<!--") == 0) {
      const std::size_t close = text.substr(0, end).find("-->", at + 4);
      // An unterminated comment hides the rest of an HTML block, but is text in a paragraph.
      if (close == std::string_view::npos && !html)
        return at + 1;
      const std::size_t stop = close == std::string_view::npos ? end : close + 3;
      drop(at, stop);
      return stop;
    }
    for (auto [opener, closer] : {std::pair<std::string_view, std::string_view>{"<?", "?>"},
                                  {"<![CDATA[", "]]>"},
                                  {"<!", ">"}}) {
      if (text.compare(at, opener.size(), opener) != 0)
        continue;
      const std::size_t close = text.substr(0, end).find(closer, at + opener.size());
      if (close == std::string_view::npos)
        return at + 1;
      drop(at, close + closer.size());
      return close + closer.size();
    }
    if (!html) {
      if (const std::size_t autolink_end = autolink_end_at(at, end); autolink_end != kNone) {
        drop(at, autolink_end);
        return autolink_end;
      }
    }
    const bool closing = at + 1 < end && text[at + 1] == '/';
    const std::size_t name_start = at + (closing ? 2 : 1);
    std::size_t name_end = name_start;
    while (name_end < end && (ascii::is_alnum(text[name_end]) || text[name_end] == '-')) {
      ++name_end;
    }
    if (name_end == name_start || !ascii::is_letter(text[name_start]))
      return at + 1;
    const std::size_t tag_end = find_tag_end(name_end, end);
    if (tag_end == kNone)
      return at + 1;
    const std::string name = lowercase_name(text.substr(name_start, name_end - name_start));
    if (!closing && is_code_like_tag(name)) {
      const std::size_t stop = closing_tag_end(name, tag_end, end);
      blank(at, stop);
      return stop;
    }
    if (is_block_tag(name) && text.substr(at, tag_end - at).find('\n') == std::string_view::npos) {
      edits_.push_back({{at, tag_end}, "\n\n"});
    }
    // A line break must still separate the words around it.
    if (name == "br") {
      blank(at, tag_end);
    } else {
      drop(at, tag_end);
    }
    if (closing) {
      close_element(name, at, tag_end);
    } else {
      open_element(name, at, tag_end);
    }
    return tag_end;
  }

  // After a tag name: attributes up to `>`, with quoted values; kNone if there is none.
  std::size_t find_tag_end(std::size_t from, std::size_t end) const {
    const std::size_t limit = std::min(end, from + kLongestTag);
    char quote = 0;
    for (std::size_t i = from; i < limit; ++i) {
      const char c = work_[i];
      if (quote != 0) {
        if (c == quote)
          quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      } else if (c == '<') {
        return kNone;
      }
    }
    return kNone;
  }

  std::size_t closing_tag_end(std::string_view name, std::size_t from, std::size_t end) const {
    const std::string_view text = std::string_view(work_).substr(0, end);
    for (std::size_t i = text.find("</", from); i != std::string_view::npos;
         i = text.find("</", i + 2)) {
      if (!ascii::starts_with_ignoring_case(text, i + 2, name))
        continue;
      const std::size_t close = text.find('>', i);
      return close == std::string_view::npos ? end : close + 1;
    }
    return end;
  }

  std::size_t autolink_end_at(std::size_t at, std::size_t end) const {
    std::size_t i = at + 1;
    while (i < end &&
           (ascii::is_alnum(work_[i]) || work_[i] == '+' || work_[i] == '.' || work_[i] == '-')) {
      ++i;
    }
    const bool scheme =
        i - at - 1 >= 2 && i < end && work_[i] == ':' && ascii::is_letter(work_[at + 1]);
    bool email = false;
    for (i = at + 1; i < end && work_[i] != '>'; ++i) {
      if (ascii::is_white(work_[i]) || work_[i] == '<')
        return kNone;
      if (work_[i] == '@')
        email = true;
    }
    if (i >= end || (!scheme && !email))
      return kNone;
    return i + 1;
  }

  void open_element(const std::string& name, std::size_t tag_start, std::size_t tag_end) {
    if (name != "q" && name != "blockquote" && name != "cite" && name != "figcaption")
      return;
    OpenElement element{name, tag_start, tag_end, kNone};
    if (name == "q" || name == "blockquote") {
      element.quotation = open_quotation();
      kinds_.back() =
          name == "q" ? MarkupQuotation::Kind::inline_quote : MarkupQuotation::Kind::blockquote;
      cites_.back() = attribute(bytes_.substr(tag_start, tag_end - tag_start), "cite");
      open_quotations_[element.quotation].span.start = tag_start;
    }
    open_elements_.push_back(std::move(element));
  }

  // The value of `name="value"` in a start tag, entities left as written.
  static std::optional<std::string> attribute(std::string_view tag, std::string_view name) {
    for (std::size_t at = tag.find(name); at != std::string_view::npos;
         at = tag.find(name, at + 1)) {
      if (at == 0 || !ascii::is_white(tag[at - 1]))
        continue;
      std::size_t i = skip_white(tag, at + name.size(), tag.size());
      if (i >= tag.size() || tag[i] != '=')
        continue;
      i = skip_white(tag, i + 1, tag.size());
      if (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) {
        const std::size_t close = tag.find(tag[i], i + 1);
        if (close == std::string_view::npos)
          return std::nullopt;
        return std::string(tag.substr(i + 1, close - i - 1));
      }
      std::size_t value_end = i;
      while (value_end < tag.size() && !ascii::is_white(tag[value_end]) && tag[value_end] != '>') {
        ++value_end;
      }
      return std::string(tag.substr(i, value_end - i));
    }
    return std::nullopt;
  }

  void close_element(const std::string& name, std::size_t tag_start, std::size_t tag_end) {
    for (auto it = open_elements_.rbegin(); it != open_elements_.rend(); ++it) {
      if (it->name != name)
        continue;
      finish_element(*it, tag_start, tag_end);
      open_elements_.erase(std::next(it).base());
      return;
    }
  }

  void finish_element(const OpenElement& element, std::size_t content_end, std::size_t end) {
    const Span content{element.content_start, content_end};
    if (element.quotation != kNone) {
      open_quotations_[element.quotation].span = {element.tag_start, end};
      open_quotations_[element.quotation].content = content;
      return;
    }
    // A credit belongs to the innermost quotation around it.
    std::size_t quotation = kNone;
    for (auto it = open_elements_.rbegin(); it != open_elements_.rend(); ++it) {
      if (it->quotation != kNone) {
        quotation = it->quotation;
        break;
      }
    }
    if (quotation == kNone)
      quotation = enclosing_markdown_quotation(element.tag_start);
    credits_.push_back({content,
                        element.name == "cite" ? MarkupCredit::Kind::cite_element
                                               : MarkupCredit::Kind::figure_caption,
                        quotation});
  }

  std::size_t enclosing_markdown_quotation(std::size_t offset) const {
    std::size_t best = kNone;
    for (std::size_t index = 0; index < open_quotations_.size(); ++index) {
      const Span span = open_quotations_[index].span;
      if (kinds_[index] == MarkupQuotation::Kind::blockquote && span.start != kNone &&
          span.start <= offset && offset < span.end &&
          (best == kNone || span.start >= open_quotations_[best].span.start)) {
        best = index;
      }
    }
    return best;
  }

  // Elements still open at the end run to it, as a browser would render them.
  void close_open_elements(std::size_t end) {
    while (!open_elements_.empty()) {
      finish_element(open_elements_.back(), end, end);
      open_elements_.pop_back();
    }
  }

  // ---- assembly -----------------------------------------------------------------------

  bool line_has_prose(const Line& line, std::size_t next_edit) const {
    std::size_t i = line.start;
    while (i < line.end) {
      if (next_edit < edits_.size() && edits_[next_edit].original.start == i) {
        if (!is_blank(edits_[next_edit].text))
          return true;
        i = edits_[next_edit++].original.end;
        continue;
      }
      if (!ascii::is_white(work_[i]) && work_[i] != kDropped)
        return true;
      ++i;
    }
    return false;
  }

  static void ensure_paragraph_break(ProseBuilder& prose, std::size_t at) {
    const std::string_view text = prose.text();
    if (text.empty() || text.ends_with("\n\n") || text == "\n")
      return;
    prose.append_replacement(text.ends_with('\n') ? "\n" : "\n\n", {at, at});
  }

  // Copies work_[start, end) into the prose without its dropped bytes.
  void append_kept(ProseBuilder& prose, std::size_t start, std::size_t end) const {
    while (start < end) {
      while (start < end && work_[start] == kDropped)
        ++start;
      std::size_t stop = start;
      while (stop < end && work_[stop] != kDropped)
        ++stop;
      prose.append_verbatim(std::string_view(work_).substr(start, stop - start), start);
      start = stop;
    }
  }

  Article assemble() {
    std::sort(edits_.begin(), edits_.end(),
              [](const Edit& a, const Edit& b) { return a.original.start < b.original.start; });
    ProseBuilder prose;
    std::size_t edit = 0;
    for (std::size_t index = 0; index < lines_.size(); ++index) {
      const Line& line = lines_[index];
      while (edit < edits_.size() && edits_[edit].original.start < line.start)
        ++edit;
      if (line_has_prose(line, edit)) {
        if (break_before_[index])
          ensure_paragraph_break(prose, line.start);
        std::size_t run = line.start;
        while (run < line.end) {
          const std::size_t stop = edit < edits_.size() && edits_[edit].original.start < line.end
                                       ? edits_[edit].original.start
                                       : line.end;
          append_kept(prose, run, stop);
          if (stop == line.end)
            break;
          prose.append_replacement(edits_[edit].text, edits_[edit].original);
          run = edits_[edit].original.end;
          ++edit;
        }
      }
      if (line.newline != kNone)
        prose.append_verbatim("\n", line.newline);
    }
    return finish(std::move(prose));
  }

  Article finish(ProseBuilder prose) {
    const auto prose_span = [&prose](Span original) {
      return Span{prose.text_offset_of(original.start), prose.text_offset_of(original.end)};
    };
    // Quotations in file order; credits follow their quotation's new index.
    std::vector<std::size_t> order;
    for (std::size_t index = 0; index < open_quotations_.size(); ++index) {
      if (open_quotations_[index].span.start != kNone)
        order.push_back(index);
    }
    std::stable_sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
      return open_quotations_[a].span.start < open_quotations_[b].span.start;
    });
    std::vector<std::size_t> new_index(open_quotations_.size(), kNone);
    std::vector<MarkupQuotation> quotations;
    for (std::size_t index : order) {
      const OpenQuotation& open = open_quotations_[index];
      new_index[index] = quotations.size();
      MarkupQuotation quotation;
      quotation.kind = kinds_[index];
      quotation.span = open.span;
      quotation.content_text = open.content.start == kNone
                                   ? prose_span({open.span.end, open.span.end})
                                   : prose_span(open.content);
      quotation.cite = cites_[index];
      quotations.push_back(std::move(quotation));
    }
    std::vector<MarkupCredit> credits;
    for (const OpenCredit& open : credits_) {
      MarkupCredit credit;
      credit.kind = open.kind;
      credit.text = trimmed(prose.text(), prose_span(open.text));
      if (open.quotation != kNone && new_index[open.quotation] != kNone) {
        credit.quotation = new_index[open.quotation];
      }
      credits.push_back(credit);
    }
    for (MarkupQuotation& quotation : quotations) {
      quotation.content_text = trimmed(prose.text(), quotation.content_text);
    }
    Article article = std::move(prose).finish(source_);
    article.markup_quotations = std::move(quotations);
    article.markup_credits = std::move(credits);
    article.front_matter_references = std::move(references_);
    article.front_matter_offset = references_offset_;
    return article;
  }

  static Span trimmed(std::string_view text, Span span) {
    while (span.start < span.end && ascii::is_white(text[span.start]))
      ++span.start;
    while (span.end > span.start && ascii::is_white(text[span.end - 1]))
      --span.end;
    return span;
  }

  const SourceText& source_;
  std::string_view bytes_;
  std::string work_;  // the file with non-prose bytes blanked; same length
  std::vector<Line> lines_;
  std::vector<bool> break_before_;  // the line starts a block: a blank line must precede it
  std::vector<Edit> edits_;
  std::vector<Leaf> leaves_;

  std::vector<Container> containers_;
  std::optional<Fence> fence_;
  std::optional<HtmlBlock> html_block_;
  std::optional<Paragraph> paragraph_;
  bool table_ = false;
  std::size_t table_delimiter_line_ = kNone;
  bool previous_blank_ = true;
  std::size_t current_line_ = 0;
  std::size_t last_closed_quotation_ = kNone;
  std::size_t last_quotation_close_line_ = 0;
  std::unordered_set<std::string> labels_;
  std::vector<std::pair<std::size_t, std::size_t>> brackets_;  // of the leaf being scanned

  std::vector<OpenQuotation> open_quotations_;
  std::vector<MarkupQuotation::Kind> kinds_;
  std::vector<std::optional<std::string>> cites_;
  std::vector<OpenCredit> credits_;
  std::vector<OpenElement> open_elements_;

  std::optional<std::string> references_;
  std::size_t references_offset_ = 0;
};

}  // namespace

Article load_markdown(const SourceText& source) {
  return MarkdownLoader(source).load();
}

}  // namespace citecheck
