/* Media Foundation's pipeline interfaces: the Media Session, the
 * presentation clock and time source, services and rate control. */
#ifndef WINSESSION_MFIDL_H
#define WINSESSION_MFIDL_H

#include "mfobjects.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef UINT64 TOPOID;
typedef int MFCLOCK_STATE;
enum { MFCLOCK_STATE_INVALID = 0, MFCLOCK_STATE_RUNNING = 1, MFCLOCK_STATE_STOPPED = 2, MFCLOCK_STATE_PAUSED = 3 };
typedef int MFSHUTDOWN_STATUS;
enum { MFSHUTDOWN_INITIATED = 0, MFSHUTDOWN_COMPLETED = 1 };
typedef int MFRATE_DIRECTION;
enum { MFRATE_FORWARD = 0, MFRATE_REVERSE = 1 };
enum { MFSESSION_SETTOPOLOGY_IMMEDIATE = 0x1, MFSESSION_SETTOPOLOGY_NORESOLUTION = 0x2,
       MFSESSION_SETTOPOLOGY_CLEAR_CURRENT = 0x4 };
enum { MFSESSION_GETFULLTOPOLOGY_CURRENT = 0x1 };
#define MFSESSIONCAP_START 0x00000001
#define MFSESSIONCAP_SEEK 0x00000002
#define MFSESSIONCAP_PAUSE 0x00000004
#define MFSESSIONCAP_RATE_FORWARD 0x00000010
#define MFSESSIONCAP_RATE_REVERSE 0x00000020
#define MFSESSIONCAP_DOES_NOT_USE_NETWORK 0x00000040
typedef int MF_TOPOSTATUS;
enum { MF_TOPOSTATUS_INVALID = 0, MF_TOPOSTATUS_READY = 100, MF_TOPOSTATUS_STARTED_SOURCE = 200,
       MF_TOPOSTATUS_DYNAMIC_CHANGED = 210, MF_TOPOSTATUS_SINK_SWITCHED = 300, MF_TOPOSTATUS_ENDED = 400 };
#define PRESENTATION_CURRENT_POSITION 0x7fffffffffffffffLL

typedef struct _MFCLOCK_PROPERTIES {
    UINT64 qwCorrelationRate;
    GUID guidClockId;
    DWORD dwClockFlags;
    UINT64 qwClockFrequency;
    DWORD dwClockTolerance;
    DWORD dwClockJitter;
} MFCLOCK_PROPERTIES;

DEFINE_GUID(IID_IMFClock, 0x2eb1e945, 0x18b8, 0x4139, 0x9b, 0x1a, 0xd5, 0xd5, 0x84, 0x81, 0x85, 0x30);
DEFINE_GUID(IID_IMFPresentationTimeSource, 0x7ff12cce, 0xf76f, 0x41c2, 0x86, 0x3b, 0x16, 0x66, 0xc8, 0xe5, 0xe1, 0x39);
DEFINE_GUID(IID_IMFClockStateSink, 0xf6696e82, 0x74f7, 0x4f3d, 0xa1, 0x78, 0x8a, 0x5e, 0x09, 0xc3, 0x65, 0x9f);
DEFINE_GUID(IID_IMFPresentationClock, 0x868ce85c, 0x8ea9, 0x4f55, 0xab, 0x82, 0xb0, 0x09, 0xa9, 0x10, 0xa8, 0x05);
DEFINE_GUID(IID_IMFShutdown, 0x97ec2ea4, 0x0e42, 0x4937, 0x97, 0xac, 0x9d, 0x6d, 0x32, 0x88, 0x24, 0xe1);
DEFINE_GUID(IID_IMFGetService, 0xfa993888, 0x4383, 0x415a, 0xa9, 0x30, 0xdd, 0x47, 0x2a, 0x8c, 0xf6, 0xf7);
DEFINE_GUID(IID_IMFRateControl, 0x88ddcd21, 0x03c3, 0x4275, 0x91, 0xed, 0x55, 0xee, 0x39, 0x29, 0x32, 0x8f);
DEFINE_GUID(IID_IMFRateSupport, 0x0a9ccdbc, 0xd797, 0x4563, 0x96, 0x67, 0x94, 0xec, 0x5d, 0x79, 0x29, 0x2d);
DEFINE_GUID(IID_IMFTopology, 0x83cf873a, 0xf6da, 0x4bc8, 0x82, 0x3f, 0xba, 0xcf, 0xd5, 0x5d, 0xc4, 0x33);
DEFINE_GUID(IID_IMFMediaSession, 0x90377834, 0x21d0, 0x4dee, 0x82, 0x14, 0xba, 0x2e, 0x3e, 0x6c, 0x11, 0x27);
DEFINE_GUID(MF_EVENT_SESSIONCAPS, 0x7e5ebcd0, 0x11b8, 0x4abe, 0xaf, 0xad, 0x10, 0xf6, 0x59, 0x9a, 0x7f, 0x42);
DEFINE_GUID(MF_EVENT_SESSIONCAPS_DELTA, 0x7e5ebcd1, 0x11b8, 0x4abe, 0xaf, 0xad, 0x10, 0xf6, 0x59, 0x9a, 0x7f, 0x42);
DEFINE_GUID(MF_EVENT_TOPOLOGY_STATUS, 0x30c5018d, 0x9a53, 0x454b, 0xad, 0x9e, 0x6d, 0x5f, 0x8f, 0xa7, 0xc4, 0x3b);
DEFINE_GUID(MF_EVENT_PRESENTATION_TIME_OFFSET, 0x5ad914d1, 0x9b45, 0x4a8d, 0xa2, 0xc0, 0x81, 0xd1, 0xe5, 0x0b, 0xfb, 0x07);
DEFINE_GUID(MF_RATE_CONTROL_SERVICE, 0x866fa297, 0xb802, 0x4bf8, 0x9d, 0xc9, 0x5e, 0x3b, 0x6a, 0x9f, 0x53, 0xc9);

typedef struct IMFClock IMFClock;
typedef struct IMFPresentationTimeSource IMFPresentationTimeSource;
typedef struct IMFClockStateSink IMFClockStateSink;
typedef struct IMFPresentationClock IMFPresentationClock;
typedef struct IMFShutdown IMFShutdown;
typedef struct IMFGetService IMFGetService;
typedef struct IMFRateControl IMFRateControl;
typedef struct IMFRateSupport IMFRateSupport;
typedef struct IMFTopology IMFTopology;
typedef struct IMFMediaSession IMFMediaSession;

#define IMFCLOCK_METHODS(T) \
    IUNKNOWN_METHODS(T) \
    HRESULT (STDMETHODCALLTYPE *GetClockCharacteristics)(T *This, DWORD *pdwCharacteristics); \
    HRESULT (STDMETHODCALLTYPE *GetCorrelatedTime)(T *This, DWORD dwReserved, LONGLONG *pllClockTime, MFTIME *phnsSystemTime); \
    HRESULT (STDMETHODCALLTYPE *GetContinuityKey)(T *This, DWORD *pdwContinuityKey); \
    HRESULT (STDMETHODCALLTYPE *GetState)(T *This, DWORD dwReserved, MFCLOCK_STATE *peClockState); \
    HRESULT (STDMETHODCALLTYPE *GetProperties)(T *This, MFCLOCK_PROPERTIES *pClockProperties);

#ifndef WINSESSION_CPP_INTERFACES
typedef struct IMFClockVtbl { IMFCLOCK_METHODS(IMFClock) } IMFClockVtbl;
struct IMFClock { const IMFClockVtbl *lpVtbl; };

typedef struct IMFPresentationTimeSourceVtbl {
    IMFCLOCK_METHODS(IMFPresentationTimeSource)
    HRESULT (STDMETHODCALLTYPE *GetUnderlyingClock)(IMFPresentationTimeSource *This, IMFClock **ppClock);
} IMFPresentationTimeSourceVtbl;
struct IMFPresentationTimeSource { const IMFPresentationTimeSourceVtbl *lpVtbl; };

typedef struct IMFClockStateSinkVtbl {
    IUNKNOWN_METHODS(IMFClockStateSink)
    HRESULT (STDMETHODCALLTYPE *OnClockStart)(IMFClockStateSink *This, MFTIME hnsSystemTime, LONGLONG llClockStartOffset);
    HRESULT (STDMETHODCALLTYPE *OnClockStop)(IMFClockStateSink *This, MFTIME hnsSystemTime);
    HRESULT (STDMETHODCALLTYPE *OnClockPause)(IMFClockStateSink *This, MFTIME hnsSystemTime);
    HRESULT (STDMETHODCALLTYPE *OnClockRestart)(IMFClockStateSink *This, MFTIME hnsSystemTime);
    HRESULT (STDMETHODCALLTYPE *OnClockSetRate)(IMFClockStateSink *This, MFTIME hnsSystemTime, float flRate);
} IMFClockStateSinkVtbl;
struct IMFClockStateSink { const IMFClockStateSinkVtbl *lpVtbl; };

typedef struct IMFPresentationClockVtbl {
    IMFCLOCK_METHODS(IMFPresentationClock)
    HRESULT (STDMETHODCALLTYPE *SetTimeSource)(IMFPresentationClock *This, IMFPresentationTimeSource *pTimeSource);
    HRESULT (STDMETHODCALLTYPE *GetTimeSource)(IMFPresentationClock *This, IMFPresentationTimeSource **ppTimeSource);
    HRESULT (STDMETHODCALLTYPE *GetTime)(IMFPresentationClock *This, MFTIME *phnsClockTime);
    HRESULT (STDMETHODCALLTYPE *AddClockStateSink)(IMFPresentationClock *This, IMFClockStateSink *pStateSink);
    HRESULT (STDMETHODCALLTYPE *RemoveClockStateSink)(IMFPresentationClock *This, IMFClockStateSink *pStateSink);
    HRESULT (STDMETHODCALLTYPE *Start)(IMFPresentationClock *This, LONGLONG llClockStartOffset);
    HRESULT (STDMETHODCALLTYPE *Stop)(IMFPresentationClock *This);
    HRESULT (STDMETHODCALLTYPE *Pause)(IMFPresentationClock *This);
} IMFPresentationClockVtbl;
struct IMFPresentationClock { const IMFPresentationClockVtbl *lpVtbl; };

