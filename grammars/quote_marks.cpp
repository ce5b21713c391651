#include "grammars/quote_marks.hpp"

#include "grammars/quote_marks_def.hpp"

namespace citecheck::grammars {

namespace quote_marks_grammar {
BOOST_SPIRIT_INSTANTIATE(mark_stream_type, iterator_type, context_type)
}  // namespace quote_marks_grammar

std::vector<MarkToken> scan_quote_marks(std::string_view text) {
  namespace x3 = boost::spirit::x3;
  quote_marks_grammar::MarkSink sink;
  sink.text_begin = text.data();
  iterator_type first = text.data();
  const iterator_type last = text.data() + text.size();
  // The grammar accepts every byte, so the parse always consumes the whole text.
  x3::parse(first, last,
            x3::with<quote_marks_grammar::mark_sink_tag>(
                std::ref(sink))[quote_marks_grammar::mark_stream]);
  return std::move(sink.tokens);
}

}  // namespace citecheck::grammars
