#include "src/attribution/sentences.hpp"

#include <array>

namespace citecheck::attribution {

namespace {

bool is_space(std::string_view text, std::size_t offset) {
  const char c = text[offset];
  if (c == ' ' || c == '\n' || c == '\t' || c == '\r')
    return true;
  return text.compare(offset, 2, "\xC2\xA0") == 0;
}

std::size_t skip_spaces(std::string_view text, std::size_t offset) {
  while (offset < text.size() && is_space(text, offset)) {
    offset += static_cast<unsigned char>(text[offset]) == 0xC2 ? 2 : 1;
  }
  return offset;
}

bool is_terminal(char c) {
  return c == '.' || c == '!' || c == '?';
}

// The bytes the splitter stops at between quotations: final punctuation and line breaks.
constexpr std::array<bool, 256> kStopBytes = [] {
  std::array<bool, 256> stops{};
  stops['.'] = stops['!'] = stops['?'] = stops['\n'] = true;
  return stops;
}();

// What may open a sentence: a capital (ASCII or Latin-1), a digit, an opening mark.
bool starts_sentence(std::string_view text, std::size_t offset) {
  const auto byte = static_cast<unsigned char>(text[offset]);
  if ((byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') || byte == '"' || byte == '\'' ||
      byte == '(') {
    return true;
  }
  const std::string_view rest = text.substr(offset);
  if (byte == 0xC3 && rest.size() > 1) {
    const auto next = static_cast<unsigned char>(rest[1]);
    return next >= 0x80 && next <= 0x9E;
  }
  return rest.starts_with("\xE2\x80\x9C") || rest.starts_with("\xE2\x80\x98") ||
         rest.starts_with("\xE2\x80\x9E") || rest.starts_with("\xC2\xAB") ||
         rest.starts_with("\xC2\xBB");
}

// Bytes of closing marks and brackets that may follow a sentence's final punctuation.
std::size_t skip_closers(std::string_view text, std::size_t offset) {
  while (offset < text.size()) {
    const std::string_view rest = text.substr(offset);
    if (rest.front() == ')' || rest.front() == '"' || rest.front() == '\'') {
      ++offset;
    } else if (rest.starts_with("\xE2\x80\x9D") || rest.starts_with("\xE2\x80\x99")) {
      offset += 3;
    } else if (rest.starts_with("\xC2\xBB")) {
      offset += 2;
    } else {
      break;
    }
  }
  return offset;
}

// `Mr.`, `U.S.`, `C.` in `C. K. Prahalad`: a period that does not end the sentence.
bool ends_abbreviation(std::string_view text, std::size_t period, const Lexicon& lexicon) {
  std::size_t word = period;
  while (word > 0) {
    const auto byte = static_cast<unsigned char>(text[word - 1]);
    if (!((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z')))
      break;
    --word;
  }
  const std::string_view token = text.substr(word, period - word);
  if (token.empty())
    return false;
  if (token.size() == 1 && token.front() >= 'A' && token.front() <= 'Z')
    return true;
  return lexicon.contains(Lexicon::Section::abbreviation, token);
}

// The last meaningful byte of a quotation's content, past spaces and nested closing marks.
char last_content_char(std::string_view text, const QuoteUnit& quote) {
  std::size_t end = quote.content_end;
  while (end > quote.start) {
    const auto byte = static_cast<unsigned char>(text[end - 1]);
    if (byte == ' ' || byte == '\n' || byte == '\'' || byte == '"' || byte == 0xA0 ||
        byte == 0xC2) {
      --end;
    } else if (byte >= 0x80 && end >= 3 && static_cast<unsigned char>(text[end - 3]) == 0xE2) {
      end -= 3;  // ’ ” and other three-byte closers
    } else {
      return text[end - 1];
    }
  }
  return '\0';
}

}  // namespace

std::vector<std::size_t> sentence_starts(std::string_view text, std::span<const QuoteUnit> quotes,
                                         const Lexicon& lexicon) {
  std::vector<std::size_t> starts{0};
  const auto push = [&](std::size_t offset) {
    if (offset < text.size() && offset > starts.back())
      starts.push_back(offset);
  };
  std::size_t next_quote = 0;
  std::size_t offset = 0;
  while (offset < text.size()) {
    while (next_quote < quotes.size() && quotes[next_quote].start < offset)
      ++next_quote;
    if (next_quote < quotes.size() && offset == quotes[next_quote].start) {
      const QuoteUnit& quote = quotes[next_quote++];
      const std::size_t after = skip_spaces(text, quote.end);
      if (is_terminal(last_content_char(text, quote)) &&
          (after == text.size() || starts_sentence(text, after))) {
        push(after);
      }
      offset = quote.end;
      continue;
    }
    const std::size_t next_start =
        next_quote < quotes.size() ? quotes[next_quote].start : text.size();
    while (offset < next_start && !kStopBytes[static_cast<unsigned char>(text[offset])])
      ++offset;
    if (offset == next_start)
      continue;
    const char c = text[offset];
    if (is_terminal(c)) {
      const std::size_t closed = skip_closers(text, offset + 1);
      const std::size_t after = skip_spaces(text, closed);
      if (after > closed && after < text.size() && starts_sentence(text, after) &&
          !(c == '.' && ends_abbreviation(text, offset, lexicon))) {
        push(after);
      }
    } else if (c == '\n') {
      // A line that opens with a quotation starts a sentence, even after a signature
      // line without a full stop.
      const std::size_t after = skip_spaces(text, offset);
      if (next_quote < quotes.size() && quotes[next_quote].start == after)
        push(after);
    }
    ++offset;
  }
  return starts;
}

}  // namespace citecheck::attribution