typedef struct IMFShutdownVtbl {
    IUNKNOWN_METHODS(IMFShutdown)
    HRESULT (STDMETHODCALLTYPE *Shutdown)(IMFShutdown *This);
    HRESULT (STDMETHODCALLTYPE *GetShutdownStatus)(IMFShutdown *This, MFSHUTDOWN_STATUS *pStatus);
} IMFShutdownVtbl;
struct IMFShutdown { const IMFShutdownVtbl *lpVtbl; };

typedef struct IMFGetServiceVtbl {
    IUNKNOWN_METHODS(IMFGetService)
    HRESULT (STDMETHODCALLTYPE *GetService)(IMFGetService *This, REFGUID guidService, REFIID riid, void **ppvObject);
} IMFGetServiceVtbl;
struct IMFGetService { const IMFGetServiceVtbl *lpVtbl; };

typedef struct IMFRateControlVtbl {
    IUNKNOWN_METHODS(IMFRateControl)
    HRESULT (STDMETHODCALLTYPE *SetRate)(IMFRateControl *This, BOOL fThin, float flRate);
    HRESULT (STDMETHODCALLTYPE *GetRate)(IMFRateControl *This, BOOL *pfThin, float *pflRate);
} IMFRateControlVtbl;
struct IMFRateControl { const IMFRateControlVtbl *lpVtbl; };

typedef struct IMFRateSupportVtbl {
    IUNKNOWN_METHODS(IMFRateSupport)
    HRESULT (STDMETHODCALLTYPE *GetSlowestRate)(IMFRateSupport *This, MFRATE_DIRECTION eDirection, BOOL fThin, float *pflRate);
    HRESULT (STDMETHODCALLTYPE *GetFastestRate)(IMFRateSupport *This, MFRATE_DIRECTION eDirection, BOOL fThin, float *pflRate);
    HRESULT (STDMETHODCALLTYPE *IsRateSupported)(IMFRateSupport *This, BOOL fThin, float flRate, float *pflNearestSupportedRate);
} IMFRateSupportVtbl;
struct IMFRateSupport { const IMFRateSupportVtbl *lpVtbl; };

typedef struct IMFMediaSessionVtbl {
    IMFMEDIAEVENTGENERATOR_METHODS(IMFMediaSession)
    HRESULT (STDMETHODCALLTYPE *SetTopology)(IMFMediaSession *This, DWORD dwSetTopologyFlags, IMFTopology *pTopology);
    HRESULT (STDMETHODCALLTYPE *ClearTopologies)(IMFMediaSession *This);
    HRESULT (STDMETHODCALLTYPE *Start)(IMFMediaSession *This, const GUID *pguidTimeFormat, const PROPVARIANT *pvarStartPosition);
    HRESULT (STDMETHODCALLTYPE *Pause)(IMFMediaSession *This);
    HRESULT (STDMETHODCALLTYPE *Stop)(IMFMediaSession *This);
    HRESULT (STDMETHODCALLTYPE *Close)(IMFMediaSession *This);
    HRESULT (STDMETHODCALLTYPE *Shutdown)(IMFMediaSession *This);
    HRESULT (STDMETHODCALLTYPE *GetClock)(IMFMediaSession *This, IMFClock **ppClock);
    HRESULT (STDMETHODCALLTYPE *GetSessionCapabilities)(IMFMediaSession *This, DWORD *pdwCaps);
    HRESULT (STDMETHODCALLTYPE *GetFullTopology)(IMFMediaSession *This, DWORD dwGetFullTopologyFlags, TOPOID TopoId, IMFTopology **ppFullTopology);
} IMFMediaSessionVtbl;
struct IMFMediaSession { const IMFMediaSessionVtbl *lpVtbl; };
#endif

STDAPI MFCreateMediaSession(IMFAttributes *pConfiguration, IMFMediaSession **ppMediaSession);
STDAPI MFCreatePresentationClock(IMFPresentationClock **ppPresentationClock);
STDAPI MFCreateSystemTimeSource(IMFPresentationTimeSource **ppSystemTimeSource);

typedef int MF_TOPOLOGY_TYPE;
typedef struct IMFTopologyNode IMFTopologyNode;
typedef struct IMFSourceResolver IMFSourceResolver;
typedef struct IMFMediaSink IMFMediaSink;
typedef struct IMFSampleGrabberSinkCallback IMFSampleGrabberSinkCallback;
STDAPI MFCreateTopology(IMFTopology **ppTopo);
STDAPI MFCreateTopologyNode(MF_TOPOLOGY_TYPE NodeType, IMFTopologyNode **ppNode);
STDAPI MFCreateSourceResolver(IMFSourceResolver **ppISourceResolver);
STDAPI MFCreateWAVEMediaSink(IMFByteStream *pTargetByteStream, IMFMediaType *pAudioMediaType,
                             IMFMediaSink **ppMediaSink);
STDAPI MFCreateSampleGrabberSinkActivate(IMFMediaType *pIMFMediaType,
                                         IMFSampleGrabberSinkCallback *pIMFSampleGrabberSinkCallback,
                                         IMFActivate **ppIActivate);
STDAPI MFCreateAudioRendererActivate(IMFActivate **ppActivate);

