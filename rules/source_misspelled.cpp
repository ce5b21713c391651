// source-misspelled: a name the article credits is one small slip away from one in the
// source list ("Parmy Olsen" for "Parmy Olson"). The names checked are the attributions'
// speakers and outlets, and the people named around each quotation: in the text of its
// sentence outside quote marks, and a transcript label opening it (`"PENSE: Well, …`).
// The linker credits one speaker per quotation and may pick another word or cut a name
// short; the misspelt name is usually still there (`In a post, Crus said he had
// "doubts"`). A pronoun resolved to a name is not reported: the name is misspelt where it
// is written, and "she" cannot be replaced by it. A spelling the article uses throughout
// and the list never names someone else (see person_misspelling). Each misspelt name is
// reported once per file, at its first mention.

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>

#include "grammars/attribution.hpp"
#include "rules/rule_factories.hpp"
#include "rules/source_attributions.hpp"
#include "src/lexicon/lexicon.hpp"
#include "src/sources/source_list.hpp"

namespace citecheck::rules {

namespace {

// How far a quotation's sentence is looked at on each side: sentences are shorter, and the
// bound keeps a text without full stops linear.
constexpr std::size_t kReach = 400;

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// A blank line ends at `newline`: the last line break before it has only blanks after it
// (or so many that the line is blank enough).
bool ends_blank_line(std::string_view text, std::size_t newline) {
  constexpr std::size_t kLongestBlankLine = 64;
  const std::size_t stop = newline > kLongestBlankLine ? newline - kLongestBlankLine : 0;
  for (std::size_t i = newline; i > stop; --i) {
    if (text[i - 1] == '\n')
      return true;
    if (!is_blank(text[i - 1]))
      return false;
  }
  return true;
}

// The sentence mark at `mark` ends a sentence: not the period of an initial ("C. K.") or
// an abbreviation ("Sen.", "U.S.").
bool ends_sentence(std::string_view text, std::size_t mark, const Lexicon& lexicon) {
  if (text[mark] == '!' || text[mark] == '?')
    return true;
  if (text[mark] != '.')
    return false;
  constexpr std::size_t kLongestAbbreviation = 16;
  std::size_t word = mark;
  while (word > 0 && mark - word < kLongestAbbreviation && !is_blank(text[word - 1]))
    --word;
  const std::string_view before = text.substr(word, mark - word);
  if (before.empty() || before.find('.') != std::string_view::npos)
    return false;
  const bool initial = before.size() == 1 && before[0] >= 'A' && before[0] <= 'Z';
  return !initial && !lexicon.contains(Lexicon::Section::abbreviation, before);
}

// Where the sentence holding `to` starts, not before `floor` (a quotation's end, the
// enclosing quotation's start or the reach).
std::size_t sentence_start(std::string_view text, std::size_t floor, std::size_t to,
                           const Lexicon& lexicon) {
  for (std::size_t i = to; i > floor; --i) {
    if (!is_blank(text[i - 1]) || i < 2)
      continue;
    if (text[i - 1] == '\n' && ends_blank_line(text, i - 1))
      return i;
    if (!is_blank(text[i - 2]) && ends_sentence(text, i - 2, lexicon))
      return i;
  }
  return floor;
}

// Where the sentence holding `from` ends, not after `ceiling`.
std::size_t sentence_end(std::string_view text, std::size_t from, std::size_t ceiling,
                         const Lexicon& lexicon) {
  for (std::size_t i = from; i < ceiling; ++i) {
    if (text[i] == '\n' && ends_blank_line(text, i))
      return i;
    if (i + 1 < text.size() && is_blank(text[i + 1]) && ends_sentence(text, i, lexicon))
      return i + 1;
  }
  return ceiling;
}

// Initials between spaces: "Julie A. Diaz" is one name, which the grammar splits at "A.".
bool only_initials(std::string_view gap) {
  bool initial = false;
  for (std::size_t i = 0; i < gap.size(); ++i) {
    if (gap[i] == ' ')
      continue;
    if (gap[i] < 'A' || gap[i] > 'Z' || i + 1 == gap.size() || gap[i + 1] != '.')
      return false;
    initial = true;
    ++i;
  }
  return initial;
}

// The names in text[start, end), as prose spans.
void find_names_in(std::string_view text, std::size_t start, std::size_t end,
                   const Lexicon& lexicon, std::vector<Span>& names) {
  if (start >= end)
    return;
  // The grammar expects line breaks, tabs and no-break spaces (two bytes: two spaces, so
  // that offsets stay) as spaces.
  std::string stretch(text.substr(start, end - start));
  std::replace_if(stretch.begin(), stretch.end(), is_blank, ' ');
  for (std::size_t at = stretch.find("\xC2\xA0"); at != std::string::npos;
       at = stretch.find("\xC2\xA0", at + 2)) {
    stretch.replace(at, 2, "  ");
  }
  std::optional<Span> pending;
  for (const grammars::ParsedName& name : grammars::find_names(stretch, lexicon)) {
    const Span found{start + name.range.start, start + name.range.end};
    if (pending && only_initials(std::string_view(stretch).substr(pending->end - start,
                                                                  found.start - pending->end))) {
      pending->end = found.end;
      continue;
    }
    if (pending)
      names.push_back(*pending);
    pending = found;
  }
  if (pending)
    names.push_back(*pending);
}

// A transcript label opening a quotation: `"PENCE: Well, …"`.
void find_label(std::string_view text, const Quotation& quotation, const Lexicon& lexicon,
                std::vector<Span>& names) {
  const std::size_t content =
      quotation.prose.start + (quotation.open ? quotation.open->glyph.size() : 0);
  const std::size_t end = std::min(quotation.prose.end, content + 64);
  std::vector<Span> found;
  find_names_in(text, content, end, lexicon, found);
  if (!found.empty() && found.front().start == content && found.front().end < text.size() &&
      text[found.front().end] == ':') {
    names.push_back(found.front());
  }
}

// The prose spans of the names around the quotations: in each quotation's sentence but in
// no quotation (a nested quotation's sentence lies inside its enclosing quotation), and
// transcript labels. Each stretch of text is searched at most twice, so the cost is linear.
std::vector<Span> names_around_quotations(const FileAnalysis& file) {
  const std::string_view text = file.article->text();
  const Lexicon& lexicon = *file.lexicon;
  std::vector<Span> names;
  // Quotations holding the current one, each with the end of its last closed child.
  struct Open {
    Span prose;
    std::size_t last_child_end;
  };
  std::vector<Open> open;
  std::size_t last_top_end = 0;
  const auto& quotations = file.quotations;
  for (std::size_t i = 0; i < quotations.size(); ++i) {
    const Span prose = quotations[i].prose;
    while (!open.empty() && open.back().prose.end <= prose.start) {
      const std::size_t end = open.back().prose.end;
      open.pop_back();
      (open.empty() ? last_top_end : open.back().last_child_end) = end;
    }
    const std::size_t outer_start = open.empty() ? last_top_end : open.back().last_child_end;
    const std::size_t outer_end = open.empty() ? text.size() : open.back().prose.end;
    // The next quotation that is not inside this one.
    std::size_t next = i + 1;
    while (next < quotations.size() && quotations[next].prose.start < prose.end)
      ++next;
    const std::size_t after_limit =
        std::min(outer_end, next < quotations.size() ? quotations[next].prose.start : text.size());

    std::size_t floor = prose.start > kReach ? prose.start - kReach : 0;
    if (floor > outer_start) {  // the reach cuts into a word: start after it
      while (floor < prose.start && !is_blank(text[floor]))
        ++floor;
    }
    floor = std::max(floor, outer_start);
    find_names_in(text, sentence_start(text, floor, prose.start, lexicon), prose.start, lexicon,
                  names);

    std::size_t ceiling = std::min(after_limit, prose.end + kReach);
    if (ceiling < after_limit) {
      while (ceiling > prose.end && !is_blank(text[ceiling - 1]))
        --ceiling;
    }
    find_names_in(text, prose.end, sentence_end(text, prose.end, ceiling, lexicon), lexicon, names);
    if (quotations[i].kind == Quotation::Kind::marked)
      find_label(text, quotations[i], lexicon, names);
    open.push_back({prose, prose.start});
  }
  std::sort(names.begin(), names.end(),
            [](Span a, Span b) { return std::pair(a.start, a.end) < std::pair(b.start, b.end); });
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

class SourceMisspelled final : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{
        "source-misspelled",
        "An attribution names a person or outlet that nearly matches one in "
        "the source list",
        Severity::error};
    return kInfo;
  }

