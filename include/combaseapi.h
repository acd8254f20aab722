/* combaseapi.h for winsession: the macros COM interfaces are declared and
 * implemented with (STDMETHOD, STDMETHODIMP, DECLARE_INTERFACE, interface,
 * IID_PPV_ARGS ...), and combase's functions: CoInitializeEx,
 * CoCreateInstance, the task allocator, GUID strings. */
#ifndef WINSESSION_COMBASEAPI_H
#define WINSESSION_COMBASEAPI_H

#include "wtypes.h"

/* x86-64 has one calling convention: these are empty (winnt.h may have
 * defined them already). */
#ifndef STDMETHODCALLTYPE
#define STDMETHODCALLTYPE
#endif
#ifndef STDMETHODVCALLTYPE
#define STDMETHODVCALLTYPE
#endif
#ifndef STDAPICALLTYPE
#define STDAPICALLTYPE
#endif
#ifndef STDAPIVCALLTYPE
#define STDAPIVCALLTYPE
#endif
#ifndef STDAPI
#define STDAPI EXTERN_C HRESULT STDAPICALLTYPE
#endif
#ifndef STDAPI_
#define STDAPI_(type) EXTERN_C type STDAPICALLTYPE
#endif
#ifndef STDAPIV
#define STDAPIV EXTERN_C HRESULT STDAPIVCALLTYPE
#endif
#ifndef STDAPIV_
#define STDAPIV_(type) EXTERN_C type STDAPIVCALLTYPE
#endif
#ifndef STDMETHODIMP
#define STDMETHODIMP HRESULT STDMETHODCALLTYPE
#endif
#ifndef STDMETHODIMP_
#define STDMETHODIMP_(type) type STDMETHODCALLTYPE
#endif
#ifndef STDMETHODIMPV
#define STDMETHODIMPV HRESULT STDMETHODVCALLTYPE
#endif
#ifndef STDMETHODIMPV_
#define STDMETHODIMPV_(type) type STDMETHODVCALLTYPE
#endif
#ifndef WINOLEAPI
#define WINOLEAPI STDAPI
#define WINOLEAPI_(type) STDAPI_(type)
#endif
#ifndef DECLSPEC_NOVTABLE
#define DECLSPEC_NOVTABLE
#endif
#ifndef DECLSPEC_UUID
#define DECLSPEC_UUID(x)
#endif
#define COM_DECLSPEC_NOTHROW

#define __STRUCT__ struct
#ifndef interface
#define interface __STRUCT__
#endif
#define BEGIN_INTERFACE
#define END_INTERFACE

#if defined(__cplusplus) && !defined(CINTERFACE)
#define STDMETHOD(method) virtual COM_DECLSPEC_NOTHROW HRESULT STDMETHODCALLTYPE method
#define STDMETHOD_(type, method) virtual COM_DECLSPEC_NOTHROW type STDMETHODCALLTYPE method
#define STDMETHODV(method) virtual COM_DECLSPEC_NOTHROW HRESULT STDMETHODVCALLTYPE method
#define STDMETHODV_(type, method) virtual COM_DECLSPEC_NOTHROW type STDMETHODVCALLTYPE method
#define PURE = 0
#define THIS_
#define THIS void
#define DECLARE_INTERFACE(iface) interface DECLSPEC_NOVTABLE iface
#define DECLARE_INTERFACE_(iface, baseiface) interface DECLSPEC_NOVTABLE iface : public baseiface
#define DECLARE_INTERFACE_IID(iface, iid) interface DECLSPEC_UUID(iid) DECLSPEC_NOVTABLE iface
#define DECLARE_INTERFACE_IID_(iface, baseiface, iid) \
    interface DECLSPEC_UUID(iid) DECLSPEC_NOVTABLE iface : public baseiface
/* IFACEMETHOD marks an implementation of an interface method (MSVC's
 * __override is an annotation only). */
#define IFACEMETHOD(method) STDMETHOD(method)
#define IFACEMETHOD_(type, method) STDMETHOD_(type, method)
#define IFACEMETHODV(method) STDMETHODV(method)
#define IFACEMETHODV_(type, method) STDMETHODV_(type, method)
#else
#define STDMETHOD(method) HRESULT (STDMETHODCALLTYPE *method)
#define STDMETHOD_(type, method) type (STDMETHODCALLTYPE *method)
#define STDMETHODV(method) HRESULT (STDMETHODVCALLTYPE *method)
#define STDMETHODV_(type, method) type (STDMETHODVCALLTYPE *method)
#define PURE
#define THIS_ INTERFACE *This,
#define THIS INTERFACE *This
#define DECLARE_INTERFACE(iface) \
    typedef interface iface { const struct iface##Vtbl *lpVtbl; } iface; \
    typedef const struct iface##Vtbl iface##Vtbl; \
    const struct iface##Vtbl
#define DECLARE_INTERFACE_(iface, baseiface) DECLARE_INTERFACE(iface)
#define DECLARE_INTERFACE_IID(iface, iid) DECLARE_INTERFACE(iface)
#define DECLARE_INTERFACE_IID_(iface, baseiface, iid) DECLARE_INTERFACE(iface)
#endif
#define IFACEMETHODIMP STDMETHODIMP
#define IFACEMETHODIMP_(type) STDMETHODIMP_(type)
#define IFACEMETHODIMPV STDMETHODIMPV
#define IFACEMETHODIMPV_(type) STDMETHODIMPV_(type)

typedef struct IUnknown IUnknown;
typedef IUnknown *LPUNKNOWN;

#ifdef __cplusplus
extern "C" {
#endif

typedef enum tagCOINITBASE { COINITBASE_MULTITHREADED = 0x0 } COINITBASE;

STDAPI CoInitializeEx(LPVOID pvReserved, DWORD dwCoInit);
STDAPI_(void) CoUninitialize(void);
STDAPI CoCreateInstance(REFCLSID rclsid, LPUNKNOWN pUnkOuter, DWORD dwClsContext, REFIID riid,
                        LPVOID *ppv);
STDAPI CoGetClassObject(REFCLSID rclsid, DWORD dwClsContext, LPVOID pvReserved, REFIID riid,
                        LPVOID *ppv);
STDAPI_(LPVOID) CoTaskMemAlloc(SIZE_T cb);
STDAPI_(LPVOID) CoTaskMemRealloc(LPVOID pv, SIZE_T cb);
STDAPI_(void) CoTaskMemFree(LPVOID pv);
STDAPI CoCreateGuid(GUID *pguid);
STDAPI_(int) StringFromGUID2(REFGUID rguid, LPOLESTR lpsz, int cchMax);
STDAPI StringFromCLSID(REFCLSID rclsid, LPOLESTR *lplpsz);
STDAPI StringFromIID(REFIID rclsid, LPOLESTR *lplpsz);
STDAPI CLSIDFromString(LPCOLESTR lpsz, LPCLSID pclsid);
STDAPI IIDFromString(LPCOLESTR lpsz, LPIID lpiid);

#ifdef __cplusplus
}

/* IID_PPV_ARGS(&p): the IID of p's interface and p as void **; the cast
 * fails to compile unless the interface derives from IUnknown. */
extern "C++" {
template <typename T> void **IID_PPV_ARGS_Helper(T **pp) {
    (void)static_cast<IUnknown *>(*pp);
    return reinterpret_cast<void **>(pp);
}
}
#define IID_PPV_ARGS(ppType) __uuidof(**(ppType)), IID_PPV_ARGS_Helper(ppType)
#endif

#include "unknwn.h"

#endif
