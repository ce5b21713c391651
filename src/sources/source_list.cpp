#include "src/sources/source_list.hpp"

#include <algorithm>
#include <utility>

#include "src/core/errors.hpp"
#include "src/sources/load_source_list.hpp"
#include "src/sources/snapshot.hpp"

namespace citecheck {
namespace {

std::vector<std::string> read_snapshots(const std::vector<Source>& sources) {
  std::vector<std::string> texts(sources.size());
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const Source& source = sources[i];
    if (!source.snapshot)
      continue;
    try {
      texts[i] = load_snapshot_text(*source.snapshot);
    } catch (const InputError& error) {
      throw InputError(source.origin_file + ":" + std::to_string(source.origin_line) +
                       ": source \"" + source.id + "\": " + error.what());
    }
  }
  return texts;
}

std::vector<Source> copy_entries(
    const std::vector<std::shared_ptr<const LoadedSourceList>>& parts) {
  std::vector<Source> sources;
  for (const auto& part : parts)
    sources.insert(sources.end(), part->sources().begin(), part->sources().end());
  return sources;
}

// The same file named twice (`-s list.json` and as the sidecar) is one list.
std::string cache_key(const std::filesystem::path& path) {
  std::error_code error;
  const std::filesystem::path absolute = std::filesystem::absolute(path, error);
  return (error ? path : absolute).lexically_normal().string();
}

}  // namespace

std::string display_name(const Source& source) {
  if (!source.people.empty())
    return source.people.front().display_name();
  for (const std::string* name : {&source.outlet, &source.title})
    if (!name->empty())
      return *name;
  return source.id;
}

LoadedSourceList::LoadedSourceList(std::vector<Source> sources)
    : sources_(std::move(sources)), index_(sources_, read_snapshots(sources_)) {}

SourceList::SourceList(std::vector<std::shared_ptr<const LoadedSourceList>> parts)
    : sources_(copy_entries(parts)), matcher_(sources_) {
  std::size_t first = 0;
  for (auto& part : parts) {
    const std::size_t size = part->sources().size();
    parts_.push_back({std::move(part), first});
    first += size;
  }
  for (std::size_t i = 0; i < sources_.size(); ++i) {
    by_id_.try_emplace(sources_[i].id, i);
    for (const std::string* outlet : {&sources_[i].outlet, &sources_[i].outlet_short}) {
      std::string key = matcher_.normalizer().outlet(*outlet);
      if (key.empty())
        continue;
      std::vector<std::size_t>& entries = by_outlet_[std::move(key)];
      if (entries.empty() || entries.back() != i)
        entries.push_back(i);
    }
  }
}

const Source* SourceList::find_id(std::string_view id) const {
  const auto found = by_id_.find(id);
  return found == by_id_.end() ? nullptr : &sources_[found->second];
}

std::vector<std::size_t> SourceList::entries_at_outlet(const Source& source) const {
  const auto found = by_outlet_.find(matcher_.normalizer().outlet(source.outlet));
  if (found == by_outlet_.end())
    return {index_of(source)};
  return found->second;
}

namespace {

// "https://www.wsj.com/articles/x/" -> "wsj.com/articles/x": the parts of a URL that name
// the document.
std::string_view url_key(std::string_view url) {
  if (const std::size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    url.remove_prefix(scheme + 3);
  }
  if (url.starts_with("www."))
    url.remove_prefix(4);
  while (url.ends_with('/'))
    url.remove_suffix(1);
  return url;
}

}  // namespace

const Source* SourceList::find_url(std::string_view url) const {
  const std::string_view key = url_key(url);
  if (key.empty())
    return nullptr;
  for (const Source& source : sources_) {
    if (!source.url.empty() && url_key(source.url) == key)
      return &source;
  }
  return nullptr;
}

AttributionMatch SourceList::match(const Attribution& attribution) const {
  AttributionMatch result;
  if (attribution.kind == Attribution::Kind::citation) {
    result.citation = true;
    const bool is_url = attribution.speaker.find("://") != std::string::npos;
    if (const Source* source =
            is_url ? find_url(attribution.speaker) : find_id(attribution.speaker)) {
      result.source = source;
      result.candidates.push_back(index_of(*source));
    }
    return result;
  }
  if (!attribution.speaker.empty()) {
    result.person = matcher_.match_person(attribution.speaker, attribution.outlet);
    // "The White House said", "according to Reuters": an organisation speaking.
    if (result.person.kind == MatchKind::unknown)
      result.speaker_outlet = matcher_.match_outlet(attribution.speaker);
  }
  if (!attribution.outlet.empty())
    result.outlet = matcher_.match_outlet(attribution.outlet);

  if (result.person.kind != MatchKind::unknown) {
    result.source = result.person.source;
    for (const Source* source : result.person.sources)
      result.candidates.push_back(index_of(*source));
  } else if (result.speaker_outlet.source != nullptr) {
    result.source = result.speaker_outlet.source;
    result.candidates = entries_at_outlet(*result.source);
  } else if (attribution.speaker.empty() && result.outlet.source != nullptr) {
    // Only an outlet is named ("(Source: WSJ)"). A named person who is not listed is not
    // credited with the entries of their outlet.
    result.source = result.outlet.source;
    result.candidates = entries_at_outlet(*result.source);
  }
  return result;
}