  void check(const FileAnalysis& file, const RuleOptions&,
             std::vector<Diagnostic>& out) const override {
    if (file.sources == nullptr)
      return;
    const std::string_view bytes = file.source->bytes();
    std::vector<Misspelling> found;
    // A spelling is judged once: the article's other mentions of it cost no more scans.
    std::unordered_set<std::string> speakers_checked;
    for (const Attribution* attribution : distinct_attributions(file)) {
      const AttributionMatch match = file.sources->match(*attribution);
      const bool speaker_checked = attribution->speaker_span &&
                                   !speakers_checked
                                        .emplace(bytes.substr(attribution->speaker_span->start,
                                                              attribution->speaker_span->size()))
                                        .second;
      if (speaker_checked) {
        // Reported at its first mention, if at all.
      } else if (auto misspelling = person_misspelling(file, *attribution, match)) {
        found.push_back(std::move(*misspelling));
      } else if (attribution->speaker_span && !attribution->resolved_pronoun &&
                 match.person.kind == MatchKind::unknown &&
                 match.speaker_outlet.kind == MatchKind::near) {
        found.push_back(
            misspelt_outlet(bytes, *attribution->speaker_span, match.speaker_outlet.suggestion));
      }
      if (attribution->outlet_span && match.outlet.kind == MatchKind::near)
        found.push_back(misspelt_outlet(bytes, *attribution->outlet_span, match.outlet.suggestion));
    }
    add_names_around_quotations(file, found);

    std::sort(found.begin(), found.end(), [](const Misspelling& a, const Misspelling& b) {
      return a.name.start < b.name.start;
    });
    const NameNormalizer& normalizer = file.sources->matcher().normalizer();
    std::unordered_set<std::string> reported;
    std::size_t reported_end = 0;
    for (const Misspelling& misspelling : found) {
      const std::string written(bytes.substr(misspelling.name.start, misspelling.name.size()));
      if (misspelling.name.start < reported_end ||
          !reported.insert(normalizer.fold(written)).second) {
        continue;
      }
      reported_end = misspelling.name.end;
      out.push_back(misspelt(bytes, misspelling.name, misspelling.suggestion));
    }
  }

