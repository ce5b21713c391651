// BibTeX/BibLaTeX source lists: the grammar in grammars/bibtex.hpp reads the entries, this
// file maps them to Source.
//
// Fields: author (else editor) → people; journaltitle, journal or booktitle → outlet;
// shortjournal → outlet_short; title; url; date, else year (and month, day) → date.
// The type maps to CSL (@article with entrysubtype = {newspaper} → article-newspaper).
//
// citecheck's extensions, as plain fields:
//   quote = {…}     one recorded quotation; repeat the field for several. (`quotes` is
//                   read the same way.) A quotation routinely contains " and " or ", ",
//                   so no separator inside one field would be safe.
//   alias = {…}     another spelling of the person or outlet; repeatable (also `aliases`).
//   snapshot = {…}  a local copy of the source, relative to the .bib file's directory.
// Other fields that repeat keep their first value, as BibTeX does.

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "grammars/bibtex.hpp"
#include "src/input/utf8.hpp"
#include "src/sources/load_source_list.hpp"
#include "src/sources/source_list_text.hpp"
#include "src/text/ascii.hpp"

namespace citecheck {

namespace {

using grammars::BibtexEntry;

struct LatexCommand {
  std::string_view name;
  std::string_view text;
};

// Accent commands and the combining mark each puts on its argument.
constexpr std::array<LatexCommand, 15> kAccents = {{
    {"'", "\u0301"},
    {"`", "\u0300"},
    {"^", "\u0302"},
    {"\"", "\u0308"},
    {"~", "\u0303"},
    {"=", "\u0304"},
    {".", "\u0307"},
    {"u", "\u0306"},
    {"v", "\u030C"},
    {"H", "\u030B"},
    {"c", "\u0327"},
    {"k", "\u0328"},
    {"r", "\u030A"},
    {"d", "\u0323"},
    {"b", "\u0331"},
}};

// Commands that stand for a character.
constexpr std::array<LatexCommand, 46> kSymbols = {{
    {"ss", "ß"},
    {"aa", "å"},
    {"AA", "Å"},
    {"ae", "æ"},
    {"AE", "Æ"},
    {"oe", "œ"},
    {"OE", "Œ"},
    {"o", "ø"},
    {"O", "Ø"},
    {"l", "ł"},
    {"L", "Ł"},
    {"i", "ı"},
    {"j", "ȷ"},
    {"dh", "ð"},
    {"DH", "Ð"},
    {"th", "þ"},
    {"TH", "Þ"},
    {"ng", "ŋ"},
    {"NG", "Ŋ"},
    {"textendash", "–"},
    {"textemdash", "—"},
    {"ldots", "…"},
    {"dots", "…"},
    {"textellipsis", "…"},
    {"textquoteleft", "‘"},
    {"textquoteright", "’"},
    {"textquotedblleft", "“"},
    {"textquotedblright", "”"},
    {"guillemotleft", "«"},
    {"guillemotright", "»"},
    {"S", "§"},
    {"P", "¶"},
    {"copyright", "©"},
    {"textregistered", "®"},
    {"texttrademark", "™"},
    {"pounds", "£"},
    {"euro", "€"},
    {"textbackslash", "\\"},
    {"&", "&"},
    {"%", "%"},
    {"$", "$"},
    {"#", "#"},
    {"_", "_"},
    {"{", "{"},
    {"}", "}"},
    {"\\", " "},
}};

const LatexCommand* find_command(std::string_view name, const auto& table) {
  for (const LatexCommand& command : table) {
    if (command.name == name)
      return &command;
  }
  return nullptr;
}

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Offset just past the '}' that closes the '{' at `open` (or the end).
std::size_t after_group(std::string_view text, std::size_t open) {
  int depth = 0;
  for (std::size_t at = open; at < text.size(); ++at) {
    if (text[at] == '\\') {
      ++at;
    } else if (text[at] == '{') {
      ++depth;
    } else if (text[at] == '}' && --depth == 0) {
      return at + 1;
    }
  }
  return text.size();
}

// LaTeX as BibTeX values carry it, to UTF-8 text: accents ({\"o}, \"{o}, \'e), letters
// (\ss, {\aa}), escaped specials (\&), `--` and `---` dashes, ``…'' quotes, `~` as a space.
// Braces are dropped, white space collapsed, and the result is NFC. Unknown commands are
// dropped and their arguments kept (\emph{x} → x).
class LatexDecoder {
 public:
  std::string decode(std::string_view latex) const {
    std::string text;
    append_decoded(latex, text);
    return normalize(collapse_white_space(text));
  }

