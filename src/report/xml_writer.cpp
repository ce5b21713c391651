#include "src/report/xml_writer.hpp"

#include <stdexcept>
#include <string>

namespace citecheck {

namespace {

const xmlChar* xml_text(const std::string& text) {
  return reinterpret_cast<const xmlChar*>(text.c_str());
}

void check(int status, std::string_view operation) {
  if (status < 0)
    throw std::runtime_error("libxml2 could not write XML (" + std::string(operation) + ")");
}

}  // namespace

XmlWriter::XmlWriter() : buffer_(xmlBufferCreate()) {
  if (!buffer_)
    throw std::runtime_error("libxml2 could not allocate an output buffer");
  // The writer does not take ownership of a memory buffer; both are freed separately.
  writer_.reset(xmlNewTextWriterMemory(buffer_.get(), 0));
  if (!writer_)
    throw std::runtime_error("libxml2 could not create an XML writer");
  check(xmlTextWriterSetIndent(writer_.get(), 1), "indent");
  check(xmlTextWriterSetIndentString(writer_.get(), xml_text("  ")), "indent");
}

void XmlWriter::start_document() {
  check(xmlTextWriterStartDocument(writer_.get(), "1.0", "UTF-8", nullptr), "declaration");
}

void XmlWriter::start_element(std::string_view name) {
  check(xmlTextWriterStartElement(writer_.get(), xml_text(std::string(name))), "element");
}

void XmlWriter::attribute(std::string_view name, std::string_view value) {
  check(xmlTextWriterWriteAttribute(writer_.get(), xml_text(std::string(name)),
                                    xml_text(std::string(value))),
        "attribute");
}

void XmlWriter::attribute(std::string_view name, std::size_t value) {
  attribute(name, std::to_string(value));
}

void XmlWriter::text(std::string_view content) {
  check(xmlTextWriterWriteString(writer_.get(), xml_text(std::string(content))), "text");
}

void XmlWriter::end_element() {
  check(xmlTextWriterEndElement(writer_.get()), "end of element");
}

void XmlWriter::end_document() {
  check(xmlTextWriterEndDocument(writer_.get()), "end of document");
}

void XmlWriter::flush_to(std::ostream& out) {
  check(xmlTextWriterFlush(writer_.get()), "flush");
  out.write(reinterpret_cast<const char*>(xmlBufferContent(buffer_.get())),
            xmlBufferLength(buffer_.get()));
  xmlBufferEmpty(buffer_.get());
}

}  // namespace citecheck
