// HTML loader. libxml2's HTML parser decides what the page is (which text belongs to which
// element, how broken markup is repaired); it gives decoded text without byte offsets, so a
// scan of the raw bytes that tokenizes as libxml2 2.9 does finds each text node again, in
// document order, with the original offset of every byte (entities included).

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <array>
#include <climits>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "src/core/errors.hpp"
#include "src/document/html_entities.hpp"
#include "src/document/load_document.hpp"
#include "src/document/prose_builder.hpp"
#include "src/document/xml_ptr.hpp"
#include "src/input/source_text.hpp"
#include "src/text/ascii.hpp"

namespace citecheck {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
// How far ahead a text node the parser repaired differently may still be found, and how
// many tags an element's own tag may hide behind; both keep broken pages linear.
constexpr std::size_t kSearchWindow = 64 * 1024;
constexpr std::size_t kTagLookahead = 64;
// A credit follows a quotation when at most this much prose (white space, a dash) is between.
constexpr std::size_t kCreditDistance = 16;

std::size_t skip_white(std::string_view text, std::size_t start, std::size_t end) {
  while (start < end && ascii::is_white(text[start]))
    ++start;
  return start;
}

bool is_blank(std::string_view text) {
  for (char c : text) {
    if (!ascii::is_white(c))
      return false;
  }
  return true;
}

// Elements whose content is never prose.
bool is_skipped_element(std::string_view name) {
  static const std::unordered_set<std::string_view> kNames = {
      "head", "title", "script",   "style",  "noscript", "template", "pre",    "code",  "kbd",
      "samp", "tt",    "textarea", "select", "svg",      "math",     "iframe", "object"};
  return kNames.contains(name);
}

// Elements that end a paragraph before and after them.
bool is_block_element(std::string_view name) {
  static const std::unordered_set<std::string_view> kNames = {
      "address", "article",  "aside",   "blockquote", "body",  "caption", "center",   "dd",
      "details", "dialog",   "dir",     "div",        "dl",    "dt",      "fieldset", "figcaption",
      "figure",  "footer",   "form",    "h1",         "h2",    "h3",      "h4",       "h5",
      "h6",      "header",   "hgroup",  "hr",         "html",  "legend",  "li",       "main",
      "menu",    "nav",      "ol",      "p",          "pre",   "section", "summary",  "table",
      "tbody",   "td",       "tfoot",   "th",         "thead", "tr",      "ul",       "head",
      "title",   "noscript", "template"};
  return kNames.contains(name);
}

// `— Name` and its variants at the start of a paragraph; returns where the name starts
// (which may be in a later text node: `— <cite>Name</cite>`).
std::optional<std::size_t> credit_name_start(std::string_view text, std::size_t start) {
  static constexpr std::array<std::string_view, 4> kDashes = {"\u2014", "\u2015", "\u2013", "--"};
  for (std::string_view dash : kDashes) {
    if (text.substr(start, dash.size()) != dash)
      continue;
    std::size_t name = start + dash.size();
    while (name < text.size() && text[name] == '-')
      ++name;
    return skip_white(text, name, text.size());
  }
  return std::nullopt;
}

// A tag as found in the raw bytes.
struct RawTag {
  std::string name;  // lower case
  Span span;
  bool closing = false;
};

// The character data of the page, tokenized as libxml2 2.9's HTML parser does: everything
// outside tags, comments, doctype, processing instructions and script/style content, with
// character references decoded and characters XML does not allow dropped.
struct RawHtml {
  ProseBuilder text;
  std::vector<RawTag> tags;
};

class RawHtmlScanner {
 public:
  RawHtmlScanner(std::string_view bytes, std::size_t start)
      : bytes_(bytes), position_(start), run_start_(start) {}

  RawHtml scan() && {
    while (position_ < bytes_.size()) {
      const char c = bytes_[position_];
      if (c == '<') {
        scan_markup();
      } else if (c == '&') {
        scan_reference();
      } else if (const std::size_t length = disallowed_character_length()) {
        flush();
        position_ += length;
        run_start_ = position_;
      } else {
        ++position_;
      }
    }
    flush();
    return std::move(result_);
  }

