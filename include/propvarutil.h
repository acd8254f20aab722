/* propvarutil.h for winsession: the common PROPVARIANT helpers. The
 * InitPropVariantFrom* of simple values are inline, as in the SDK; the
 * PropVariantTo* readers and the GUID initialisers are propsys exports
 * (libwinsession). */
#ifndef WINSESSION_PROPVARUTIL_H
#define WINSESSION_PROPVARUTIL_H

#include "propidl.h"
#include "shlwapi.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef PSSTDAPI
#define PSSTDAPI STDAPI
#endif

PSSTDAPI InitPropVariantFromGUIDAsString(REFGUID guid, PROPVARIANT *ppropvar);
PSSTDAPI InitPropVariantFromCLSID(REFCLSID clsid, PROPVARIANT *ppropvar);
PSSTDAPI PropVariantToBoolean(REFPROPVARIANT propvarIn, BOOL *pfRet);
PSSTDAPI PropVariantToInt32(REFPROPVARIANT propvarIn, LONG *plRet);
PSSTDAPI PropVariantToUInt32(REFPROPVARIANT propvarIn, ULONG *pulRet);
PSSTDAPI PropVariantToInt64(REFPROPVARIANT propvarIn, LONGLONG *pllRet);
PSSTDAPI PropVariantToUInt64(REFPROPVARIANT propvarIn, ULONGLONG *pullRet);
PSSTDAPI PropVariantToString(REFPROPVARIANT propvar, PWSTR psz, UINT cch);
PSSTDAPI PropVariantToStringAlloc(REFPROPVARIANT propvar, PWSTR *ppszOut);
PSSTDAPI PropVariantToGUID(REFPROPVARIANT propvar, GUID *pguid);

#define WINSESSION_INIT_PROPVARIANT(name, type, tag, member) \
    static inline HRESULT name(type value, PROPVARIANT *ppropvar) { \
        ppropvar->vt = tag; \
        ppropvar->wReserved1 = ppropvar->wReserved2 = ppropvar->wReserved3 = 0; \
        ppropvar->member = value; \
        return S_OK; \
    }
WINSESSION_INIT_PROPVARIANT(InitPropVariantFromInt16, SHORT, VT_I2, iVal)
WINSESSION_INIT_PROPVARIANT(InitPropVariantFromUInt16, USHORT, VT_UI2, uiVal)
WINSESSION_INIT_PROPVARIANT(InitPropVariantFromInt32, LONG, VT_I4, lVal)
WINSESSION_INIT_PROPVARIANT(InitPropVariantFromUInt32, ULONG, VT_UI4, ulVal)
WINSESSION_INIT_PROPVARIANT(InitPropVariantFromInt64, LONGLONG, VT_I8, hVal.QuadPart)
WINSESSION_INIT_PROPVARIANT(InitPropVariantFromUInt64, ULONGLONG, VT_UI8, uhVal.QuadPart)
WINSESSION_INIT_PROPVARIANT(InitPropVariantFromDouble, DOUBLE, VT_R8, dblVal)
#undef WINSESSION_INIT_PROPVARIANT

static inline HRESULT InitPropVariantFromBoolean(BOOL fVal, PROPVARIANT *ppropvar) {
    ppropvar->vt = VT_BOOL;
    ppropvar->wReserved1 = ppropvar->wReserved2 = ppropvar->wReserved3 = 0;
    ppropvar->boolVal = fVal ? VARIANT_TRUE : VARIANT_FALSE;
    return S_OK;
}

/* A copy of psz in task memory (VT_LPWSTR); on failure VT_EMPTY. */
static inline HRESULT InitPropVariantFromString(PCWSTR psz, PROPVARIANT *ppropvar) {
    HRESULT hr;
    ppropvar->wReserved1 = ppropvar->wReserved2 = ppropvar->wReserved3 = 0;
    hr = SHStrDupW(psz, &ppropvar->pwszVal);
    if (SUCCEEDED(hr)) {
        ppropvar->vt = VT_LPWSTR;
    } else {
        PropVariantInit(ppropvar);
    }
    return hr;
}

#ifdef __cplusplus
}
#endif

#endif
