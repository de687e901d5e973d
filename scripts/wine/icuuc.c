/* FOR TESTS UNDER WINE ONLY - never shipped. Qt6Core.dll imports these ICU converter functions from Windows'
 * own icuuc.dll (Windows 10 1703 and later have it); Wine 8 has no icuuc.dll, so Qt6Core.dll would not load.
 * Every converter is "unsupported": Qt then falls back to its built-in UTF-8/UTF-16/Latin-1 codecs, the only ones
 * GridBudget uses. Built by scripts/build-windows.sh with x86_64-w64-mingw32-gcc into the Wine prefix's system32. */
#include <stddef.h>

#define EXPORT __declspec(dllexport)
#define U_UNSUPPORTED_ERROR 16

EXPORT void *ucnv_open(const char *name, int *status) { (void)name; if (status) *status = U_UNSUPPORTED_ERROR; return NULL; }
EXPORT void ucnv_close(void *converter) { (void)converter; }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void ucnv_reset(void *converter) { (void)converter; }
EXPORT signed char ucnv_getMaxCharSize(const void *converter) { (void)converter; return 1; }
EXPORT const char *ucnv_getName(const void *converter, int *status) { (void)converter; if (status) *status = U_UNSUPPORTED_ERROR; return NULL; }
EXPORT void ucnv_getToUCallBack(const void *c, void **action, const void **context) { (void)c; if (action) *action = NULL; if (context) *context = NULL; }
EXPORT void ucnv_getFromUCallBack(const void *c, void **action, const void **context) { (void)c; if (action) *action = NULL; if (context) *context = NULL; }
EXPORT void ucnv_setToUCallBack(void *c, void *a, const void *x, void **oa, const void **ox, int *status) { (void)c; (void)a; (void)x; (void)oa; (void)ox; if (status) *status = U_UNSUPPORTED_ERROR; }
EXPORT void ucnv_setFromUCallBack(void *c, void *a, const void *x, void **oa, const void **ox, int *status) { (void)c; (void)a; (void)x; (void)oa; (void)ox; if (status) *status = U_UNSUPPORTED_ERROR; }
EXPORT void ucnv_cbToUWriteUChars(void *args, const void *source, int length, int offset, int *status) { (void)args; (void)source; (void)length; (void)offset; if (status) *status = U_UNSUPPORTED_ERROR; }
EXPORT void ucnv_toUnicode(void *c, void **t, const void *tl, const char **s, const char *sl, int *o, signed char f, int *status) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; if (status) *status = U_UNSUPPORTED_ERROR; }
EXPORT void ucnv_cbFromUWriteUChars(void *args, const void **source, const void *limit, int offset, int *status) { (void)args; (void)source; (void)limit; (void)offset; if (status) *status = U_UNSUPPORTED_ERROR; }
EXPORT int ucnv_toUCountPending(const void *c, int *status) { (void)c; (void)status; return 0; }
EXPORT int ucnv_fromUCountPending(const void *c, int *status) { (void)c; (void)status; return 0; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, int *status) { (void)name; (void)standard; (void)status; return NULL; }
EXPORT const char *ucnv_getAvailableName(int n) { (void)n; return NULL; }
EXPORT int ucnv_countAvailable(void) { return 0; }
EXPORT void ucnv_fromUnicode(void *c, char **t, const char *tl, const void **s, const void *sl, int *o, signed char f, int *status) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; if (status) *status = U_UNSUPPORTED_ERROR; }
