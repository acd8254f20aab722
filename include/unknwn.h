/* unknwn.h for winsession: IUnknown and IClassFactory, as C structs with
 * lpVtbl (and the COBJMACROS call macros) or as C++ classes, as the SDK's
 * MIDL-generated header declares them. */
#ifndef WINSESSION_UNKNWN_H
#define WINSESSION_UNKNWN_H

#include "wtypes.h"
#include "combaseapi.h"

/* C++ sees interfaces as classes with virtual methods, whose vtables are
 * the COM ones, unless it defines CINTERFACE to get the C structs. */
#if defined(__cplusplus) && !defined(CINTERFACE)
#define WINSESSION_CPP_INTERFACES 1
#endif

#ifdef __cplusplus
extern "C" {
#endif

DEFINE_GUID(GUID_NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
#define IID_NULL GUID_NULL
#define CLSID_NULL GUID_NULL
DEFINE_GUID(IID_IUnknown, 0x00000000, 0x0000, 0x0000, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46);
DEFINE_GUID(IID_IClassFactory, 0x00000001, 0x0000, 0x0000, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46);

typedef struct IClassFactory IClassFactory;
typedef IClassFactory *LPCLASSFACTORY;

/* The first three slots of every vtable, for C vtables written by hand. */
#define IUNKNOWN_METHODS(T) \
    HRESULT (STDMETHODCALLTYPE *QueryInterface)(T *This, REFIID riid, void **ppvObject); \
    ULONG (STDMETHODCALLTYPE *AddRef)(T *This); \
    ULONG (STDMETHODCALLTYPE *Release)(T *This);

#ifdef WINSESSION_CPP_INTERFACES
}

struct IUnknown {
    virtual HRESULT STDMETHODCALLTYPE QueryInterface(REFIID riid, void **ppvObject) = 0;
    virtual ULONG STDMETHODCALLTYPE AddRef(void) = 0;
    virtual ULONG STDMETHODCALLTYPE Release(void) = 0;
    /* QueryInterface(&p): the IID from p's type, as the SDK's helper. */
    template <class Q> HRESULT STDMETHODCALLTYPE QueryInterface(Q **pp) {
        return QueryInterface(__uuidof(Q), (void **)pp);
    }
};

struct IClassFactory : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE CreateInstance(IUnknown *pUnkOuter, REFIID riid, void **ppvObject) = 0;
    virtual HRESULT STDMETHODCALLTYPE LockServer(BOOL fLock) = 0;
};

extern "C" {
#else
typedef struct IUnknownVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IUnknown)
    END_INTERFACE
} IUnknownVtbl;
struct IUnknown { const IUnknownVtbl *lpVtbl; };

typedef struct IClassFactoryVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IClassFactory)
    HRESULT (STDMETHODCALLTYPE *CreateInstance)(IClassFactory *This, IUnknown *pUnkOuter, REFIID riid, void **ppvObject);
    HRESULT (STDMETHODCALLTYPE *LockServer)(IClassFactory *This, BOOL fLock);
    END_INTERFACE
} IClassFactoryVtbl;
struct IClassFactory { const IClassFactoryVtbl *lpVtbl; };

#ifdef COBJMACROS
#define IUnknown_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IUnknown_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IUnknown_Release(This) ((This)->lpVtbl->Release(This))
#define IClassFactory_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IClassFactory_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IClassFactory_Release(This) ((This)->lpVtbl->Release(This))
#define IClassFactory_CreateInstance(This, pUnkOuter, riid, ppvObject) ((This)->lpVtbl->CreateInstance(This, pUnkOuter, riid, ppvObject))
#define IClassFactory_LockServer(This, fLock) ((This)->lpVtbl->LockServer(This, fLock))
#endif
#endif

#ifdef __cplusplus
}

WINSESSION_UUID_OF(IUnknown, IID_IUnknown)
WINSESSION_UUID_OF(IClassFactory, IID_IClassFactory)
#endif

#endif