 private:
  void append_decoded(std::string_view latex, std::string& out) const {
    for (std::size_t at = 0; at < latex.size();) {
      const std::string_view rest = latex.substr(at);
      if (rest[0] == '{' || rest[0] == '}') {
        ++at;
      } else if (rest[0] == '\\') {
        at = append_command(latex, at, out);
      } else if (rest[0] == '~') {
        out += ' ';
        ++at;
      } else if (rest.starts_with("---")) {
        out += "—";
        at += 3;
      } else if (rest.starts_with("--")) {
        out += "–";
        at += 2;
      } else if (rest.starts_with("``")) {
        out += "“";
        at += 2;
      } else if (rest.starts_with("''")) {
        out += "”";
        at += 2;
      } else {
        out += rest[0];
        ++at;
      }
    }
  }

  // `at` is on a backslash; returns the offset after the command and its argument.
  std::size_t append_command(std::string_view latex, std::size_t at, std::string& out) const {
    std::size_t end = at + 1;
    if (end >= latex.size())
      return end;
    if (ascii::is_letter(latex[end])) {
      while (end < latex.size() && ascii::is_letter(latex[end]))
        ++end;
    } else {
      ++end;
    }
    const std::string_view name = latex.substr(at + 1, end - at - 1);
    // As in TeX, a control word swallows the spaces after it.
    if (ascii::is_letter(name[0])) {
      while (end < latex.size() && is_blank(latex[end]))
        ++end;
    }
    if (const LatexCommand* accent = find_command(name, kAccents)) {
      return append_accented(latex, end, accent->text, out);
    }
    if (const LatexCommand* symbol = find_command(name, kSymbols))
      out += symbol->text;
    return end;
  }

  // The argument of an accent: {x}, \command or one character.
  std::size_t append_accented(std::string_view latex, std::size_t at, std::string_view mark,
                              std::string& out) const {
    if (at >= latex.size())
      return at;
    std::size_t end = 0;
    std::string argument;
    if (latex[at] == '{') {
      end = after_group(latex, at);
      append_decoded(latex.substr(at + 1, end - at - 2), argument);
    } else if (latex[at] == '\\') {
      end = append_command(latex, at, argument);
    } else {
      std::size_t length = 0;
      utf8::decode(latex, at, length);
      end = at + length;
      argument = latex.substr(at, length);
    }
    if (argument.empty())
      return end;
    // Accents go on the dotted letters: {\"\i} is ï.
    if (argument.starts_with("ı"))
      argument.replace(0, 2, "i");
    if (argument.starts_with("ȷ"))
      argument.replace(0, 2, "j");
    std::size_t first_length = 0;
    utf8::decode(argument, 0, first_length);
    argument.insert(first_length, mark);
    out += argument;
    return end;
  }

  static std::string collapse_white_space(std::string_view text) {
    std::string collapsed;
    bool pending_space = false;
    for (const char c : text) {
      if (is_blank(c)) {
        pending_space = !collapsed.empty();
        continue;
      }
      if (pending_space)
        collapsed += ' ';
      pending_space = false;
      collapsed += c;
    }
    return collapsed;
  }

  static std::string normalize(const std::string& text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
      return text;
    const icu::UnicodeString normalized =
        nfc->normalize(icu::UnicodeString::fromUTF8(text), status);
    if (U_FAILURE(status))
      return text;
    std::string utf8_text;
    normalized.toUTF8String(utf8_text);
    return utf8_text;
  }
};

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_blank(text.front()))
    text.remove_prefix(1);
  while (!text.empty() && is_blank(text.back()))
    text.remove_suffix(1);
  return text;
}

// Splits at `separator` outside braces; the separator ' ' stands for any blank and '~'.
std::vector<std::string_view> split_outside_braces(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (c == '\\') {
      ++at;
    } else if (c == '{') {
      ++depth;
    } else if (c == '}') {
      --depth;
    } else if (depth == 0 && (c == separator || (separator == ' ' && (is_blank(c) || c == '~')))) {
      if (at > start)
        parts.push_back(text.substr(start, at - start));
      start = at + 1;
    }
  }
  if (start < text.size())
    parts.push_back(text.substr(start));
  return parts;
}