/* Generated by tools/mf-headers/gen.py from Microsoft's metadata: do not edit. */
typedef struct IPropertyStore IPropertyStore;
enum { MF_TOPOLOGY_MAX = -1, MF_TOPOLOGY_OUTPUT_NODE = 0, MF_TOPOLOGY_SOURCESTREAM_NODE = 1, MF_TOPOLOGY_TEE_NODE = 3, MF_TOPOLOGY_TRANSFORM_NODE = 2 };
typedef int MF_OBJECT_TYPE;
enum { MF_OBJECT_BYTESTREAM = 1, MF_OBJECT_INVALID = 2, MF_OBJECT_MEDIASOURCE = 0 };
typedef int MFSTREAMSINK_MARKER_TYPE;
enum { MFSTREAMSINK_MARKER_DEFAULT = 0, MFSTREAMSINK_MARKER_ENDOFSEGMENT = 1, MFSTREAMSINK_MARKER_EVENT = 3, MFSTREAMSINK_MARKER_TICK = 2 };
typedef int MFMEDIASOURCE_CHARACTERISTICS;
enum { MFMEDIASOURCE_CAN_PAUSE = 4, MFMEDIASOURCE_CAN_SEEK = 2, MFMEDIASOURCE_DOES_NOT_USE_NETWORK = 128, MFMEDIASOURCE_IS_LIVE = 1 };
typedef int MFT_MESSAGE_TYPE;
enum { MFT_MESSAGE_COMMAND_DRAIN = 1, MFT_MESSAGE_COMMAND_FLUSH = 0, MFT_MESSAGE_COMMAND_FLUSH_OUTPUT_STREAM = 268435464, MFT_MESSAGE_COMMAND_MARKER = 536870912, MFT_MESSAGE_COMMAND_SET_OUTPUT_STREAM_STATE = 268435463, MFT_MESSAGE_COMMAND_TICK = 4, MFT_MESSAGE_DROP_SAMPLES = 3, MFT_MESSAGE_NOTIFY_BEGIN_STREAMING = 268435456, MFT_MESSAGE_NOTIFY_END_OF_STREAM = 268435458, MFT_MESSAGE_NOTIFY_END_STREAMING = 268435457, MFT_MESSAGE_NOTIFY_EVENT = 268435462, MFT_MESSAGE_NOTIFY_REACQUIRE_RESOURCES = 268435461, MFT_MESSAGE_NOTIFY_RELEASE_RESOURCES = 268435460, MFT_MESSAGE_NOTIFY_START_OF_STREAM = 268435459, MFT_MESSAGE_SET_D3D_MANAGER = 2 };
typedef int MFTIMER_FLAGS;
enum { MFTIMER_RELATIVE = 1 };
#define MF_RESOLUTION_MEDIASOURCE 1
#define MF_RESOLUTION_BYTESTREAM 2
#define MF_RESOLUTION_READ 65536
#define MEDIASINK_FIXED_STREAMS 1
#define MEDIASINK_RATELESS 4
DEFINE_GUID(MF_TOPONODE_SOURCE, 0x835c58ec, 0xe075, 0x4bc7, 0xbc, 0xba, 0x4d, 0xe0, 0x00, 0xdf, 0x9a, 0xe6);
DEFINE_GUID(MF_TOPONODE_PRESENTATION_DESCRIPTOR, 0x835c58ed, 0xe075, 0x4bc7, 0xbc, 0xba, 0x4d, 0xe0, 0x00, 0xdf, 0x9a, 0xe6);
DEFINE_GUID(MF_TOPONODE_STREAM_DESCRIPTOR, 0x835c58ee, 0xe075, 0x4bc7, 0xbc, 0xba, 0x4d, 0xe0, 0x00, 0xdf, 0x9a, 0xe6);
DEFINE_GUID(MF_TOPONODE_STREAMID, 0x14932f9b, 0x9087, 0x4bb4, 0x84, 0x12, 0x51, 0x67, 0x14, 0x5c, 0xbe, 0x04);
DEFINE_GUID(MF_TOPOLOGY_RESOLUTION_STATUS, 0x494bbcde, 0xb031, 0x4e38, 0x97, 0xc4, 0xd5, 0x42, 0x2d, 0xd6, 0x18, 0xdc);
DEFINE_GUID(MF_PD_DURATION, 0x6c990d33, 0xbb8e, 0x477a, 0x85, 0x98, 0x0d, 0x5d, 0x96, 0xfc, 0xd8, 0x8a);
DEFINE_GUID(MF_SAMPLEGRABBERSINK_IGNORE_CLOCK, 0x0efda2c0, 0x2b69, 0x4e2e, 0xab, 0x8d, 0x46, 0xdc, 0xbf, 0xf7, 0xd2, 0x5d);
DEFINE_GUID(MF_SESSION_APPROX_EVENT_OCCURRENCE_TIME, 0x190e852f, 0x6238, 0x42d1, 0xb5, 0xaf, 0x69, 0xea, 0x33, 0x8e, 0xf8, 0x50);
DEFINE_GUID(MF_SESSION_TOPOLOADER, 0x1e83d482, 0x1f1c, 0x4571, 0x84, 0x05, 0x88, 0xf4, 0xb2, 0x18, 0x1f, 0x71);
DEFINE_GUID(MF_SESSION_QUALITY_MANAGER, 0x1e83d482, 0x1f1c, 0x4571, 0x84, 0x05, 0x88, 0xf4, 0xb2, 0x18, 0x1f, 0x73);
typedef struct IMFPresentationDescriptor IMFPresentationDescriptor;
typedef struct IMFStreamDescriptor IMFStreamDescriptor;
typedef struct IMFMediaTypeHandler IMFMediaTypeHandler;
typedef struct IMFMediaSource IMFMediaSource;
typedef struct IMFMediaStream IMFMediaStream;
typedef struct IMFStreamSink IMFStreamSink;
typedef struct IMFFinalizableMediaSink IMFFinalizableMediaSink;
typedef struct IMFTransform IMFTransform;
typedef struct IMFTimer IMFTimer;
typedef struct _MFT_INPUT_STREAM_INFO { LONGLONG hnsMaxLatency; DWORD dwFlags; DWORD cbSize; DWORD cbMaxLookahead; DWORD cbAlignment; } MFT_INPUT_STREAM_INFO;
typedef struct _MFT_OUTPUT_STREAM_INFO { DWORD dwFlags; DWORD cbSize; DWORD cbAlignment; } MFT_OUTPUT_STREAM_INFO;
typedef struct _MFT_OUTPUT_DATA_BUFFER { DWORD dwStreamID; IMFSample *pSample; DWORD dwStatus; IMFCollection *pEvents; } MFT_OUTPUT_DATA_BUFFER;
DEFINE_GUID(IID_IMFTopologyNode, 0x83cf873a, 0xf6da, 0x4bc8, 0x82, 0x3f, 0xba, 0xcf, 0xd5, 0x5d, 0xc4, 0x30);
DEFINE_GUID(IID_IMFPresentationDescriptor, 0x03cb2711, 0x24d7, 0x4db6, 0xa1, 0x7f, 0xf3, 0xa7, 0xa4, 0x79, 0xa5, 0x36);
DEFINE_GUID(IID_IMFStreamDescriptor, 0x56c03d9c, 0x9dbb, 0x45f5, 0xab, 0x4b, 0xd8, 0x0f, 0x47, 0xc0, 0x59, 0x38);
DEFINE_GUID(IID_IMFMediaTypeHandler, 0xe93dcf6c, 0x4b07, 0x4e1e, 0x81, 0x23, 0xaa, 0x16, 0xed, 0x6e, 0xad, 0xf5);
DEFINE_GUID(IID_IMFMediaSource, 0x279a808d, 0xaec7, 0x40c8, 0x9c, 0x6b, 0xa6, 0xb4, 0x92, 0xc7, 0x8a, 0x66);
DEFINE_GUID(IID_IMFMediaStream, 0xd182108f, 0x4ec6, 0x443f, 0xaa, 0x42, 0xa7, 0x11, 0x06, 0xec, 0x82, 0x5f);
DEFINE_GUID(IID_IMFStreamSink, 0x0a97b3cf, 0x8e7c, 0x4a3d, 0x8f, 0x8c, 0x0c, 0x84, 0x3d, 0xc2, 0x47, 0xfb);
DEFINE_GUID(IID_IMFMediaSink, 0x6ef2a660, 0x47c0, 0x4666, 0xb1, 0x3d, 0xcb, 0xb7, 0x17, 0xf2, 0xfa, 0x2c);
DEFINE_GUID(IID_IMFFinalizableMediaSink, 0xeaecb74a, 0x9a50, 0x42ce, 0x95, 0x41, 0x6a, 0x7f, 0x57, 0xaa, 0x4a, 0xd7);
DEFINE_GUID(IID_IMFSourceResolver, 0xfbe5a32d, 0xa497, 0x4b61, 0xbb, 0x85, 0x97, 0xb1, 0xa8, 0x48, 0xa6, 0xe3);
DEFINE_GUID(IID_IMFSampleGrabberSinkCallback, 0x8c7b80bf, 0xee42, 0x4b59, 0xb1, 0xdf, 0x55, 0x66, 0x8e, 0x1b, 0xdc, 0xa8);
DEFINE_GUID(IID_IMFTransform, 0xbf94c121, 0x5b05, 0x4e6f, 0x80, 0x00, 0xba, 0x59, 0x89, 0x61, 0x41, 0x4d);
DEFINE_GUID(IID_IMFTimer, 0xe56e4cbd, 0x8f70, 0x49d8, 0xa0, 0xf8, 0xed, 0xb3, 0xd6, 0xab, 0x9b, 0xf2);

#ifndef WINSESSION_CPP_INTERFACES

typedef struct IMFTopologyNodeVtbl {
    IUNKNOWN_METHODS(IMFTopologyNode)
    HRESULT (STDMETHODCALLTYPE *GetItem)(IMFTopologyNode *This, REFGUID guidkey, PROPVARIANT *pvalue);
    HRESULT (STDMETHODCALLTYPE *GetItemType)(IMFTopologyNode *This, REFGUID guidkey, MF_ATTRIBUTE_TYPE *ppresult);
    HRESULT (STDMETHODCALLTYPE *CompareItem)(IMFTopologyNode *This, REFGUID guidkey, const PROPVARIANT *value, BOOL *ppresult);
    HRESULT (STDMETHODCALLTYPE *Compare)(IMFTopologyNode *This, IMFAttributes *ptheirs, MF_ATTRIBUTES_MATCH_TYPE matchtype, BOOL *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetUINT32)(IMFTopologyNode *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetUINT64)(IMFTopologyNode *This, REFGUID guidkey, UINT64 *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetDouble)(IMFTopologyNode *This, REFGUID guidkey, double *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetGUID)(IMFTopologyNode *This, REFGUID guidkey, GUID *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetStringLength)(IMFTopologyNode *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetString)(IMFTopologyNode *This, REFGUID guidkey, LPWSTR pwszvalue, DWORD cchbufsize, DWORD *pcchlength);
    HRESULT (STDMETHODCALLTYPE *GetAllocatedString)(IMFTopologyNode *This, REFGUID guidkey, LPWSTR *ppwszvalue, DWORD *pcchlength);
    HRESULT (STDMETHODCALLTYPE *GetBlobSize)(IMFTopologyNode *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetBlob)(IMFTopologyNode *This, REFGUID guidkey, BYTE *pbuf, DWORD cbbufsize, DWORD *pcbblobsize);
    HRESULT (STDMETHODCALLTYPE *GetAllocatedBlob)(IMFTopologyNode *This, REFGUID guidkey, BYTE **ppbuf, DWORD *pcbsize);
    HRESULT (STDMETHODCALLTYPE *GetUnknown)(IMFTopologyNode *This, REFGUID guidkey, REFGUID riid, void **ppv);
    HRESULT (STDMETHODCALLTYPE *SetItem)(IMFTopologyNode *This, REFGUID guidkey, const PROPVARIANT *value);
    HRESULT (STDMETHODCALLTYPE *DeleteItem)(IMFTopologyNode *This, REFGUID guidkey);
    HRESULT (STDMETHODCALLTYPE *DeleteAllItems)(IMFTopologyNode *This);
    HRESULT (STDMETHODCALLTYPE *SetUINT32)(IMFTopologyNode *This, REFGUID guidkey, DWORD unvalue);
    HRESULT (STDMETHODCALLTYPE *SetUINT64)(IMFTopologyNode *This, REFGUID guidkey, UINT64 unvalue);
    HRESULT (STDMETHODCALLTYPE *SetDouble)(IMFTopologyNode *This, REFGUID guidkey, double fvalue);
    HRESULT (STDMETHODCALLTYPE *SetGUID)(IMFTopologyNode *This, REFGUID guidkey, REFGUID guidvalue);
    HRESULT (STDMETHODCALLTYPE *SetString)(IMFTopologyNode *This, REFGUID guidkey, LPCWSTR wszvalue);
    HRESULT (STDMETHODCALLTYPE *SetBlob)(IMFTopologyNode *This, REFGUID guidkey, const BYTE *pbuf, DWORD cbbufsize);
    HRESULT (STDMETHODCALLTYPE *SetUnknown)(IMFTopologyNode *This, REFGUID guidkey, IUnknown *punknown);
    HRESULT (STDMETHODCALLTYPE *LockStore)(IMFTopologyNode *This);
    HRESULT (STDMETHODCALLTYPE *UnlockStore)(IMFTopologyNode *This);
    HRESULT (STDMETHODCALLTYPE *GetCount)(IMFTopologyNode *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetItemByIndex)(IMFTopologyNode *This, DWORD unindex, GUID *pguidkey, PROPVARIANT *pvalue);
    HRESULT (STDMETHODCALLTYPE *CopyAllItems)(IMFTopologyNode *This, IMFAttributes *pdest);
    HRESULT (STDMETHODCALLTYPE *SetObject)(IMFTopologyNode *This, IUnknown *pobject);
    HRESULT (STDMETHODCALLTYPE *GetObject)(IMFTopologyNode *This, IUnknown **ppresult);
    HRESULT (STDMETHODCALLTYPE *GetNodeType)(IMFTopologyNode *This, MF_TOPOLOGY_TYPE *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetTopoNodeID)(IMFTopologyNode *This, TOPOID *ppresult);
    HRESULT (STDMETHODCALLTYPE *SetTopoNodeID)(IMFTopologyNode *This, TOPOID ulltopoid);
    HRESULT (STDMETHODCALLTYPE *GetInputCount)(IMFTopologyNode *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetOutputCount)(IMFTopologyNode *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *ConnectOutput)(IMFTopologyNode *This, DWORD dwoutputindex, IMFTopologyNode *pdownstreamnode, DWORD dwinputindexondownstreamnode);
    HRESULT (STDMETHODCALLTYPE *DisconnectOutput)(IMFTopologyNode *This, DWORD dwoutputindex);
    HRESULT (STDMETHODCALLTYPE *GetInput)(IMFTopologyNode *This, DWORD dwinputindex, IMFTopologyNode **ppupstreamnode, DWORD *pdwoutputindexonupstreamnode);
    HRESULT (STDMETHODCALLTYPE *GetOutput)(IMFTopologyNode *This, DWORD dwoutputindex, IMFTopologyNode **ppdownstreamnode, DWORD *pdwinputindexondownstreamnode);
    HRESULT (STDMETHODCALLTYPE *SetOutputPrefType)(IMFTopologyNode *This, DWORD dwoutputindex, IMFMediaType *ptype);
    HRESULT (STDMETHODCALLTYPE *GetOutputPrefType)(IMFTopologyNode *This, DWORD dwoutputindex, IMFMediaType **ppresult);
    HRESULT (STDMETHODCALLTYPE *SetInputPrefType)(IMFTopologyNode *This, DWORD dwinputindex, IMFMediaType *ptype);
    HRESULT (STDMETHODCALLTYPE *GetInputPrefType)(IMFTopologyNode *This, DWORD dwinputindex, IMFMediaType **ppresult);
    HRESULT (STDMETHODCALLTYPE *CloneFrom)(IMFTopologyNode *This, IMFTopologyNode *pnode);
} IMFTopologyNodeVtbl;
struct IMFTopologyNode { const IMFTopologyNodeVtbl *lpVtbl; };