 private:
  void flush() {
    result_.text.append_verbatim(bytes_.substr(run_start_, position_ - run_start_), run_start_);
  }

  // Skips [position_, end) as markup.
  void skip_to(std::size_t end) {
    flush();
    position_ = std::min(end, bytes_.size());
    run_start_ = position_;
  }

  std::size_t find_or_end(std::string_view needle, std::size_t from) const {
    const std::size_t found = bytes_.find(needle, from);
    return found == std::string_view::npos ? bytes_.size() : found + needle.size();
  }

  void scan_markup() {
    const std::size_t at = position_;
    if (bytes_.compare(at, 4, "<!--") == 0)
      return skip_to(find_or_end("-->", at + 4));
    if (ascii::starts_with_ignoring_case(bytes_, at, "<!doctype"))
      return skip_to(find_or_end(">", at));
    if (bytes_.compare(at, 2, "<?") == 0)
      return skip_to(find_or_end(">", at));
    if (at + 1 < bytes_.size() && bytes_[at + 1] == '/') {
      if (at + 2 < bytes_.size() && ascii::is_letter(bytes_[at + 2])) {
        const std::size_t close = bytes_.find('>', at);
        if (close == std::string_view::npos) {  // an unfinished end tag at the end is text
          ++position_;
          return;
        }
        result_.tags.push_back({tag_name(at + 2), {at, close + 1}, true});
        return skip_to(close + 1);
      }
      return skip_to(at + 2);  // libxml2 drops a `</` that starts no end tag
    }
    if (at + 1 < bytes_.size() && ascii::is_letter(bytes_[at + 1]))
      return scan_start_tag(at);
    ++position_;  // a stray `<` is text
  }

  static bool is_name_character(char c) {
    return ascii::is_letter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':' ||
           c == '.';
  }

  std::string tag_name(std::size_t start) const {
    std::string name;
    for (std::size_t i = start; i < bytes_.size() && is_name_character(bytes_[i]); ++i) {
      name += ascii::to_lower(bytes_[i]);
    }
    return name;
  }

