/* GUIDs, IUnknown and PROPVARIANT for the COM-based headers (mfobjects.h and
 * the rest). C code calls methods through lpVtbl, as it does on Windows. */
#ifndef WINSESSION_UNKNWN_H
#define WINSESSION_UNKNWN_H

#include <string.h>
#include "windows.h"
#include "winerror.h"

#ifdef __cplusplus
extern "C" {
#endif

#define STDMETHODCALLTYPE
#define STDAPI HRESULT

typedef struct _GUID {
    UINT32 Data1;
    unsigned short Data2;
    unsigned short Data3;
    unsigned char Data4[8];
} GUID, IID, CLSID;
/* C passes GUIDs by pointer, C++ by reference, as the SDK's guiddef.h. */
#ifdef __cplusplus
#define REFGUID const GUID &
#define REFIID const IID &
#else
typedef const GUID *REFGUID;
typedef const IID *REFIID;
#endif
/* C++ sees interfaces as classes with virtual methods, whose vtables are
 * the COM ones, unless it defines CINTERFACE to get the C structs. */
#if defined(__cplusplus) && !defined(CINTERFACE)
#define WINSESSION_CPP_INTERFACES 1
#endif
typedef unsigned short VARTYPE;
typedef unsigned char BYTE, UINT8;
typedef float FLOAT;
typedef double DOUBLE;

#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    static const GUID name = {l, w1, w2, {b1, b2, b3, b4, b5, b6, b7, b8}}

#ifdef __cplusplus
inline int IsEqualGUID(REFGUID a, REFGUID b) { return memcmp(&a, &b, sizeof(GUID)) == 0; }
#else
static inline int IsEqualGUID(REFGUID a, REFGUID b) { return memcmp(a, b, sizeof(GUID)) == 0; }
#endif
#define IsEqualIID IsEqualGUID

DEFINE_GUID(GUID_NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
DEFINE_GUID(IID_IUnknown, 0x00000000, 0x0000, 0x0000, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46);

/* The first three slots of every vtable. */
#define IUNKNOWN_METHODS(T) \
    HRESULT (STDMETHODCALLTYPE *QueryInterface)(T *This, REFIID riid, void **ppvObject); \
    ULONG (STDMETHODCALLTYPE *AddRef)(T *This); \
    ULONG (STDMETHODCALLTYPE *Release)(T *This);

typedef struct IUnknown IUnknown;
#ifdef WINSESSION_CPP_INTERFACES
struct IUnknown {
    virtual HRESULT STDMETHODCALLTYPE QueryInterface(REFIID riid, void **ppvObject) = 0;
    virtual ULONG STDMETHODCALLTYPE AddRef(void) = 0;
    virtual ULONG STDMETHODCALLTYPE Release(void) = 0;
};
#else
typedef struct IUnknownVtbl { IUNKNOWN_METHODS(IUnknown) } IUnknownVtbl;
struct IUnknown { const IUnknownVtbl *lpVtbl; };
#endif

/* PROPVARIANT with the members Media Foundation uses. */
enum VARENUM {
    VT_EMPTY = 0, VT_R4 = 4, VT_R8 = 5, VT_UNKNOWN = 13, VT_UI4 = 19, VT_I8 = 20, VT_UI8 = 21,
    VT_LPWSTR = 31, VT_CLSID = 72, VT_VECTOR = 0x1000, VT_UI1 = 17
};
typedef struct tagCAUB { ULONG cElems; BYTE *pElems; } CAUB;
typedef struct tagPROPVARIANT {
    VARTYPE vt;
    unsigned short wReserved1, wReserved2, wReserved3;
    union {
        LONG lVal;
        ULONG ulVal;
        LARGE_INTEGER hVal;
        ULARGE_INTEGER uhVal;
        FLOAT fltVal;
        DOUBLE dblVal;
        CLSID *puuid;
        LPWSTR pwszVal;
        IUnknown *punkVal;
        CAUB caub;
    };
} PROPVARIANT;

static inline void PropVariantInit(PROPVARIANT *pv) { memset(pv, 0, sizeof(*pv)); }
HRESULT PropVariantClear(PROPVARIANT *pvar);
void *CoTaskMemAlloc(SIZE_T cb);
void CoTaskMemFree(void *pv);

#ifdef __cplusplus
}

inline bool operator==(REFGUID a, REFGUID b) { return IsEqualGUID(a, b) != 0; }
inline bool operator!=(REFGUID a, REFGUID b) { return !(a == b); }
#endif

#endif
