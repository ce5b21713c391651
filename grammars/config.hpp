#pragma once
// Types shared by every grammar's instantiation. X3 parses raw UTF-8 bytes: multi-byte
// characters are matched as byte strings, never classified with char_ predicates.

namespace citecheck::grammars {

using iterator_type = const char*;

}  // namespace citecheck::grammars
