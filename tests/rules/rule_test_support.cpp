#include "tests/rules/rule_test_support.hpp"

#include <catch2/catch.hpp>

#include "src/lexicon/lexicon.hpp"
#include "src/sources/load_source_list.hpp"

namespace citecheck::testing {

namespace {

std::size_t char_size(std::string_view text, std::size_t offset) {
  const auto lead = static_cast<unsigned char>(text[offset]);
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

Span find_span(std::string_view text, std::string_view words, std::size_t after) {
  const std::size_t start = text.find(words, after);
  REQUIRE(start != std::string_view::npos);
  return {start, start + words.size()};
}

}  // namespace

RuleFixture::RuleFixture(std::string text, std::string_view sources_json)
    : text_(std::move(text)), source_("article.txt", text_), article_(source_) {
  analysis_.source = &source_;
  analysis_.article = &article_;
  static const Lexicon lexicon = Lexicon::load_embedded("all");
  analysis_.lexicon = &lexicon;
  if (!sources_json.empty()) {
    auto list = std::make_shared<const LoadedSourceList>(
        parse_csl_json(sources_json, "article.sources.json"));
    sources_ = std::make_shared<const SourceList>(
        std::vector<std::shared_ptr<const LoadedSourceList>>{std::move(list)});
    analysis_.sources = sources_.get();
  }
}

Quotation& RuleFixture::quote(std::string_view marked, std::optional<Attribution> attribution) {
  const Span span = find_span(text_, marked, 0);
  const std::size_t open = char_size(text_, span.start);
  std::size_t close_start = span.end - 1;
  while ((static_cast<unsigned char>(text_[close_start]) & 0xC0) == 0x80)
    --close_start;
  Quotation quotation;
  quotation.span = quotation.prose = span;
  quotation.content = {span.start + open, close_start};
  quotation.text = text_.substr(quotation.content.start, quotation.content.size());
  const std::string_view bytes = source_.bytes();
  quotation.open = Mark{{span.start, span.start + open}, {}, {}, bytes.substr(span.start, open)};
  quotation.close =
      Mark{{close_start, span.end}, {}, {}, bytes.substr(close_start, span.end - close_start)};
  quotation.attribution = std::move(attribution);
  analysis_.quotations.push_back(std::move(quotation));
  return analysis_.quotations.back();
}

Attribution RuleFixture::credit(std::string_view speaker, std::string_view outlet,
                                Attribution::Kind kind, std::size_t after) const {
  Attribution attribution;
  attribution.kind = kind;
  attribution.speaker = std::string(speaker);
  attribution.span = {after, after};
  if (!speaker.empty()) {
    attribution.speaker_span = find_span(text_, speaker, after);
    attribution.span = *attribution.speaker_span;
  }
  if (!outlet.empty()) {
    attribution.outlet = std::string(outlet);
    attribution.outlet_span = find_span(text_, outlet, attribution.span.end);
    if (speaker.empty())
      attribution.span.start = attribution.outlet_span->start;
    attribution.span.end = attribution.outlet_span->end;
  }
  return attribution;
}

std::vector<Diagnostic> RuleFixture::run(const Rule& rule) const {
  std::vector<Diagnostic> diagnostics;
  rule.check(analysis_, RuleOptions{}, diagnostics);
  return diagnostics;
}

}  // namespace citecheck::testing
