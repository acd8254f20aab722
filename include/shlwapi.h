/* shlwapi.h for winsession: QISearch, the table-driven QueryInterface C and
 * C++ COM objects implement with QITAB, and SHStrDup. */
#ifndef WINSESSION_SHLWAPI_H
#define WINSESSION_SHLWAPI_H

#include "objbase.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One interface of an object: its IID and the byte offset from the
 * object's start to that interface's pointer. A table ends with {0}. */
typedef struct {
    const IID *piid;
    DWORD dwOffset;
} QITAB, *LPQITAB;
typedef const QITAB *LPCQITAB;

#ifdef __cplusplus
/* The offset of base class `base` inside `derived` (the SDK's form: cast
 * an object at address 8, not 0, so the cast is not a NULL conversion). */
#define OFFSETOFCLASS(base, derived) \
    ((DWORD)(DWORD_PTR)(static_cast<base *>((derived *)8)) - 8)
#define QITABENTMULTI(Cthis, Ifoo, Iimpl) { &__uuidof(Ifoo), OFFSETOFCLASS(Iimpl, Cthis) }
#else
#define OFFSETOFCLASS(base, derived) ((DWORD)(DWORD_PTR)((base *)((derived *)8)) - 8)
#define QITABENTMULTI(Cthis, Ifoo, Iimpl) { &IID_##Ifoo, OFFSETOFCLASS(Iimpl, Cthis) }
#endif
#define QITABENTMULTI2(Cthis, Ifoo, Iimpl) { &Ifoo, OFFSETOFCLASS(Iimpl, Cthis) }
#define QITABENT(Cthis, Ifoo) QITABENTMULTI(Cthis, Ifoo, Ifoo)

STDAPI QISearch(void *that, LPCQITAB pqit, REFIID riid, void **ppv);
STDAPI SHStrDupA(LPCSTR psz, LPWSTR *ppwsz);
STDAPI SHStrDupW(LPCWSTR psz, LPWSTR *ppwsz);
#ifdef UNICODE
#define SHStrDup SHStrDupW
#else
#define SHStrDup SHStrDupA
#endif

#ifdef __cplusplus
}
#endif

#endif
