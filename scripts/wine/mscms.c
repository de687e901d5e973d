/* FOR TESTS UNDER WINE ONLY - never shipped. Qt's qwindows.dll imports WcsCreateIccProfile from mscms.dll, which
 * Wine 8's built-in mscms lacks, so the Windows platform plugin would not load. This stub replaces Wine's mscms
 * (WINEDLLOVERRIDES=mscms=n) with the four functions qwindows.dll imports, all reporting "no colour profile":
 * Qt then paints in sRGB. Real Windows has the real mscms.dll. Built by scripts/build-windows.sh. */
#include <stddef.h>

#define EXPORT __declspec(dllexport)

EXPORT void *OpenColorProfileW(void *profile, unsigned long access, unsigned long share, unsigned long creation) { (void)profile; (void)access; (void)share; (void)creation; return NULL; }
EXPORT int CloseColorProfile(void *profile) { (void)profile; return 1; }
EXPORT int GetColorProfileFromHandle(void *profile, unsigned char *buffer, unsigned long *size) { (void)profile; (void)buffer; if (size) *size = 0; return 0; }
EXPORT void *WcsCreateIccProfile(void *profile, unsigned long intent) { (void)profile; (void)intent; return NULL; }