  // libxml2's blanks: no form feed.
  static bool is_blank_character(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

  std::size_t skip_blanks(std::size_t i) const {
    while (i < bytes_.size() && is_blank_character(bytes_[i]))
      ++i;
    return i;
  }

  bool at_tag_end(std::size_t i) const {
    return i >= bytes_.size() || bytes_[i] == '>' || bytes_.compare(i, 2, "/>") == 0;
  }

  // Attributes as htmlParseStartTag reads them: a value is quoted only after a name and
  // `=`; anything else is a bogus attribute, skipped up to the next blank.
  std::size_t skip_attributes(std::size_t i) const {
    while (true) {
      i = skip_blanks(i);
      if (at_tag_end(i))
        return i;
      const char first = bytes_[i];
      if (ascii::is_letter(first) || first == '_' || first == ':' || first == '.') {
        while (i < bytes_.size() && is_name_character(bytes_[i]))
          ++i;
        i = skip_blanks(i);
        if (i < bytes_.size() && bytes_[i] == '=') {
          i = skip_blanks(i + 1);
          if (i < bytes_.size() && (bytes_[i] == '"' || bytes_[i] == '\'')) {
            const std::size_t close = bytes_.find(bytes_[i], i + 1);
            i = close == std::string_view::npos ? bytes_.size() : close + 1;
          } else {
            while (!at_tag_end(i) && !is_blank_character(bytes_[i]))
              ++i;
          }
        }
      } else {
        while (!at_tag_end(i) && !is_blank_character(bytes_[i]))
          ++i;
      }
    }
  }

  void scan_start_tag(std::size_t at) {
    std::string name = tag_name(at + 1);
    std::size_t i = skip_attributes(at + 1 + name.size());
    const bool self_closing = bytes_.compare(i, 2, "/>") == 0;
    i = std::min(bytes_.size(), i + (self_closing ? 2 : 1));
    const bool raw_text = (name == "script" || name == "style") && !self_closing;
    result_.tags.push_back({name, {at, i}, false});
    skip_to(i);
    if (!raw_text || raw_text_is_cut_short(i, name))
      return;
    // In recovery mode libxml2 ends script and style content only at their own end tag.
    const std::string end_tag = "</" + name;
    std::size_t end = i;
    while (end < bytes_.size()) {
      end = bytes_.find("</", end);
      if (end == std::string_view::npos) {
        end = bytes_.size();
        break;
      }
      if (ascii::starts_with_ignoring_case(bytes_, end, end_tag))
        break;
      end += 2;
    }
    skip_to(end);
  }

  // libxml2 looks for tags before it reads script or style content, so content that starts
  // with an end tag closing the element (or its document parts), or with <body>, is no
  // raw text.
  bool raw_text_is_cut_short(std::size_t content, std::string_view element) const {
    if (bytes_.compare(content, 2, "</") == 0) {
      const std::string closed = tag_name(content + 2);
      return closed == element || closed == "html" || closed == "body" || closed == "head";
    }
    if (content + 1 < bytes_.size() && bytes_[content] == '<') {
      const std::string opened = tag_name(content + 1);
      return opened == "body" || opened == "frameset";
    }
    return false;
  }

  void scan_reference() {
    const auto decoded = decode_html_reference(bytes_.substr(position_));
    if (!decoded) {
      ++position_;
      return;
    }
    flush();
    result_.text.append_replacement(decoded->text, {position_, position_ + decoded->length});
    position_ += decoded->length;
    run_start_ = position_;
  }

  // C0 controls other than tab, line feed and carriage return, U+FFFE and U+FFFF: the
  // parser drops them. Returns their length in bytes, or 0.
  std::size_t disallowed_character_length() const {
    const auto byte = static_cast<unsigned char>(bytes_[position_]);
    if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r')
      return 1;
    if (byte == 0xEF && bytes_.compare(position_, 2, "\xEF\xBF") == 0 &&
        position_ + 2 < bytes_.size()) {
      const auto last = static_cast<unsigned char>(bytes_[position_ + 2]);
      if (last == 0xBE || last == 0xBF)
        return 3;
    }
    return 0;
  }

  std::string_view bytes_;
  std::size_t position_;
  std::size_t run_start_;
  RawHtml result_;
};

struct Frame {
  std::string_view name;
  std::size_t start = 0;        // original offset of the element
  std::size_t prose_start = 0;  // prose offset where its content starts
  std::size_t quotation = kNone;
  bool skipped = false;
  std::vector<std::size_t> credits;  // credits made inside a figure, to tie to its quotation
};

struct Signature {
  std::size_t quotation = kNone;
  std::size_t paragraph_start = 0;  // prose offset of the dash
  std::size_t name_start = 0;
};

class HtmlLoader {
 public:
  explicit HtmlLoader(const SourceText& source)
      : source_(source),
        bytes_(source.bytes()),
        raw_(RawHtmlScanner(bytes_, source.content_start()).scan()),
        raw_cursor_(source.content_start()) {}

  Article load() {
    const XmlDocPtr document = parse();
    if (document)
      walk(reinterpret_cast<xmlNode*>(document.get()));
    finish_signature();
    Article article = std::move(prose_).finish(source_);
    article.markup_quotations = std::move(quotations_);
    article.markup_credits = std::move(credits_);
    return article;
  }

