/* FOR TESTS UNDER WINE ONLY - never shipped. Qt6Pdf.dll (PDFium, with Chromium's base) loads bcryptprimitives.dll
 * and its ProcessPrng when the first QPdfDocument is made, and stops the process (int3) if either is missing.
 * Windows 10 and 11 have both; Wine 8 has no bcryptprimitives.dll, so print and print preview died under Wine.
 * ProcessPrng here fills the buffer from the system's generator through bcrypt (which Wine has). Built by
 * scripts/wine/env.sh into the Wine prefix's system32. */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
