#include "src/directives/directives.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "rules/registry.hpp"
#include "src/text/ascii.hpp"

namespace citecheck {

namespace {

struct Fence {
  char mark = 0;
  std::size_t length = 0;  // 0: not a fence
  bool closes(Fence open) const { return mark == open.mark && length >= open.length; }
};

// A Markdown fence line: ``` or ~~~ (or longer), at most three spaces in.
Fence fence_of(std::string_view line) {
  std::size_t indent = 0;
  while (indent < line.size() && indent < 3 && line[indent] == ' ')
    ++indent;
  if (indent >= line.size() || (line[indent] != '`' && line[indent] != '~'))
    return {};
  const char mark = line[indent];
  std::size_t length = 0;
  while (indent + length < line.size() && line[indent + length] == mark)
    ++length;
  return length >= 3 ? Fence{mark, length} : Fence{};
}

std::size_t backtick_run(std::string_view bytes, std::size_t at, std::size_t line_end) {
  std::size_t length = 0;
  while (at + length < line_end && bytes[at + length] == '`')
    ++length;
  return length;
}

// The end of the run of exactly `run` backticks that closes a code span, or npos.
std::size_t code_span_end(std::string_view bytes, std::size_t from, std::size_t run,
                          std::size_t line_end) {
  for (std::size_t i = from; i < line_end;) {
    if (bytes[i] != '`') {
      ++i;
      continue;
    }
    const std::size_t length = backtick_run(bytes, i, line_end);
    if (length == run)
      return i + length;
    i += length;
  }
  return std::string_view::npos;
}

std::vector<Span> markdown_comments(std::string_view bytes) {
  std::vector<Span> comments;
  Fence open_fence;
  std::size_t pos = 0;
  bool at_line_start = true;
  while (pos < bytes.size()) {
    std::size_t line_end = bytes.find('\n', pos);
    if (line_end == std::string_view::npos)
      line_end = bytes.size();
    const std::string_view line = bytes.substr(pos, line_end - pos);
    if (at_line_start) {
      const Fence fence = fence_of(line);
      if (open_fence.length > 0) {
        if (fence.closes(open_fence))
          open_fence = Fence{};
        pos = line_end + 1;
        continue;
      }
      if (fence.length > 0) {
        open_fence = fence;
        pos = line_end + 1;
        continue;
      }
    }
    bool resumed_mid_line = false;
    for (std::size_t i = pos; i < line_end;) {
      if (bytes[i] == '`') {  // a code span: skip to its closing run of as many backticks
        const std::size_t run = backtick_run(bytes, i, line_end);
        const std::size_t end = code_span_end(bytes, i + run, run, line_end);
        i = end != std::string_view::npos ? end : i + run;
        continue;
      }
      if (bytes.compare(i, 4, "<!--") == 0) {
        const std::size_t close = bytes.find("-->", i + 4);
        if (close == std::string_view::npos)
          return comments;  // unterminated: the rest of the file is the comment
        comments.push_back(Span{i, close + 3});
        pos = close + 3;
        resumed_mid_line = true;
        break;
      }
      ++i;
    }
    if (resumed_mid_line) {
      at_line_start = false;
      continue;
    }
    pos = line_end + 1;
    at_line_start = true;
  }
  return comments;
}

std::vector<Span> html_comments(std::string_view bytes) {
  static constexpr std::string_view kRawTextElements[] = {"script", "style", "textarea"};
  std::vector<Span> comments;
  std::size_t pos = 0;
  while ((pos = bytes.find('<', pos)) != std::string_view::npos) {
    if (bytes.compare(pos, 4, "<!--") == 0) {
      const std::size_t close = bytes.find("-->", pos + 4);
      if (close == std::string_view::npos)
        break;
      comments.push_back(Span{pos, close + 3});
      pos = close + 3;
      continue;
    }
    std::size_t next = pos + 1;
    for (const std::string_view element : kRawTextElements) {
      const std::size_t after = pos + 1 + element.size();
      if (ascii::starts_with_ignoring_case(bytes, pos + 1, element) && after < bytes.size() &&
          (ascii::is_white(bytes[after]) || bytes[after] == '>' || bytes[after] == '/')) {
        const std::string end_tag = "</" + std::string(element);
        std::size_t end = after;
        while (end < bytes.size() && !ascii::starts_with_ignoring_case(bytes, end, end_tag))
          ++end;
        next = end;
        break;
      }
    }
    pos = next;
  }
  return comments;
}

Directive::Kind kind_of(std::string_view verb) {
  if (verb == "citecheck-disable")
    return Directive::Kind::disable;
  if (verb == "citecheck-enable")
    return Directive::Kind::enable;
  if (verb == "citecheck-disable-line")
    return Directive::Kind::disable_line;
  if (verb == "citecheck-disable-next-line")
    return Directive::Kind::disable_next_line;
  if (verb == "citecheck-disable-file")
    return Directive::Kind::disable_file;
  return Directive::Kind::unknown;
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (ascii::is_white(text[i]) || text[i] == ','))
      ++i;
    const std::size_t start = i;
    while (i < text.size() && !ascii::is_white(text[i]) && text[i] != ',')
      ++i;
    if (i > start)
      words.push_back(text.substr(start, i - start));
  }
  return words;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && ascii::is_white(text.front()))
    text.remove_prefix(1);
  while (!text.empty() && ascii::is_white(text.back()))
    text.remove_suffix(1);
  return text;
}

