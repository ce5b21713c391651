#pragma once
// A thin owner of libxml2's xmlTextWriter: the library writes the markup and does all
// escaping; the caller moves finished text to a stream as it goes.

#include <libxml/xmlwriter.h>

#include <memory>
#include <ostream>
#include <string_view>

namespace citecheck {

struct XmlBufferFree {
  void operator()(xmlBuffer* buffer) const noexcept { xmlBufferFree(buffer); }
};
struct XmlTextWriterFree {
  void operator()(xmlTextWriter* writer) const noexcept { xmlFreeTextWriter(writer); }
};

// Every call throws std::runtime_error if libxml2 reports a failure.
class XmlWriter {
 public:
  XmlWriter();

  void start_document();
  void start_element(std::string_view name);
  void attribute(std::string_view name, std::string_view value);
  void attribute(std::string_view name, std::size_t value);
  void text(std::string_view content);
  void end_element();
  void end_document();
  // Writes what the writer has produced so far to `out` and forgets it.
  void flush_to(std::ostream& out);

 private:
  std::unique_ptr<xmlBuffer, XmlBufferFree> buffer_;
  std::unique_ptr<xmlTextWriter, XmlTextWriterFree> writer_;
};

}  // namespace citecheck
