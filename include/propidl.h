/* propidl.h for winsession: PROPVARIANT, as the SDK lays it out (24 bytes
 * on x64: the type tag, three reserved words and a 16-byte union, or a
 * DECIMAL over the whole), VARENUM, PropVariantClear and PropVariantCopy. */
#ifndef WINSESSION_PROPIDL_H
#define WINSESSION_PROPIDL_H

#include "wtypes.h"
#include "objidl.h"

#ifdef __cplusplus
extern "C" {
#endif

enum VARENUM {
    VT_EMPTY = 0, VT_NULL = 1, VT_I2 = 2, VT_I4 = 3, VT_R4 = 4, VT_R8 = 5, VT_CY = 6, VT_DATE = 7,
    VT_BSTR = 8, VT_DISPATCH = 9, VT_ERROR = 10, VT_BOOL = 11, VT_VARIANT = 12, VT_UNKNOWN = 13,
    VT_DECIMAL = 14, VT_I1 = 16, VT_UI1 = 17, VT_UI2 = 18, VT_UI4 = 19, VT_I8 = 20, VT_UI8 = 21,
    VT_INT = 22, VT_UINT = 23, VT_VOID = 24, VT_HRESULT = 25, VT_PTR = 26, VT_SAFEARRAY = 27,
    VT_CARRAY = 28, VT_USERDEFINED = 29, VT_LPSTR = 30, VT_LPWSTR = 31, VT_RECORD = 36,
    VT_INT_PTR = 37, VT_UINT_PTR = 38, VT_FILETIME = 64, VT_BLOB = 65, VT_STREAM = 66,
    VT_STORAGE = 67, VT_STREAMED_OBJECT = 68, VT_STORED_OBJECT = 69, VT_BLOB_OBJECT = 70,
    VT_CF = 71, VT_CLSID = 72, VT_VERSIONED_STREAM = 73, VT_BSTR_BLOB = 0xfff,
    VT_VECTOR = 0x1000, VT_ARRAY = 0x2000, VT_BYREF = 0x4000, VT_RESERVED = 0x8000,
    VT_ILLEGAL = 0xffff, VT_ILLEGALMASKED = 0xfff, VT_TYPEMASK = 0xfff
};

typedef struct IDispatch IDispatch;
typedef struct tagSAFEARRAY SAFEARRAY, *LPSAFEARRAY;
typedef struct tagCLIPDATA { ULONG cbSize; LONG ulClipFmt; BYTE *pClipData; } CLIPDATA;
typedef struct tagBSTRBLOB { ULONG cbSize; BYTE *pData; } BSTRBLOB;
typedef struct tagVersionedStream { GUID guidVersion; IStream *pStream; } VERSIONEDSTREAM, *LPVERSIONEDSTREAM;
typedef struct tagPROPVARIANT PROPVARIANT;

#define WINSESSION_CA(name, type) typedef struct tag##name { ULONG cElems; type *pElems; } name
WINSESSION_CA(CAC, CHAR);
WINSESSION_CA(CAUB, UCHAR);
WINSESSION_CA(CAI, SHORT);
WINSESSION_CA(CAUI, USHORT);
WINSESSION_CA(CAL, LONG);
WINSESSION_CA(CAUL, ULONG);
WINSESSION_CA(CAH, LARGE_INTEGER);
WINSESSION_CA(CAUH, ULARGE_INTEGER);
WINSESSION_CA(CAFLT, FLOAT);
WINSESSION_CA(CADBL, DOUBLE);
WINSESSION_CA(CABOOL, VARIANT_BOOL);
WINSESSION_CA(CASCODE, SCODE);
WINSESSION_CA(CACY, CY);
WINSESSION_CA(CADATE, DATE);
WINSESSION_CA(CAFILETIME, FILETIME);
WINSESSION_CA(CACLSID, CLSID);
WINSESSION_CA(CACLIPDATA, CLIPDATA);
WINSESSION_CA(CABSTR, BSTR);
WINSESSION_CA(CABSTRBLOB, BSTRBLOB);
WINSESSION_CA(CALPSTR, LPSTR);
WINSESSION_CA(CALPWSTR, LPWSTR);
WINSESSION_CA(CAPROPVARIANT, PROPVARIANT);
#undef WINSESSION_CA

struct tagPROPVARIANT {
    union {
        struct {
            VARTYPE vt;
            WORD wReserved1;
            WORD wReserved2;
            WORD wReserved3;
            union {
                CHAR cVal;
                UCHAR bVal;
                SHORT iVal;
                USHORT uiVal;
                LONG lVal;
                ULONG ulVal;
                INT intVal;
                UINT uintVal;
                LARGE_INTEGER hVal;
                ULARGE_INTEGER uhVal;
                FLOAT fltVal;
                DOUBLE dblVal;
                VARIANT_BOOL boolVal;
                SCODE scode;
                CY cyVal;
                DATE date;
                FILETIME filetime;
                CLSID *puuid;
                CLIPDATA *pclipdata;
                BSTR bstrVal;
                BSTRBLOB bstrblobVal;
                BLOB blob;
                LPSTR pszVal;
                LPWSTR pwszVal;
                IUnknown *punkVal;
                IDispatch *pdispVal;
                IStream *pStream;
                IStorage *pStorage;
                LPVERSIONEDSTREAM pVersionedStream;
                LPSAFEARRAY parray;
                CAC cac;
                CAUB caub;
                CAI cai;
                CAUI caui;
                CAL cal;
                CAUL caul;
                CAH cah;
                CAUH cauh;
                CAFLT caflt;
                CADBL cadbl;
                CABOOL cabool;
                CASCODE cascode;
                CACY cacy;
                CADATE cadate;
                CAFILETIME cafiletime;
                CACLSID cauuid;
                CACLIPDATA caclipdata;
                CABSTR cabstr;
                CABSTRBLOB cabstrblob;
                CALPSTR calpstr;
                CALPWSTR calpwstr;
                CAPROPVARIANT capropvar;
                CHAR *pcVal;
                UCHAR *pbVal;
                SHORT *piVal;
                USHORT *puiVal;
                LONG *plVal;
                ULONG *pulVal;
                INT *pintVal;
                UINT *puintVal;
                FLOAT *pfltVal;
                DOUBLE *pdblVal;
                VARIANT_BOOL *pboolVal;
                DECIMAL *pdecVal;
                SCODE *pscode;
                CY *pcyVal;
                DATE *pdate;
                BSTR *pbstrVal;
                IUnknown **ppunkVal;
                IDispatch **ppdispVal;
                LPSAFEARRAY *pparray;
                PROPVARIANT *pvarVal;
            };
        };
        DECIMAL decVal;
    };
};
typedef PROPVARIANT *LPPROPVARIANT;
/* A PROPVARIANT passed in: by reference in C++, by pointer in C. */
#ifdef __cplusplus
#define REFPROPVARIANT const PROPVARIANT &
#else
#define REFPROPVARIANT const PROPVARIANT *
#endif

#define PropVariantInit(pvar) ((void)memset((pvar), 0, sizeof(PROPVARIANT)))
WINOLEAPI PropVariantClear(PROPVARIANT *pvar);
WINOLEAPI PropVariantCopy(PROPVARIANT *pvarDest, const PROPVARIANT *pvarSrc);

#ifdef __cplusplus
}
#endif

#endif
