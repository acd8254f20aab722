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

#ifndef WINSESSION_CPP_INTERFACES
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
#endif

/* Generated by tools/mf-headers/gen.py from Microsoft's metadata: do not edit. */
typedef int MFBYTESTREAM_SEEK_ORIGIN;
enum { msoBegin = 0, msoCurrent = 1 };
typedef int MF_FILE_ACCESSMODE;
enum { MF_ACCESSMODE_READ = 1, MF_ACCESSMODE_READWRITE = 3, MF_ACCESSMODE_WRITE = 2 };
typedef int MF_FILE_OPENMODE;
enum { MF_OPENMODE_APPEND_IF_EXIST = 3, MF_OPENMODE_DELETE_IF_EXIST = 4, MF_OPENMODE_FAIL_IF_EXIST = 1, MF_OPENMODE_FAIL_IF_NOT_EXIST = 0, MF_OPENMODE_RESET_IF_EXIST = 2 };
typedef int MF_FILE_FLAGS;
enum { MF_FILEFLAGS_ALLOW_WRITE_SHARING = 2, MF_FILEFLAGS_NOBUFFERING = 1, MF_FILEFLAGS_NONE = 0 };
#define MFBYTESTREAM_IS_READABLE 1
#define MFBYTESTREAM_IS_WRITABLE 2
#define MFBYTESTREAM_IS_SEEKABLE 4
#define MF_MEDIATYPE_EQUAL_MAJOR_TYPES 1
#define MF_MEDIATYPE_EQUAL_FORMAT_TYPES 2
#define MF_MEDIATYPE_EQUAL_FORMAT_DATA 4
#define MF_MEDIATYPE_EQUAL_FORMAT_USER_DATA 8
enum {
    MEMediaSample = 213,
    MEEndOfStream = 212,
    MENewStream = 205,
    MEUpdatedStream = 206,
    MESourceStarted = 201,
    MESourceSeeked = 203,
    MESourcePaused = 209,
    MESourceStopped = 207,
    MEStreamStarted = 202,
    MEStreamSeeked = 204,
    MEStreamPaused = 210,
    MEStreamStopped = 208,
    MEStreamSinkStarted = 301,
    MEStreamSinkStopped = 302,
    MEStreamSinkPaused = 303,
    MEStreamSinkRequestSample = 305,
    MEStreamSinkMarker = 306,
    MEStreamSinkPrerolled = 307,
};
typedef struct IMFMediaType IMFMediaType;
typedef struct IMFMediaBuffer IMFMediaBuffer;
typedef struct IMFSample IMFSample;
typedef struct IMFCollection IMFCollection;
typedef struct IMFByteStream IMFByteStream;
typedef struct IMFActivate IMFActivate;
DEFINE_GUID(IID_IMFMediaType, 0x44ae0fa8, 0xea31, 0x4109, 0x8d, 0x2e, 0x4c, 0xae, 0x49, 0x97, 0xc5, 0x55);
DEFINE_GUID(IID_IMFMediaBuffer, 0x045fa593, 0x8799, 0x42b8, 0xbc, 0x8d, 0x89, 0x68, 0xc6, 0x45, 0x35, 0x07);
DEFINE_GUID(IID_IMFSample, 0xc40a00f2, 0xb93a, 0x4d80, 0xae, 0x8c, 0x5a, 0x1c, 0x63, 0x4f, 0x58, 0xe4);
DEFINE_GUID(IID_IMFCollection, 0x5bc8a76b, 0x869a, 0x46a3, 0x9b, 0x03, 0xfa, 0x21, 0x8a, 0x66, 0xae, 0xbe);
DEFINE_GUID(IID_IMFByteStream, 0xad4c1b00, 0x4bf7, 0x422f, 0x91, 0x75, 0x75, 0x66, 0x93, 0xd9, 0x13, 0x0d);
DEFINE_GUID(IID_IMFActivate, 0x7fee9e9a, 0x4a89, 0x47a6, 0x89, 0x9c, 0xb6, 0xa5, 0x3a, 0x70, 0xfb, 0x67);