typedef struct IMFTopologyVtbl {
    IUNKNOWN_METHODS(IMFTopology)
    HRESULT (STDMETHODCALLTYPE *GetItem)(IMFTopology *This, REFGUID guidkey, PROPVARIANT *pvalue);
    HRESULT (STDMETHODCALLTYPE *GetItemType)(IMFTopology *This, REFGUID guidkey, MF_ATTRIBUTE_TYPE *ppresult);
    HRESULT (STDMETHODCALLTYPE *CompareItem)(IMFTopology *This, REFGUID guidkey, const PROPVARIANT *value, BOOL *ppresult);
    HRESULT (STDMETHODCALLTYPE *Compare)(IMFTopology *This, IMFAttributes *ptheirs, MF_ATTRIBUTES_MATCH_TYPE matchtype, BOOL *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetUINT32)(IMFTopology *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetUINT64)(IMFTopology *This, REFGUID guidkey, UINT64 *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetDouble)(IMFTopology *This, REFGUID guidkey, double *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetGUID)(IMFTopology *This, REFGUID guidkey, GUID *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetStringLength)(IMFTopology *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetString)(IMFTopology *This, REFGUID guidkey, LPWSTR pwszvalue, DWORD cchbufsize, DWORD *pcchlength);
    HRESULT (STDMETHODCALLTYPE *GetAllocatedString)(IMFTopology *This, REFGUID guidkey, LPWSTR *ppwszvalue, DWORD *pcchlength);
    HRESULT (STDMETHODCALLTYPE *GetBlobSize)(IMFTopology *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetBlob)(IMFTopology *This, REFGUID guidkey, BYTE *pbuf, DWORD cbbufsize, DWORD *pcbblobsize);
    HRESULT (STDMETHODCALLTYPE *GetAllocatedBlob)(IMFTopology *This, REFGUID guidkey, BYTE **ppbuf, DWORD *pcbsize);
    HRESULT (STDMETHODCALLTYPE *GetUnknown)(IMFTopology *This, REFGUID guidkey, REFGUID riid, void **ppv);
    HRESULT (STDMETHODCALLTYPE *SetItem)(IMFTopology *This, REFGUID guidkey, const PROPVARIANT *value);
    HRESULT (STDMETHODCALLTYPE *DeleteItem)(IMFTopology *This, REFGUID guidkey);
    HRESULT (STDMETHODCALLTYPE *DeleteAllItems)(IMFTopology *This);
    HRESULT (STDMETHODCALLTYPE *SetUINT32)(IMFTopology *This, REFGUID guidkey, DWORD unvalue);
    HRESULT (STDMETHODCALLTYPE *SetUINT64)(IMFTopology *This, REFGUID guidkey, UINT64 unvalue);
    HRESULT (STDMETHODCALLTYPE *SetDouble)(IMFTopology *This, REFGUID guidkey, double fvalue);
    HRESULT (STDMETHODCALLTYPE *SetGUID)(IMFTopology *This, REFGUID guidkey, REFGUID guidvalue);
    HRESULT (STDMETHODCALLTYPE *SetString)(IMFTopology *This, REFGUID guidkey, LPCWSTR wszvalue);
    HRESULT (STDMETHODCALLTYPE *SetBlob)(IMFTopology *This, REFGUID guidkey, const BYTE *pbuf, DWORD cbbufsize);
    HRESULT (STDMETHODCALLTYPE *SetUnknown)(IMFTopology *This, REFGUID guidkey, IUnknown *punknown);
    HRESULT (STDMETHODCALLTYPE *LockStore)(IMFTopology *This);
    HRESULT (STDMETHODCALLTYPE *UnlockStore)(IMFTopology *This);
    HRESULT (STDMETHODCALLTYPE *GetCount)(IMFTopology *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetItemByIndex)(IMFTopology *This, DWORD unindex, GUID *pguidkey, PROPVARIANT *pvalue);
    HRESULT (STDMETHODCALLTYPE *CopyAllItems)(IMFTopology *This, IMFAttributes *pdest);
    HRESULT (STDMETHODCALLTYPE *GetTopologyID)(IMFTopology *This, TOPOID *ppresult);
    HRESULT (STDMETHODCALLTYPE *AddNode)(IMFTopology *This, IMFTopologyNode *pnode);
    HRESULT (STDMETHODCALLTYPE *RemoveNode)(IMFTopology *This, IMFTopologyNode *pnode);
    HRESULT (STDMETHODCALLTYPE *GetNodeCount)(IMFTopology *This, WORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetNode)(IMFTopology *This, WORD windex, IMFTopologyNode **ppresult);
    HRESULT (STDMETHODCALLTYPE *Clear)(IMFTopology *This);
    HRESULT (STDMETHODCALLTYPE *CloneFrom)(IMFTopology *This, IMFTopology *ptopology);
    HRESULT (STDMETHODCALLTYPE *GetNodeByID)(IMFTopology *This, TOPOID qwtoponodeid, IMFTopologyNode **ppresult);
    HRESULT (STDMETHODCALLTYPE *GetSourceNodeCollection)(IMFTopology *This, IMFCollection **ppresult);
    HRESULT (STDMETHODCALLTYPE *GetOutputNodeCollection)(IMFTopology *This, IMFCollection **ppresult);
} IMFTopologyVtbl;
struct IMFTopology { const IMFTopologyVtbl *lpVtbl; };

