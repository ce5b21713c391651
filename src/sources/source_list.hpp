#pragma once
// The sources one article is checked against: the lists named for the whole run
// (--sources), the article's sidecar list and its front matter `references:`.
//
// Reading a list, its snapshots and indexing their texts is the expensive part, so each
// list file is loaded and indexed once per run (SourceListCache) and shared by every file
// that uses it. A SourceList combines those parts for one file: a copy of their entries
// for the name matcher (cheap to build) and the parts' text indexes, queried in turn.

#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "src/attribution/attribution.hpp"
#include "src/sources/name_match.hpp"
#include "src/sources/source.hpp"
#include "src/sources/text_index.hpp"

namespace citecheck {

// One source list (a file, or an article's front matter) with its snapshots read and its
// texts indexed.
class LoadedSourceList {
 public:
  // Reads each entry's snapshot. Throws InputError for a snapshot that cannot be read:
  // "LIST:LINE: source \"ID\": PATH: snapshot not found".
  explicit LoadedSourceList(std::vector<Source> sources);

  const std::vector<Source>& sources() const { return sources_; }
  const SourceTextIndex& index() const { return index_; }

 private:
  std::vector<Source> sources_;
  SourceTextIndex index_;
};

// Who an entry stands for in messages: its first person, else its outlet, title or id.
std::string display_name(const Source& source);

// How one attribution fits the list.
struct AttributionMatch {
  PersonMatch person;              // the speaker as a person
  OutletMatch speaker_outlet;      // the speaker as an organisation, when no person fits
  OutletMatch outlet;              // the outlet the attribution names
  const Source* source = nullptr;  // the entry credited (Attribution::source_id), or null
  // Every entry the attribution fits (indices into SourceList::sources()), for checking
  // the quoted words; several when the name fits several people.
  std::vector<std::size_t> candidates;
  bool citation = false;  // a Pandoc `[@key]` (matched by id) or an HTML cite URL (by URL)
};

// What the list's recorded texts say about a quotation.
struct QuoteCheck {
  enum class Kind {
    found,      // in the recorded text of a candidate source
    misquoted,  // a candidate's passage differs in a few words
    // In none of the candidates' texts, and one of them has a snapshot: the whole source
    // document, so the quotation is not in the source.
    not_found,
    // In none of the candidates' custom.quotes, and none has a snapshot. Recorded quotes are
    // excerpts, so this says only that the list does not back the quotation.
    not_recorded,
    unchecked,  // no candidate, or no candidate with recorded text
  };
  Kind kind = Kind::unchecked;
  const Source* source = nullptr;  // whose text holds the passage (found, misquoted)
  TextMatch match;                 // passage span and word diff, in `recorded`
  std::string_view recorded;       // the whole recorded text the passage lies in
};

class SourceList {
 public:
  explicit SourceList(std::vector<std::shared_ptr<const LoadedSourceList>> parts);
  SourceList(const SourceList&) = delete;
  SourceList& operator=(const SourceList&) = delete;

  // Every entry of every part, in list order.
  const std::vector<Source>& sources() const { return sources_; }
  const SourceMatcher& matcher() const { return matcher_; }
  std::size_t index_of(const Source& source) const {
    return static_cast<std::size_t>(&source - sources_.data());
  }
  const Source* find_id(std::string_view id) const;
  // The entry whose URL names the same document (scheme, "www." and a final "/" aside).
  const Source* find_url(std::string_view url) const;

  AttributionMatch match(const Attribution& attribution) const;

  // Checks the quoted words against the recorded texts of the candidate sources.
  QuoteCheck check_quotation(std::string_view quote, std::span<const std::size_t> candidates) const;
  // Sources other than `except` whose recorded texts contain the quotation, in list order.
  std::vector<const Source*> sources_containing(std::string_view quote,
                                                std::span<const std::size_t> except,
                                                std::size_t limit = 3) const;

 private:
  struct Part {
    std::shared_ptr<const LoadedSourceList> list;
    std::size_t first = 0;  // index of its first entry in sources_
  };
  // Every entry with the same container-title as `source`.
  std::vector<std::size_t> entries_at_outlet(const Source& source) const;

  std::vector<Part> parts_;
  std::vector<Source> sources_;
  SourceMatcher matcher_;
  std::map<std::string, std::size_t, std::less<>> by_id_;                // first entry of each id
  std::unordered_map<std::string, std::vector<std::size_t>> by_outlet_;  // normalised outlet
};

// The loaded lists of one run, shared by its files (and its worker threads).
class SourceListCache {
 public:
  // The sources of one file: the run's `lists` (in order), the article's `sidecar` list
  // and its front matter `references:` (never cached), or null when there are none. Each
  // list file is read and indexed once per run; the run-wide combination (no sidecar) is
  // built once, a sidecar's while a file uses it. Throws InputError with the loader's
  // message for a broken list or a missing snapshot.
  std::shared_ptr<const SourceList> get(const std::vector<std::filesystem::path>& lists,
                                        const std::optional<std::filesystem::path>& sidecar,
                                        std::shared_ptr<const LoadedSourceList> front_matter);

  // How many list files and combinations were built so far: what the sharing saves.
  std::size_t files_built() const;
  std::size_t lists_built() const;

 private:
  // Built once, by the first file that needs it; the others wait for it.
  template <typename T>
  struct Slot {
    std::once_flag once;
    std::shared_ptr<const T> value;
    std::string error;  // set when building failed: every file using it gets the error
  };
  template <typename T, typename Build>
  static std::shared_ptr<const T> build_once(Slot<T>& slot, Build&& build);
  std::shared_ptr<const LoadedSourceList> load_file(const std::filesystem::path& path);

  mutable std::mutex mutex_;
  std::map<std::string, std::shared_ptr<Slot<LoadedSourceList>>> files_;
  // The run-wide combination (no sidecar) stays for the whole run; a sidecar's only while
  // some file uses it, as sidecars are rarely shared and each holds a copy of the entries.
  std::map<std::vector<std::string>, std::shared_ptr<Slot<SourceList>>> run_lists_;
  std::map<std::vector<std::string>, std::weak_ptr<const SourceList>> sidecar_lists_;
  std::size_t files_built_ = 0;
  std::size_t lists_built_ = 0;
};

}  // namespace citecheck