#ifndef WINSESSION_CPP_INTERFACES

typedef struct IMFMediaTypeVtbl {
    IUNKNOWN_METHODS(IMFMediaType)
    HRESULT (STDMETHODCALLTYPE *GetItem)(IMFMediaType *This, REFGUID guidkey, PROPVARIANT *pvalue);
    HRESULT (STDMETHODCALLTYPE *GetItemType)(IMFMediaType *This, REFGUID guidkey, MF_ATTRIBUTE_TYPE *ppresult);
    HRESULT (STDMETHODCALLTYPE *CompareItem)(IMFMediaType *This, REFGUID guidkey, const PROPVARIANT *value, BOOL *ppresult);
    HRESULT (STDMETHODCALLTYPE *Compare)(IMFMediaType *This, IMFAttributes *ptheirs, MF_ATTRIBUTES_MATCH_TYPE matchtype, BOOL *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetUINT32)(IMFMediaType *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetUINT64)(IMFMediaType *This, REFGUID guidkey, UINT64 *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetDouble)(IMFMediaType *This, REFGUID guidkey, double *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetGUID)(IMFMediaType *This, REFGUID guidkey, GUID *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetStringLength)(IMFMediaType *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetString)(IMFMediaType *This, REFGUID guidkey, LPWSTR pwszvalue, DWORD cchbufsize, DWORD *pcchlength);
    HRESULT (STDMETHODCALLTYPE *GetAllocatedString)(IMFMediaType *This, REFGUID guidkey, LPWSTR *ppwszvalue, DWORD *pcchlength);
    HRESULT (STDMETHODCALLTYPE *GetBlobSize)(IMFMediaType *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetBlob)(IMFMediaType *This, REFGUID guidkey, BYTE *pbuf, DWORD cbbufsize, DWORD *pcbblobsize);
    HRESULT (STDMETHODCALLTYPE *GetAllocatedBlob)(IMFMediaType *This, REFGUID guidkey, BYTE **ppbuf, DWORD *pcbsize);
    HRESULT (STDMETHODCALLTYPE *GetUnknown)(IMFMediaType *This, REFGUID guidkey, REFGUID riid, void **ppv);
    HRESULT (STDMETHODCALLTYPE *SetItem)(IMFMediaType *This, REFGUID guidkey, const PROPVARIANT *value);
    HRESULT (STDMETHODCALLTYPE *DeleteItem)(IMFMediaType *This, REFGUID guidkey);
    HRESULT (STDMETHODCALLTYPE *DeleteAllItems)(IMFMediaType *This);
    HRESULT (STDMETHODCALLTYPE *SetUINT32)(IMFMediaType *This, REFGUID guidkey, DWORD unvalue);
    HRESULT (STDMETHODCALLTYPE *SetUINT64)(IMFMediaType *This, REFGUID guidkey, UINT64 unvalue);
    HRESULT (STDMETHODCALLTYPE *SetDouble)(IMFMediaType *This, REFGUID guidkey, double fvalue);
    HRESULT (STDMETHODCALLTYPE *SetGUID)(IMFMediaType *This, REFGUID guidkey, REFGUID guidvalue);
    HRESULT (STDMETHODCALLTYPE *SetString)(IMFMediaType *This, REFGUID guidkey, LPCWSTR wszvalue);
    HRESULT (STDMETHODCALLTYPE *SetBlob)(IMFMediaType *This, REFGUID guidkey, const BYTE *pbuf, DWORD cbbufsize);
    HRESULT (STDMETHODCALLTYPE *SetUnknown)(IMFMediaType *This, REFGUID guidkey, IUnknown *punknown);
    HRESULT (STDMETHODCALLTYPE *LockStore)(IMFMediaType *This);
    HRESULT (STDMETHODCALLTYPE *UnlockStore)(IMFMediaType *This);
    HRESULT (STDMETHODCALLTYPE *GetCount)(IMFMediaType *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetItemByIndex)(IMFMediaType *This, DWORD unindex, GUID *pguidkey, PROPVARIANT *pvalue);
    HRESULT (STDMETHODCALLTYPE *CopyAllItems)(IMFMediaType *This, IMFAttributes *pdest);
    HRESULT (STDMETHODCALLTYPE *GetMajorType)(IMFMediaType *This, GUID *ppresult);
    HRESULT (STDMETHODCALLTYPE *IsCompressedFormat)(IMFMediaType *This, BOOL *ppresult);
    HRESULT (STDMETHODCALLTYPE *IsEqual)(IMFMediaType *This, IMFMediaType *pimediatype, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetRepresentation)(IMFMediaType *This, REFGUID guidrepresentation, void **ppvrepresentation);
    HRESULT (STDMETHODCALLTYPE *FreeRepresentation)(IMFMediaType *This, REFGUID guidrepresentation, const void *pvrepresentation);
} IMFMediaTypeVtbl;
struct IMFMediaType { const IMFMediaTypeVtbl *lpVtbl; };