typedef struct IMFPresentationDescriptorVtbl {
    IUNKNOWN_METHODS(IMFPresentationDescriptor)
    HRESULT (STDMETHODCALLTYPE *GetItem)(IMFPresentationDescriptor *This, REFGUID guidkey, PROPVARIANT *pvalue);
    HRESULT (STDMETHODCALLTYPE *GetItemType)(IMFPresentationDescriptor *This, REFGUID guidkey, MF_ATTRIBUTE_TYPE *ppresult);
    HRESULT (STDMETHODCALLTYPE *CompareItem)(IMFPresentationDescriptor *This, REFGUID guidkey, const PROPVARIANT *value, BOOL *ppresult);
    HRESULT (STDMETHODCALLTYPE *Compare)(IMFPresentationDescriptor *This, IMFAttributes *ptheirs, MF_ATTRIBUTES_MATCH_TYPE matchtype, BOOL *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetUINT32)(IMFPresentationDescriptor *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetUINT64)(IMFPresentationDescriptor *This, REFGUID guidkey, UINT64 *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetDouble)(IMFPresentationDescriptor *This, REFGUID guidkey, double *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetGUID)(IMFPresentationDescriptor *This, REFGUID guidkey, GUID *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetStringLength)(IMFPresentationDescriptor *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetString)(IMFPresentationDescriptor *This, REFGUID guidkey, LPWSTR pwszvalue, DWORD cchbufsize, DWORD *pcchlength);
    HRESULT (STDMETHODCALLTYPE *GetAllocatedString)(IMFPresentationDescriptor *This, REFGUID guidkey, LPWSTR *ppwszvalue, DWORD *pcchlength);
    HRESULT (STDMETHODCALLTYPE *GetBlobSize)(IMFPresentationDescriptor *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetBlob)(IMFPresentationDescriptor *This, REFGUID guidkey, BYTE *pbuf, DWORD cbbufsize, DWORD *pcbblobsize);
    HRESULT (STDMETHODCALLTYPE *GetAllocatedBlob)(IMFPresentationDescriptor *This, REFGUID guidkey, BYTE **ppbuf, DWORD *pcbsize);
    HRESULT (STDMETHODCALLTYPE *GetUnknown)(IMFPresentationDescriptor *This, REFGUID guidkey, REFGUID riid, void **ppv);
    HRESULT (STDMETHODCALLTYPE *SetItem)(IMFPresentationDescriptor *This, REFGUID guidkey, const PROPVARIANT *value);
    HRESULT (STDMETHODCALLTYPE *DeleteItem)(IMFPresentationDescriptor *This, REFGUID guidkey);
    HRESULT (STDMETHODCALLTYPE *DeleteAllItems)(IMFPresentationDescriptor *This);
    HRESULT (STDMETHODCALLTYPE *SetUINT32)(IMFPresentationDescriptor *This, REFGUID guidkey, DWORD unvalue);
    HRESULT (STDMETHODCALLTYPE *SetUINT64)(IMFPresentationDescriptor *This, REFGUID guidkey, UINT64 unvalue);
    HRESULT (STDMETHODCALLTYPE *SetDouble)(IMFPresentationDescriptor *This, REFGUID guidkey, double fvalue);
    HRESULT (STDMETHODCALLTYPE *SetGUID)(IMFPresentationDescriptor *This, REFGUID guidkey, REFGUID guidvalue);
    HRESULT (STDMETHODCALLTYPE *SetString)(IMFPresentationDescriptor *This, REFGUID guidkey, LPCWSTR wszvalue);
    HRESULT (STDMETHODCALLTYPE *SetBlob)(IMFPresentationDescriptor *This, REFGUID guidkey, const BYTE *pbuf, DWORD cbbufsize);
    HRESULT (STDMETHODCALLTYPE *SetUnknown)(IMFPresentationDescriptor *This, REFGUID guidkey, IUnknown *punknown);
    HRESULT (STDMETHODCALLTYPE *LockStore)(IMFPresentationDescriptor *This);
    HRESULT (STDMETHODCALLTYPE *UnlockStore)(IMFPresentationDescriptor *This);
    HRESULT (STDMETHODCALLTYPE *GetCount)(IMFPresentationDescriptor *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetItemByIndex)(IMFPresentationDescriptor *This, DWORD unindex, GUID *pguidkey, PROPVARIANT *pvalue);
    HRESULT (STDMETHODCALLTYPE *CopyAllItems)(IMFPresentationDescriptor *This, IMFAttributes *pdest);
    HRESULT (STDMETHODCALLTYPE *GetStreamDescriptorCount)(IMFPresentationDescriptor *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetStreamDescriptorByIndex)(IMFPresentationDescriptor *This, DWORD dwindex, BOOL *pfselected, IMFStreamDescriptor **ppdescriptor);
    HRESULT (STDMETHODCALLTYPE *SelectStream)(IMFPresentationDescriptor *This, DWORD dwdescriptorindex);
    HRESULT (STDMETHODCALLTYPE *DeselectStream)(IMFPresentationDescriptor *This, DWORD dwdescriptorindex);
    HRESULT (STDMETHODCALLTYPE *Clone)(IMFPresentationDescriptor *This, IMFPresentationDescriptor **ppresult);
} IMFPresentationDescriptorVtbl;
struct IMFPresentationDescriptor { const IMFPresentationDescriptorVtbl *lpVtbl; };

typedef struct IMFStreamDescriptorVtbl {
    IUNKNOWN_METHODS(IMFStreamDescriptor)
    HRESULT (STDMETHODCALLTYPE *GetItem)(IMFStreamDescriptor *This, REFGUID guidkey, PROPVARIANT *pvalue);
    HRESULT (STDMETHODCALLTYPE *GetItemType)(IMFStreamDescriptor *This, REFGUID guidkey, MF_ATTRIBUTE_TYPE *ppresult);
    HRESULT (STDMETHODCALLTYPE *CompareItem)(IMFStreamDescriptor *This, REFGUID guidkey, const PROPVARIANT *value, BOOL *ppresult);
    HRESULT (STDMETHODCALLTYPE *Compare)(IMFStreamDescriptor *This, IMFAttributes *ptheirs, MF_ATTRIBUTES_MATCH_TYPE matchtype, BOOL *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetUINT32)(IMFStreamDescriptor *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetUINT64)(IMFStreamDescriptor *This, REFGUID guidkey, UINT64 *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetDouble)(IMFStreamDescriptor *This, REFGUID guidkey, double *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetGUID)(IMFStreamDescriptor *This, REFGUID guidkey, GUID *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetStringLength)(IMFStreamDescriptor *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetString)(IMFStreamDescriptor *This, REFGUID guidkey, LPWSTR pwszvalue, DWORD cchbufsize, DWORD *pcchlength);
    HRESULT (STDMETHODCALLTYPE *GetAllocatedString)(IMFStreamDescriptor *This, REFGUID guidkey, LPWSTR *ppwszvalue, DWORD *pcchlength);
    HRESULT (STDMETHODCALLTYPE *GetBlobSize)(IMFStreamDescriptor *This, REFGUID guidkey, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetBlob)(IMFStreamDescriptor *This, REFGUID guidkey, BYTE *pbuf, DWORD cbbufsize, DWORD *pcbblobsize);
    HRESULT (STDMETHODCALLTYPE *GetAllocatedBlob)(IMFStreamDescriptor *This, REFGUID guidkey, BYTE **ppbuf, DWORD *pcbsize);
    HRESULT (STDMETHODCALLTYPE *GetUnknown)(IMFStreamDescriptor *This, REFGUID guidkey, REFGUID riid, void **ppv);
    HRESULT (STDMETHODCALLTYPE *SetItem)(IMFStreamDescriptor *This, REFGUID guidkey, const PROPVARIANT *value);
    HRESULT (STDMETHODCALLTYPE *DeleteItem)(IMFStreamDescriptor *This, REFGUID guidkey);
    HRESULT (STDMETHODCALLTYPE *DeleteAllItems)(IMFStreamDescriptor *This);
    HRESULT (STDMETHODCALLTYPE *SetUINT32)(IMFStreamDescriptor *This, REFGUID guidkey, DWORD unvalue);
    HRESULT (STDMETHODCALLTYPE *SetUINT64)(IMFStreamDescriptor *This, REFGUID guidkey, UINT64 unvalue);
    HRESULT (STDMETHODCALLTYPE *SetDouble)(IMFStreamDescriptor *This, REFGUID guidkey, double fvalue);
    HRESULT (STDMETHODCALLTYPE *SetGUID)(IMFStreamDescriptor *This, REFGUID guidkey, REFGUID guidvalue);
    HRESULT (STDMETHODCALLTYPE *SetString)(IMFStreamDescriptor *This, REFGUID guidkey, LPCWSTR wszvalue);
    HRESULT (STDMETHODCALLTYPE *SetBlob)(IMFStreamDescriptor *This, REFGUID guidkey, const BYTE *pbuf, DWORD cbbufsize);
    HRESULT (STDMETHODCALLTYPE *SetUnknown)(IMFStreamDescriptor *This, REFGUID guidkey, IUnknown *punknown);
    HRESULT (STDMETHODCALLTYPE *LockStore)(IMFStreamDescriptor *This);
    HRESULT (STDMETHODCALLTYPE *UnlockStore)(IMFStreamDescriptor *This);
    HRESULT (STDMETHODCALLTYPE *GetCount)(IMFStreamDescriptor *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetItemByIndex)(IMFStreamDescriptor *This, DWORD unindex, GUID *pguidkey, PROPVARIANT *pvalue);
    HRESULT (STDMETHODCALLTYPE *CopyAllItems)(IMFStreamDescriptor *This, IMFAttributes *pdest);
    HRESULT (STDMETHODCALLTYPE *GetStreamIdentifier)(IMFStreamDescriptor *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetMediaTypeHandler)(IMFStreamDescriptor *This, IMFMediaTypeHandler **ppresult);
} IMFStreamDescriptorVtbl;
struct IMFStreamDescriptor { const IMFStreamDescriptorVtbl *lpVtbl; };

typedef struct IMFMediaTypeHandlerVtbl {
    IUNKNOWN_METHODS(IMFMediaTypeHandler)
    HRESULT (STDMETHODCALLTYPE *IsMediaTypeSupported)(IMFMediaTypeHandler *This, IMFMediaType *pmediatype, IMFMediaType **ppresult);
    HRESULT (STDMETHODCALLTYPE *GetMediaTypeCount)(IMFMediaTypeHandler *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetMediaTypeByIndex)(IMFMediaTypeHandler *This, DWORD dwindex, IMFMediaType **ppresult);
    HRESULT (STDMETHODCALLTYPE *SetCurrentMediaType)(IMFMediaTypeHandler *This, IMFMediaType *pmediatype);
    HRESULT (STDMETHODCALLTYPE *GetCurrentMediaType)(IMFMediaTypeHandler *This, IMFMediaType **ppresult);
    HRESULT (STDMETHODCALLTYPE *GetMajorType)(IMFMediaTypeHandler *This, GUID *ppresult);
} IMFMediaTypeHandlerVtbl;
struct IMFMediaTypeHandler { const IMFMediaTypeHandlerVtbl *lpVtbl; };

typedef struct IMFMediaSourceVtbl {
    IUNKNOWN_METHODS(IMFMediaSource)
    HRESULT (STDMETHODCALLTYPE *GetEvent)(IMFMediaSource *This, DWORD dwflags, IMFMediaEvent **ppresult);
    HRESULT (STDMETHODCALLTYPE *BeginGetEvent)(IMFMediaSource *This, IMFAsyncCallback *pcallback, IUnknown *punkstate);
    HRESULT (STDMETHODCALLTYPE *EndGetEvent)(IMFMediaSource *This, IMFAsyncResult *presult, IMFMediaEvent **ppresult);
    HRESULT (STDMETHODCALLTYPE *QueueEvent)(IMFMediaSource *This, MediaEventType met, REFGUID guidextendedtype, HRESULT hrstatus, const PROPVARIANT *pvvalue);
    HRESULT (STDMETHODCALLTYPE *GetCharacteristics)(IMFMediaSource *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *CreatePresentationDescriptor)(IMFMediaSource *This, IMFPresentationDescriptor **ppresult);
    HRESULT (STDMETHODCALLTYPE *Start)(IMFMediaSource *This, IMFPresentationDescriptor *ppresentationdescriptor, REFGUID pguidtimeformat, const PROPVARIANT *pvarstartposition);
    HRESULT (STDMETHODCALLTYPE *Stop)(IMFMediaSource *This);
    HRESULT (STDMETHODCALLTYPE *Pause)(IMFMediaSource *This);
    HRESULT (STDMETHODCALLTYPE *Shutdown)(IMFMediaSource *This);
} IMFMediaSourceVtbl;
struct IMFMediaSource { const IMFMediaSourceVtbl *lpVtbl; };

