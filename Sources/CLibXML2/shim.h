// libxml2 (libxml2-dev): its HTML parser for web pages, its XML parser (recovering from the
// errors real feeds have) for feeds and OPML.
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, whose headers clash with Foundation's own copy of ICU in
// Swift; nothing here touches the encoding handlers that would use them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

// xmlFree is a global function pointer, which Swift 6 will not read from any thread.
static inline void csxml_free(void *pointer) { xmlFree(pointer); }

#include <libxml/xmlerror.h>
static void csxml_ignore(void *context, const char *message, ...) { (void)context; (void)message; }
// libxml2 writes what it had to recover from (bad encodings, broken markup) to stderr unless
// told otherwise, per thread: a page's or a feed's garbage must never reach the terminal.
static inline void csxml_silence(void) { xmlSetGenericErrorFunc(NULL, csxml_ignore); }