std::optional<Directive> parse_directive(const SourceText& source, Span comment) {
  std::string_view body = trim(source.bytes().substr(comment.start + 4, comment.size() - 7));
  if (!body.starts_with("citecheck-"))
    return std::nullopt;
  Directive directive;
  std::size_t verb_end = 0;
  while (verb_end < body.size() && !ascii::is_white(body[verb_end]))
    ++verb_end;
  directive.verb = std::string(body.substr(0, verb_end));
  directive.kind = kind_of(directive.verb);
  body.remove_prefix(verb_end);

  // `-- reason` starts at a `--` that stands alone as a word.
  for (std::size_t dashes = body.find("--"); dashes != std::string_view::npos;
       dashes = body.find("--", dashes + 2)) {
    const bool alone_before = dashes == 0 || ascii::is_white(body[dashes - 1]);
    const bool alone_after = dashes + 2 == body.size() || ascii::is_white(body[dashes + 2]);
    if (alone_before && alone_after) {
      directive.reason = std::string(trim(body.substr(dashes + 2)));
      body = body.substr(0, dashes);
      break;
    }
  }
  for (const std::string_view rule : split_words(body))
    directive.rules.emplace_back(rule);
  directive.span = comment;
  directive.first_line = source.position(comment.start).line;
  directive.last_line = source.position(comment.end - 1).line;
  return directive;
}

bool names_rule(const Directive& directive, std::string_view rule) {
  return directive.rules.empty() ||
         std::find(directive.rules.begin(), directive.rules.end(), rule) != directive.rules.end();
}

// The directive that switches `diagnostic` off, if any: the most specific one wins.
const Directive* suppressor(const std::vector<Directive>& directives, const Diagnostic& diagnostic,
                            std::size_t line) {
  const Directive* block_state = nullptr;
  const Directive* whole_file = nullptr;
  for (const Directive& directive : directives) {
    if (!names_rule(directive, diagnostic.rule))
      continue;
    switch (directive.kind) {
      case Directive::Kind::disable_line:
        if (directive.first_line <= line && line <= directive.last_line)
          return &directive;
        break;
      case Directive::Kind::disable_next_line:
        if (directive.last_line + 1 == line)
          return &directive;
        break;
      case Directive::Kind::disable:
      case Directive::Kind::enable:
        if (directive.first_line <= line)
          block_state = &directive;
        break;
      case Directive::Kind::disable_file:
        if (whole_file == nullptr)
          whole_file = &directive;
        break;
      case Directive::Kind::unknown:
        break;
    }
  }
  if (block_state != nullptr && block_state->kind == Directive::Kind::disable)
    return block_state;
  return whole_file;
}

Diagnostic unused(const Directive& directive, std::string message) {
  const RuleInfo& info = unused_directive_info();
  Diagnostic diagnostic{std::string(info.id), info.default_severity, std::move(message),
                        directive.span,       std::nullopt,          std::nullopt};
  diagnostic.help = "remove the directive, or the rule IDs that switch nothing off";
  return diagnostic;
}

void report_unused_directives(const std::vector<Directive>& directives,
                              const std::vector<std::set<std::string>>& used_rules,
                              const std::vector<bool>& used, std::vector<Diagnostic>& out) {
  for (std::size_t i = 0; i < directives.size(); ++i) {
    const Directive& directive = directives[i];
    if (directive.kind == Directive::Kind::unknown) {
      out.push_back(unused(directive, "unknown directive `" + directive.verb + "`"));
      continue;
    }
    for (const std::string& rule : directive.rules) {
      if (find_rule(rule) == nullptr) {
        out.push_back(
            unused(directive, "`" + directive.verb + "` names unknown rule `" + rule + "`"));
      }
    }
    if (directive.kind == Directive::Kind::enable)
      continue;
    if (directive.rules.empty()) {
      if (!used[i]) {
        out.push_back(unused(
            directive, "unused `" + directive.verb + "` directive: no finding to switch off"));
      }
      continue;
    }
    for (const std::string& rule : directive.rules) {
      if (find_rule(rule) != nullptr && !used_rules[i].contains(rule)) {
        out.push_back(unused(directive, "unused `" + directive.verb + "` directive: no `" + rule +
                                            "` finding to switch off"));
      }
    }
  }
}

}  // namespace

std::vector<Directive> find_directives(const SourceText& source, InputFormat format) {
  std::vector<Span> comments;
  if (format == InputFormat::markdown)
    comments = markdown_comments(source.bytes());
  else if (format == InputFormat::html)
    comments = html_comments(source.bytes());
  std::vector<Directive> directives;
  for (const Span comment : comments) {
    if (auto directive = parse_directive(source, comment))
      directives.push_back(std::move(*directive));
  }
  return directives;
}

void apply_directives(const std::vector<Directive>& directives, const SourceText& source,
                      std::vector<Diagnostic>& diagnostics, bool report_unused) {
  if (directives.empty())
    return;
  std::vector<bool> used(directives.size(), false);
  std::vector<std::set<std::string>> used_rules(directives.size());
  std::vector<Diagnostic> kept;
  for (Diagnostic& diagnostic : diagnostics) {
    const std::size_t line = source.position(diagnostic.span.start).line;
    const Directive* directive = suppressor(directives, diagnostic, line);
    if (directive == nullptr) {
      kept.push_back(std::move(diagnostic));
      continue;
    }
    const auto index = static_cast<std::size_t>(directive - directives.data());
    used[index] = true;
    used_rules[index].insert(diagnostic.rule);
  }
  if (report_unused)
    report_unused_directives(directives, used_rules, used, kept);
  std::stable_sort(kept.begin(), kept.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.span.start != b.span.start)
      return a.span.start < b.span.start;
    return a.rule < b.rule;
  });
  diagnostics = std::move(kept);
}

const RuleInfo& unused_directive_info() {
  static constexpr RuleInfo kInfo{
      "unused-directive",
      "An inline citecheck directive switches nothing off (with --report-unused-directives)",
      Severity::warning};
  return kInfo;
}

}  // namespace citecheck