typedef struct IMFMediaBufferVtbl {
    IUNKNOWN_METHODS(IMFMediaBuffer)
    HRESULT (STDMETHODCALLTYPE *Lock)(IMFMediaBuffer *This, BYTE **ppbbuffer, DWORD *pcbmaxlength, DWORD *pcbcurrentlength);
    HRESULT (STDMETHODCALLTYPE *Unlock)(IMFMediaBuffer *This);
    HRESULT (STDMETHODCALLTYPE *GetCurrentLength)(IMFMediaBuffer *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *SetCurrentLength)(IMFMediaBuffer *This, DWORD cbcurrentlength);
    HRESULT (STDMETHODCALLTYPE *GetMaxLength)(IMFMediaBuffer *This, DWORD *ppresult);
} IMFMediaBufferVtbl;
struct IMFMediaBuffer { const IMFMediaBufferVtbl *lpVtbl; };

typedef struct IMFSampleVtbl {
    IUNKNOWN_METHODS(IMFSample)
    HRESULT (STDMETHODCALLTYPE *GetItem)(IMFSample *This, REFGUID guidkey, PROPVARIANT *pvalue);
    HRESULT (STDMETHODCALLTYPE *GetItemType)(IMFSample *This, REFGUID guidkey, MF_ATTRIBUTE_TYPE *ppresult);
    HRESULT (STDMETHODCALLTYPE *CompareItem)(IMFSample *This, REFGUID guidkey, const PROPVARIANT *value, BOOL *ppresult);
    HRESULT (STDMETHODCALLTYPE *Compare)(IMFSample *This, IMFAttributes *ptheirs, MF_ATTRIBUTES_MATCH_TYPE matchtype, BOOL *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetUINT32)(IMFSample *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetUINT64)(IMFSample *This, REFGUID guidkey, UINT64 *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetDouble)(IMFSample *This, REFGUID guidkey, double *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetGUID)(IMFSample *This, REFGUID guidkey, GUID *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetStringLength)(IMFSample *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetString)(IMFSample *This, REFGUID guidkey, LPWSTR pwszvalue, DWORD cchbufsize, DWORD *pcchlength);
    HRESULT (STDMETHODCALLTYPE *GetAllocatedString)(IMFSample *This, REFGUID guidkey, LPWSTR *ppwszvalue, DWORD *pcchlength);
    HRESULT (STDMETHODCALLTYPE *GetBlobSize)(IMFSample *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetBlob)(IMFSample *This, REFGUID guidkey, BYTE *pbuf, DWORD cbbufsize, DWORD *pcbblobsize);
    HRESULT (STDMETHODCALLTYPE *GetAllocatedBlob)(IMFSample *This, REFGUID guidkey, BYTE **ppbuf, DWORD *pcbsize);
    HRESULT (STDMETHODCALLTYPE *GetUnknown)(IMFSample *This, REFGUID guidkey, REFGUID riid, void **ppv);
    HRESULT (STDMETHODCALLTYPE *SetItem)(IMFSample *This, REFGUID guidkey, const PROPVARIANT *value);
    HRESULT (STDMETHODCALLTYPE *DeleteItem)(IMFSample *This, REFGUID guidkey);
    HRESULT (STDMETHODCALLTYPE *DeleteAllItems)(IMFSample *This);
    HRESULT (STDMETHODCALLTYPE *SetUINT32)(IMFSample *This, REFGUID guidkey, DWORD unvalue);
    HRESULT (STDMETHODCALLTYPE *SetUINT64)(IMFSample *This, REFGUID guidkey, UINT64 unvalue);
    HRESULT (STDMETHODCALLTYPE *SetDouble)(IMFSample *This, REFGUID guidkey, double fvalue);
    HRESULT (STDMETHODCALLTYPE *SetGUID)(IMFSample *This, REFGUID guidkey, REFGUID guidvalue);
    HRESULT (STDMETHODCALLTYPE *SetString)(IMFSample *This, REFGUID guidkey, LPCWSTR wszvalue);
    HRESULT (STDMETHODCALLTYPE *SetBlob)(IMFSample *This, REFGUID guidkey, const BYTE *pbuf, DWORD cbbufsize);
    HRESULT (STDMETHODCALLTYPE *SetUnknown)(IMFSample *This, REFGUID guidkey, IUnknown *punknown);
    HRESULT (STDMETHODCALLTYPE *LockStore)(IMFSample *This);
    HRESULT (STDMETHODCALLTYPE *UnlockStore)(IMFSample *This);
    HRESULT (STDMETHODCALLTYPE *GetCount)(IMFSample *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetItemByIndex)(IMFSample *This, DWORD unindex, GUID *pguidkey, PROPVARIANT *pvalue);
    HRESULT (STDMETHODCALLTYPE *CopyAllItems)(IMFSample *This, IMFAttributes *pdest);
    HRESULT (STDMETHODCALLTYPE *GetSampleFlags)(IMFSample *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *SetSampleFlags)(IMFSample *This, DWORD dwsampleflags);
    HRESULT (STDMETHODCALLTYPE *GetSampleTime)(IMFSample *This, LONGLONG *ppresult);
    HRESULT (STDMETHODCALLTYPE *SetSampleTime)(IMFSample *This, LONGLONG hnssampletime);
    HRESULT (STDMETHODCALLTYPE *GetSampleDuration)(IMFSample *This, LONGLONG *ppresult);
    HRESULT (STDMETHODCALLTYPE *SetSampleDuration)(IMFSample *This, LONGLONG hnssampleduration);
    HRESULT (STDMETHODCALLTYPE *GetBufferCount)(IMFSample *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetBufferByIndex)(IMFSample *This, DWORD dwindex, IMFMediaBuffer **ppresult);
    HRESULT (STDMETHODCALLTYPE *ConvertToContiguousBuffer)(IMFSample *This, IMFMediaBuffer **ppresult);
    HRESULT (STDMETHODCALLTYPE *AddBuffer)(IMFSample *This, IMFMediaBuffer *pbuffer);
    HRESULT (STDMETHODCALLTYPE *RemoveBufferByIndex)(IMFSample *This, DWORD dwindex);
    HRESULT (STDMETHODCALLTYPE *RemoveAllBuffers)(IMFSample *This);
    HRESULT (STDMETHODCALLTYPE *GetTotalLength)(IMFSample *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *CopyToBuffer)(IMFSample *This, IMFMediaBuffer *pbuffer);
} IMFSampleVtbl;
struct IMFSample { const IMFSampleVtbl *lpVtbl; };