 private:
  XmlDocPtr parse() const {
    static std::once_flag initialized;
    std::call_once(initialized, [] { xmlInitParser(); });
    const std::string_view content = bytes_.substr(source_.content_start());
    if (is_blank(content))
      return nullptr;
    if (content.size() > static_cast<std::size_t>(INT_MAX)) {
      throw InputError(source_.path() + ": HTML file too large to parse");
    }
    const HtmlParserCtxtPtr context(htmlNewParserCtxt());
    if (!context)
      throw InputError(source_.path() + ": cannot create an HTML parser");
    // Recover as browsers do, report nothing, never load anything from the network, and
    // lift the parser's size and depth limits so that big pages are read to their end.
    // No NOBLANKS: white space between inline elements is part of the prose.
    constexpr int kOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                             HTML_PARSE_NONET | HTML_PARSE_NODEFDTD | XML_PARSE_HUGE;
    XmlDocPtr document(htmlCtxtReadMemory(context.get(), content.data(),
                                          static_cast<int>(content.size()), nullptr, "UTF-8",
                                          kOptions));
    if (!document || context->disableSAX != 0) {
      const xmlError* error = xmlCtxtGetLastError(context.get());
      std::string reason = error != nullptr && error->message != nullptr ? error->message : "";
      while (!reason.empty() && ascii::is_white(reason.back()))
        reason.pop_back();
      throw InputError(source_.path() + ": the HTML parser stopped" +
                       (reason.empty() ? std::string() : ": " + reason));
    }
    return document;
  }

  // Depth-first over the tree without recursion: broken pages nest arbitrarily deep.
  void walk(xmlNode* document) {
    xmlNode* node = document->children;
    while (node != nullptr) {
      const bool element = node->type == XML_ELEMENT_NODE;
      if (element) {
        enter(node);
        if (node->children != nullptr) {
          node = node->children;
          continue;
        }
        leave();
      } else if (node->type == XML_TEXT_NODE && node->content != nullptr) {
        text(reinterpret_cast<const char*>(node->content));
      }
      while (node != nullptr && node->next == nullptr) {
        node = node->parent;
        if (node == nullptr || node == document)
          return;
        leave();
      }
      node = node->next;
    }
  }

  // ---- locating the parser's text in the raw bytes ------------------------------------

  std::string_view raw_text() const { return raw_.text.text(); }

  // Finds `node_text` at or after the cursor; returns its start in the raw character data.
  std::optional<std::size_t> locate(std::string_view node_text) {
    const std::string_view raw = raw_text();
    std::size_t start = text_cursor_;
    if (raw.compare(start, node_text.size(), node_text) != 0) {
      // The parser drops some white space between elements.
      start = skip_white(raw, text_cursor_, raw.size());
      if (raw.compare(start, node_text.size(), node_text) != 0) {
        const std::size_t found =
            raw.substr(text_cursor_, node_text.size() + kSearchWindow).find(node_text);
        if (found == std::string_view::npos)
          return std::nullopt;
        start = text_cursor_ + found;
      }
    }
    text_cursor_ = start + node_text.size();
    raw_cursor_ = std::max(raw_cursor_, raw_.text.original_end_of(text_cursor_));
    return start;
  }

  // Where the next character data (other than white space) starts in the file: an
  // element's own tag must come before it.
  std::size_t next_text_original() {
    if (limit_cursor_ != text_cursor_) {
      limit_cursor_ = text_cursor_;
      const std::size_t next = skip_white(raw_text(), text_cursor_, raw_text().size());
      limit_ = next >= raw_text().size() ? bytes_.size() : raw_.text.original_offset_of(next);
    }
    return limit_;
  }

  std::optional<Span> find_tag(std::string_view name, bool closing) {
    const std::vector<RawTag>& tags = raw_.tags;
    while (tag_cursor_ < tags.size() && tags[tag_cursor_].span.start < raw_cursor_)
      ++tag_cursor_;
    const std::size_t limit = next_text_original();
    for (std::size_t index = tag_cursor_;
         index < tags.size() && index < tag_cursor_ + kTagLookahead &&
         tags[index].span.start < limit;
         ++index) {
      if (tags[index].closing != closing || tags[index].name != name)
        continue;
      tag_cursor_ = index + 1;
      raw_cursor_ = tags[index].span.end;
      return tags[index].span;
    }
    return std::nullopt;
  }

  // ---- the tree -----------------------------------------------------------------------

