#include <libxml/xmlversion.h>
// libxml2 built with ICU declares ICU converters in encoding.h; those ICU headers clash with the
// copy of ICU that Foundation carries (_FoundationICU) in any target importing both. The parser
// API used here never touches them (they sit at the end of xmlCharEncodingHandler, only ever
// reached through a pointer), so the declarations are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