typedef struct IMFCollectionVtbl {
    IUNKNOWN_METHODS(IMFCollection)
    HRESULT (STDMETHODCALLTYPE *GetElementCount)(IMFCollection *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetElement)(IMFCollection *This, DWORD dwelementindex, IUnknown **ppresult);
    HRESULT (STDMETHODCALLTYPE *AddElement)(IMFCollection *This, IUnknown *punkelement);
    HRESULT (STDMETHODCALLTYPE *RemoveElement)(IMFCollection *This, DWORD dwelementindex, IUnknown **ppresult);
    HRESULT (STDMETHODCALLTYPE *InsertElementAt)(IMFCollection *This, DWORD dwindex, IUnknown *punknown);
    HRESULT (STDMETHODCALLTYPE *RemoveAllElements)(IMFCollection *This);
} IMFCollectionVtbl;
struct IMFCollection { const IMFCollectionVtbl *lpVtbl; };

typedef struct IMFByteStreamVtbl {
    IUNKNOWN_METHODS(IMFByteStream)
    HRESULT (STDMETHODCALLTYPE *GetCapabilities)(IMFByteStream *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetLength)(IMFByteStream *This, UINT64 *ppresult);
    HRESULT (STDMETHODCALLTYPE *SetLength)(IMFByteStream *This, UINT64 qwlength);
    HRESULT (STDMETHODCALLTYPE *GetCurrentPosition)(IMFByteStream *This, UINT64 *ppresult);
    HRESULT (STDMETHODCALLTYPE *SetCurrentPosition)(IMFByteStream *This, UINT64 qwposition);
    HRESULT (STDMETHODCALLTYPE *IsEndOfStream)(IMFByteStream *This, BOOL *ppresult);
    HRESULT (STDMETHODCALLTYPE *Read)(IMFByteStream *This, BYTE *pb, DWORD cb, DWORD *pcbread);
    HRESULT (STDMETHODCALLTYPE *BeginRead)(IMFByteStream *This, BYTE *pb, DWORD cb, IMFAsyncCallback *pcallback, IUnknown *punkstate);
    HRESULT (STDMETHODCALLTYPE *EndRead)(IMFByteStream *This, IMFAsyncResult *presult, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *Write)(IMFByteStream *This, const BYTE *pb, DWORD cb, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *BeginWrite)(IMFByteStream *This, const BYTE *pb, DWORD cb, IMFAsyncCallback *pcallback, IUnknown *punkstate);
    HRESULT (STDMETHODCALLTYPE *EndWrite)(IMFByteStream *This, IMFAsyncResult *presult, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *Seek)(IMFByteStream *This, MFBYTESTREAM_SEEK_ORIGIN seekorigin, LONGLONG llseekoffset, DWORD dwseekflags, UINT64 *ppresult);
    HRESULT (STDMETHODCALLTYPE *Flush)(IMFByteStream *This);
    HRESULT (STDMETHODCALLTYPE *Close)(IMFByteStream *This);
} IMFByteStreamVtbl;
struct IMFByteStream { const IMFByteStreamVtbl *lpVtbl; };