  void enter(xmlNode* node) {
    Frame frame;
    frame.name = reinterpret_cast<const char*>(node->name);
    const std::optional<Span> tag = find_tag(frame.name, false);
    frame.start = tag ? tag->start : raw_cursor_;
    const bool skipped_before = skip_depth_ > 0;
    frame.skipped = skipped_before || is_skipped_element(frame.name);
    if (frame.skipped)
      ++skip_depth_;
    if (!skipped_before) {
      if (is_block_element(frame.name))
        paragraph_break(frame.start);
      if (frame.name == "br" && !paragraph_start_) {
        pending_white_.clear();
        prose_.append_replacement("\n", tag.value_or(Span{frame.start, frame.start}));
      }
      if (frame.name == "q" || frame.name == "blockquote") {
        frame.quotation = quotations_.size();
        MarkupQuotation quotation;
        quotation.kind = frame.name == "q" ? MarkupQuotation::Kind::inline_quote
                                           : MarkupQuotation::Kind::blockquote;
        const XmlCharPtr cite(xmlGetProp(node, reinterpret_cast<const xmlChar*>("cite")));
        if (cite)
          quotation.cite = std::string(reinterpret_cast<const char*>(cite.get()));
        quotations_.push_back(std::move(quotation));
      }
    }
    frame.prose_start = prose_.size();
    frames_.push_back(std::move(frame));
  }

  void leave() {
    Frame frame = std::move(frames_.back());
    frames_.pop_back();
    const std::optional<Span> tag = find_tag(frame.name, true);
    const std::size_t end = tag ? tag->end : raw_cursor_;
    if (frame.skipped) {
      --skip_depth_;
      if (skip_depth_ > 0)
        return;
    }
    if (frame.quotation != kNone)
      finish_quotation(frame, end);
    if (frame.name == "cite" || frame.name == "figcaption")
      finish_credit_element(frame);
    if (frame.name == "figure")
      tie_figure_credits(frame);
    if (is_block_element(frame.name))
      paragraph_break(end);
    // A figure's credits are tied when the figure ends.
    if (!frame.credits.empty()) {
      for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
        if (it->name != "figure")
          continue;
        it->credits.insert(it->credits.end(), frame.credits.begin(), frame.credits.end());
        break;
      }
    }
  }

  void text(std::string_view node_text) {
    const std::optional<std::size_t> start = locate(node_text);
    if (skip_depth_ > 0)
      return;
    if (start) {
      character_data(*start, *start + node_text.size());
    } else if (!is_blank(node_text)) {
      // Text the parser made up or repaired beyond recognition: keep the words, placed at
      // the last known position.
      flush_pending_white();
      begin_paragraph(node_text, prose_.size());
      prose_.append_replacement(node_text, {raw_cursor_, raw_cursor_});
    }
  }

  // White space at the start of a paragraph is dropped, and white space at the end of a
  // text node waits for more words in the same paragraph, so that no line of the prose is
  // left holding only spaces.
  void character_data(std::size_t start, std::size_t end) {
    const std::string_view raw = raw_text();
    if (paragraph_start_)
      start = skip_white(raw, start, end);
    std::size_t content_end = end;
    while (content_end > start && ascii::is_white(raw[content_end - 1]))
      --content_end;
    if (content_end > start) {
      flush_pending_white();
      emit(start, content_end);
    }
    if (content_end < end)
      pending_white_.push_back({content_end, end});
  }

  void flush_pending_white() {
    for (const Span white : pending_white_)
      emit(white.start, white.end);
    pending_white_.clear();
  }

