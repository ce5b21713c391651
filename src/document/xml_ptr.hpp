#pragma once

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

#include <memory>

namespace citecheck {

// One deleter per libxml2 type, so that every pointer the library hands out has an owner.
struct XmlDocFree {
  void operator()(xmlDoc* doc) const noexcept { xmlFreeDoc(doc); }
};
struct XmlCharFree {
  void operator()(xmlChar* text) const noexcept { xmlFree(text); }
};
struct HtmlParserCtxtFree {
  void operator()(htmlParserCtxt* context) const noexcept { htmlFreeParserCtxt(context); }
};

using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;
using XmlCharPtr = std::unique_ptr<xmlChar, XmlCharFree>;  // xmlGetProp, xmlNodeGetContent
using HtmlParserCtxtPtr = std::unique_ptr<htmlParserCtxt, HtmlParserCtxtFree>;

}  // namespace citecheck
