#pragma once
// A small source list for the source-list rules' tests (invented people and outlets).

#include <string>

namespace citecheck::testing {

// Riverside City Council's entry has a snapshot, fixtures/rules/council-minutes.txt.
inline std::string newsroom_sources() {
  return R"([
  {"id": "olson-forbes", "type": "article-magazine",
   "author": [{"family": "Olson", "given": "Parmy"}], "container-title": "Forbes",
   "custom": {"quotes": ["Xiaomi does in a week what Apple does in a year."]}},
  {"id": "mozur-wsj", "type": "article-newspaper",
   "author": [{"family": "Mozur", "given": "Paul"}],
   "container-title": "The Wall Street Journal", "container-title-short": "WSJ"},
  {"id": "berg-courier", "type": "article-newspaper",
   "author": [{"family": "Berg", "given": "Hanna"}], "container-title": "The Valley Courier",
   "custom": {"quotes": ["The bridge will reopen in the spring, not before."]}},
  {"id": "city-council", "type": "report", "author": [{"literal": "Riverside City Council"}],
   "custom": {"snapshot": ")" CITECHECK_SOURCE_DIR R"(/fixtures/rules/council-minutes.txt"}}
])";
}

// Three people whose recorded words overlap (invented): for telling a misattribution from
// a credit the article itself puts right, and a misquotation from words the record does
// not cover.
inline std::string harbour_sources() {
  return R"([
  {"id": "lind-herald", "type": "article-newspaper",
   "author": [{"family": "Lind", "given": "Tomas"}], "container-title": "The Harbour Herald",
   "custom": {"quotes": ["We have asked the council for a third bridge over the river."]}},
  {"id": "berg-courier", "type": "article-newspaper",
   "author": [{"family": "Berg", "given": "Hanna"}], "container-title": "The Valley Courier",
   "custom": {"quotes": ["We have asked the council for a second bridge over the river.",
                         "It is long overdue for us.", "Build the bridge now",
                         "The mayor told us", "and we will not wait for her any longer."]}},
  {"id": "holm-radio", "type": "interview",
   "author": [{"family": "Holm", "given": "Erik"}], "container-title": "Radio North",
   "custom": {"quotes": ["Build the bridge now", "Nobody in this town wants another toll road."]}}
])";
}

}  // namespace citecheck::testing