// "A and B and {C and D}": the names of an author or editor list.
std::vector<std::string_view> split_names(std::string_view text) {
  std::vector<std::string_view> names;
  std::vector<std::string_view> words = split_outside_braces(text, ' ');
  std::size_t first_word = 0;
  const auto flush = [&](std::size_t end_word) {
    if (end_word == first_word)
      return;
    const char* begin = words[first_word].data();
    const char* end = words[end_word - 1].data() + words[end_word - 1].size();
    names.emplace_back(begin, static_cast<std::size_t>(end - begin));
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view word = words[i];
    if (word.size() == 3 && (word[0] | 0x20) == 'a' && (word[1] | 0x20) == 'n' &&
        (word[2] | 0x20) == 'd') {
      flush(i);
      first_word = i + 1;
    }
  }
  flush(words.size());
  return names;
}

// Words joined back into the text they span.
std::string_view span_of(const std::vector<std::string_view>& words, std::size_t begin,
                         std::size_t end) {
  if (begin >= end)
    return {};
  const char* first = words[begin].data();
  const char* last = words[end - 1].data() + words[end - 1].size();
  return {first, static_cast<std::size_t>(last - first)};
}

class EntryMapper {
 public:
  explicit EntryMapper(const SourceListText& list) : list_(list) {}

  Source map(const BibtexEntry& entry) const {
    Source source;
    source.id = entry.key;
    source.origin_file = list_.file_name();
    source.origin_line = list_.line(entry.offset);
    source.type = csl_type(entry);
    const auto people =
        first_value(entry, "author") ? first_value(entry, "author") : first_value(entry, "editor");
    if (people)
      source.people = read_people(*people);
    for (const std::string_view outlet_field : {"journaltitle", "journal", "booktitle"}) {
      if (const auto outlet = first_value(entry, outlet_field)) {
        source.outlet = decoder_.decode(*outlet);
        break;
      }
    }
    if (const auto value = first_value(entry, "shortjournal")) {
      source.outlet_short = decoder_.decode(*value);
    }
    if (const auto value = first_value(entry, "title"))
      source.title = decoder_.decode(*value);
    if (const auto value = first_value(entry, "url"))
      source.url = trim(*value);
    source.date = date_of(entry);
    for (const grammars::BibtexField& field : entry.fields) {
      if (field.name == "quote" || field.name == "quotes") {
        source.quotes.push_back(decoder_.decode(field.value));
      } else if (field.name == "alias" || field.name == "aliases") {
        source.aliases.push_back(decoder_.decode(field.value));
      }
    }
    if (const auto value = first_value(entry, "snapshot")) {
      source.snapshot = list_.resolve_snapshot(trim(*value));
    }
    return source;
  }

 private:
  static std::optional<std::string_view> first_value(const BibtexEntry& entry,
                                                     std::string_view name) {
    for (const grammars::BibtexField& field : entry.fields) {
      if (field.name == name)
        return field.value;
    }
    return std::nullopt;
  }

  static std::string csl_type(const BibtexEntry& entry) {
    struct TypeName {
      std::string_view bibtex;
      std::string_view csl;
    };
    static constexpr std::array<TypeName, 19> kTypes = {{
        {"book", "book"},
        {"mvbook", "book"},
        {"inbook", "chapter"},
        {"incollection", "chapter"},
        {"booklet", "pamphlet"},
        {"inproceedings", "paper-conference"},
        {"conference", "paper-conference"},
        {"proceedings", "book"},
        {"manual", "report"},
        {"report", "report"},
        {"techreport", "report"},
        {"thesis", "thesis"},
        {"phdthesis", "thesis"},
        {"mastersthesis", "thesis"},
        {"online", "webpage"},
        {"www", "webpage"},
        {"electronic", "webpage"},
        {"unpublished", "manuscript"},
        {"dataset", "dataset"},
    }};
    if (entry.type == "article") {
      const auto subtype = first_value(entry, "entrysubtype");
      if (subtype && trim(*subtype) == "newspaper")
        return "article-newspaper";
      if (subtype && trim(*subtype) == "magazine")
        return "article-magazine";
      return "article-journal";
    }
    for (const TypeName& type : kTypes) {
      if (type.bibtex == entry.type)
        return std::string(type.csl);
    }
    return "document";
  }

  std::vector<SourcePerson> read_people(std::string_view value) const {
    std::vector<SourcePerson> people;
    for (const std::string_view name : split_names(value)) {
      if (name == "others")
        continue;  // "A and others": et al.
      people.push_back(read_person(trim(name)));
    }
    return people;
  }