typedef struct IMFActivateVtbl {
    IUNKNOWN_METHODS(IMFActivate)
    HRESULT (STDMETHODCALLTYPE *GetItem)(IMFActivate *This, REFGUID guidkey, PROPVARIANT *pvalue);
    HRESULT (STDMETHODCALLTYPE *GetItemType)(IMFActivate *This, REFGUID guidkey, MF_ATTRIBUTE_TYPE *ppresult);
    HRESULT (STDMETHODCALLTYPE *CompareItem)(IMFActivate *This, REFGUID guidkey, const PROPVARIANT *value, BOOL *ppresult);
    HRESULT (STDMETHODCALLTYPE *Compare)(IMFActivate *This, IMFAttributes *ptheirs, MF_ATTRIBUTES_MATCH_TYPE matchtype, BOOL *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetUINT32)(IMFActivate *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetUINT64)(IMFActivate *This, REFGUID guidkey, UINT64 *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetDouble)(IMFActivate *This, REFGUID guidkey, double *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetGUID)(IMFActivate *This, REFGUID guidkey, GUID *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetStringLength)(IMFActivate *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetString)(IMFActivate *This, REFGUID guidkey, LPWSTR pwszvalue, DWORD cchbufsize, DWORD *pcchlength);
    HRESULT (STDMETHODCALLTYPE *GetAllocatedString)(IMFActivate *This, REFGUID guidkey, LPWSTR *ppwszvalue, DWORD *pcchlength);
    HRESULT (STDMETHODCALLTYPE *GetBlobSize)(IMFActivate *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetBlob)(IMFActivate *This, REFGUID guidkey, BYTE *pbuf, DWORD cbbufsize, DWORD *pcbblobsize);
    HRESULT (STDMETHODCALLTYPE *GetAllocatedBlob)(IMFActivate *This, REFGUID guidkey, BYTE **ppbuf, DWORD *pcbsize);
    HRESULT (STDMETHODCALLTYPE *GetUnknown)(IMFActivate *This, REFGUID guidkey, REFGUID riid, void **ppv);
    HRESULT (STDMETHODCALLTYPE *SetItem)(IMFActivate *This, REFGUID guidkey, const PROPVARIANT *value);
    HRESULT (STDMETHODCALLTYPE *DeleteItem)(IMFActivate *This, REFGUID guidkey);
    HRESULT (STDMETHODCALLTYPE *DeleteAllItems)(IMFActivate *This);
    HRESULT (STDMETHODCALLTYPE *SetUINT32)(IMFActivate *This, REFGUID guidkey, DWORD unvalue);
    HRESULT (STDMETHODCALLTYPE *SetUINT64)(IMFActivate *This, REFGUID guidkey, UINT64 unvalue);
    HRESULT (STDMETHODCALLTYPE *SetDouble)(IMFActivate *This, REFGUID guidkey, double fvalue);
    HRESULT (STDMETHODCALLTYPE *SetGUID)(IMFActivate *This, REFGUID guidkey, REFGUID guidvalue);
    HRESULT (STDMETHODCALLTYPE *SetString)(IMFActivate *This, REFGUID guidkey, LPCWSTR wszvalue);
    HRESULT (STDMETHODCALLTYPE *SetBlob)(IMFActivate *This, REFGUID guidkey, const BYTE *pbuf, DWORD cbbufsize);
    HRESULT (STDMETHODCALLTYPE *SetUnknown)(IMFActivate *This, REFGUID guidkey, IUnknown *punknown);
    HRESULT (STDMETHODCALLTYPE *LockStore)(IMFActivate *This);
    HRESULT (STDMETHODCALLTYPE *UnlockStore)(IMFActivate *This);
    HRESULT (STDMETHODCALLTYPE *GetCount)(IMFActivate *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetItemByIndex)(IMFActivate *This, DWORD unindex, GUID *pguidkey, PROPVARIANT *pvalue);
    HRESULT (STDMETHODCALLTYPE *CopyAllItems)(IMFActivate *This, IMFAttributes *pdest);
    HRESULT (STDMETHODCALLTYPE *ActivateObject)(IMFActivate *This, REFGUID riid, void **ppv);
    HRESULT (STDMETHODCALLTYPE *ShutdownObject)(IMFActivate *This);
    HRESULT (STDMETHODCALLTYPE *DetachObject)(IMFActivate *This);
} IMFActivateVtbl;
struct IMFActivate { const IMFActivateVtbl *lpVtbl; };