  // Copies raw character data [start, end) into the prose, piece by piece so that every
  // byte keeps its original offset. White space is normalized in place: a carriage return
  // or form feed becomes a space, and a blank line inside an element (which a browser
  // renders as one space) keeps only its first line break, so that only block elements end
  // paragraphs.
  void emit(std::size_t start, std::size_t end) {
    const std::string_view raw = raw_text();
    std::string normalized(raw.substr(start, end - start));
    bool line_break_in_run = trailing_white_has_line_break();
    for (char& c : normalized) {
      if (!ascii::is_white(c)) {
        line_break_in_run = false;
        continue;
      }
      if (c == '\n') {
        if (line_break_in_run)
          c = ' ';
        line_break_in_run = true;
      } else if (c != ' ' && c != '\t') {
        c = ' ';
      }
    }
    if (!is_blank(normalized))
      begin_paragraph(normalized, prose_.size());
    const auto& pieces = raw_.text.pieces();
    std::size_t position = start;
    for (std::size_t index = raw_.text.piece_at(start); position < end; ++index) {
      const ProseBuilder::Piece& piece = pieces[index];
      const std::size_t piece_end = std::min(raw_.text.piece_text_end(index), end);
      const std::string_view bytes =
          std::string_view(normalized).substr(position - start, piece_end - position);
      if (piece.verbatim) {
        prose_.append_verbatim(bytes, piece.original_start + (position - piece.text_start));
      } else {
        prose_.append_replacement(bytes, {piece.original_start, piece.original_end});
      }
      position = piece_end;
    }
  }

  bool trailing_white_has_line_break() const {
    const std::string_view text = prose_.text();
    for (std::size_t i = text.size(); i > 0 && ascii::is_white(text[i - 1]); --i) {
      if (text[i - 1] == '\n')
        return true;
    }
    return false;
  }

  // The first words of a paragraph: a `— Name` line right after a block quote or at the
  // end of one is its signature.
  void begin_paragraph(std::string_view words, std::size_t prose_offset) {
    if (!paragraph_start_)
      return;
    paragraph_start_ = false;
    const std::size_t quotation = innermost_quotation(MarkupQuotation::Kind::blockquote);
    const std::size_t credited =
        quotation != kNone ? quotation : quotation_closed_just_before(prose_offset);
    if (credited == kNone)
      return;
    if (const auto name = credit_name_start(words, 0)) {
      signature_ = Signature{credited, prose_offset, prose_offset + *name};
    }
  }

  void paragraph_break(std::size_t at) {
    pending_white_.clear();
    finish_signature();
    paragraph_start_ = true;
    const std::string_view text = prose_.text();
    if (text.empty() || text.ends_with("\n\n"))
      return;
    prose_.append_replacement(text.ends_with('\n') ? "\n" : "\n\n", {at, at});
  }

  void finish_signature() {
    if (!signature_)
      return;
    const Span text = trimmed({std::min(signature_->name_start, prose_.size()), prose_.size()});
    if (!text.empty()) {
      MarkupCredit credit;
      credit.kind = MarkupCredit::Kind::blockquote_signature;
      credit.text = text;
      credit.quotation = signature_->quotation;
      credits_.push_back(credit);
      // A signature inside the quote is not part of what was said.
      cut_content_at(signature_->quotation, signature_->paragraph_start);
    }
    signature_.reset();
  }

  std::size_t innermost_quotation(std::optional<MarkupQuotation::Kind> kind = std::nullopt) const {
    for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
      if (it->quotation != kNone && (!kind || quotations_[it->quotation].kind == *kind)) {
        return it->quotation;
      }
    }
    return kNone;
  }

  void finish_quotation(const Frame& frame, std::size_t end) {
    MarkupQuotation& quotation = quotations_[frame.quotation];
    quotation.span = {frame.start, std::max(frame.start, end)};
    Span content{frame.prose_start, prose_.size()};
    if (auto cut = content_ends_.find(frame.quotation); cut != content_ends_.end()) {
      content.end = std::min(content.end, cut->second);
    }
    if (quotation.kind == MarkupQuotation::Kind::inline_quote) {
      // libxml2 keeps a <q> open across paragraphs that a browser would end it with.
      const std::size_t paragraph_end =
          prose_.text().substr(content.start, content.size()).find("\n\n");
      if (paragraph_end != std::string_view::npos) {
        content.end = content.start + paragraph_end;
        quotation.span.end = prose_.original_end_of(trimmed(content).end);
      }
    }
    quotation.content_text = trimmed(content);
    if (quotation.kind == MarkupQuotation::Kind::blockquote) {
      closed_quotation_ = frame.quotation;
      closed_quotation_prose_end_ = prose_.size();
    }
  }