  // BibTeX's three forms: "First von Last", "von Last, First", "von Last, Jr, First"
  // (the Jr part is not kept). A name wholly in braces is an organisation.
  SourcePerson read_person(std::string_view name) const {
    SourcePerson person;
    if (name.starts_with('{') && after_group(name, 0) == name.size()) {
      person.literal = decoder_.decode(name);
      return person;
    }
    const std::vector<std::string_view> parts = split_outside_braces(name, ',');
    if (parts.size() == 1) {
      const std::vector<std::string_view> words = split_outside_braces(name, ' ');
      // "von" words are the lower-case ones before the last word.
      std::size_t von_begin = words.size() - 1;
      std::size_t von_end = von_begin;
      for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if (!starts_lower_case(words[i]))
          continue;
        if (von_begin == words.size() - 1)
          von_begin = i;
        von_end = i + 1;
      }
      person.given = decoder_.decode(span_of(words, 0, von_begin));
      person.particle = decoder_.decode(span_of(words, von_begin, von_end));
      person.family = decoder_.decode(span_of(words, von_end, words.size()));
      return person;
    }
    const std::vector<std::string_view> last = split_outside_braces(parts.front(), ' ');
    std::size_t von_end = 0;
    while (von_end + 1 < last.size() && starts_lower_case(last[von_end]))
      ++von_end;
    person.particle = decoder_.decode(span_of(last, 0, von_end));
    person.family = decoder_.decode(span_of(last, von_end, last.size()));
    person.given = decoder_.decode(parts.back());
    return person;
  }

  bool starts_lower_case(std::string_view word) const {
    const std::string text = decoder_.decode(word);
    if (text.empty())
      return false;
    std::size_t length = 0;
    return u_islower(static_cast<UChar32>(utf8::decode(text, 0, length)));
  }

  // BibLaTeX's `date` as written, else year[-month[-day]].
  std::string date_of(const BibtexEntry& entry) const {
    if (const auto date = first_value(entry, "date"))
      return decoder_.decode(*date);
    const auto year = first_value(entry, "year");
    if (!year)
      return {};
    std::string date = decoder_.decode(*year);
    const auto month = first_value(entry, "month");
    const std::string month_number = month ? month_number_of(decoder_.decode(*month)) : "";
    if (month_number.empty())
      return date;
    date += '-';
    date += month_number;
    if (const auto day = first_value(entry, "day")) {
      date += '-';
      date += two_digits(decoder_.decode(*day));
    }
    return date;
  }

  // "May", "may", "5" or "05" → "05"; "" for anything else.
  static std::string month_number_of(const std::string& month) {
    static constexpr std::array<std::string_view, 12> kMonths = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    if (month.size() >= 3) {
      std::string prefix = month.substr(0, 3);
      for (char& c : prefix)
        c = static_cast<char>(c | 0x20);
      for (std::size_t i = 0; i < kMonths.size(); ++i) {
        if (kMonths[i] == prefix)
          return two_digits(std::to_string(i + 1));
      }
      return {};
    }
    if (month.empty() || month.find_first_not_of("0123456789") != std::string::npos)
      return {};
    return two_digits(month);
  }

  static std::string two_digits(std::string number) {
    if (number.size() == 1)
      number.insert(number.begin(), '0');
    return number;
  }

  const SourceListText& list_;
  LatexDecoder decoder_;
};

[[noreturn]] void fail(const SourceListText& list, const grammars::BibtexError& error) {
  std::string message = error.found + ", expected " + error.expected;
  if (error.opened_at) {
    message += " to close the '" + std::string(1, list.bytes()[*error.opened_at]) + "' at " +
               list.line_and_column(*error.opened_at);
  }
  list.fail(error.offset, message);
}

}  // namespace

std::vector<Source> parse_bibtex(std::string_view text, const std::filesystem::path& file) {
  const SourceListText list(text, file);
  const grammars::BibtexParse parsed = grammars::parse_bibtex_entries(list.bytes());
  if (parsed.error)
    fail(list, *parsed.error);
  const EntryMapper mapper(list);
  std::vector<Source> sources;
  sources.reserve(parsed.entries.size());
  for (const BibtexEntry& entry : parsed.entries)
    sources.push_back(mapper.map(entry));
  return sources;
}

}  // namespace citecheck
