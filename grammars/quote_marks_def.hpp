#pragma once
// Included only by quote_marks.cpp: the grammar's definition.

#include <array>
#include <bit>
#include <boost/spirit/home/x3.hpp>
#include <functional>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "grammars/config.hpp"
#include "grammars/quote_marks.hpp"

namespace citecheck::grammars::quote_marks_grammar {

namespace x3 = boost::spirit::x3;

// Where the semantic action records marks: offsets are relative to `text_begin`.
struct MarkSink {
  const char* text_begin = nullptr;
  MarkGlyph last_glyph;  // the glyph just matched, until its byte range is recorded
  std::vector<MarkToken> tokens;
};
struct mark_sink_tag;
using context_type = x3::context<mark_sink_tag, std::reference_wrapper<MarkSink>, x3::unused_type>;

// The lead bytes of every mark; everything else is skipped in bulk by plain_text.
constexpr std::array<bool, 256> kCanStartMark = [] {
  std::array<bool, 256> table{};
  for (const int lead : {0x22, 0x27, 0xE2, 0xC2, 0xE3})
    table[lead] = true;
  return table;
}();

// Consumes a run of bytes that cannot start a quote mark. Hand-written because it is the
// hot loop: most of an article is plain text.
struct plain_text_parser : x3::parser<plain_text_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext const&,
             Attribute&) const {
    Iterator it = first;
#if defined(__SSE2__)
    // Sixteen bytes at a time: five comparisons find any lead byte in a block at once.
    while (last - it >= 16) {
      const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&*it));
      __m128i leads = _mm_setzero_si128();
      for (const char lead : {'\x22', '\x27', '\xE2', '\xC2', '\xE3'})
        leads = _mm_or_si128(leads, _mm_cmpeq_epi8(block, _mm_set1_epi8(lead)));
      const int found = _mm_movemask_epi8(leads);
      if (found != 0) {
        it += std::countr_zero(static_cast<unsigned>(found));
        break;
      }
      it += 16;
    }
#endif
    while (it != last && !kCanStartMark[static_cast<unsigned char>(*it)])
      ++it;
    if (it == first)
      return false;
    first = it;
    return true;
  }
};
plain_text_parser const plain_text{};

struct glyph_table : x3::symbols<MarkGlyph> {
  glyph_table() {
    using enum MarkStyle;
    add("\"", {straight_double, MarkShape::either})              //
        ("''", {double_apostrophe, MarkShape::either})           //
        ("'", {straight_single, MarkShape::either})              //
        ("\xE2\x80\x9C", {curly_double, MarkShape::opening})     // “
        ("\xE2\x80\x9D", {curly_double, MarkShape::closing})     // ”
        ("\xE2\x80\x98", {curly_single, MarkShape::opening})     // ‘
        ("\xE2\x80\x99", {curly_single, MarkShape::closing})     // ’
        ("\xE2\x80\x9E", {low_double, MarkShape::opening})       // „
        ("\xE2\x80\x9A", {low_single, MarkShape::opening})       // ‚
        ("\xC2\xAB", {guillemet, MarkShape::either})             // «
        ("\xC2\xBB", {guillemet, MarkShape::either})             // »
        ("\xE2\x80\xB9", {single_guillemet, MarkShape::either})  // ‹
        ("\xE2\x80\xBA", {single_guillemet, MarkShape::either})  // ›
        ("\xE3\x80\x8C", {corner, MarkShape::opening})           // 「
        ("\xE3\x80\x8D", {corner, MarkShape::closing})           // 」
        ("\xE3\x80\x8E", {white_corner, MarkShape::opening})     // 『
        ("\xE3\x80\x8F", {white_corner, MarkShape::closing});    // 』
  }
};
glyph_table const glyphs;

auto const remember_glyph = [](auto& ctx) {
  x3::get<mark_sink_tag>(ctx).get().last_glyph = x3::_attr(ctx);
};
auto const record_mark = [](auto& ctx) {
  MarkSink& sink = x3::get<mark_sink_tag>(ctx).get();
  const auto& bytes = x3::_attr(ctx);  // the raw[] range of the mark
  sink.tokens.push_back(MarkToken{static_cast<std::size_t>(bytes.begin() - sink.text_begin),
                                  static_cast<std::uint8_t>(bytes.end() - bytes.begin()),
                                  sink.last_glyph});
};

using mark_stream_type = x3::rule<class mark_stream_class>;
mark_stream_type const mark_stream = "mark_stream";

auto const mark_stream_def =
    *(plain_text | x3::raw[glyphs[remember_glyph]][record_mark] | x3::omit[x3::char_]);

BOOST_SPIRIT_DEFINE(mark_stream)

}  // namespace citecheck::grammars::quote_marks_grammar
