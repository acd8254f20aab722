/* Media Foundation's object model: attributes, events, asynchronous
 * results and event generators. Vtables in the SDK's order, IIDs from
 * Microsoft's metadata (checked by dlls/mf/tests/header_matches_metadata.rs). */
#ifndef WINSESSION_MFOBJECTS_H
#define WINSESSION_MFOBJECTS_H

#include "unknwn.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef LONGLONG MFTIME;
typedef DWORD MediaEventType;
typedef int MF_ATTRIBUTE_TYPE;
typedef int MF_ATTRIBUTES_MATCH_TYPE;
enum { MF_ATTRIBUTE_UINT32 = 19, MF_ATTRIBUTE_UINT64 = 21, MF_ATTRIBUTE_DOUBLE = 5, MF_ATTRIBUTE_GUID = 72,
       MF_ATTRIBUTE_STRING = 31, MF_ATTRIBUTE_BLOB = 0x1011, MF_ATTRIBUTE_IUNKNOWN = 13 };
enum { MF_ATTRIBUTES_MATCH_OUR_ITEMS = 0, MF_ATTRIBUTES_MATCH_THEIR_ITEMS = 1, MF_ATTRIBUTES_MATCH_ALL_ITEMS = 2,
       MF_ATTRIBUTES_MATCH_INTERSECTION = 3, MF_ATTRIBUTES_MATCH_SMALLER = 4 };
#define MF_EVENT_FLAG_NO_WAIT 0x00000001

/* MediaEventType values the session raises. */
enum {
    MEUnknown = 0,
    MEError = 1,
    MESessionTopologySet = 101,
    MESessionTopologiesCleared = 102,
    MESessionStarted = 103,
    MESessionPaused = 104,
    MESessionStopped = 105,
    MESessionClosed = 106,
    MESessionEnded = 107,
    MESessionRateChanged = 108,
    MESessionCapabilitiesChanged = 110,
    MESessionTopologyStatus = 111,
    MESessionNotifyPresentationTime = 112,
    MEEndOfPresentation = 211,
};

DEFINE_GUID(IID_IMFAttributes, 0x2cd2d921, 0xc447, 0x44a7, 0xa1, 0x3c, 0x4a, 0xda, 0xbf, 0xc2, 0x47, 0xe3);
DEFINE_GUID(IID_IMFMediaEvent, 0xdf598932, 0xf10c, 0x4e39, 0xbb, 0xa2, 0xc3, 0x08, 0xf1, 0x01, 0xda, 0xa3);
DEFINE_GUID(IID_IMFAsyncResult, 0xac6b7889, 0x0740, 0x4d51, 0x86, 0x19, 0x90, 0x59, 0x94, 0xa5, 0x5c, 0xc6);
DEFINE_GUID(IID_IMFAsyncCallback, 0xa27003cf, 0x2354, 0x4f2a, 0x8d, 0x6a, 0xab, 0x7c, 0xff, 0x15, 0x43, 0x7e);
DEFINE_GUID(IID_IMFMediaEventGenerator, 0x2cd0bd52, 0xbcd5, 0x4b89, 0xb6, 0x2c, 0xea, 0xdc, 0x0c, 0x03, 0x1e, 0x7d);
DEFINE_GUID(IID_IMFMediaEventQueue, 0x36f846fc, 0x2256, 0x48b6, 0xb5, 0x8e, 0xe2, 0xb6, 0x38, 0x31, 0x65, 0x81);

typedef struct IMFAttributes IMFAttributes;
typedef struct IMFMediaEvent IMFMediaEvent;
typedef struct IMFAsyncResult IMFAsyncResult;
typedef struct IMFAsyncCallback IMFAsyncCallback;
typedef struct IMFMediaEventGenerator IMFMediaEventGenerator;
typedef struct IMFMediaEventQueue IMFMediaEventQueue;