 private:
  // The people named around quotations, each spelling judged once. Being named near a
  // quotation is weaker evidence of being its source than being credited with it, so only
  // a slip that keeps the name's shape counts (a vowel changed, two letters swapped, a
  // letter doubled: Rubino is not Rubio), and a capitalised word the article also writes
  // in lower case is a word (a sentence opening "More" is not Moore).
  static void add_names_around_quotations(const FileAnalysis& file,
                                          std::vector<Misspelling>& found) {
    constexpr int kOneSlip = 1;  // in name_distance's half edits
    const std::string_view bytes = file.source->bytes();
    const SourceMatcher& matcher = file.sources->matcher();
    std::unordered_set<std::string_view> checked;
    for (const Span prose : names_around_quotations(file)) {
      const auto name = name_span(bytes, file.article->to_original(prose), matcher.normalizer());
      if (!name)
        continue;
      const std::string_view written = bytes.substr(name->start, name->size());
      if (!checked.insert(written).second)
        continue;
      const PersonMatch match = matcher.match_person(written);
      if (match.kind != MatchKind::near || match.distance > kOneSlip ||
          written_in_lower_case(bytes, written)) {
        continue;
      }
      auto misspelling = person_misspelling(file, *name, match);
      // A bare surname is a slip for a listed one the article names elsewhere; a list may
      // hold people this article never mentions (Back is not Beck).
      if (!misspelling ||
          (count_words(written) == 1 && occurrences(bytes, misspelling->suggestion) == 0)) {
        continue;
      }
      found.push_back(std::move(*misspelling));
    }
  }

  // A one-word name that the text also has with a lower-case initial.
  static bool written_in_lower_case(std::string_view bytes, std::string_view name) {
    if (name.empty() || name.find(' ') != std::string_view::npos || name[0] < 'A' ||
        name[0] > 'Z') {
      return false;
    }
    std::string lower(name);
    lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
    return occurrences(bytes, lower) > 0;
  }

  Diagnostic misspelt(std::string_view bytes, Span span, const std::string& suggestion) const {
    const std::string written(bytes.substr(span.start, span.size()));
    Diagnostic diagnostic = make_diagnostic(
        "\"" + written + "\" is not in the source list; did you mean \"" + suggestion + "\"?",
        span);
    diagnostic.suggestion = suggestion;
    diagnostic.help = "did you mean \"" + suggestion + "\"?";
    return diagnostic;
  }

  // Whether the article writes "the" before an outlet is its own business.
  static Misspelling misspelt_outlet(std::string_view bytes, Span outlet, std::string_view listed) {
    return {without_leading_article(bytes, outlet), std::string(without_leading_article(listed))};
  }
};

}  // namespace

const Rule& source_misspelled() {
  static const SourceMisspelled rule;
  return rule;
}

}  // namespace citecheck::rules