typedef struct IMFMediaStreamVtbl {
    IUNKNOWN_METHODS(IMFMediaStream)
    HRESULT (STDMETHODCALLTYPE *GetEvent)(IMFMediaStream *This, DWORD dwflags, IMFMediaEvent **ppresult);
    HRESULT (STDMETHODCALLTYPE *BeginGetEvent)(IMFMediaStream *This, IMFAsyncCallback *pcallback, IUnknown *punkstate);
    HRESULT (STDMETHODCALLTYPE *EndGetEvent)(IMFMediaStream *This, IMFAsyncResult *presult, IMFMediaEvent **ppresult);
    HRESULT (STDMETHODCALLTYPE *QueueEvent)(IMFMediaStream *This, MediaEventType met, REFGUID guidextendedtype, HRESULT hrstatus, const PROPVARIANT *pvvalue);
    HRESULT (STDMETHODCALLTYPE *GetMediaSource)(IMFMediaStream *This, IMFMediaSource **ppresult);
    HRESULT (STDMETHODCALLTYPE *GetStreamDescriptor)(IMFMediaStream *This, IMFStreamDescriptor **ppresult);
    HRESULT (STDMETHODCALLTYPE *RequestSample)(IMFMediaStream *This, IUnknown *ptoken);
} IMFMediaStreamVtbl;
struct IMFMediaStream { const IMFMediaStreamVtbl *lpVtbl; };

typedef struct IMFStreamSinkVtbl {
    IUNKNOWN_METHODS(IMFStreamSink)
    HRESULT (STDMETHODCALLTYPE *GetEvent)(IMFStreamSink *This, DWORD dwflags, IMFMediaEvent **ppresult);
    HRESULT (STDMETHODCALLTYPE *BeginGetEvent)(IMFStreamSink *This, IMFAsyncCallback *pcallback, IUnknown *punkstate);
    HRESULT (STDMETHODCALLTYPE *EndGetEvent)(IMFStreamSink *This, IMFAsyncResult *presult, IMFMediaEvent **ppresult);
    HRESULT (STDMETHODCALLTYPE *QueueEvent)(IMFStreamSink *This, MediaEventType met, REFGUID guidextendedtype, HRESULT hrstatus, const PROPVARIANT *pvvalue);
    HRESULT (STDMETHODCALLTYPE *GetMediaSink)(IMFStreamSink *This, IMFMediaSink **ppresult);
    HRESULT (STDMETHODCALLTYPE *GetIdentifier)(IMFStreamSink *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetMediaTypeHandler)(IMFStreamSink *This, IMFMediaTypeHandler **ppresult);
    HRESULT (STDMETHODCALLTYPE *ProcessSample)(IMFStreamSink *This, IMFSample *psample);
    HRESULT (STDMETHODCALLTYPE *PlaceMarker)(IMFStreamSink *This, MFSTREAMSINK_MARKER_TYPE emarkertype, const PROPVARIANT *pvarmarkervalue, const PROPVARIANT *pvarcontextvalue);
    HRESULT (STDMETHODCALLTYPE *Flush)(IMFStreamSink *This);
} IMFStreamSinkVtbl;
struct IMFStreamSink { const IMFStreamSinkVtbl *lpVtbl; };

typedef struct IMFMediaSinkVtbl {
    IUNKNOWN_METHODS(IMFMediaSink)
    HRESULT (STDMETHODCALLTYPE *GetCharacteristics)(IMFMediaSink *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *AddStreamSink)(IMFMediaSink *This, DWORD dwstreamsinkidentifier, IMFMediaType *pmediatype, IMFStreamSink **ppresult);
    HRESULT (STDMETHODCALLTYPE *RemoveStreamSink)(IMFMediaSink *This, DWORD dwstreamsinkidentifier);
    HRESULT (STDMETHODCALLTYPE *GetStreamSinkCount)(IMFMediaSink *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetStreamSinkByIndex)(IMFMediaSink *This, DWORD dwindex, IMFStreamSink **ppresult);
    HRESULT (STDMETHODCALLTYPE *GetStreamSinkById)(IMFMediaSink *This, DWORD dwstreamsinkidentifier, IMFStreamSink **ppresult);
    HRESULT (STDMETHODCALLTYPE *SetPresentationClock)(IMFMediaSink *This, IMFPresentationClock *ppresentationclock);
    HRESULT (STDMETHODCALLTYPE *GetPresentationClock)(IMFMediaSink *This, IMFPresentationClock **ppresult);
    HRESULT (STDMETHODCALLTYPE *Shutdown)(IMFMediaSink *This);
} IMFMediaSinkVtbl;
struct IMFMediaSink { const IMFMediaSinkVtbl *lpVtbl; };

typedef struct IMFFinalizableMediaSinkVtbl {
    IUNKNOWN_METHODS(IMFFinalizableMediaSink)
    HRESULT (STDMETHODCALLTYPE *GetCharacteristics)(IMFFinalizableMediaSink *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *AddStreamSink)(IMFFinalizableMediaSink *This, DWORD dwstreamsinkidentifier, IMFMediaType *pmediatype, IMFStreamSink **ppresult);
    HRESULT (STDMETHODCALLTYPE *RemoveStreamSink)(IMFFinalizableMediaSink *This, DWORD dwstreamsinkidentifier);
    HRESULT (STDMETHODCALLTYPE *GetStreamSinkCount)(IMFFinalizableMediaSink *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetStreamSinkByIndex)(IMFFinalizableMediaSink *This, DWORD dwindex, IMFStreamSink **ppresult);
    HRESULT (STDMETHODCALLTYPE *GetStreamSinkById)(IMFFinalizableMediaSink *This, DWORD dwstreamsinkidentifier, IMFStreamSink **ppresult);
    HRESULT (STDMETHODCALLTYPE *SetPresentationClock)(IMFFinalizableMediaSink *This, IMFPresentationClock *ppresentationclock);
    HRESULT (STDMETHODCALLTYPE *GetPresentationClock)(IMFFinalizableMediaSink *This, IMFPresentationClock **ppresult);
    HRESULT (STDMETHODCALLTYPE *Shutdown)(IMFFinalizableMediaSink *This);
    HRESULT (STDMETHODCALLTYPE *BeginFinalize)(IMFFinalizableMediaSink *This, IMFAsyncCallback *pcallback, IUnknown *punkstate);
    HRESULT (STDMETHODCALLTYPE *EndFinalize)(IMFFinalizableMediaSink *This, IMFAsyncResult *presult);
} IMFFinalizableMediaSinkVtbl;
struct IMFFinalizableMediaSink { const IMFFinalizableMediaSinkVtbl *lpVtbl; };

typedef struct IMFSourceResolverVtbl {
    IUNKNOWN_METHODS(IMFSourceResolver)
    HRESULT (STDMETHODCALLTYPE *CreateObjectFromURL)(IMFSourceResolver *This, LPCWSTR pwszurl, DWORD dwflags, IPropertyStore *pprops, MF_OBJECT_TYPE *pobjecttype, IUnknown **ppobject);
    HRESULT (STDMETHODCALLTYPE *CreateObjectFromByteStream)(IMFSourceResolver *This, IMFByteStream *pbytestream, LPCWSTR pwszurl, DWORD dwflags, IPropertyStore *pprops, MF_OBJECT_TYPE *pobjecttype, IUnknown **ppobject);
    HRESULT (STDMETHODCALLTYPE *BeginCreateObjectFromURL)(IMFSourceResolver *This, LPCWSTR pwszurl, DWORD dwflags, IPropertyStore *pprops, IUnknown **ppiunknowncancelcookie, IMFAsyncCallback *pcallback, IUnknown *punkstate);
    HRESULT (STDMETHODCALLTYPE *EndCreateObjectFromURL)(IMFSourceResolver *This, IMFAsyncResult *presult, MF_OBJECT_TYPE *pobjecttype, IUnknown **ppobject);
    HRESULT (STDMETHODCALLTYPE *BeginCreateObjectFromByteStream)(IMFSourceResolver *This, IMFByteStream *pbytestream, LPCWSTR pwszurl, DWORD dwflags, IPropertyStore *pprops, IUnknown **ppiunknowncancelcookie, IMFAsyncCallback *pcallback, IUnknown *punkstate);
    HRESULT (STDMETHODCALLTYPE *EndCreateObjectFromByteStream)(IMFSourceResolver *This, IMFAsyncResult *presult, MF_OBJECT_TYPE *pobjecttype, IUnknown **ppobject);
    HRESULT (STDMETHODCALLTYPE *CancelObjectCreation)(IMFSourceResolver *This, IUnknown *piunknowncancelcookie);
} IMFSourceResolverVtbl;
struct IMFSourceResolver { const IMFSourceResolverVtbl *lpVtbl; };