#define IMFATTRIBUTES_METHODS(T) \
    IUNKNOWN_METHODS(T) \
    HRESULT (STDMETHODCALLTYPE *GetItem)(T *This, REFGUID guidKey, PROPVARIANT *pValue); \
    HRESULT (STDMETHODCALLTYPE *GetItemType)(T *This, REFGUID guidKey, MF_ATTRIBUTE_TYPE *pType); \
    HRESULT (STDMETHODCALLTYPE *CompareItem)(T *This, REFGUID guidKey, const PROPVARIANT *Value, BOOL *pbResult); \
    HRESULT (STDMETHODCALLTYPE *Compare)(T *This, IMFAttributes *pTheirs, MF_ATTRIBUTES_MATCH_TYPE MatchType, BOOL *pbResult); \
    HRESULT (STDMETHODCALLTYPE *GetUINT32)(T *This, REFGUID guidKey, UINT32 *punValue); \
    HRESULT (STDMETHODCALLTYPE *GetUINT64)(T *This, REFGUID guidKey, UINT64 *punValue); \
    HRESULT (STDMETHODCALLTYPE *GetDouble)(T *This, REFGUID guidKey, double *pfValue); \
    HRESULT (STDMETHODCALLTYPE *GetGUID)(T *This, REFGUID guidKey, GUID *pguidValue); \
    HRESULT (STDMETHODCALLTYPE *GetStringLength)(T *This, REFGUID guidKey, UINT32 *pcchLength); \
    HRESULT (STDMETHODCALLTYPE *GetString)(T *This, REFGUID guidKey, LPWSTR pwszValue, UINT32 cchBufSize, UINT32 *pcchLength); \
    HRESULT (STDMETHODCALLTYPE *GetAllocatedString)(T *This, REFGUID guidKey, LPWSTR *ppwszValue, UINT32 *pcchLength); \
    HRESULT (STDMETHODCALLTYPE *GetBlobSize)(T *This, REFGUID guidKey, UINT32 *pcbBlobSize); \
    HRESULT (STDMETHODCALLTYPE *GetBlob)(T *This, REFGUID guidKey, UINT8 *pBuf, UINT32 cbBufSize, UINT32 *pcbBlobSize); \
    HRESULT (STDMETHODCALLTYPE *GetAllocatedBlob)(T *This, REFGUID guidKey, UINT8 **ppBuf, UINT32 *pcbSize); \
    HRESULT (STDMETHODCALLTYPE *GetUnknown)(T *This, REFGUID guidKey, REFIID riid, void **ppv); \
    HRESULT (STDMETHODCALLTYPE *SetItem)(T *This, REFGUID guidKey, const PROPVARIANT *Value); \
    HRESULT (STDMETHODCALLTYPE *DeleteItem)(T *This, REFGUID guidKey); \
    HRESULT (STDMETHODCALLTYPE *DeleteAllItems)(T *This); \
    HRESULT (STDMETHODCALLTYPE *SetUINT32)(T *This, REFGUID guidKey, UINT32 unValue); \
    HRESULT (STDMETHODCALLTYPE *SetUINT64)(T *This, REFGUID guidKey, UINT64 unValue); \
    HRESULT (STDMETHODCALLTYPE *SetDouble)(T *This, REFGUID guidKey, double fValue); \
    HRESULT (STDMETHODCALLTYPE *SetGUID)(T *This, REFGUID guidKey, REFGUID guidValue); \
    HRESULT (STDMETHODCALLTYPE *SetString)(T *This, REFGUID guidKey, LPCWSTR wszValue); \
    HRESULT (STDMETHODCALLTYPE *SetBlob)(T *This, REFGUID guidKey, const UINT8 *pBuf, UINT32 cbBufSize); \
    HRESULT (STDMETHODCALLTYPE *SetUnknown)(T *This, REFGUID guidKey, IUnknown *pUnknown); \
    HRESULT (STDMETHODCALLTYPE *LockStore)(T *This); \
    HRESULT (STDMETHODCALLTYPE *UnlockStore)(T *This); \
    HRESULT (STDMETHODCALLTYPE *GetCount)(T *This, UINT32 *pcItems); \
    HRESULT (STDMETHODCALLTYPE *GetItemByIndex)(T *This, UINT32 unIndex, GUID *pguidKey, PROPVARIANT *pValue); \
    HRESULT (STDMETHODCALLTYPE *CopyAllItems)(T *This, IMFAttributes *pDest);

#define IMFMEDIAEVENTGENERATOR_METHODS(T) \
    IUNKNOWN_METHODS(T) \
    HRESULT (STDMETHODCALLTYPE *GetEvent)(T *This, DWORD dwFlags, IMFMediaEvent **ppEvent); \
    HRESULT (STDMETHODCALLTYPE *BeginGetEvent)(T *This, IMFAsyncCallback *pCallback, IUnknown *punkState); \
    HRESULT (STDMETHODCALLTYPE *EndGetEvent)(T *This, IMFAsyncResult *pResult, IMFMediaEvent **ppEvent); \
    HRESULT (STDMETHODCALLTYPE *QueueEvent)(T *This, MediaEventType met, REFGUID guidExtendedType, HRESULT hrStatus, const PROPVARIANT *pvValue);

