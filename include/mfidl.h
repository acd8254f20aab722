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

STDAPI MFCreateMediaSession(IMFAttributes *pConfiguration, IMFMediaSession **ppMediaSession);
STDAPI MFCreatePresentationClock(IMFPresentationClock **ppPresentationClock);
STDAPI MFCreateSystemTimeSource(IMFPresentationTimeSource **ppSystemTimeSource);

#ifdef __cplusplus
}
#endif

#endif