typedef struct IMFSampleGrabberSinkCallbackVtbl {
    IUNKNOWN_METHODS(IMFSampleGrabberSinkCallback)
    HRESULT (STDMETHODCALLTYPE *OnClockStart)(IMFSampleGrabberSinkCallback *This, MFTIME hnssystemtime, LONGLONG llclockstartoffset);
    HRESULT (STDMETHODCALLTYPE *OnClockStop)(IMFSampleGrabberSinkCallback *This, MFTIME hnssystemtime);
    HRESULT (STDMETHODCALLTYPE *OnClockPause)(IMFSampleGrabberSinkCallback *This, MFTIME hnssystemtime);
    HRESULT (STDMETHODCALLTYPE *OnClockRestart)(IMFSampleGrabberSinkCallback *This, MFTIME hnssystemtime);
    HRESULT (STDMETHODCALLTYPE *OnClockSetRate)(IMFSampleGrabberSinkCallback *This, MFTIME hnssystemtime, float flrate);
    HRESULT (STDMETHODCALLTYPE *OnSetPresentationClock)(IMFSampleGrabberSinkCallback *This, IMFPresentationClock *ppresentationclock);
    HRESULT (STDMETHODCALLTYPE *OnProcessSample)(IMFSampleGrabberSinkCallback *This, REFGUID guidmajormediatype, DWORD dwsampleflags, LONGLONG llsampletime, LONGLONG llsampleduration, const BYTE *psamplebuffer, DWORD dwsamplesize);
    HRESULT (STDMETHODCALLTYPE *OnShutdown)(IMFSampleGrabberSinkCallback *This);
} IMFSampleGrabberSinkCallbackVtbl;
struct IMFSampleGrabberSinkCallback { const IMFSampleGrabberSinkCallbackVtbl *lpVtbl; };

typedef struct IMFTransformVtbl {
    IUNKNOWN_METHODS(IMFTransform)
    HRESULT (STDMETHODCALLTYPE *GetStreamLimits)(IMFTransform *This, DWORD *pdwinputminimum, DWORD *pdwinputmaximum, DWORD *pdwoutputminimum, DWORD *pdwoutputmaximum);
    HRESULT (STDMETHODCALLTYPE *GetStreamCount)(IMFTransform *This, DWORD *pcinputstreams, DWORD *pcoutputstreams);
    HRESULT (STDMETHODCALLTYPE *GetStreamIDs)(IMFTransform *This, DWORD dwinputidarraysize, DWORD *pdwinputids, DWORD dwoutputidarraysize, DWORD *pdwoutputids);
    HRESULT (STDMETHODCALLTYPE *GetInputStreamInfo)(IMFTransform *This, DWORD dwinputstreamid, MFT_INPUT_STREAM_INFO *pstreaminfo);
    HRESULT (STDMETHODCALLTYPE *GetOutputStreamInfo)(IMFTransform *This, DWORD dwoutputstreamid, MFT_OUTPUT_STREAM_INFO *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetAttributes)(IMFTransform *This, IMFAttributes **ppresult);
    HRESULT (STDMETHODCALLTYPE *GetInputStreamAttributes)(IMFTransform *This, DWORD dwinputstreamid, IMFAttributes **ppresult);
    HRESULT (STDMETHODCALLTYPE *GetOutputStreamAttributes)(IMFTransform *This, DWORD dwoutputstreamid, IMFAttributes **ppresult);
    HRESULT (STDMETHODCALLTYPE *DeleteInputStream)(IMFTransform *This, DWORD dwstreamid);
    HRESULT (STDMETHODCALLTYPE *AddInputStreams)(IMFTransform *This, DWORD cstreams, const DWORD *adwstreamids);
    HRESULT (STDMETHODCALLTYPE *GetInputAvailableType)(IMFTransform *This, DWORD dwinputstreamid, DWORD dwtypeindex, IMFMediaType **ppresult);
    HRESULT (STDMETHODCALLTYPE *GetOutputAvailableType)(IMFTransform *This, DWORD dwoutputstreamid, DWORD dwtypeindex, IMFMediaType **ppresult);
    HRESULT (STDMETHODCALLTYPE *SetInputType)(IMFTransform *This, DWORD dwinputstreamid, IMFMediaType *ptype, DWORD dwflags);
    HRESULT (STDMETHODCALLTYPE *SetOutputType)(IMFTransform *This, DWORD dwoutputstreamid, IMFMediaType *ptype, DWORD dwflags);
    HRESULT (STDMETHODCALLTYPE *GetInputCurrentType)(IMFTransform *This, DWORD dwinputstreamid, IMFMediaType **ppresult);
    HRESULT (STDMETHODCALLTYPE *GetOutputCurrentType)(IMFTransform *This, DWORD dwoutputstreamid, IMFMediaType **ppresult);
    HRESULT (STDMETHODCALLTYPE *GetInputStatus)(IMFTransform *This, DWORD dwinputstreamid, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetOutputStatus)(IMFTransform *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *SetOutputBounds)(IMFTransform *This, LONGLONG hnslowerbound, LONGLONG hnsupperbound);
    HRESULT (STDMETHODCALLTYPE *ProcessEvent)(IMFTransform *This, DWORD dwinputstreamid, IMFMediaEvent *pevent);
    HRESULT (STDMETHODCALLTYPE *ProcessMessage)(IMFTransform *This, MFT_MESSAGE_TYPE emessage, ULONG_PTR ulparam);
    HRESULT (STDMETHODCALLTYPE *ProcessInput)(IMFTransform *This, DWORD dwinputstreamid, IMFSample *psample, DWORD dwflags);
    HRESULT (STDMETHODCALLTYPE *ProcessOutput)(IMFTransform *This, DWORD dwflags, DWORD coutputbuffercount, MFT_OUTPUT_DATA_BUFFER *poutputsamples, DWORD *pdwstatus);
} IMFTransformVtbl;
struct IMFTransform { const IMFTransformVtbl *lpVtbl; };

typedef struct IMFTimerVtbl {
    IUNKNOWN_METHODS(IMFTimer)
    HRESULT (STDMETHODCALLTYPE *SetTimer)(IMFTimer *This, DWORD dwflags, LONGLONG llclocktime, IMFAsyncCallback *pcallback, IUnknown *punkstate, IUnknown **ppresult);
    HRESULT (STDMETHODCALLTYPE *CancelTimer)(IMFTimer *This, IUnknown *punkkey);
} IMFTimerVtbl;
struct IMFTimer { const IMFTimerVtbl *lpVtbl; };

#else