typedef struct IMFAttributesVtbl { IMFATTRIBUTES_METHODS(IMFAttributes) } IMFAttributesVtbl;
struct IMFAttributes { const IMFAttributesVtbl *lpVtbl; };

typedef struct IMFMediaEventVtbl {
    IMFATTRIBUTES_METHODS(IMFMediaEvent)
    HRESULT (STDMETHODCALLTYPE *GetType)(IMFMediaEvent *This, MediaEventType *pmet);
    HRESULT (STDMETHODCALLTYPE *GetExtendedType)(IMFMediaEvent *This, GUID *pguidExtendedType);
    HRESULT (STDMETHODCALLTYPE *GetStatus)(IMFMediaEvent *This, HRESULT *phrStatus);
    HRESULT (STDMETHODCALLTYPE *GetValue)(IMFMediaEvent *This, PROPVARIANT *pvValue);
} IMFMediaEventVtbl;
struct IMFMediaEvent { const IMFMediaEventVtbl *lpVtbl; };

typedef struct IMFAsyncResultVtbl {
    IUNKNOWN_METHODS(IMFAsyncResult)
    HRESULT (STDMETHODCALLTYPE *GetState)(IMFAsyncResult *This, IUnknown **ppunkState);
    HRESULT (STDMETHODCALLTYPE *GetStatus)(IMFAsyncResult *This);
    HRESULT (STDMETHODCALLTYPE *SetStatus)(IMFAsyncResult *This, HRESULT hrStatus);
    HRESULT (STDMETHODCALLTYPE *GetObject)(IMFAsyncResult *This, IUnknown **ppObject);
    IUnknown *(STDMETHODCALLTYPE *GetStateNoAddRef)(IMFAsyncResult *This);
} IMFAsyncResultVtbl;
struct IMFAsyncResult { const IMFAsyncResultVtbl *lpVtbl; };

typedef struct IMFAsyncCallbackVtbl {
    IUNKNOWN_METHODS(IMFAsyncCallback)
    HRESULT (STDMETHODCALLTYPE *GetParameters)(IMFAsyncCallback *This, DWORD *pdwFlags, DWORD *pdwQueue);
    HRESULT (STDMETHODCALLTYPE *Invoke)(IMFAsyncCallback *This, IMFAsyncResult *pAsyncResult);
} IMFAsyncCallbackVtbl;
struct IMFAsyncCallback { const IMFAsyncCallbackVtbl *lpVtbl; };

typedef struct IMFMediaEventGeneratorVtbl { IMFMEDIAEVENTGENERATOR_METHODS(IMFMediaEventGenerator) } IMFMediaEventGeneratorVtbl;
struct IMFMediaEventGenerator { const IMFMediaEventGeneratorVtbl *lpVtbl; };

typedef struct IMFMediaEventQueueVtbl {
    IUNKNOWN_METHODS(IMFMediaEventQueue)
    HRESULT (STDMETHODCALLTYPE *GetEvent)(IMFMediaEventQueue *This, DWORD dwFlags, IMFMediaEvent **ppEvent);
    HRESULT (STDMETHODCALLTYPE *BeginGetEvent)(IMFMediaEventQueue *This, IMFAsyncCallback *pCallback, IUnknown *punkState);
    HRESULT (STDMETHODCALLTYPE *EndGetEvent)(IMFMediaEventQueue *This, IMFAsyncResult *pResult, IMFMediaEvent **ppEvent);
    HRESULT (STDMETHODCALLTYPE *QueueEvent)(IMFMediaEventQueue *This, IMFMediaEvent *pEvent);
    HRESULT (STDMETHODCALLTYPE *QueueEventParamVar)(IMFMediaEventQueue *This, MediaEventType met, REFGUID guidExtendedType, HRESULT hrStatus, const PROPVARIANT *pvValue);
    HRESULT (STDMETHODCALLTYPE *QueueEventParamUnk)(IMFMediaEventQueue *This, MediaEventType met, REFGUID guidExtendedType, HRESULT hrStatus, IUnknown *pUnk);
    HRESULT (STDMETHODCALLTYPE *Shutdown)(IMFMediaEventQueue *This);
} IMFMediaEventQueueVtbl;
struct IMFMediaEventQueue { const IMFMediaEventQueueVtbl *lpVtbl; };

#ifdef __cplusplus
}
#endif

#endif