QuoteCheck SourceList::check_quotation(std::string_view quote,
                                       std::span<const std::size_t> candidates) const {
  QuoteCheck result;
  const auto any_candidate = [&](auto&& has) {
    return std::any_of(candidates.begin(), candidates.end(),
                       [&](std::size_t i) { return has(sources_[i]); });
  };
  if (any_candidate([](const Source& s) { return s.snapshot.has_value(); })) {
    result.kind = QuoteCheck::Kind::not_found;
  } else if (any_candidate([](const Source& s) { return !s.quotes.empty(); })) {
    result.kind = QuoteCheck::Kind::not_recorded;
  } else {
    return result;
  }
  const QuoteCheck::Kind nowhere = result.kind;
  for (const Part& part : parts_) {
    std::vector<std::size_t> local;
    for (const std::size_t index : candidates) {
      if (index >= part.first && index - part.first < part.list->sources().size())
        local.push_back(index - part.first);
    }
    if (local.empty())
      continue;
    QuoteVerdict verdict = part.list->index().verify(quote, local);
    if (verdict.kind == QuoteVerdict::Kind::not_found)
      continue;
    const bool better = verdict.kind == QuoteVerdict::Kind::found || result.kind == nowhere ||
                        verdict.match.alignment.edits < result.match.alignment.edits;
    if (!better)
      continue;
    const IndexedText& text = part.list->index().texts()[verdict.text];
    result.kind = verdict.kind == QuoteVerdict::Kind::found ? QuoteCheck::Kind::found
                                                            : QuoteCheck::Kind::misquoted;
    result.source = &sources_[part.first + text.source_index];
    result.match = std::move(verdict.match);
    result.recorded = text.text;
    if (result.kind == QuoteCheck::Kind::found)
      break;
  }
  return result;
}

std::vector<const Source*> SourceList::sources_containing(std::string_view quote,
                                                          std::span<const std::size_t> except,
                                                          std::size_t limit) const {
  std::vector<std::size_t> found;
  for (const Part& part : parts_) {
    std::vector<std::size_t> local_except;
    for (const std::size_t index : except) {
      if (index >= part.first && index - part.first < part.list->sources().size())
        local_except.push_back(index - part.first);
    }
    for (const std::size_t local :
         part.list->index().sources_containing(quote, local_except, limit))
      found.push_back(part.first + local);
  }
  std::sort(found.begin(), found.end());
  if (found.size() > limit)
    found.resize(limit);
  std::vector<const Source*> sources;
  for (const std::size_t index : found)
    sources.push_back(&sources_[index]);
  return sources;
}

template <typename T, typename Build>
std::shared_ptr<const T> SourceListCache::build_once(Slot<T>& slot, Build&& build) {
  std::call_once(slot.once, [&] {
    try {
      slot.value = build();
    } catch (const InputError& error) {
      slot.error = error.what();
    }
  });
  if (!slot.value)
    throw InputError(slot.error);
  return slot.value;
}

std::shared_ptr<const LoadedSourceList> SourceListCache::load_file(
    const std::filesystem::path& path) {
  std::shared_ptr<Slot<LoadedSourceList>> slot;
  {
    const std::lock_guard lock(mutex_);
    auto& entry = files_[cache_key(path)];
    if (!entry)
      entry = std::make_shared<Slot<LoadedSourceList>>();
    slot = entry;
  }
  return build_once(*slot, [&] {
    {
      const std::lock_guard lock(mutex_);
      ++files_built_;
    }
    return std::make_shared<const LoadedSourceList>(load_source_list(path));
  });
}

std::shared_ptr<const SourceList> SourceListCache::get(
    const std::vector<std::filesystem::path>& lists,
    const std::optional<std::filesystem::path>& sidecar,
    std::shared_ptr<const LoadedSourceList> front_matter) {
  std::vector<std::filesystem::path> files = lists;
  if (sidecar)
    files.push_back(*sidecar);
  if (files.empty() && !front_matter)
    return nullptr;
  std::vector<std::shared_ptr<const LoadedSourceList>> parts;
  std::vector<std::string> key;
  for (const std::filesystem::path& file : files) {
    std::string file_key = cache_key(file);
    if (std::find(key.begin(), key.end(), file_key) != key.end())
      continue;  // the sidecar also named with --sources
    parts.push_back(load_file(file));
    key.push_back(std::move(file_key));
  }
  const auto build = [&] {
    {
      const std::lock_guard lock(mutex_);
      ++lists_built_;
    }
    return std::make_shared<const SourceList>(std::move(parts));
  };
  if (front_matter) {
    parts.push_back(std::move(front_matter));
    return build();
  }
  if (!sidecar) {
    std::shared_ptr<Slot<SourceList>> slot;
    {
      const std::lock_guard lock(mutex_);
      auto& entry = run_lists_[std::move(key)];
      if (!entry)
        entry = std::make_shared<Slot<SourceList>>();
      slot = entry;
    }
    return build_once(*slot, build);
  }
  {
    const std::lock_guard lock(mutex_);
    if (auto alive = sidecar_lists_[key].lock())
      return alive;
  }
  // Built outside the lock, so other files go on meanwhile; should two files with the
  // same sidecar race, the first one stored wins.
  std::shared_ptr<const SourceList> list = build();
  const std::lock_guard lock(mutex_);
  std::weak_ptr<const SourceList>& alive = sidecar_lists_[std::move(key)];
  if (auto stored = alive.lock())
    return stored;
  alive = list;
  return list;
}

std::size_t SourceListCache::files_built() const {
  const std::lock_guard lock(mutex_);
  return files_built_;
}

std::size_t SourceListCache::lists_built() const {
  const std::lock_guard lock(mutex_);
  return lists_built_;
}

}  // namespace citecheck