  void finish_credit_element(Frame& frame) {
    // Inside a signature line, the signature is the credit.
    if (signature_)
      return;
    const Span text = trimmed({frame.prose_start, prose_.size()});
    if (text.empty())
      return;
    MarkupCredit credit;
    credit.kind = frame.name == "cite" ? MarkupCredit::Kind::cite_element
                                       : MarkupCredit::Kind::figure_caption;
    credit.text = text;
    std::size_t quotation = innermost_quotation();
    if (quotation == kNone)
      quotation = quotation_closed_just_before(frame.prose_start);
    if (quotation != kNone) {
      credit.quotation = quotation;
      cut_content_at(quotation, text.start);
    } else {
      frame.credits.push_back(credits_.size());
    }
    credits_.push_back(credit);
  }

  // The block quote that ended just before `prose_offset`, with nothing but white space or
  // a dash between.
  std::size_t quotation_closed_just_before(std::size_t prose_offset) const {
    if (closed_quotation_ == kNone || prose_offset < closed_quotation_prose_end_)
      return kNone;
    const std::string_view since = prose_.text().substr(closed_quotation_prose_end_,
                                                        prose_offset - closed_quotation_prose_end_);
    if (since.size() > kCreditDistance)
      return kNone;
    for (char c : since) {
      if (!ascii::is_white(c) && c != '-')
        return kNone;
    }
    return closed_quotation_;
  }

  // A credit inside a quotation that is still open (`<footer>— <cite>Name</cite>`) ends
  // the quoted words.
  void cut_content_at(std::size_t quotation, std::size_t prose_offset) {
    for (const Frame& frame : frames_) {
      if (frame.quotation != quotation)
        continue;
      auto [cut, inserted] = content_ends_.try_emplace(quotation, prose_offset);
      if (!inserted)
        cut->second = std::min(cut->second, prose_offset);
      return;
    }
  }

  // <figure><blockquote>…</blockquote><figcaption>…</figcaption></figure>, in either order.
  void tie_figure_credits(Frame& figure) {
    std::size_t quotation = kNone;
    for (std::size_t index = quotations_.size(); index > 0; --index) {
      const MarkupQuotation& candidate = quotations_[index - 1];
      if (candidate.span.start < figure.start)
        break;
      if (candidate.kind == MarkupQuotation::Kind::blockquote)
        quotation = index - 1;
    }
    if (quotation != kNone) {
      for (std::size_t credit : figure.credits)
        credits_[credit].quotation = quotation;
    }
    figure.credits.clear();
  }

  Span trimmed(Span span) const {
    const std::string_view text = prose_.text();
    while (span.start < span.end && ascii::is_white(text[span.start]))
      ++span.start;
    while (span.end > span.start && ascii::is_white(text[span.end - 1]))
      --span.end;
    return span;
  }

  const SourceText& source_;
  std::string_view bytes_;
  RawHtml raw_;
  ProseBuilder prose_;

  std::size_t text_cursor_ = 0;  // in raw_.text
  std::size_t raw_cursor_;       // original offset after the last text or tag located
  std::size_t tag_cursor_ = 0;
  std::size_t limit_cursor_ = kNone;
  std::size_t limit_ = 0;

  std::vector<Frame> frames_;
  int skip_depth_ = 0;
  bool paragraph_start_ = true;
  std::vector<Span> pending_white_;  // in raw_.text
  std::optional<Signature> signature_;
  std::size_t closed_quotation_ = kNone;
  std::size_t closed_quotation_prose_end_ = 0;
  std::unordered_map<std::size_t, std::size_t> content_ends_;  // by quotation: credits in it

  std::vector<MarkupQuotation> quotations_;
  std::vector<MarkupCredit> credits_;
};

}  // namespace

Article load_html(const SourceText& source) {
  return HtmlLoader(source).load();
}

}  // namespace citecheck
