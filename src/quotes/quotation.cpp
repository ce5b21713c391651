#include "src/quotes/quotation.hpp"

namespace citecheck {

bool is_double_style(MarkStyle style) {
  switch (style) {
    case MarkStyle::straight_double:
    case MarkStyle::curly_double:
    case MarkStyle::low_double:
    case MarkStyle::guillemet:
    case MarkStyle::white_corner:
    case MarkStyle::double_apostrophe:
      return true;
    default:
      return false;
  }
}

bool is_curly_style(MarkStyle style) {
  return style != MarkStyle::straight_double && style != MarkStyle::straight_single &&
         style != MarkStyle::double_apostrophe;
}

std::string_view style_name(MarkStyle style) {
  switch (style) {
    case MarkStyle::straight_double:
      return "straight double";
    case MarkStyle::straight_single:
      return "straight single";
    case MarkStyle::curly_double:
      return "curly double";
    case MarkStyle::curly_single:
      return "curly single";
    case MarkStyle::low_double:
      return "low double";
    case MarkStyle::low_single:
      return "low single";
    case MarkStyle::guillemet:
      return "guillemet";
    case MarkStyle::single_guillemet:
      return "single guillemet";
    case MarkStyle::corner:
      return "corner bracket";
    case MarkStyle::white_corner:
      return "white corner bracket";
    case MarkStyle::double_apostrophe:
      return "two-apostrophe";
  }
  return "unknown";
}

void StyleCensus::add(const Mark& open, const Mark& close) {
  Entry& entry =
      entries_[static_cast<std::size_t>(open.style)][static_cast<std::size_t>(close.style)];
  if (entry.count++ == 0)
    entry.first_open = open.span;
}

}  // namespace citecheck