struct IMFClock : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE GetClockCharacteristics(DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetCorrelatedTime(DWORD dwreserved, LONGLONG *pllclocktime, MFTIME *phnssystemtime) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetContinuityKey(DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetState(DWORD dwreserved, MFCLOCK_STATE *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetProperties(MFCLOCK_PROPERTIES *pclockproperties) = 0;
};

struct IMFPresentationTimeSource : public IMFClock {
    virtual HRESULT STDMETHODCALLTYPE GetUnderlyingClock(IMFClock **ppresult) = 0;
};

struct IMFClockStateSink : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE OnClockStart(MFTIME hnssystemtime, LONGLONG llclockstartoffset) = 0;
    virtual HRESULT STDMETHODCALLTYPE OnClockStop(MFTIME hnssystemtime) = 0;
    virtual HRESULT STDMETHODCALLTYPE OnClockPause(MFTIME hnssystemtime) = 0;
    virtual HRESULT STDMETHODCALLTYPE OnClockRestart(MFTIME hnssystemtime) = 0;
    virtual HRESULT STDMETHODCALLTYPE OnClockSetRate(MFTIME hnssystemtime, float flrate) = 0;
};

struct IMFPresentationClock : public IMFClock {
    virtual HRESULT STDMETHODCALLTYPE SetTimeSource(IMFPresentationTimeSource *ptimesource) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetTimeSource(IMFPresentationTimeSource **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetTime(MFTIME *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE AddClockStateSink(IMFClockStateSink *pstatesink) = 0;
    virtual HRESULT STDMETHODCALLTYPE RemoveClockStateSink(IMFClockStateSink *pstatesink) = 0;
    virtual HRESULT STDMETHODCALLTYPE Start(LONGLONG llclockstartoffset) = 0;
    virtual HRESULT STDMETHODCALLTYPE Stop(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE Pause(void) = 0;
};

struct IMFShutdown : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE Shutdown(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetShutdownStatus(MFSHUTDOWN_STATUS *ppresult) = 0;
};

struct IMFGetService : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE GetService(REFGUID guidservice, REFGUID riid, void **ppvobject) = 0;
};

struct IMFRateControl : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE SetRate(BOOL fthin, float flrate) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetRate(BOOL *pfthin, float *pflrate) = 0;
};

struct IMFRateSupport : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE GetSlowestRate(MFRATE_DIRECTION edirection, BOOL fthin, float *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetFastestRate(MFRATE_DIRECTION edirection, BOOL fthin, float *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE IsRateSupported(BOOL fthin, float flrate, float *pflnearestsupportedrate) = 0;
};

struct IMFMediaSession : public IMFMediaEventGenerator {
    virtual HRESULT STDMETHODCALLTYPE SetTopology(DWORD dwsettopologyflags, IMFTopology *ptopology) = 0;
    virtual HRESULT STDMETHODCALLTYPE ClearTopologies(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE Start(const GUID *pguidtimeformat, const PROPVARIANT *pvarstartposition) = 0;
    virtual HRESULT STDMETHODCALLTYPE Pause(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE Stop(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE Close(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE Shutdown(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetClock(IMFClock **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetSessionCapabilities(DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetFullTopology(DWORD dwgetfulltopologyflags, TOPOID topoid, IMFTopology **ppresult) = 0;
};

struct IMFTopologyNode : public IMFAttributes {
    virtual HRESULT STDMETHODCALLTYPE SetObject(IUnknown *pobject) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetObject(IUnknown **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetNodeType(MF_TOPOLOGY_TYPE *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetTopoNodeID(TOPOID *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetTopoNodeID(TOPOID ulltopoid) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetInputCount(DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetOutputCount(DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE ConnectOutput(DWORD dwoutputindex, IMFTopologyNode *pdownstreamnode, DWORD dwinputindexondownstreamnode) = 0;
    virtual HRESULT STDMETHODCALLTYPE DisconnectOutput(DWORD dwoutputindex) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetInput(DWORD dwinputindex, IMFTopologyNode **ppupstreamnode, DWORD *pdwoutputindexonupstreamnode) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetOutput(DWORD dwoutputindex, IMFTopologyNode **ppdownstreamnode, DWORD *pdwinputindexondownstreamnode) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetOutputPrefType(DWORD dwoutputindex, IMFMediaType *ptype) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetOutputPrefType(DWORD dwoutputindex, IMFMediaType **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetInputPrefType(DWORD dwinputindex, IMFMediaType *ptype) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetInputPrefType(DWORD dwinputindex, IMFMediaType **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE CloneFrom(IMFTopologyNode *pnode) = 0;
};

struct IMFTopology : public IMFAttributes {
    virtual HRESULT STDMETHODCALLTYPE GetTopologyID(TOPOID *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE AddNode(IMFTopologyNode *pnode) = 0;
    virtual HRESULT STDMETHODCALLTYPE RemoveNode(IMFTopologyNode *pnode) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetNodeCount(WORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetNode(WORD windex, IMFTopologyNode **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE Clear(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE CloneFrom(IMFTopology *ptopology) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetNodeByID(TOPOID qwtoponodeid, IMFTopologyNode **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetSourceNodeCollection(IMFCollection **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetOutputNodeCollection(IMFCollection **ppresult) = 0;
};

struct IMFPresentationDescriptor : public IMFAttributes {
    virtual HRESULT STDMETHODCALLTYPE GetStreamDescriptorCount(DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetStreamDescriptorByIndex(DWORD dwindex, BOOL *pfselected, IMFStreamDescriptor **ppdescriptor) = 0;
    virtual HRESULT STDMETHODCALLTYPE SelectStream(DWORD dwdescriptorindex) = 0;
    virtual HRESULT STDMETHODCALLTYPE DeselectStream(DWORD dwdescriptorindex) = 0;
    virtual HRESULT STDMETHODCALLTYPE Clone(IMFPresentationDescriptor **ppresult) = 0;
};

struct IMFStreamDescriptor : public IMFAttributes {
    virtual HRESULT STDMETHODCALLTYPE GetStreamIdentifier(DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMediaTypeHandler(IMFMediaTypeHandler **ppresult) = 0;
};

struct IMFMediaTypeHandler : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE IsMediaTypeSupported(IMFMediaType *pmediatype, IMFMediaType **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMediaTypeCount(DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMediaTypeByIndex(DWORD dwindex, IMFMediaType **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetCurrentMediaType(IMFMediaType *pmediatype) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetCurrentMediaType(IMFMediaType **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMajorType(GUID *ppresult) = 0;
};

struct IMFMediaSource : public IMFMediaEventGenerator {
    virtual HRESULT STDMETHODCALLTYPE GetCharacteristics(DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE CreatePresentationDescriptor(IMFPresentationDescriptor **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE Start(IMFPresentationDescriptor *ppresentationdescriptor, const GUID *pguidtimeformat, const PROPVARIANT *pvarstartposition) = 0;
    virtual HRESULT STDMETHODCALLTYPE Stop(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE Pause(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE Shutdown(void) = 0;
};

struct IMFMediaStream : public IMFMediaEventGenerator {
    virtual HRESULT STDMETHODCALLTYPE GetMediaSource(IMFMediaSource **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetStreamDescriptor(IMFStreamDescriptor **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE RequestSample(IUnknown *ptoken) = 0;
};

struct IMFStreamSink : public IMFMediaEventGenerator {
    virtual HRESULT STDMETHODCALLTYPE GetMediaSink(IMFMediaSink **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetIdentifier(DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMediaTypeHandler(IMFMediaTypeHandler **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE ProcessSample(IMFSample *psample) = 0;
    virtual HRESULT STDMETHODCALLTYPE PlaceMarker(MFSTREAMSINK_MARKER_TYPE emarkertype, const PROPVARIANT *pvarmarkervalue, const PROPVARIANT *pvarcontextvalue) = 0;
    virtual HRESULT STDMETHODCALLTYPE Flush(void) = 0;
};

struct IMFMediaSink : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE GetCharacteristics(DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE AddStreamSink(DWORD dwstreamsinkidentifier, IMFMediaType *pmediatype, IMFStreamSink **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE RemoveStreamSink(DWORD dwstreamsinkidentifier) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetStreamSinkCount(DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetStreamSinkByIndex(DWORD dwindex, IMFStreamSink **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetStreamSinkById(DWORD dwstreamsinkidentifier, IMFStreamSink **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetPresentationClock(IMFPresentationClock *ppresentationclock) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetPresentationClock(IMFPresentationClock **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE Shutdown(void) = 0;
};

struct IMFFinalizableMediaSink : public IMFMediaSink {
    virtual HRESULT STDMETHODCALLTYPE BeginFinalize(IMFAsyncCallback *pcallback, IUnknown *punkstate) = 0;
    virtual HRESULT STDMETHODCALLTYPE EndFinalize(IMFAsyncResult *presult) = 0;
};

struct IMFSourceResolver : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE CreateObjectFromURL(LPCWSTR pwszurl, DWORD dwflags, IPropertyStore *pprops, MF_OBJECT_TYPE *pobjecttype, IUnknown **ppobject) = 0;
    virtual HRESULT STDMETHODCALLTYPE CreateObjectFromByteStream(IMFByteStream *pbytestream, LPCWSTR pwszurl, DWORD dwflags, IPropertyStore *pprops, MF_OBJECT_TYPE *pobjecttype, IUnknown **ppobject) = 0;
    virtual HRESULT STDMETHODCALLTYPE BeginCreateObjectFromURL(LPCWSTR pwszurl, DWORD dwflags, IPropertyStore *pprops, IUnknown **ppiunknowncancelcookie, IMFAsyncCallback *pcallback, IUnknown *punkstate) = 0;
    virtual HRESULT STDMETHODCALLTYPE EndCreateObjectFromURL(IMFAsyncResult *presult, MF_OBJECT_TYPE *pobjecttype, IUnknown **ppobject) = 0;
    virtual HRESULT STDMETHODCALLTYPE BeginCreateObjectFromByteStream(IMFByteStream *pbytestream, LPCWSTR pwszurl, DWORD dwflags, IPropertyStore *pprops, IUnknown **ppiunknowncancelcookie, IMFAsyncCallback *pcallback, IUnknown *punkstate) = 0;
    virtual HRESULT STDMETHODCALLTYPE EndCreateObjectFromByteStream(IMFAsyncResult *presult, MF_OBJECT_TYPE *pobjecttype, IUnknown **ppobject) = 0;
    virtual HRESULT STDMETHODCALLTYPE CancelObjectCreation(IUnknown *piunknowncancelcookie) = 0;
};

struct IMFSampleGrabberSinkCallback : public IMFClockStateSink {
    virtual HRESULT STDMETHODCALLTYPE OnSetPresentationClock(IMFPresentationClock *ppresentationclock) = 0;
    virtual HRESULT STDMETHODCALLTYPE OnProcessSample(REFGUID guidmajormediatype, DWORD dwsampleflags, LONGLONG llsampletime, LONGLONG llsampleduration, const BYTE *psamplebuffer, DWORD dwsamplesize) = 0;
    virtual HRESULT STDMETHODCALLTYPE OnShutdown(void) = 0;
};

struct IMFTransform : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE GetStreamLimits(DWORD *pdwinputminimum, DWORD *pdwinputmaximum, DWORD *pdwoutputminimum, DWORD *pdwoutputmaximum) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetStreamCount(DWORD *pcinputstreams, DWORD *pcoutputstreams) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetStreamIDs(DWORD dwinputidarraysize, DWORD *pdwinputids, DWORD dwoutputidarraysize, DWORD *pdwoutputids) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetInputStreamInfo(DWORD dwinputstreamid, MFT_INPUT_STREAM_INFO *pstreaminfo) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetOutputStreamInfo(DWORD dwoutputstreamid, MFT_OUTPUT_STREAM_INFO *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetAttributes(IMFAttributes **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetInputStreamAttributes(DWORD dwinputstreamid, IMFAttributes **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetOutputStreamAttributes(DWORD dwoutputstreamid, IMFAttributes **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE DeleteInputStream(DWORD dwstreamid) = 0;
    virtual HRESULT STDMETHODCALLTYPE AddInputStreams(DWORD cstreams, const DWORD *adwstreamids) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetInputAvailableType(DWORD dwinputstreamid, DWORD dwtypeindex, IMFMediaType **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetOutputAvailableType(DWORD dwoutputstreamid, DWORD dwtypeindex, IMFMediaType **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetInputType(DWORD dwinputstreamid, IMFMediaType *ptype, DWORD dwflags) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetOutputType(DWORD dwoutputstreamid, IMFMediaType *ptype, DWORD dwflags) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetInputCurrentType(DWORD dwinputstreamid, IMFMediaType **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetOutputCurrentType(DWORD dwoutputstreamid, IMFMediaType **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetInputStatus(DWORD dwinputstreamid, DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetOutputStatus(DWORD *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetOutputBounds(LONGLONG hnslowerbound, LONGLONG hnsupperbound) = 0;
    virtual HRESULT STDMETHODCALLTYPE ProcessEvent(DWORD dwinputstreamid, IMFMediaEvent *pevent) = 0;
    virtual HRESULT STDMETHODCALLTYPE ProcessMessage(MFT_MESSAGE_TYPE emessage, ULONG_PTR ulparam) = 0;
    virtual HRESULT STDMETHODCALLTYPE ProcessInput(DWORD dwinputstreamid, IMFSample *psample, DWORD dwflags) = 0;
    virtual HRESULT STDMETHODCALLTYPE ProcessOutput(DWORD dwflags, DWORD coutputbuffercount, MFT_OUTPUT_DATA_BUFFER *poutputsamples, DWORD *pdwstatus) = 0;
};

struct IMFTimer : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE SetTimer(DWORD dwflags, LONGLONG llclocktime, IMFAsyncCallback *pcallback, IUnknown *punkstate, IUnknown **ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE CancelTimer(IUnknown *punkkey) = 0;
};

#endif
/* End of the generated declarations. */
#ifdef __cplusplus
}
#endif

#endif