#else

struct IMFAttributes : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE GetItem(REFGUID guidkey, PROPVARIANT *pvalue) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetItemType(REFGUID guidkey, MF_ATTRIBUTE_TYPE *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE CompareItem(REFGUID guidkey, const PROPVARIANT *value, BOOL *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE Compare(IMFAttributes *ptheirs, MF_ATTRIBUTES_MATCH_TYPE matchtype, BOOL *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetUINT32(REFGUID guidkey, DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetUINT64(REFGUID guidkey, UINT64 *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetDouble(REFGUID guidkey, double *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetGUID(REFGUID guidkey, GUID *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetStringLength(REFGUID guidkey, DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetString(REFGUID guidkey, LPWSTR pwszvalue, DWORD cchbufsize, DWORD *pcchlength) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetAllocatedString(REFGUID guidkey, LPWSTR *ppwszvalue, DWORD *pcchlength) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetBlobSize(REFGUID guidkey, DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetBlob(REFGUID guidkey, BYTE *pbuf, DWORD cbbufsize, DWORD *pcbblobsize) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetAllocatedBlob(REFGUID guidkey, BYTE **ppbuf, DWORD *pcbsize) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetUnknown(REFGUID guidkey, REFGUID riid, void **ppv) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetItem(REFGUID guidkey, const PROPVARIANT *value) = 0;
    virtual HRESULT STDMETHODCALLTYPE DeleteItem(REFGUID guidkey) = 0;
    virtual HRESULT STDMETHODCALLTYPE DeleteAllItems(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetUINT32(REFGUID guidkey, DWORD unvalue) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetUINT64(REFGUID guidkey, UINT64 unvalue) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetDouble(REFGUID guidkey, double fvalue) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetGUID(REFGUID guidkey, REFGUID guidvalue) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetString(REFGUID guidkey, LPCWSTR wszvalue) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetBlob(REFGUID guidkey, const BYTE *pbuf, DWORD cbbufsize) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetUnknown(REFGUID guidkey, IUnknown *punknown) = 0;
    virtual HRESULT STDMETHODCALLTYPE LockStore(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE UnlockStore(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetCount(DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetItemByIndex(DWORD unindex, GUID *pguidkey, PROPVARIANT *pvalue) = 0;
    virtual HRESULT STDMETHODCALLTYPE CopyAllItems(IMFAttributes *pdest) = 0;
};

struct IMFMediaEvent : public IMFAttributes {
    virtual HRESULT STDMETHODCALLTYPE GetType(MediaEventType *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetExtendedType(GUID *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetStatus(HRESULT *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetValue(PROPVARIANT *ppresult) = 0;
};

struct IMFAsyncResult : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE GetState(IUnknown **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetStatus(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetStatus(HRESULT hrstatus) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetObject(IUnknown **ppresult) = 0;
    virtual IUnknown * STDMETHODCALLTYPE GetStateNoAddRef(void) = 0;
};

struct IMFAsyncCallback : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE GetParameters(DWORD *pdwflags, DWORD *pdwqueue) = 0;
    virtual HRESULT STDMETHODCALLTYPE Invoke(IMFAsyncResult *pasyncresult) = 0;
};

struct IMFMediaEventGenerator : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE GetEvent(DWORD dwflags, IMFMediaEvent **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE BeginGetEvent(IMFAsyncCallback *pcallback, IUnknown *punkstate) = 0;
    virtual HRESULT STDMETHODCALLTYPE EndGetEvent(IMFAsyncResult *presult, IMFMediaEvent **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE QueueEvent(MediaEventType met, REFGUID guidextendedtype, HRESULT hrstatus, const PROPVARIANT *pvvalue) = 0;
};

struct IMFMediaEventQueue : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE GetEvent(DWORD dwflags, IMFMediaEvent **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE BeginGetEvent(IMFAsyncCallback *pcallback, IUnknown *punkstate) = 0;
    virtual HRESULT STDMETHODCALLTYPE EndGetEvent(IMFAsyncResult *presult, IMFMediaEvent **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE QueueEvent(IMFMediaEvent *pevent) = 0;
    virtual HRESULT STDMETHODCALLTYPE QueueEventParamVar(MediaEventType met, REFGUID guidextendedtype, HRESULT hrstatus, const PROPVARIANT *pvvalue) = 0;
    virtual HRESULT STDMETHODCALLTYPE QueueEventParamUnk(MediaEventType met, REFGUID guidextendedtype, HRESULT hrstatus, IUnknown *punk) = 0;
    virtual HRESULT STDMETHODCALLTYPE Shutdown(void) = 0;
};

struct IMFMediaType : public IMFAttributes {
    virtual HRESULT STDMETHODCALLTYPE GetMajorType(GUID *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE IsCompressedFormat(BOOL *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE IsEqual(IMFMediaType *pimediatype, DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetRepresentation(REFGUID guidrepresentation, void **ppvrepresentation) = 0;
    virtual HRESULT STDMETHODCALLTYPE FreeRepresentation(REFGUID guidrepresentation, const void *pvrepresentation) = 0;
};

struct IMFMediaBuffer : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE Lock(BYTE **ppbbuffer, DWORD *pcbmaxlength, DWORD *pcbcurrentlength) = 0;
    virtual HRESULT STDMETHODCALLTYPE Unlock(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetCurrentLength(DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetCurrentLength(DWORD cbcurrentlength) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMaxLength(DWORD *ppresult) = 0;
};

struct IMFSample : public IMFAttributes {
    virtual HRESULT STDMETHODCALLTYPE GetSampleFlags(DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetSampleFlags(DWORD dwsampleflags) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetSampleTime(LONGLONG *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetSampleTime(LONGLONG hnssampletime) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetSampleDuration(LONGLONG *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetSampleDuration(LONGLONG hnssampleduration) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetBufferCount(DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetBufferByIndex(DWORD dwindex, IMFMediaBuffer **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE ConvertToContiguousBuffer(IMFMediaBuffer **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE AddBuffer(IMFMediaBuffer *pbuffer) = 0;
    virtual HRESULT STDMETHODCALLTYPE RemoveBufferByIndex(DWORD dwindex) = 0;
    virtual HRESULT STDMETHODCALLTYPE RemoveAllBuffers(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetTotalLength(DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE CopyToBuffer(IMFMediaBuffer *pbuffer) = 0;
};

struct IMFCollection : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE GetElementCount(DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetElement(DWORD dwelementindex, IUnknown **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE AddElement(IUnknown *punkelement) = 0;
    virtual HRESULT STDMETHODCALLTYPE RemoveElement(DWORD dwelementindex, IUnknown **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE InsertElementAt(DWORD dwindex, IUnknown *punknown) = 0;
    virtual HRESULT STDMETHODCALLTYPE RemoveAllElements(void) = 0;
};

struct IMFByteStream : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE GetCapabilities(DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetLength(UINT64 *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetLength(UINT64 qwlength) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetCurrentPosition(UINT64 *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetCurrentPosition(UINT64 qwposition) = 0;
    virtual HRESULT STDMETHODCALLTYPE IsEndOfStream(BOOL *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE Read(BYTE *pb, DWORD cb, DWORD *pcbread) = 0;
    virtual HRESULT STDMETHODCALLTYPE BeginRead(BYTE *pb, DWORD cb, IMFAsyncCallback *pcallback, IUnknown *punkstate) = 0;
    virtual HRESULT STDMETHODCALLTYPE EndRead(IMFAsyncResult *presult, DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE Write(const BYTE *pb, DWORD cb, DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE BeginWrite(const BYTE *pb, DWORD cb, IMFAsyncCallback *pcallback, IUnknown *punkstate) = 0;
    virtual HRESULT STDMETHODCALLTYPE EndWrite(IMFAsyncResult *presult, DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE Seek(MFBYTESTREAM_SEEK_ORIGIN seekorigin, LONGLONG llseekoffset, DWORD dwseekflags, UINT64 *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE Flush(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE Close(void) = 0;
};

struct IMFActivate : public IMFAttributes {
    virtual HRESULT STDMETHODCALLTYPE ActivateObject(REFGUID riid, void **ppv) = 0;
    virtual HRESULT STDMETHODCALLTYPE ShutdownObject(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE DetachObject(void) = 0;
};

#endif
/* End of the generated declarations. */
#ifdef __cplusplus
}
#endif

#endif
