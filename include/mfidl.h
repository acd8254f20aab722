/* Media Foundation's pipeline interfaces: the Media Session, topologies,
 * sources, sinks, the presentation clock and time source, services and rate
 * control, and the topology-node attributes. Generated parts as in
 * mfobjects.h. */
#ifndef WINSESSION_MFIDL_H
#define WINSESSION_MFIDL_H

#include "mfobjects.h"
#include "mftransform.h"

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

DEFINE_GUID(MF_EVENT_SESSIONCAPS, 0x7e5ebcd0, 0x11b8, 0x4abe, 0xaf, 0xad, 0x10, 0xf6, 0x59, 0x9a, 0x7f, 0x42);
DEFINE_GUID(MF_EVENT_SESSIONCAPS_DELTA, 0x7e5ebcd1, 0x11b8, 0x4abe, 0xaf, 0xad, 0x10, 0xf6, 0x59, 0x9a, 0x7f, 0x42);
DEFINE_GUID(MF_EVENT_TOPOLOGY_STATUS, 0x30c5018d, 0x9a53, 0x454b, 0xad, 0x9e, 0x6d, 0x5f, 0x8f, 0xa7, 0xc4, 0x3b);
DEFINE_GUID(MF_EVENT_PRESENTATION_TIME_OFFSET, 0x5ad914d1, 0x9b45, 0x4a8d, 0xa2, 0xc0, 0x81, 0xd1, 0xe5, 0x0b, 0xfb, 0x07);
DEFINE_GUID(MF_RATE_CONTROL_SERVICE, 0x866fa297, 0xb802, 0x4bf8, 0x9d, 0xc9, 0x5e, 0x3b, 0x6a, 0x9f, 0x53, 0xc9);

typedef struct IMFMediaSession IMFMediaSession;
typedef struct IMFPresentationClock IMFPresentationClock;
typedef struct IMFPresentationTimeSource IMFPresentationTimeSource;
typedef struct IMFTopology IMFTopology;
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
STDAPI MFCreateAudioRenderer(IMFAttributes *pAudioAttributes, IMFMediaSink **ppSink);
STDAPI MFGetTopoNodeCurrentType(IMFTopologyNode *pNode, DWORD dwStreamIndex, BOOL fOutput,
                                IMFMediaType **ppType);
typedef struct IMFTopoLoader IMFTopoLoader;
typedef struct IMFQualityManager IMFQualityManager;
STDAPI MFCreateTopoLoader(IMFTopoLoader **ppObj);
/* Byte streams over COM streams and back. The Ex forms take a Windows
 * Runtime stream on Windows: here any object answering IStream. */
STDAPI MFCreateMFByteStreamOnStream(IStream *pStream, IMFByteStream **ppByteStream);
STDAPI MFCreateMFByteStreamOnStreamEx(IUnknown *punkStream, IMFByteStream **ppByteStream);
STDAPI MFCreateStreamOnMFByteStream(IMFByteStream *pByteStream, IStream **ppStream);
STDAPI MFCreateStreamOnMFByteStreamEx(IMFByteStream *pByteStream, REFIID riid, void **ppv);
STDAPI MFCreateStandardQualityManager(IMFQualityManager **ppQualityManager);
typedef DWORD MFSequencerElementId;
typedef struct IMFSequencerSource IMFSequencerSource;
STDAPI MFCreateSequencerSource(IUnknown *pReserved, IMFSequencerSource **ppSequencerSource);
STDAPI MFCreateSequencerSegmentOffset(MFSequencerElementId dwId, MFTIME hnsOffset,
                                      PROPVARIANT *pvarSegmentOffset);

/* Descriptors, type handlers, services and what the source resolver
 * opens. */
typedef struct IMFPresentationDescriptor IMFPresentationDescriptor;
typedef struct IMFStreamDescriptor IMFStreamDescriptor;
typedef struct IMFMediaTypeHandler IMFMediaTypeHandler;
STDAPI MFCreatePresentationDescriptor(DWORD cStreamDescriptors, IMFStreamDescriptor **apStreamDescriptors,
                                      IMFPresentationDescriptor **ppPresentationDescriptor);
STDAPI MFCreateStreamDescriptor(DWORD dwStreamIdentifier, DWORD cMediaTypes, IMFMediaType **apMediaTypes,
                                IMFStreamDescriptor **ppDescriptor);
STDAPI MFCreateSimpleTypeHandler(IMFMediaTypeHandler **ppHandler);
STDAPI MFGetService(IUnknown *punkObject, REFGUID guidService, REFIID riid, LPVOID *ppvObject);
STDAPI MFShutdownObject(IUnknown *pUnk);
STDAPI_(BOOL) MFCompareFullToPartialMediaType(IMFMediaType *pMFTypeFull, IMFMediaType *pMFTypePartial);
STDAPI MFWrapMediaType(IMFMediaType *pOrig, REFGUID MajorType, REFGUID SubType, IMFMediaType **ppWrap);
STDAPI MFUnwrapMediaType(IMFMediaType *pWrap, IMFMediaType **ppOrig);
STDAPI MFGetSupportedMimeTypes(PROPVARIANT *pPropVarMimeTypeArray);
STDAPI MFGetSupportedSchemes(PROPVARIANT *pPropVarSchemeArray);

/* Generated by tools/mf-headers/gen.py from Microsoft's metadata: do not edit. */
typedef struct IPropertyStore IPropertyStore;
enum { MF_TOPOLOGY_MAX = -1, MF_TOPOLOGY_OUTPUT_NODE = 0, MF_TOPOLOGY_SOURCESTREAM_NODE = 1, MF_TOPOLOGY_TEE_NODE = 3, MF_TOPOLOGY_TRANSFORM_NODE = 2 };
typedef int MF_OBJECT_TYPE;
enum { MF_OBJECT_BYTESTREAM = 1, MF_OBJECT_INVALID = 2, MF_OBJECT_MEDIASOURCE = 0 };
typedef int MFSTREAMSINK_MARKER_TYPE;
enum { MFSTREAMSINK_MARKER_DEFAULT = 0, MFSTREAMSINK_MARKER_ENDOFSEGMENT = 1, MFSTREAMSINK_MARKER_EVENT = 3, MFSTREAMSINK_MARKER_TICK = 2 };
typedef int MFMEDIASOURCE_CHARACTERISTICS;
enum { MFMEDIASOURCE_CAN_PAUSE = 4, MFMEDIASOURCE_CAN_SEEK = 2, MFMEDIASOURCE_DOES_NOT_USE_NETWORK = 128, MFMEDIASOURCE_IS_LIVE = 1 };
typedef int MFTIMER_FLAGS;
enum { MFTIMER_RELATIVE = 1 };
typedef int MFCLOCK_CHARACTERISTICS_FLAGS;
enum { MFCLOCK_CHARACTERISTICS_FLAG_ALWAYS_RUNNING = 4, MFCLOCK_CHARACTERISTICS_FLAG_FREQUENCY_10MHZ = 2, MFCLOCK_CHARACTERISTICS_FLAG_IS_SYSTEM_CLOCK = 8 };
typedef int MFSequencerTopologyFlags;
enum { SequencerTopologyFlags_Last = 1 };
#define MF_RESOLUTION_MEDIASOURCE 1
#define MF_RESOLUTION_BYTESTREAM 2
#define MF_RESOLUTION_READ 65536
#define MEDIASINK_FIXED_STREAMS 1
#define MEDIASINK_RATELESS 4
#define MFCLOCK_FREQUENCY_HNS 10000000
#define MFCLOCK_TOLERANCE_UNKNOWN 50000
#define MFSEQUENCER_INVALID_ELEMENT_ID 4294967295u
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
DEFINE_GUID(MF_EVENT_SOURCE_ACTUAL_START, 0xa8cc55a9, 0x6b31, 0x419f, 0x84, 0x5d, 0xff, 0xb3, 0x51, 0xa2, 0x43, 0x4b);
DEFINE_GUID(MF_EVENT_SOURCE_TOPOLOGY_CANCELED, 0xdb62f650, 0x9a5e, 0x4704, 0xac, 0xf3, 0x56, 0x3b, 0xc6, 0xa7, 0x33, 0x64);
DEFINE_GUID(MF_EVENT_START_PRESENTATION_TIME, 0x5ad914d0, 0x9b45, 0x4a8d, 0xa2, 0xc0, 0x81, 0xd1, 0xe5, 0x0b, 0xfb, 0x07);
DEFINE_GUID(MF_EVENT_START_PRESENTATION_TIME_AT_OUTPUT, 0x5ad914d2, 0x9b45, 0x4a8d, 0xa2, 0xc0, 0x81, 0xd1, 0xe5, 0x0b, 0xfb, 0x07);
DEFINE_GUID(MF_TOPONODE_FLUSH, 0x494bbce8, 0xb031, 0x4e38, 0x97, 0xc4, 0xd5, 0x42, 0x2d, 0xd6, 0x18, 0xdc);
DEFINE_GUID(MF_TOPONODE_DRAIN, 0x494bbce9, 0xb031, 0x4e38, 0x97, 0xc4, 0xd5, 0x42, 0x2d, 0xd6, 0x18, 0xdc);
DEFINE_GUID(MF_TOPONODE_D3DAWARE, 0x494bbced, 0xb031, 0x4e38, 0x97, 0xc4, 0xd5, 0x42, 0x2d, 0xd6, 0x18, 0xdc);
DEFINE_GUID(MF_TOPONODE_ERRORCODE, 0x494bbcee, 0xb031, 0x4e38, 0x97, 0xc4, 0xd5, 0x42, 0x2d, 0xd6, 0x18, 0xdc);
DEFINE_GUID(MF_TOPONODE_CONNECT_METHOD, 0x494bbcf1, 0xb031, 0x4e38, 0x97, 0xc4, 0xd5, 0x42, 0x2d, 0xd6, 0x18, 0xdc);
DEFINE_GUID(MF_TOPONODE_LOCKED, 0x494bbcf7, 0xb031, 0x4e38, 0x97, 0xc4, 0xd5, 0x42, 0x2d, 0xd6, 0x18, 0xdc);
DEFINE_GUID(MF_TOPONODE_WORKQUEUE_ID, 0x494bbcf8, 0xb031, 0x4e38, 0x97, 0xc4, 0xd5, 0x42, 0x2d, 0xd6, 0x18, 0xdc);
DEFINE_GUID(MF_TOPONODE_WORKQUEUE_MMCSS_CLASS, 0x494bbcf9, 0xb031, 0x4e38, 0x97, 0xc4, 0xd5, 0x42, 0x2d, 0xd6, 0x18, 0xdc);
DEFINE_GUID(MF_TOPONODE_DECRYPTOR, 0x494bbcfa, 0xb031, 0x4e38, 0x97, 0xc4, 0xd5, 0x42, 0x2d, 0xd6, 0x18, 0xdc);
DEFINE_GUID(MF_TOPONODE_DISCARDABLE, 0x494bbcfb, 0xb031, 0x4e38, 0x97, 0xc4, 0xd5, 0x42, 0x2d, 0xd6, 0x18, 0xdc);
DEFINE_GUID(MF_TOPONODE_ERROR_MAJORTYPE, 0x494bbcfd, 0xb031, 0x4e38, 0x97, 0xc4, 0xd5, 0x42, 0x2d, 0xd6, 0x18, 0xdc);
DEFINE_GUID(MF_TOPONODE_ERROR_SUBTYPE, 0x494bbcfe, 0xb031, 0x4e38, 0x97, 0xc4, 0xd5, 0x42, 0x2d, 0xd6, 0x18, 0xdc);
DEFINE_GUID(MF_TOPONODE_WORKQUEUE_MMCSS_TASKID, 0x494bbcff, 0xb031, 0x4e38, 0x97, 0xc4, 0xd5, 0x42, 0x2d, 0xd6, 0x18, 0xdc);
DEFINE_GUID(MF_TOPONODE_WORKQUEUE_MMCSS_PRIORITY, 0x5001f840, 0x2816, 0x48f4, 0x93, 0x64, 0xad, 0x1e, 0xf6, 0x61, 0xa1, 0x23);
DEFINE_GUID(MF_TOPONODE_WORKQUEUE_ITEM_PRIORITY, 0xa1ff99be, 0x5e97, 0x4a53, 0xb4, 0x94, 0x56, 0x8c, 0x64, 0x2c, 0x0f, 0xf3);
DEFINE_GUID(MF_TOPONODE_MARKIN_HERE, 0x494bbd00, 0xb031, 0x4e38, 0x97, 0xc4, 0xd5, 0x42, 0x2d, 0xd6, 0x18, 0xdc);
DEFINE_GUID(MF_TOPONODE_MARKOUT_HERE, 0x494bbd01, 0xb031, 0x4e38, 0x97, 0xc4, 0xd5, 0x42, 0x2d, 0xd6, 0x18, 0xdc);
DEFINE_GUID(MF_TOPONODE_DECODER, 0x494bbd02, 0xb031, 0x4e38, 0x97, 0xc4, 0xd5, 0x42, 0x2d, 0xd6, 0x18, 0xdc);
DEFINE_GUID(MF_TOPONODE_MEDIASTART, 0x835c58ea, 0xe075, 0x4bc7, 0xbc, 0xba, 0x4d, 0xe0, 0x00, 0xdf, 0x9a, 0xe6);
DEFINE_GUID(MF_TOPONODE_MEDIASTOP, 0x835c58eb, 0xe075, 0x4bc7, 0xbc, 0xba, 0x4d, 0xe0, 0x00, 0xdf, 0x9a, 0xe6);
DEFINE_GUID(MF_TOPONODE_SEQUENCE_ELEMENTID, 0x835c58ef, 0xe075, 0x4bc7, 0xbc, 0xba, 0x4d, 0xe0, 0x00, 0xdf, 0x9a, 0xe6);
DEFINE_GUID(MF_TOPONODE_TRANSFORM_OBJECTID, 0x88dcc0c9, 0x293e, 0x4e8b, 0x9a, 0xeb, 0x0a, 0xd6, 0x4c, 0xc0, 0x16, 0xb0);
DEFINE_GUID(MF_TOPONODE_NOSHUTDOWN_ON_REMOVE, 0x14932f9c, 0x9087, 0x4bb4, 0x84, 0x12, 0x51, 0x67, 0x14, 0x5c, 0xbe, 0x04);
DEFINE_GUID(MF_TOPONODE_RATELESS, 0x14932f9d, 0x9087, 0x4bb4, 0x84, 0x12, 0x51, 0x67, 0x14, 0x5c, 0xbe, 0x04);
DEFINE_GUID(MF_TOPONODE_DISABLE_PREROLL, 0x14932f9e, 0x9087, 0x4bb4, 0x84, 0x12, 0x51, 0x67, 0x14, 0x5c, 0xbe, 0x04);
DEFINE_GUID(MF_TOPONODE_PRIMARYOUTPUT, 0x6304ef99, 0x16b2, 0x4ebe, 0x9d, 0x67, 0xe4, 0xc5, 0x39, 0xb3, 0xa2, 0x59);
typedef struct IMFClock IMFClock;
typedef struct IMFClockStateSink IMFClockStateSink;
typedef struct IMFShutdown IMFShutdown;
typedef struct IMFGetService IMFGetService;
typedef struct IMFRateControl IMFRateControl;
typedef struct IMFRateSupport IMFRateSupport;
typedef struct IMFMediaSource IMFMediaSource;
typedef struct IMFMediaStream IMFMediaStream;
typedef struct IMFStreamSink IMFStreamSink;
typedef struct IMFFinalizableMediaSink IMFFinalizableMediaSink;
typedef struct IMFTimer IMFTimer;
typedef struct IMFByteStreamHandler IMFByteStreamHandler;
typedef struct IMFMediaSourceTopologyProvider IMFMediaSourceTopologyProvider;
DEFINE_GUID(IID_IMFClock, 0x2eb1e945, 0x18b8, 0x4139, 0x9b, 0x1a, 0xd5, 0xd5, 0x84, 0x81, 0x85, 0x30);
DEFINE_GUID(IID_IMFPresentationTimeSource, 0x7ff12cce, 0xf76f, 0x41c2, 0x86, 0x3b, 0x16, 0x66, 0xc8, 0xe5, 0xe1, 0x39);
DEFINE_GUID(IID_IMFClockStateSink, 0xf6696e82, 0x74f7, 0x4f3d, 0xa1, 0x78, 0x8a, 0x5e, 0x09, 0xc3, 0x65, 0x9f);
DEFINE_GUID(IID_IMFPresentationClock, 0x868ce85c, 0x8ea9, 0x4f55, 0xab, 0x82, 0xb0, 0x09, 0xa9, 0x10, 0xa8, 0x05);
DEFINE_GUID(IID_IMFShutdown, 0x97ec2ea4, 0x0e42, 0x4937, 0x97, 0xac, 0x9d, 0x6d, 0x32, 0x88, 0x24, 0xe1);
DEFINE_GUID(IID_IMFGetService, 0xfa993888, 0x4383, 0x415a, 0xa9, 0x30, 0xdd, 0x47, 0x2a, 0x8c, 0xf6, 0xf7);
DEFINE_GUID(IID_IMFRateControl, 0x88ddcd21, 0x03c3, 0x4275, 0x91, 0xed, 0x55, 0xee, 0x39, 0x29, 0x32, 0x8f);
DEFINE_GUID(IID_IMFRateSupport, 0x0a9ccdbc, 0xd797, 0x4563, 0x96, 0x67, 0x94, 0xec, 0x5d, 0x79, 0x29, 0x2d);
DEFINE_GUID(IID_IMFMediaSession, 0x90377834, 0x21d0, 0x4dee, 0x82, 0x14, 0xba, 0x2e, 0x3e, 0x6c, 0x11, 0x27);
DEFINE_GUID(IID_IMFTopologyNode, 0x83cf873a, 0xf6da, 0x4bc8, 0x82, 0x3f, 0xba, 0xcf, 0xd5, 0x5d, 0xc4, 0x30);
DEFINE_GUID(IID_IMFTopology, 0x83cf873a, 0xf6da, 0x4bc8, 0x82, 0x3f, 0xba, 0xcf, 0xd5, 0x5d, 0xc4, 0x33);
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
DEFINE_GUID(IID_IMFTimer, 0xe56e4cbd, 0x8f70, 0x49d8, 0xa0, 0xf8, 0xed, 0xb3, 0xd6, 0xab, 0x9b, 0xf2);
DEFINE_GUID(IID_IMFTopoLoader, 0xde9a6157, 0xf660, 0x4643, 0xb5, 0x6a, 0xdf, 0x9f, 0x79, 0x98, 0xc7, 0xcd);
DEFINE_GUID(IID_IMFQualityManager, 0x8d009d86, 0x5b9f, 0x4115, 0xb1, 0xfc, 0x9f, 0x80, 0xd5, 0x2a, 0xb8, 0xab);
DEFINE_GUID(IID_IMFByteStreamHandler, 0xbb420aa4, 0x765b, 0x4a1f, 0x91, 0xfe, 0xd6, 0xa8, 0xa1, 0x43, 0x92, 0x4c);
DEFINE_GUID(IID_IMFSequencerSource, 0x197cd219, 0x19cb, 0x4de1, 0xa6, 0x4c, 0xac, 0xf2, 0xed, 0xcb, 0xe5, 0x9e);
DEFINE_GUID(IID_IMFMediaSourceTopologyProvider, 0x0e1d6009, 0xc9f3, 0x442d, 0x8c, 0x51, 0xa4, 0x2d, 0x2d, 0x49, 0x45, 0x2f);

#ifndef WINSESSION_CPP_INTERFACES

typedef struct IMFClockVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IMFClock)
    HRESULT (STDMETHODCALLTYPE *GetClockCharacteristics)(IMFClock *This, DWORD *pdwcharacteristics);
    HRESULT (STDMETHODCALLTYPE *GetCorrelatedTime)(IMFClock *This, DWORD dwreserved, LONGLONG *pllclocktime, MFTIME *phnssystemtime);
    HRESULT (STDMETHODCALLTYPE *GetContinuityKey)(IMFClock *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetState)(IMFClock *This, DWORD dwreserved, MFCLOCK_STATE *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetProperties)(IMFClock *This, MFCLOCK_PROPERTIES *pclockproperties);
    END_INTERFACE
} IMFClockVtbl;
struct IMFClock { const IMFClockVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFClock_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFClock_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFClock_Release(This) ((This)->lpVtbl->Release(This))
#define IMFClock_GetClockCharacteristics(This, pdwcharacteristics) ((This)->lpVtbl->GetClockCharacteristics(This, pdwcharacteristics))
#define IMFClock_GetCorrelatedTime(This, dwreserved, pllclocktime, phnssystemtime) ((This)->lpVtbl->GetCorrelatedTime(This, dwreserved, pllclocktime, phnssystemtime))
#define IMFClock_GetContinuityKey(This, ppresult) ((This)->lpVtbl->GetContinuityKey(This, ppresult))
#define IMFClock_GetState(This, dwreserved, ppresult) ((This)->lpVtbl->GetState(This, dwreserved, ppresult))
#define IMFClock_GetProperties(This, pclockproperties) ((This)->lpVtbl->GetProperties(This, pclockproperties))
#endif

typedef struct IMFPresentationTimeSourceVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IMFPresentationTimeSource)
    HRESULT (STDMETHODCALLTYPE *GetClockCharacteristics)(IMFPresentationTimeSource *This, DWORD *pdwcharacteristics);
    HRESULT (STDMETHODCALLTYPE *GetCorrelatedTime)(IMFPresentationTimeSource *This, DWORD dwreserved, LONGLONG *pllclocktime, MFTIME *phnssystemtime);
    HRESULT (STDMETHODCALLTYPE *GetContinuityKey)(IMFPresentationTimeSource *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetState)(IMFPresentationTimeSource *This, DWORD dwreserved, MFCLOCK_STATE *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetProperties)(IMFPresentationTimeSource *This, MFCLOCK_PROPERTIES *pclockproperties);
    HRESULT (STDMETHODCALLTYPE *GetUnderlyingClock)(IMFPresentationTimeSource *This, IMFClock **ppresult);
    END_INTERFACE
} IMFPresentationTimeSourceVtbl;
struct IMFPresentationTimeSource { const IMFPresentationTimeSourceVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFPresentationTimeSource_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFPresentationTimeSource_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFPresentationTimeSource_Release(This) ((This)->lpVtbl->Release(This))
#define IMFPresentationTimeSource_GetClockCharacteristics(This, pdwcharacteristics) ((This)->lpVtbl->GetClockCharacteristics(This, pdwcharacteristics))
#define IMFPresentationTimeSource_GetCorrelatedTime(This, dwreserved, pllclocktime, phnssystemtime) ((This)->lpVtbl->GetCorrelatedTime(This, dwreserved, pllclocktime, phnssystemtime))
#define IMFPresentationTimeSource_GetContinuityKey(This, ppresult) ((This)->lpVtbl->GetContinuityKey(This, ppresult))
#define IMFPresentationTimeSource_GetState(This, dwreserved, ppresult) ((This)->lpVtbl->GetState(This, dwreserved, ppresult))
#define IMFPresentationTimeSource_GetProperties(This, pclockproperties) ((This)->lpVtbl->GetProperties(This, pclockproperties))
#define IMFPresentationTimeSource_GetUnderlyingClock(This, ppresult) ((This)->lpVtbl->GetUnderlyingClock(This, ppresult))
#endif

typedef struct IMFClockStateSinkVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IMFClockStateSink)
    HRESULT (STDMETHODCALLTYPE *OnClockStart)(IMFClockStateSink *This, MFTIME hnssystemtime, LONGLONG llclockstartoffset);
    HRESULT (STDMETHODCALLTYPE *OnClockStop)(IMFClockStateSink *This, MFTIME hnssystemtime);
    HRESULT (STDMETHODCALLTYPE *OnClockPause)(IMFClockStateSink *This, MFTIME hnssystemtime);
    HRESULT (STDMETHODCALLTYPE *OnClockRestart)(IMFClockStateSink *This, MFTIME hnssystemtime);
    HRESULT (STDMETHODCALLTYPE *OnClockSetRate)(IMFClockStateSink *This, MFTIME hnssystemtime, float flrate);
    END_INTERFACE
} IMFClockStateSinkVtbl;
struct IMFClockStateSink { const IMFClockStateSinkVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFClockStateSink_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFClockStateSink_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFClockStateSink_Release(This) ((This)->lpVtbl->Release(This))
#define IMFClockStateSink_OnClockStart(This, hnssystemtime, llclockstartoffset) ((This)->lpVtbl->OnClockStart(This, hnssystemtime, llclockstartoffset))
#define IMFClockStateSink_OnClockStop(This, hnssystemtime) ((This)->lpVtbl->OnClockStop(This, hnssystemtime))
#define IMFClockStateSink_OnClockPause(This, hnssystemtime) ((This)->lpVtbl->OnClockPause(This, hnssystemtime))
#define IMFClockStateSink_OnClockRestart(This, hnssystemtime) ((This)->lpVtbl->OnClockRestart(This, hnssystemtime))
#define IMFClockStateSink_OnClockSetRate(This, hnssystemtime, flrate) ((This)->lpVtbl->OnClockSetRate(This, hnssystemtime, flrate))
#endif

typedef struct IMFPresentationClockVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IMFPresentationClock)
    HRESULT (STDMETHODCALLTYPE *GetClockCharacteristics)(IMFPresentationClock *This, DWORD *pdwcharacteristics);
    HRESULT (STDMETHODCALLTYPE *GetCorrelatedTime)(IMFPresentationClock *This, DWORD dwreserved, LONGLONG *pllclocktime, MFTIME *phnssystemtime);
    HRESULT (STDMETHODCALLTYPE *GetContinuityKey)(IMFPresentationClock *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetState)(IMFPresentationClock *This, DWORD dwreserved, MFCLOCK_STATE *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetProperties)(IMFPresentationClock *This, MFCLOCK_PROPERTIES *pclockproperties);
    HRESULT (STDMETHODCALLTYPE *SetTimeSource)(IMFPresentationClock *This, IMFPresentationTimeSource *ptimesource);
    HRESULT (STDMETHODCALLTYPE *GetTimeSource)(IMFPresentationClock *This, IMFPresentationTimeSource **ppresult);
    HRESULT (STDMETHODCALLTYPE *GetTime)(IMFPresentationClock *This, MFTIME *ppresult);
    HRESULT (STDMETHODCALLTYPE *AddClockStateSink)(IMFPresentationClock *This, IMFClockStateSink *pstatesink);
    HRESULT (STDMETHODCALLTYPE *RemoveClockStateSink)(IMFPresentationClock *This, IMFClockStateSink *pstatesink);
    HRESULT (STDMETHODCALLTYPE *Start)(IMFPresentationClock *This, LONGLONG llclockstartoffset);
    HRESULT (STDMETHODCALLTYPE *Stop)(IMFPresentationClock *This);
    HRESULT (STDMETHODCALLTYPE *Pause)(IMFPresentationClock *This);
    END_INTERFACE
} IMFPresentationClockVtbl;
struct IMFPresentationClock { const IMFPresentationClockVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFPresentationClock_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFPresentationClock_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFPresentationClock_Release(This) ((This)->lpVtbl->Release(This))
#define IMFPresentationClock_GetClockCharacteristics(This, pdwcharacteristics) ((This)->lpVtbl->GetClockCharacteristics(This, pdwcharacteristics))
#define IMFPresentationClock_GetCorrelatedTime(This, dwreserved, pllclocktime, phnssystemtime) ((This)->lpVtbl->GetCorrelatedTime(This, dwreserved, pllclocktime, phnssystemtime))
#define IMFPresentationClock_GetContinuityKey(This, ppresult) ((This)->lpVtbl->GetContinuityKey(This, ppresult))
#define IMFPresentationClock_GetState(This, dwreserved, ppresult) ((This)->lpVtbl->GetState(This, dwreserved, ppresult))
#define IMFPresentationClock_GetProperties(This, pclockproperties) ((This)->lpVtbl->GetProperties(This, pclockproperties))
#define IMFPresentationClock_SetTimeSource(This, ptimesource) ((This)->lpVtbl->SetTimeSource(This, ptimesource))
#define IMFPresentationClock_GetTimeSource(This, ppresult) ((This)->lpVtbl->GetTimeSource(This, ppresult))
#define IMFPresentationClock_GetTime(This, ppresult) ((This)->lpVtbl->GetTime(This, ppresult))
#define IMFPresentationClock_AddClockStateSink(This, pstatesink) ((This)->lpVtbl->AddClockStateSink(This, pstatesink))
#define IMFPresentationClock_RemoveClockStateSink(This, pstatesink) ((This)->lpVtbl->RemoveClockStateSink(This, pstatesink))
#define IMFPresentationClock_Start(This, llclockstartoffset) ((This)->lpVtbl->Start(This, llclockstartoffset))
#define IMFPresentationClock_Stop(This) ((This)->lpVtbl->Stop(This))
#define IMFPresentationClock_Pause(This) ((This)->lpVtbl->Pause(This))
#endif

typedef struct IMFShutdownVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IMFShutdown)
    HRESULT (STDMETHODCALLTYPE *Shutdown)(IMFShutdown *This);
    HRESULT (STDMETHODCALLTYPE *GetShutdownStatus)(IMFShutdown *This, MFSHUTDOWN_STATUS *ppresult);
    END_INTERFACE
} IMFShutdownVtbl;
struct IMFShutdown { const IMFShutdownVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFShutdown_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFShutdown_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFShutdown_Release(This) ((This)->lpVtbl->Release(This))
#define IMFShutdown_Shutdown(This) ((This)->lpVtbl->Shutdown(This))
#define IMFShutdown_GetShutdownStatus(This, ppresult) ((This)->lpVtbl->GetShutdownStatus(This, ppresult))
#endif

typedef struct IMFGetServiceVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IMFGetService)
    HRESULT (STDMETHODCALLTYPE *GetService)(IMFGetService *This, REFGUID guidservice, REFGUID riid, void **ppvobject);
    END_INTERFACE
} IMFGetServiceVtbl;
struct IMFGetService { const IMFGetServiceVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFGetService_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFGetService_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFGetService_Release(This) ((This)->lpVtbl->Release(This))
#define IMFGetService_GetService(This, guidservice, riid, ppvobject) ((This)->lpVtbl->GetService(This, guidservice, riid, ppvobject))
#endif

typedef struct IMFRateControlVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IMFRateControl)
    HRESULT (STDMETHODCALLTYPE *SetRate)(IMFRateControl *This, BOOL fthin, float flrate);
    HRESULT (STDMETHODCALLTYPE *GetRate)(IMFRateControl *This, BOOL *pfthin, float *pflrate);
    END_INTERFACE
} IMFRateControlVtbl;
struct IMFRateControl { const IMFRateControlVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFRateControl_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFRateControl_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFRateControl_Release(This) ((This)->lpVtbl->Release(This))
#define IMFRateControl_SetRate(This, fthin, flrate) ((This)->lpVtbl->SetRate(This, fthin, flrate))
#define IMFRateControl_GetRate(This, pfthin, pflrate) ((This)->lpVtbl->GetRate(This, pfthin, pflrate))
#endif

typedef struct IMFRateSupportVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IMFRateSupport)
    HRESULT (STDMETHODCALLTYPE *GetSlowestRate)(IMFRateSupport *This, MFRATE_DIRECTION edirection, BOOL fthin, float *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetFastestRate)(IMFRateSupport *This, MFRATE_DIRECTION edirection, BOOL fthin, float *ppresult);
    HRESULT (STDMETHODCALLTYPE *IsRateSupported)(IMFRateSupport *This, BOOL fthin, float flrate, float *pflnearestsupportedrate);
    END_INTERFACE
} IMFRateSupportVtbl;
struct IMFRateSupport { const IMFRateSupportVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFRateSupport_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFRateSupport_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFRateSupport_Release(This) ((This)->lpVtbl->Release(This))
#define IMFRateSupport_GetSlowestRate(This, edirection, fthin, ppresult) ((This)->lpVtbl->GetSlowestRate(This, edirection, fthin, ppresult))
#define IMFRateSupport_GetFastestRate(This, edirection, fthin, ppresult) ((This)->lpVtbl->GetFastestRate(This, edirection, fthin, ppresult))
#define IMFRateSupport_IsRateSupported(This, fthin, flrate, pflnearestsupportedrate) ((This)->lpVtbl->IsRateSupported(This, fthin, flrate, pflnearestsupportedrate))
#endif

typedef struct IMFMediaSessionVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IMFMediaSession)
    HRESULT (STDMETHODCALLTYPE *GetEvent)(IMFMediaSession *This, DWORD dwflags, IMFMediaEvent **ppresult);
    HRESULT (STDMETHODCALLTYPE *BeginGetEvent)(IMFMediaSession *This, IMFAsyncCallback *pcallback, IUnknown *punkstate);
    HRESULT (STDMETHODCALLTYPE *EndGetEvent)(IMFMediaSession *This, IMFAsyncResult *presult, IMFMediaEvent **ppresult);
    HRESULT (STDMETHODCALLTYPE *QueueEvent)(IMFMediaSession *This, MediaEventType met, REFGUID guidextendedtype, HRESULT hrstatus, const PROPVARIANT *pvvalue);
    HRESULT (STDMETHODCALLTYPE *SetTopology)(IMFMediaSession *This, DWORD dwsettopologyflags, IMFTopology *ptopology);
    HRESULT (STDMETHODCALLTYPE *ClearTopologies)(IMFMediaSession *This);
    HRESULT (STDMETHODCALLTYPE *Start)(IMFMediaSession *This, REFGUID pguidtimeformat, const PROPVARIANT *pvarstartposition);
    HRESULT (STDMETHODCALLTYPE *Pause)(IMFMediaSession *This);
    HRESULT (STDMETHODCALLTYPE *Stop)(IMFMediaSession *This);
    HRESULT (STDMETHODCALLTYPE *Close)(IMFMediaSession *This);
    HRESULT (STDMETHODCALLTYPE *Shutdown)(IMFMediaSession *This);
    HRESULT (STDMETHODCALLTYPE *GetClock)(IMFMediaSession *This, IMFClock **ppresult);
    HRESULT (STDMETHODCALLTYPE *GetSessionCapabilities)(IMFMediaSession *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetFullTopology)(IMFMediaSession *This, DWORD dwgetfulltopologyflags, TOPOID topoid, IMFTopology **ppresult);
    END_INTERFACE
} IMFMediaSessionVtbl;
struct IMFMediaSession { const IMFMediaSessionVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFMediaSession_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFMediaSession_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFMediaSession_Release(This) ((This)->lpVtbl->Release(This))
#define IMFMediaSession_GetEvent(This, dwflags, ppresult) ((This)->lpVtbl->GetEvent(This, dwflags, ppresult))
#define IMFMediaSession_BeginGetEvent(This, pcallback, punkstate) ((This)->lpVtbl->BeginGetEvent(This, pcallback, punkstate))
#define IMFMediaSession_EndGetEvent(This, presult, ppresult) ((This)->lpVtbl->EndGetEvent(This, presult, ppresult))
#define IMFMediaSession_QueueEvent(This, met, guidextendedtype, hrstatus, pvvalue) ((This)->lpVtbl->QueueEvent(This, met, guidextendedtype, hrstatus, pvvalue))
#define IMFMediaSession_SetTopology(This, dwsettopologyflags, ptopology) ((This)->lpVtbl->SetTopology(This, dwsettopologyflags, ptopology))
#define IMFMediaSession_ClearTopologies(This) ((This)->lpVtbl->ClearTopologies(This))
#define IMFMediaSession_Start(This, pguidtimeformat, pvarstartposition) ((This)->lpVtbl->Start(This, pguidtimeformat, pvarstartposition))
#define IMFMediaSession_Pause(This) ((This)->lpVtbl->Pause(This))
#define IMFMediaSession_Stop(This) ((This)->lpVtbl->Stop(This))
#define IMFMediaSession_Close(This) ((This)->lpVtbl->Close(This))
#define IMFMediaSession_Shutdown(This) ((This)->lpVtbl->Shutdown(This))
#define IMFMediaSession_GetClock(This, ppresult) ((This)->lpVtbl->GetClock(This, ppresult))
#define IMFMediaSession_GetSessionCapabilities(This, ppresult) ((This)->lpVtbl->GetSessionCapabilities(This, ppresult))
#define IMFMediaSession_GetFullTopology(This, dwgetfulltopologyflags, topoid, ppresult) ((This)->lpVtbl->GetFullTopology(This, dwgetfulltopologyflags, topoid, ppresult))
#endif

typedef struct IMFTopologyNodeVtbl {
    BEGIN_INTERFACE
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
    HRESULT (STDMETHODCALLTYPE *GetObject)(IMFTopologyNode *This, IUnknown **ppobject);
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
    HRESULT (STDMETHODCALLTYPE *GetOutputPrefType)(IMFTopologyNode *This, DWORD dwoutputindex, IMFMediaType **pptype);
    HRESULT (STDMETHODCALLTYPE *SetInputPrefType)(IMFTopologyNode *This, DWORD dwinputindex, IMFMediaType *ptype);
    HRESULT (STDMETHODCALLTYPE *GetInputPrefType)(IMFTopologyNode *This, DWORD dwinputindex, IMFMediaType **pptype);
    HRESULT (STDMETHODCALLTYPE *CloneFrom)(IMFTopologyNode *This, IMFTopologyNode *pnode);
    END_INTERFACE
} IMFTopologyNodeVtbl;
struct IMFTopologyNode { const IMFTopologyNodeVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFTopologyNode_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFTopologyNode_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFTopologyNode_Release(This) ((This)->lpVtbl->Release(This))
#define IMFTopologyNode_GetItem(This, guidkey, pvalue) ((This)->lpVtbl->GetItem(This, guidkey, pvalue))
#define IMFTopologyNode_GetItemType(This, guidkey, ppresult) ((This)->lpVtbl->GetItemType(This, guidkey, ppresult))
#define IMFTopologyNode_CompareItem(This, guidkey, value, ppresult) ((This)->lpVtbl->CompareItem(This, guidkey, value, ppresult))
#define IMFTopologyNode_Compare(This, ptheirs, matchtype, ppresult) ((This)->lpVtbl->Compare(This, ptheirs, matchtype, ppresult))
#define IMFTopologyNode_GetUINT32(This, guidkey, ppresult) ((This)->lpVtbl->GetUINT32(This, guidkey, ppresult))
#define IMFTopologyNode_GetUINT64(This, guidkey, ppresult) ((This)->lpVtbl->GetUINT64(This, guidkey, ppresult))
#define IMFTopologyNode_GetDouble(This, guidkey, ppresult) ((This)->lpVtbl->GetDouble(This, guidkey, ppresult))
#define IMFTopologyNode_GetGUID(This, guidkey, ppresult) ((This)->lpVtbl->GetGUID(This, guidkey, ppresult))
#define IMFTopologyNode_GetStringLength(This, guidkey, ppresult) ((This)->lpVtbl->GetStringLength(This, guidkey, ppresult))
#define IMFTopologyNode_GetString(This, guidkey, pwszvalue, cchbufsize, pcchlength) ((This)->lpVtbl->GetString(This, guidkey, pwszvalue, cchbufsize, pcchlength))
#define IMFTopologyNode_GetAllocatedString(This, guidkey, ppwszvalue, pcchlength) ((This)->lpVtbl->GetAllocatedString(This, guidkey, ppwszvalue, pcchlength))
#define IMFTopologyNode_GetBlobSize(This, guidkey, ppresult) ((This)->lpVtbl->GetBlobSize(This, guidkey, ppresult))
#define IMFTopologyNode_GetBlob(This, guidkey, pbuf, cbbufsize, pcbblobsize) ((This)->lpVtbl->GetBlob(This, guidkey, pbuf, cbbufsize, pcbblobsize))
#define IMFTopologyNode_GetAllocatedBlob(This, guidkey, ppbuf, pcbsize) ((This)->lpVtbl->GetAllocatedBlob(This, guidkey, ppbuf, pcbsize))
#define IMFTopologyNode_GetUnknown(This, guidkey, riid, ppv) ((This)->lpVtbl->GetUnknown(This, guidkey, riid, ppv))
#define IMFTopologyNode_SetItem(This, guidkey, value) ((This)->lpVtbl->SetItem(This, guidkey, value))
#define IMFTopologyNode_DeleteItem(This, guidkey) ((This)->lpVtbl->DeleteItem(This, guidkey))
#define IMFTopologyNode_DeleteAllItems(This) ((This)->lpVtbl->DeleteAllItems(This))
#define IMFTopologyNode_SetUINT32(This, guidkey, unvalue) ((This)->lpVtbl->SetUINT32(This, guidkey, unvalue))
#define IMFTopologyNode_SetUINT64(This, guidkey, unvalue) ((This)->lpVtbl->SetUINT64(This, guidkey, unvalue))
#define IMFTopologyNode_SetDouble(This, guidkey, fvalue) ((This)->lpVtbl->SetDouble(This, guidkey, fvalue))
#define IMFTopologyNode_SetGUID(This, guidkey, guidvalue) ((This)->lpVtbl->SetGUID(This, guidkey, guidvalue))
#define IMFTopologyNode_SetString(This, guidkey, wszvalue) ((This)->lpVtbl->SetString(This, guidkey, wszvalue))
#define IMFTopologyNode_SetBlob(This, guidkey, pbuf, cbbufsize) ((This)->lpVtbl->SetBlob(This, guidkey, pbuf, cbbufsize))
#define IMFTopologyNode_SetUnknown(This, guidkey, punknown) ((This)->lpVtbl->SetUnknown(This, guidkey, punknown))
#define IMFTopologyNode_LockStore(This) ((This)->lpVtbl->LockStore(This))
#define IMFTopologyNode_UnlockStore(This) ((This)->lpVtbl->UnlockStore(This))
#define IMFTopologyNode_GetCount(This, ppresult) ((This)->lpVtbl->GetCount(This, ppresult))
#define IMFTopologyNode_GetItemByIndex(This, unindex, pguidkey, pvalue) ((This)->lpVtbl->GetItemByIndex(This, unindex, pguidkey, pvalue))
#define IMFTopologyNode_CopyAllItems(This, pdest) ((This)->lpVtbl->CopyAllItems(This, pdest))
#define IMFTopologyNode_SetObject(This, pobject) ((This)->lpVtbl->SetObject(This, pobject))
#define IMFTopologyNode_GetObject(This, ppobject) ((This)->lpVtbl->GetObject(This, ppobject))
#define IMFTopologyNode_GetNodeType(This, ppresult) ((This)->lpVtbl->GetNodeType(This, ppresult))
#define IMFTopologyNode_GetTopoNodeID(This, ppresult) ((This)->lpVtbl->GetTopoNodeID(This, ppresult))
#define IMFTopologyNode_SetTopoNodeID(This, ulltopoid) ((This)->lpVtbl->SetTopoNodeID(This, ulltopoid))
#define IMFTopologyNode_GetInputCount(This, ppresult) ((This)->lpVtbl->GetInputCount(This, ppresult))
#define IMFTopologyNode_GetOutputCount(This, ppresult) ((This)->lpVtbl->GetOutputCount(This, ppresult))
#define IMFTopologyNode_ConnectOutput(This, dwoutputindex, pdownstreamnode, dwinputindexondownstreamnode) ((This)->lpVtbl->ConnectOutput(This, dwoutputindex, pdownstreamnode, dwinputindexondownstreamnode))
#define IMFTopologyNode_DisconnectOutput(This, dwoutputindex) ((This)->lpVtbl->DisconnectOutput(This, dwoutputindex))
#define IMFTopologyNode_GetInput(This, dwinputindex, ppupstreamnode, pdwoutputindexonupstreamnode) ((This)->lpVtbl->GetInput(This, dwinputindex, ppupstreamnode, pdwoutputindexonupstreamnode))
#define IMFTopologyNode_GetOutput(This, dwoutputindex, ppdownstreamnode, pdwinputindexondownstreamnode) ((This)->lpVtbl->GetOutput(This, dwoutputindex, ppdownstreamnode, pdwinputindexondownstreamnode))
#define IMFTopologyNode_SetOutputPrefType(This, dwoutputindex, ptype) ((This)->lpVtbl->SetOutputPrefType(This, dwoutputindex, ptype))
#define IMFTopologyNode_GetOutputPrefType(This, dwoutputindex, pptype) ((This)->lpVtbl->GetOutputPrefType(This, dwoutputindex, pptype))
#define IMFTopologyNode_SetInputPrefType(This, dwinputindex, ptype) ((This)->lpVtbl->SetInputPrefType(This, dwinputindex, ptype))
#define IMFTopologyNode_GetInputPrefType(This, dwinputindex, pptype) ((This)->lpVtbl->GetInputPrefType(This, dwinputindex, pptype))
#define IMFTopologyNode_CloneFrom(This, pnode) ((This)->lpVtbl->CloneFrom(This, pnode))
#endif

typedef struct IMFTopologyVtbl {
    BEGIN_INTERFACE
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
    END_INTERFACE
} IMFTopologyVtbl;
struct IMFTopology { const IMFTopologyVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFTopology_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFTopology_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFTopology_Release(This) ((This)->lpVtbl->Release(This))
#define IMFTopology_GetItem(This, guidkey, pvalue) ((This)->lpVtbl->GetItem(This, guidkey, pvalue))
#define IMFTopology_GetItemType(This, guidkey, ppresult) ((This)->lpVtbl->GetItemType(This, guidkey, ppresult))
#define IMFTopology_CompareItem(This, guidkey, value, ppresult) ((This)->lpVtbl->CompareItem(This, guidkey, value, ppresult))
#define IMFTopology_Compare(This, ptheirs, matchtype, ppresult) ((This)->lpVtbl->Compare(This, ptheirs, matchtype, ppresult))
#define IMFTopology_GetUINT32(This, guidkey, ppresult) ((This)->lpVtbl->GetUINT32(This, guidkey, ppresult))
#define IMFTopology_GetUINT64(This, guidkey, ppresult) ((This)->lpVtbl->GetUINT64(This, guidkey, ppresult))
#define IMFTopology_GetDouble(This, guidkey, ppresult) ((This)->lpVtbl->GetDouble(This, guidkey, ppresult))
#define IMFTopology_GetGUID(This, guidkey, ppresult) ((This)->lpVtbl->GetGUID(This, guidkey, ppresult))
#define IMFTopology_GetStringLength(This, guidkey, ppresult) ((This)->lpVtbl->GetStringLength(This, guidkey, ppresult))
#define IMFTopology_GetString(This, guidkey, pwszvalue, cchbufsize, pcchlength) ((This)->lpVtbl->GetString(This, guidkey, pwszvalue, cchbufsize, pcchlength))
#define IMFTopology_GetAllocatedString(This, guidkey, ppwszvalue, pcchlength) ((This)->lpVtbl->GetAllocatedString(This, guidkey, ppwszvalue, pcchlength))
#define IMFTopology_GetBlobSize(This, guidkey, ppresult) ((This)->lpVtbl->GetBlobSize(This, guidkey, ppresult))
#define IMFTopology_GetBlob(This, guidkey, pbuf, cbbufsize, pcbblobsize) ((This)->lpVtbl->GetBlob(This, guidkey, pbuf, cbbufsize, pcbblobsize))
#define IMFTopology_GetAllocatedBlob(This, guidkey, ppbuf, pcbsize) ((This)->lpVtbl->GetAllocatedBlob(This, guidkey, ppbuf, pcbsize))
#define IMFTopology_GetUnknown(This, guidkey, riid, ppv) ((This)->lpVtbl->GetUnknown(This, guidkey, riid, ppv))
#define IMFTopology_SetItem(This, guidkey, value) ((This)->lpVtbl->SetItem(This, guidkey, value))
#define IMFTopology_DeleteItem(This, guidkey) ((This)->lpVtbl->DeleteItem(This, guidkey))
#define IMFTopology_DeleteAllItems(This) ((This)->lpVtbl->DeleteAllItems(This))
#define IMFTopology_SetUINT32(This, guidkey, unvalue) ((This)->lpVtbl->SetUINT32(This, guidkey, unvalue))
#define IMFTopology_SetUINT64(This, guidkey, unvalue) ((This)->lpVtbl->SetUINT64(This, guidkey, unvalue))
#define IMFTopology_SetDouble(This, guidkey, fvalue) ((This)->lpVtbl->SetDouble(This, guidkey, fvalue))
#define IMFTopology_SetGUID(This, guidkey, guidvalue) ((This)->lpVtbl->SetGUID(This, guidkey, guidvalue))
#define IMFTopology_SetString(This, guidkey, wszvalue) ((This)->lpVtbl->SetString(This, guidkey, wszvalue))
#define IMFTopology_SetBlob(This, guidkey, pbuf, cbbufsize) ((This)->lpVtbl->SetBlob(This, guidkey, pbuf, cbbufsize))
#define IMFTopology_SetUnknown(This, guidkey, punknown) ((This)->lpVtbl->SetUnknown(This, guidkey, punknown))
#define IMFTopology_LockStore(This) ((This)->lpVtbl->LockStore(This))
#define IMFTopology_UnlockStore(This) ((This)->lpVtbl->UnlockStore(This))
#define IMFTopology_GetCount(This, ppresult) ((This)->lpVtbl->GetCount(This, ppresult))
#define IMFTopology_GetItemByIndex(This, unindex, pguidkey, pvalue) ((This)->lpVtbl->GetItemByIndex(This, unindex, pguidkey, pvalue))
#define IMFTopology_CopyAllItems(This, pdest) ((This)->lpVtbl->CopyAllItems(This, pdest))
#define IMFTopology_GetTopologyID(This, ppresult) ((This)->lpVtbl->GetTopologyID(This, ppresult))
#define IMFTopology_AddNode(This, pnode) ((This)->lpVtbl->AddNode(This, pnode))
#define IMFTopology_RemoveNode(This, pnode) ((This)->lpVtbl->RemoveNode(This, pnode))
#define IMFTopology_GetNodeCount(This, ppresult) ((This)->lpVtbl->GetNodeCount(This, ppresult))
#define IMFTopology_GetNode(This, windex, ppresult) ((This)->lpVtbl->GetNode(This, windex, ppresult))
#define IMFTopology_Clear(This) ((This)->lpVtbl->Clear(This))
#define IMFTopology_CloneFrom(This, ptopology) ((This)->lpVtbl->CloneFrom(This, ptopology))
#define IMFTopology_GetNodeByID(This, qwtoponodeid, ppresult) ((This)->lpVtbl->GetNodeByID(This, qwtoponodeid, ppresult))
#define IMFTopology_GetSourceNodeCollection(This, ppresult) ((This)->lpVtbl->GetSourceNodeCollection(This, ppresult))
#define IMFTopology_GetOutputNodeCollection(This, ppresult) ((This)->lpVtbl->GetOutputNodeCollection(This, ppresult))
#endif

typedef struct IMFPresentationDescriptorVtbl {
    BEGIN_INTERFACE
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
    END_INTERFACE
} IMFPresentationDescriptorVtbl;
struct IMFPresentationDescriptor { const IMFPresentationDescriptorVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFPresentationDescriptor_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFPresentationDescriptor_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFPresentationDescriptor_Release(This) ((This)->lpVtbl->Release(This))
#define IMFPresentationDescriptor_GetItem(This, guidkey, pvalue) ((This)->lpVtbl->GetItem(This, guidkey, pvalue))
#define IMFPresentationDescriptor_GetItemType(This, guidkey, ppresult) ((This)->lpVtbl->GetItemType(This, guidkey, ppresult))
#define IMFPresentationDescriptor_CompareItem(This, guidkey, value, ppresult) ((This)->lpVtbl->CompareItem(This, guidkey, value, ppresult))
#define IMFPresentationDescriptor_Compare(This, ptheirs, matchtype, ppresult) ((This)->lpVtbl->Compare(This, ptheirs, matchtype, ppresult))
#define IMFPresentationDescriptor_GetUINT32(This, guidkey, ppresult) ((This)->lpVtbl->GetUINT32(This, guidkey, ppresult))
#define IMFPresentationDescriptor_GetUINT64(This, guidkey, ppresult) ((This)->lpVtbl->GetUINT64(This, guidkey, ppresult))
#define IMFPresentationDescriptor_GetDouble(This, guidkey, ppresult) ((This)->lpVtbl->GetDouble(This, guidkey, ppresult))
#define IMFPresentationDescriptor_GetGUID(This, guidkey, ppresult) ((This)->lpVtbl->GetGUID(This, guidkey, ppresult))
#define IMFPresentationDescriptor_GetStringLength(This, guidkey, ppresult) ((This)->lpVtbl->GetStringLength(This, guidkey, ppresult))
#define IMFPresentationDescriptor_GetString(This, guidkey, pwszvalue, cchbufsize, pcchlength) ((This)->lpVtbl->GetString(This, guidkey, pwszvalue, cchbufsize, pcchlength))
#define IMFPresentationDescriptor_GetAllocatedString(This, guidkey, ppwszvalue, pcchlength) ((This)->lpVtbl->GetAllocatedString(This, guidkey, ppwszvalue, pcchlength))
#define IMFPresentationDescriptor_GetBlobSize(This, guidkey, ppresult) ((This)->lpVtbl->GetBlobSize(This, guidkey, ppresult))
#define IMFPresentationDescriptor_GetBlob(This, guidkey, pbuf, cbbufsize, pcbblobsize) ((This)->lpVtbl->GetBlob(This, guidkey, pbuf, cbbufsize, pcbblobsize))
#define IMFPresentationDescriptor_GetAllocatedBlob(This, guidkey, ppbuf, pcbsize) ((This)->lpVtbl->GetAllocatedBlob(This, guidkey, ppbuf, pcbsize))
#define IMFPresentationDescriptor_GetUnknown(This, guidkey, riid, ppv) ((This)->lpVtbl->GetUnknown(This, guidkey, riid, ppv))
#define IMFPresentationDescriptor_SetItem(This, guidkey, value) ((This)->lpVtbl->SetItem(This, guidkey, value))
#define IMFPresentationDescriptor_DeleteItem(This, guidkey) ((This)->lpVtbl->DeleteItem(This, guidkey))
#define IMFPresentationDescriptor_DeleteAllItems(This) ((This)->lpVtbl->DeleteAllItems(This))
#define IMFPresentationDescriptor_SetUINT32(This, guidkey, unvalue) ((This)->lpVtbl->SetUINT32(This, guidkey, unvalue))
#define IMFPresentationDescriptor_SetUINT64(This, guidkey, unvalue) ((This)->lpVtbl->SetUINT64(This, guidkey, unvalue))
#define IMFPresentationDescriptor_SetDouble(This, guidkey, fvalue) ((This)->lpVtbl->SetDouble(This, guidkey, fvalue))
#define IMFPresentationDescriptor_SetGUID(This, guidkey, guidvalue) ((This)->lpVtbl->SetGUID(This, guidkey, guidvalue))
#define IMFPresentationDescriptor_SetString(This, guidkey, wszvalue) ((This)->lpVtbl->SetString(This, guidkey, wszvalue))
#define IMFPresentationDescriptor_SetBlob(This, guidkey, pbuf, cbbufsize) ((This)->lpVtbl->SetBlob(This, guidkey, pbuf, cbbufsize))
#define IMFPresentationDescriptor_SetUnknown(This, guidkey, punknown) ((This)->lpVtbl->SetUnknown(This, guidkey, punknown))
#define IMFPresentationDescriptor_LockStore(This) ((This)->lpVtbl->LockStore(This))
#define IMFPresentationDescriptor_UnlockStore(This) ((This)->lpVtbl->UnlockStore(This))
#define IMFPresentationDescriptor_GetCount(This, ppresult) ((This)->lpVtbl->GetCount(This, ppresult))
#define IMFPresentationDescriptor_GetItemByIndex(This, unindex, pguidkey, pvalue) ((This)->lpVtbl->GetItemByIndex(This, unindex, pguidkey, pvalue))
#define IMFPresentationDescriptor_CopyAllItems(This, pdest) ((This)->lpVtbl->CopyAllItems(This, pdest))
#define IMFPresentationDescriptor_GetStreamDescriptorCount(This, ppresult) ((This)->lpVtbl->GetStreamDescriptorCount(This, ppresult))
#define IMFPresentationDescriptor_GetStreamDescriptorByIndex(This, dwindex, pfselected, ppdescriptor) ((This)->lpVtbl->GetStreamDescriptorByIndex(This, dwindex, pfselected, ppdescriptor))
#define IMFPresentationDescriptor_SelectStream(This, dwdescriptorindex) ((This)->lpVtbl->SelectStream(This, dwdescriptorindex))
#define IMFPresentationDescriptor_DeselectStream(This, dwdescriptorindex) ((This)->lpVtbl->DeselectStream(This, dwdescriptorindex))
#define IMFPresentationDescriptor_Clone(This, ppresult) ((This)->lpVtbl->Clone(This, ppresult))
#endif

typedef struct IMFStreamDescriptorVtbl {
    BEGIN_INTERFACE
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
    END_INTERFACE
} IMFStreamDescriptorVtbl;
struct IMFStreamDescriptor { const IMFStreamDescriptorVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFStreamDescriptor_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFStreamDescriptor_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFStreamDescriptor_Release(This) ((This)->lpVtbl->Release(This))
#define IMFStreamDescriptor_GetItem(This, guidkey, pvalue) ((This)->lpVtbl->GetItem(This, guidkey, pvalue))
#define IMFStreamDescriptor_GetItemType(This, guidkey, ppresult) ((This)->lpVtbl->GetItemType(This, guidkey, ppresult))
#define IMFStreamDescriptor_CompareItem(This, guidkey, value, ppresult) ((This)->lpVtbl->CompareItem(This, guidkey, value, ppresult))
#define IMFStreamDescriptor_Compare(This, ptheirs, matchtype, ppresult) ((This)->lpVtbl->Compare(This, ptheirs, matchtype, ppresult))
#define IMFStreamDescriptor_GetUINT32(This, guidkey, ppresult) ((This)->lpVtbl->GetUINT32(This, guidkey, ppresult))
#define IMFStreamDescriptor_GetUINT64(This, guidkey, ppresult) ((This)->lpVtbl->GetUINT64(This, guidkey, ppresult))
#define IMFStreamDescriptor_GetDouble(This, guidkey, ppresult) ((This)->lpVtbl->GetDouble(This, guidkey, ppresult))
#define IMFStreamDescriptor_GetGUID(This, guidkey, ppresult) ((This)->lpVtbl->GetGUID(This, guidkey, ppresult))
#define IMFStreamDescriptor_GetStringLength(This, guidkey, ppresult) ((This)->lpVtbl->GetStringLength(This, guidkey, ppresult))
#define IMFStreamDescriptor_GetString(This, guidkey, pwszvalue, cchbufsize, pcchlength) ((This)->lpVtbl->GetString(This, guidkey, pwszvalue, cchbufsize, pcchlength))
#define IMFStreamDescriptor_GetAllocatedString(This, guidkey, ppwszvalue, pcchlength) ((This)->lpVtbl->GetAllocatedString(This, guidkey, ppwszvalue, pcchlength))
#define IMFStreamDescriptor_GetBlobSize(This, guidkey, ppresult) ((This)->lpVtbl->GetBlobSize(This, guidkey, ppresult))
#define IMFStreamDescriptor_GetBlob(This, guidkey, pbuf, cbbufsize, pcbblobsize) ((This)->lpVtbl->GetBlob(This, guidkey, pbuf, cbbufsize, pcbblobsize))
#define IMFStreamDescriptor_GetAllocatedBlob(This, guidkey, ppbuf, pcbsize) ((This)->lpVtbl->GetAllocatedBlob(This, guidkey, ppbuf, pcbsize))
#define IMFStreamDescriptor_GetUnknown(This, guidkey, riid, ppv) ((This)->lpVtbl->GetUnknown(This, guidkey, riid, ppv))
#define IMFStreamDescriptor_SetItem(This, guidkey, value) ((This)->lpVtbl->SetItem(This, guidkey, value))
#define IMFStreamDescriptor_DeleteItem(This, guidkey) ((This)->lpVtbl->DeleteItem(This, guidkey))
#define IMFStreamDescriptor_DeleteAllItems(This) ((This)->lpVtbl->DeleteAllItems(This))
#define IMFStreamDescriptor_SetUINT32(This, guidkey, unvalue) ((This)->lpVtbl->SetUINT32(This, guidkey, unvalue))
#define IMFStreamDescriptor_SetUINT64(This, guidkey, unvalue) ((This)->lpVtbl->SetUINT64(This, guidkey, unvalue))
#define IMFStreamDescriptor_SetDouble(This, guidkey, fvalue) ((This)->lpVtbl->SetDouble(This, guidkey, fvalue))
#define IMFStreamDescriptor_SetGUID(This, guidkey, guidvalue) ((This)->lpVtbl->SetGUID(This, guidkey, guidvalue))
#define IMFStreamDescriptor_SetString(This, guidkey, wszvalue) ((This)->lpVtbl->SetString(This, guidkey, wszvalue))
#define IMFStreamDescriptor_SetBlob(This, guidkey, pbuf, cbbufsize) ((This)->lpVtbl->SetBlob(This, guidkey, pbuf, cbbufsize))
#define IMFStreamDescriptor_SetUnknown(This, guidkey, punknown) ((This)->lpVtbl->SetUnknown(This, guidkey, punknown))
#define IMFStreamDescriptor_LockStore(This) ((This)->lpVtbl->LockStore(This))
#define IMFStreamDescriptor_UnlockStore(This) ((This)->lpVtbl->UnlockStore(This))
#define IMFStreamDescriptor_GetCount(This, ppresult) ((This)->lpVtbl->GetCount(This, ppresult))
#define IMFStreamDescriptor_GetItemByIndex(This, unindex, pguidkey, pvalue) ((This)->lpVtbl->GetItemByIndex(This, unindex, pguidkey, pvalue))
#define IMFStreamDescriptor_CopyAllItems(This, pdest) ((This)->lpVtbl->CopyAllItems(This, pdest))
#define IMFStreamDescriptor_GetStreamIdentifier(This, ppresult) ((This)->lpVtbl->GetStreamIdentifier(This, ppresult))
#define IMFStreamDescriptor_GetMediaTypeHandler(This, ppresult) ((This)->lpVtbl->GetMediaTypeHandler(This, ppresult))
#endif

typedef struct IMFMediaTypeHandlerVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IMFMediaTypeHandler)
    HRESULT (STDMETHODCALLTYPE *IsMediaTypeSupported)(IMFMediaTypeHandler *This, IMFMediaType *pmediatype, IMFMediaType **ppresult);
    HRESULT (STDMETHODCALLTYPE *GetMediaTypeCount)(IMFMediaTypeHandler *This, DWORD *ppresult);
    HRESULT (STDMETHODCALLTYPE *GetMediaTypeByIndex)(IMFMediaTypeHandler *This, DWORD dwindex, IMFMediaType **ppresult);
    HRESULT (STDMETHODCALLTYPE *SetCurrentMediaType)(IMFMediaTypeHandler *This, IMFMediaType *pmediatype);
    HRESULT (STDMETHODCALLTYPE *GetCurrentMediaType)(IMFMediaTypeHandler *This, IMFMediaType **ppresult);
    HRESULT (STDMETHODCALLTYPE *GetMajorType)(IMFMediaTypeHandler *This, GUID *ppresult);
    END_INTERFACE
} IMFMediaTypeHandlerVtbl;
struct IMFMediaTypeHandler { const IMFMediaTypeHandlerVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFMediaTypeHandler_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFMediaTypeHandler_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFMediaTypeHandler_Release(This) ((This)->lpVtbl->Release(This))
#define IMFMediaTypeHandler_IsMediaTypeSupported(This, pmediatype, ppresult) ((This)->lpVtbl->IsMediaTypeSupported(This, pmediatype, ppresult))
#define IMFMediaTypeHandler_GetMediaTypeCount(This, ppresult) ((This)->lpVtbl->GetMediaTypeCount(This, ppresult))
#define IMFMediaTypeHandler_GetMediaTypeByIndex(This, dwindex, ppresult) ((This)->lpVtbl->GetMediaTypeByIndex(This, dwindex, ppresult))
#define IMFMediaTypeHandler_SetCurrentMediaType(This, pmediatype) ((This)->lpVtbl->SetCurrentMediaType(This, pmediatype))
#define IMFMediaTypeHandler_GetCurrentMediaType(This, ppresult) ((This)->lpVtbl->GetCurrentMediaType(This, ppresult))
#define IMFMediaTypeHandler_GetMajorType(This, ppresult) ((This)->lpVtbl->GetMajorType(This, ppresult))
#endif

typedef struct IMFMediaSourceVtbl {
    BEGIN_INTERFACE
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
    END_INTERFACE
} IMFMediaSourceVtbl;
struct IMFMediaSource { const IMFMediaSourceVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFMediaSource_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFMediaSource_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFMediaSource_Release(This) ((This)->lpVtbl->Release(This))
#define IMFMediaSource_GetEvent(This, dwflags, ppresult) ((This)->lpVtbl->GetEvent(This, dwflags, ppresult))
#define IMFMediaSource_BeginGetEvent(This, pcallback, punkstate) ((This)->lpVtbl->BeginGetEvent(This, pcallback, punkstate))
#define IMFMediaSource_EndGetEvent(This, presult, ppresult) ((This)->lpVtbl->EndGetEvent(This, presult, ppresult))
#define IMFMediaSource_QueueEvent(This, met, guidextendedtype, hrstatus, pvvalue) ((This)->lpVtbl->QueueEvent(This, met, guidextendedtype, hrstatus, pvvalue))
#define IMFMediaSource_GetCharacteristics(This, ppresult) ((This)->lpVtbl->GetCharacteristics(This, ppresult))
#define IMFMediaSource_CreatePresentationDescriptor(This, ppresult) ((This)->lpVtbl->CreatePresentationDescriptor(This, ppresult))
#define IMFMediaSource_Start(This, ppresentationdescriptor, pguidtimeformat, pvarstartposition) ((This)->lpVtbl->Start(This, ppresentationdescriptor, pguidtimeformat, pvarstartposition))
#define IMFMediaSource_Stop(This) ((This)->lpVtbl->Stop(This))
#define IMFMediaSource_Pause(This) ((This)->lpVtbl->Pause(This))
#define IMFMediaSource_Shutdown(This) ((This)->lpVtbl->Shutdown(This))
#endif

typedef struct IMFMediaStreamVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IMFMediaStream)
    HRESULT (STDMETHODCALLTYPE *GetEvent)(IMFMediaStream *This, DWORD dwflags, IMFMediaEvent **ppresult);
    HRESULT (STDMETHODCALLTYPE *BeginGetEvent)(IMFMediaStream *This, IMFAsyncCallback *pcallback, IUnknown *punkstate);
    HRESULT (STDMETHODCALLTYPE *EndGetEvent)(IMFMediaStream *This, IMFAsyncResult *presult, IMFMediaEvent **ppresult);
    HRESULT (STDMETHODCALLTYPE *QueueEvent)(IMFMediaStream *This, MediaEventType met, REFGUID guidextendedtype, HRESULT hrstatus, const PROPVARIANT *pvvalue);
    HRESULT (STDMETHODCALLTYPE *GetMediaSource)(IMFMediaStream *This, IMFMediaSource **ppresult);
    HRESULT (STDMETHODCALLTYPE *GetStreamDescriptor)(IMFMediaStream *This, IMFStreamDescriptor **ppresult);
    HRESULT (STDMETHODCALLTYPE *RequestSample)(IMFMediaStream *This, IUnknown *ptoken);
    END_INTERFACE
} IMFMediaStreamVtbl;
struct IMFMediaStream { const IMFMediaStreamVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFMediaStream_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFMediaStream_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFMediaStream_Release(This) ((This)->lpVtbl->Release(This))
#define IMFMediaStream_GetEvent(This, dwflags, ppresult) ((This)->lpVtbl->GetEvent(This, dwflags, ppresult))
#define IMFMediaStream_BeginGetEvent(This, pcallback, punkstate) ((This)->lpVtbl->BeginGetEvent(This, pcallback, punkstate))
#define IMFMediaStream_EndGetEvent(This, presult, ppresult) ((This)->lpVtbl->EndGetEvent(This, presult, ppresult))
#define IMFMediaStream_QueueEvent(This, met, guidextendedtype, hrstatus, pvvalue) ((This)->lpVtbl->QueueEvent(This, met, guidextendedtype, hrstatus, pvvalue))
#define IMFMediaStream_GetMediaSource(This, ppresult) ((This)->lpVtbl->GetMediaSource(This, ppresult))
#define IMFMediaStream_GetStreamDescriptor(This, ppresult) ((This)->lpVtbl->GetStreamDescriptor(This, ppresult))
#define IMFMediaStream_RequestSample(This, ptoken) ((This)->lpVtbl->RequestSample(This, ptoken))
#endif

typedef struct IMFStreamSinkVtbl {
    BEGIN_INTERFACE
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
    END_INTERFACE
} IMFStreamSinkVtbl;
struct IMFStreamSink { const IMFStreamSinkVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFStreamSink_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFStreamSink_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFStreamSink_Release(This) ((This)->lpVtbl->Release(This))
#define IMFStreamSink_GetEvent(This, dwflags, ppresult) ((This)->lpVtbl->GetEvent(This, dwflags, ppresult))
#define IMFStreamSink_BeginGetEvent(This, pcallback, punkstate) ((This)->lpVtbl->BeginGetEvent(This, pcallback, punkstate))
#define IMFStreamSink_EndGetEvent(This, presult, ppresult) ((This)->lpVtbl->EndGetEvent(This, presult, ppresult))
#define IMFStreamSink_QueueEvent(This, met, guidextendedtype, hrstatus, pvvalue) ((This)->lpVtbl->QueueEvent(This, met, guidextendedtype, hrstatus, pvvalue))
#define IMFStreamSink_GetMediaSink(This, ppresult) ((This)->lpVtbl->GetMediaSink(This, ppresult))
#define IMFStreamSink_GetIdentifier(This, ppresult) ((This)->lpVtbl->GetIdentifier(This, ppresult))
#define IMFStreamSink_GetMediaTypeHandler(This, ppresult) ((This)->lpVtbl->GetMediaTypeHandler(This, ppresult))
#define IMFStreamSink_ProcessSample(This, psample) ((This)->lpVtbl->ProcessSample(This, psample))
#define IMFStreamSink_PlaceMarker(This, emarkertype, pvarmarkervalue, pvarcontextvalue) ((This)->lpVtbl->PlaceMarker(This, emarkertype, pvarmarkervalue, pvarcontextvalue))
#define IMFStreamSink_Flush(This) ((This)->lpVtbl->Flush(This))
#endif

typedef struct IMFMediaSinkVtbl {
    BEGIN_INTERFACE
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
    END_INTERFACE
} IMFMediaSinkVtbl;
struct IMFMediaSink { const IMFMediaSinkVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFMediaSink_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFMediaSink_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFMediaSink_Release(This) ((This)->lpVtbl->Release(This))
#define IMFMediaSink_GetCharacteristics(This, ppresult) ((This)->lpVtbl->GetCharacteristics(This, ppresult))
#define IMFMediaSink_AddStreamSink(This, dwstreamsinkidentifier, pmediatype, ppresult) ((This)->lpVtbl->AddStreamSink(This, dwstreamsinkidentifier, pmediatype, ppresult))
#define IMFMediaSink_RemoveStreamSink(This, dwstreamsinkidentifier) ((This)->lpVtbl->RemoveStreamSink(This, dwstreamsinkidentifier))
#define IMFMediaSink_GetStreamSinkCount(This, ppresult) ((This)->lpVtbl->GetStreamSinkCount(This, ppresult))
#define IMFMediaSink_GetStreamSinkByIndex(This, dwindex, ppresult) ((This)->lpVtbl->GetStreamSinkByIndex(This, dwindex, ppresult))
#define IMFMediaSink_GetStreamSinkById(This, dwstreamsinkidentifier, ppresult) ((This)->lpVtbl->GetStreamSinkById(This, dwstreamsinkidentifier, ppresult))
#define IMFMediaSink_SetPresentationClock(This, ppresentationclock) ((This)->lpVtbl->SetPresentationClock(This, ppresentationclock))
#define IMFMediaSink_GetPresentationClock(This, ppresult) ((This)->lpVtbl->GetPresentationClock(This, ppresult))
#define IMFMediaSink_Shutdown(This) ((This)->lpVtbl->Shutdown(This))
#endif

typedef struct IMFFinalizableMediaSinkVtbl {
    BEGIN_INTERFACE
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
    END_INTERFACE
} IMFFinalizableMediaSinkVtbl;
struct IMFFinalizableMediaSink { const IMFFinalizableMediaSinkVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFFinalizableMediaSink_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFFinalizableMediaSink_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFFinalizableMediaSink_Release(This) ((This)->lpVtbl->Release(This))
#define IMFFinalizableMediaSink_GetCharacteristics(This, ppresult) ((This)->lpVtbl->GetCharacteristics(This, ppresult))
#define IMFFinalizableMediaSink_AddStreamSink(This, dwstreamsinkidentifier, pmediatype, ppresult) ((This)->lpVtbl->AddStreamSink(This, dwstreamsinkidentifier, pmediatype, ppresult))
#define IMFFinalizableMediaSink_RemoveStreamSink(This, dwstreamsinkidentifier) ((This)->lpVtbl->RemoveStreamSink(This, dwstreamsinkidentifier))
#define IMFFinalizableMediaSink_GetStreamSinkCount(This, ppresult) ((This)->lpVtbl->GetStreamSinkCount(This, ppresult))
#define IMFFinalizableMediaSink_GetStreamSinkByIndex(This, dwindex, ppresult) ((This)->lpVtbl->GetStreamSinkByIndex(This, dwindex, ppresult))
#define IMFFinalizableMediaSink_GetStreamSinkById(This, dwstreamsinkidentifier, ppresult) ((This)->lpVtbl->GetStreamSinkById(This, dwstreamsinkidentifier, ppresult))
#define IMFFinalizableMediaSink_SetPresentationClock(This, ppresentationclock) ((This)->lpVtbl->SetPresentationClock(This, ppresentationclock))
#define IMFFinalizableMediaSink_GetPresentationClock(This, ppresult) ((This)->lpVtbl->GetPresentationClock(This, ppresult))
#define IMFFinalizableMediaSink_Shutdown(This) ((This)->lpVtbl->Shutdown(This))
#define IMFFinalizableMediaSink_BeginFinalize(This, pcallback, punkstate) ((This)->lpVtbl->BeginFinalize(This, pcallback, punkstate))
#define IMFFinalizableMediaSink_EndFinalize(This, presult) ((This)->lpVtbl->EndFinalize(This, presult))
#endif

typedef struct IMFSourceResolverVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IMFSourceResolver)
    HRESULT (STDMETHODCALLTYPE *CreateObjectFromURL)(IMFSourceResolver *This, LPCWSTR pwszurl, DWORD dwflags, IPropertyStore *pprops, MF_OBJECT_TYPE *pobjecttype, IUnknown **ppobject);
    HRESULT (STDMETHODCALLTYPE *CreateObjectFromByteStream)(IMFSourceResolver *This, IMFByteStream *pbytestream, LPCWSTR pwszurl, DWORD dwflags, IPropertyStore *pprops, MF_OBJECT_TYPE *pobjecttype, IUnknown **ppobject);
    HRESULT (STDMETHODCALLTYPE *BeginCreateObjectFromURL)(IMFSourceResolver *This, LPCWSTR pwszurl, DWORD dwflags, IPropertyStore *pprops, IUnknown **ppiunknowncancelcookie, IMFAsyncCallback *pcallback, IUnknown *punkstate);
    HRESULT (STDMETHODCALLTYPE *EndCreateObjectFromURL)(IMFSourceResolver *This, IMFAsyncResult *presult, MF_OBJECT_TYPE *pobjecttype, IUnknown **ppobject);
    HRESULT (STDMETHODCALLTYPE *BeginCreateObjectFromByteStream)(IMFSourceResolver *This, IMFByteStream *pbytestream, LPCWSTR pwszurl, DWORD dwflags, IPropertyStore *pprops, IUnknown **ppiunknowncancelcookie, IMFAsyncCallback *pcallback, IUnknown *punkstate);
    HRESULT (STDMETHODCALLTYPE *EndCreateObjectFromByteStream)(IMFSourceResolver *This, IMFAsyncResult *presult, MF_OBJECT_TYPE *pobjecttype, IUnknown **ppobject);
    HRESULT (STDMETHODCALLTYPE *CancelObjectCreation)(IMFSourceResolver *This, IUnknown *piunknowncancelcookie);
    END_INTERFACE
} IMFSourceResolverVtbl;
struct IMFSourceResolver { const IMFSourceResolverVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFSourceResolver_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFSourceResolver_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFSourceResolver_Release(This) ((This)->lpVtbl->Release(This))
#define IMFSourceResolver_CreateObjectFromURL(This, pwszurl, dwflags, pprops, pobjecttype, ppobject) ((This)->lpVtbl->CreateObjectFromURL(This, pwszurl, dwflags, pprops, pobjecttype, ppobject))
#define IMFSourceResolver_CreateObjectFromByteStream(This, pbytestream, pwszurl, dwflags, pprops, pobjecttype, ppobject) ((This)->lpVtbl->CreateObjectFromByteStream(This, pbytestream, pwszurl, dwflags, pprops, pobjecttype, ppobject))
#define IMFSourceResolver_BeginCreateObjectFromURL(This, pwszurl, dwflags, pprops, ppiunknowncancelcookie, pcallback, punkstate) ((This)->lpVtbl->BeginCreateObjectFromURL(This, pwszurl, dwflags, pprops, ppiunknowncancelcookie, pcallback, punkstate))
#define IMFSourceResolver_EndCreateObjectFromURL(This, presult, pobjecttype, ppobject) ((This)->lpVtbl->EndCreateObjectFromURL(This, presult, pobjecttype, ppobject))
#define IMFSourceResolver_BeginCreateObjectFromByteStream(This, pbytestream, pwszurl, dwflags, pprops, ppiunknowncancelcookie, pcallback, punkstate) ((This)->lpVtbl->BeginCreateObjectFromByteStream(This, pbytestream, pwszurl, dwflags, pprops, ppiunknowncancelcookie, pcallback, punkstate))
#define IMFSourceResolver_EndCreateObjectFromByteStream(This, presult, pobjecttype, ppobject) ((This)->lpVtbl->EndCreateObjectFromByteStream(This, presult, pobjecttype, ppobject))
#define IMFSourceResolver_CancelObjectCreation(This, piunknowncancelcookie) ((This)->lpVtbl->CancelObjectCreation(This, piunknowncancelcookie))
#endif

typedef struct IMFSampleGrabberSinkCallbackVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IMFSampleGrabberSinkCallback)
    HRESULT (STDMETHODCALLTYPE *OnClockStart)(IMFSampleGrabberSinkCallback *This, MFTIME hnssystemtime, LONGLONG llclockstartoffset);
    HRESULT (STDMETHODCALLTYPE *OnClockStop)(IMFSampleGrabberSinkCallback *This, MFTIME hnssystemtime);
    HRESULT (STDMETHODCALLTYPE *OnClockPause)(IMFSampleGrabberSinkCallback *This, MFTIME hnssystemtime);
    HRESULT (STDMETHODCALLTYPE *OnClockRestart)(IMFSampleGrabberSinkCallback *This, MFTIME hnssystemtime);
    HRESULT (STDMETHODCALLTYPE *OnClockSetRate)(IMFSampleGrabberSinkCallback *This, MFTIME hnssystemtime, float flrate);
    HRESULT (STDMETHODCALLTYPE *OnSetPresentationClock)(IMFSampleGrabberSinkCallback *This, IMFPresentationClock *ppresentationclock);
    HRESULT (STDMETHODCALLTYPE *OnProcessSample)(IMFSampleGrabberSinkCallback *This, REFGUID guidmajormediatype, DWORD dwsampleflags, LONGLONG llsampletime, LONGLONG llsampleduration, const BYTE *psamplebuffer, DWORD dwsamplesize);
    HRESULT (STDMETHODCALLTYPE *OnShutdown)(IMFSampleGrabberSinkCallback *This);
    END_INTERFACE
} IMFSampleGrabberSinkCallbackVtbl;
struct IMFSampleGrabberSinkCallback { const IMFSampleGrabberSinkCallbackVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFSampleGrabberSinkCallback_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFSampleGrabberSinkCallback_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFSampleGrabberSinkCallback_Release(This) ((This)->lpVtbl->Release(This))
#define IMFSampleGrabberSinkCallback_OnClockStart(This, hnssystemtime, llclockstartoffset) ((This)->lpVtbl->OnClockStart(This, hnssystemtime, llclockstartoffset))
#define IMFSampleGrabberSinkCallback_OnClockStop(This, hnssystemtime) ((This)->lpVtbl->OnClockStop(This, hnssystemtime))
#define IMFSampleGrabberSinkCallback_OnClockPause(This, hnssystemtime) ((This)->lpVtbl->OnClockPause(This, hnssystemtime))
#define IMFSampleGrabberSinkCallback_OnClockRestart(This, hnssystemtime) ((This)->lpVtbl->OnClockRestart(This, hnssystemtime))
#define IMFSampleGrabberSinkCallback_OnClockSetRate(This, hnssystemtime, flrate) ((This)->lpVtbl->OnClockSetRate(This, hnssystemtime, flrate))
#define IMFSampleGrabberSinkCallback_OnSetPresentationClock(This, ppresentationclock) ((This)->lpVtbl->OnSetPresentationClock(This, ppresentationclock))
#define IMFSampleGrabberSinkCallback_OnProcessSample(This, guidmajormediatype, dwsampleflags, llsampletime, llsampleduration, psamplebuffer, dwsamplesize) ((This)->lpVtbl->OnProcessSample(This, guidmajormediatype, dwsampleflags, llsampletime, llsampleduration, psamplebuffer, dwsamplesize))
#define IMFSampleGrabberSinkCallback_OnShutdown(This) ((This)->lpVtbl->OnShutdown(This))
#endif

typedef struct IMFTimerVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IMFTimer)
    HRESULT (STDMETHODCALLTYPE *SetTimer)(IMFTimer *This, DWORD dwflags, LONGLONG llclocktime, IMFAsyncCallback *pcallback, IUnknown *punkstate, IUnknown **ppunkkey);
    HRESULT (STDMETHODCALLTYPE *CancelTimer)(IMFTimer *This, IUnknown *punkkey);
    END_INTERFACE
} IMFTimerVtbl;
struct IMFTimer { const IMFTimerVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFTimer_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFTimer_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFTimer_Release(This) ((This)->lpVtbl->Release(This))
#define IMFTimer_SetTimer(This, dwflags, llclocktime, pcallback, punkstate, ppunkkey) ((This)->lpVtbl->SetTimer(This, dwflags, llclocktime, pcallback, punkstate, ppunkkey))
#define IMFTimer_CancelTimer(This, punkkey) ((This)->lpVtbl->CancelTimer(This, punkkey))
#endif

typedef struct IMFTopoLoaderVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IMFTopoLoader)
    HRESULT (STDMETHODCALLTYPE *Load)(IMFTopoLoader *This, IMFTopology *pinputtopo, IMFTopology **ppoutputtopo, IMFTopology *pcurrenttopo);
    END_INTERFACE
} IMFTopoLoaderVtbl;
struct IMFTopoLoader { const IMFTopoLoaderVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFTopoLoader_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFTopoLoader_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFTopoLoader_Release(This) ((This)->lpVtbl->Release(This))
#define IMFTopoLoader_Load(This, pinputtopo, ppoutputtopo, pcurrenttopo) ((This)->lpVtbl->Load(This, pinputtopo, ppoutputtopo, pcurrenttopo))
#endif

typedef struct IMFQualityManagerVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IMFQualityManager)
    HRESULT (STDMETHODCALLTYPE *NotifyTopology)(IMFQualityManager *This, IMFTopology *ptopology);
    HRESULT (STDMETHODCALLTYPE *NotifyPresentationClock)(IMFQualityManager *This, IMFPresentationClock *pclock);
    HRESULT (STDMETHODCALLTYPE *NotifyProcessInput)(IMFQualityManager *This, IMFTopologyNode *pnode, LONG linputindex, IMFSample *psample);
    HRESULT (STDMETHODCALLTYPE *NotifyProcessOutput)(IMFQualityManager *This, IMFTopologyNode *pnode, LONG loutputindex, IMFSample *psample);
    HRESULT (STDMETHODCALLTYPE *NotifyQualityEvent)(IMFQualityManager *This, IUnknown *pobject, IMFMediaEvent *pevent);
    HRESULT (STDMETHODCALLTYPE *Shutdown)(IMFQualityManager *This);
    END_INTERFACE
} IMFQualityManagerVtbl;
struct IMFQualityManager { const IMFQualityManagerVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFQualityManager_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFQualityManager_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFQualityManager_Release(This) ((This)->lpVtbl->Release(This))
#define IMFQualityManager_NotifyTopology(This, ptopology) ((This)->lpVtbl->NotifyTopology(This, ptopology))
#define IMFQualityManager_NotifyPresentationClock(This, pclock) ((This)->lpVtbl->NotifyPresentationClock(This, pclock))
#define IMFQualityManager_NotifyProcessInput(This, pnode, linputindex, psample) ((This)->lpVtbl->NotifyProcessInput(This, pnode, linputindex, psample))
#define IMFQualityManager_NotifyProcessOutput(This, pnode, loutputindex, psample) ((This)->lpVtbl->NotifyProcessOutput(This, pnode, loutputindex, psample))
#define IMFQualityManager_NotifyQualityEvent(This, pobject, pevent) ((This)->lpVtbl->NotifyQualityEvent(This, pobject, pevent))
#define IMFQualityManager_Shutdown(This) ((This)->lpVtbl->Shutdown(This))
#endif

typedef struct IMFByteStreamHandlerVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IMFByteStreamHandler)
    HRESULT (STDMETHODCALLTYPE *BeginCreateObject)(IMFByteStreamHandler *This, IMFByteStream *pbytestream, LPCWSTR pwszurl, DWORD dwflags, IPropertyStore *pprops, IUnknown **ppiunknowncancelcookie, IMFAsyncCallback *pcallback, IUnknown *punkstate);
    HRESULT (STDMETHODCALLTYPE *EndCreateObject)(IMFByteStreamHandler *This, IMFAsyncResult *presult, MF_OBJECT_TYPE *pobjecttype, IUnknown **ppobject);
    HRESULT (STDMETHODCALLTYPE *CancelObjectCreation)(IMFByteStreamHandler *This, IUnknown *piunknowncancelcookie);
    HRESULT (STDMETHODCALLTYPE *GetMaxNumberOfBytesRequiredForResolution)(IMFByteStreamHandler *This, UINT64 *ppresult);
    END_INTERFACE
} IMFByteStreamHandlerVtbl;
struct IMFByteStreamHandler { const IMFByteStreamHandlerVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFByteStreamHandler_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFByteStreamHandler_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFByteStreamHandler_Release(This) ((This)->lpVtbl->Release(This))
#define IMFByteStreamHandler_BeginCreateObject(This, pbytestream, pwszurl, dwflags, pprops, ppiunknowncancelcookie, pcallback, punkstate) ((This)->lpVtbl->BeginCreateObject(This, pbytestream, pwszurl, dwflags, pprops, ppiunknowncancelcookie, pcallback, punkstate))
#define IMFByteStreamHandler_EndCreateObject(This, presult, pobjecttype, ppobject) ((This)->lpVtbl->EndCreateObject(This, presult, pobjecttype, ppobject))
#define IMFByteStreamHandler_CancelObjectCreation(This, piunknowncancelcookie) ((This)->lpVtbl->CancelObjectCreation(This, piunknowncancelcookie))
#define IMFByteStreamHandler_GetMaxNumberOfBytesRequiredForResolution(This, ppresult) ((This)->lpVtbl->GetMaxNumberOfBytesRequiredForResolution(This, ppresult))
#endif

typedef struct IMFSequencerSourceVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IMFSequencerSource)
    HRESULT (STDMETHODCALLTYPE *AppendTopology)(IMFSequencerSource *This, IMFTopology *ptopology, DWORD dwflags, MFSequencerElementId *ppresult);
    HRESULT (STDMETHODCALLTYPE *DeleteTopology)(IMFSequencerSource *This, MFSequencerElementId dwid);
    HRESULT (STDMETHODCALLTYPE *GetPresentationContext)(IMFSequencerSource *This, IMFPresentationDescriptor *ppd, MFSequencerElementId *pid, IMFTopology **pptopology);
    HRESULT (STDMETHODCALLTYPE *UpdateTopology)(IMFSequencerSource *This, MFSequencerElementId dwid, IMFTopology *ptopology);
    HRESULT (STDMETHODCALLTYPE *UpdateTopologyFlags)(IMFSequencerSource *This, MFSequencerElementId dwid, DWORD dwflags);
    END_INTERFACE
} IMFSequencerSourceVtbl;
struct IMFSequencerSource { const IMFSequencerSourceVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFSequencerSource_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFSequencerSource_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFSequencerSource_Release(This) ((This)->lpVtbl->Release(This))
#define IMFSequencerSource_AppendTopology(This, ptopology, dwflags, ppresult) ((This)->lpVtbl->AppendTopology(This, ptopology, dwflags, ppresult))
#define IMFSequencerSource_DeleteTopology(This, dwid) ((This)->lpVtbl->DeleteTopology(This, dwid))
#define IMFSequencerSource_GetPresentationContext(This, ppd, pid, pptopology) ((This)->lpVtbl->GetPresentationContext(This, ppd, pid, pptopology))
#define IMFSequencerSource_UpdateTopology(This, dwid, ptopology) ((This)->lpVtbl->UpdateTopology(This, dwid, ptopology))
#define IMFSequencerSource_UpdateTopologyFlags(This, dwid, dwflags) ((This)->lpVtbl->UpdateTopologyFlags(This, dwid, dwflags))
#endif

typedef struct IMFMediaSourceTopologyProviderVtbl {
    BEGIN_INTERFACE
    IUNKNOWN_METHODS(IMFMediaSourceTopologyProvider)
    HRESULT (STDMETHODCALLTYPE *GetMediaSourceTopology)(IMFMediaSourceTopologyProvider *This, IMFPresentationDescriptor *ppresentationdescriptor, IMFTopology **ppresult);
    END_INTERFACE
} IMFMediaSourceTopologyProviderVtbl;
struct IMFMediaSourceTopologyProvider { const IMFMediaSourceTopologyProviderVtbl *lpVtbl; };
#ifdef COBJMACROS
#define IMFMediaSourceTopologyProvider_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IMFMediaSourceTopologyProvider_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IMFMediaSourceTopologyProvider_Release(This) ((This)->lpVtbl->Release(This))
#define IMFMediaSourceTopologyProvider_GetMediaSourceTopology(This, ppresentationdescriptor, ppresult) ((This)->lpVtbl->GetMediaSourceTopology(This, ppresentationdescriptor, ppresult))
#endif

#else

struct IMFClock : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE GetClockCharacteristics(DWORD *pdwcharacteristics) = 0;
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
    virtual HRESULT STDMETHODCALLTYPE GetObject(IUnknown **ppobject) = 0;
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
    virtual HRESULT STDMETHODCALLTYPE GetOutputPrefType(DWORD dwoutputindex, IMFMediaType **pptype) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetInputPrefType(DWORD dwinputindex, IMFMediaType *ptype) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetInputPrefType(DWORD dwinputindex, IMFMediaType **pptype) = 0;
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

struct IMFTimer : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE SetTimer(DWORD dwflags, LONGLONG llclocktime, IMFAsyncCallback *pcallback, IUnknown *punkstate, IUnknown **ppunkkey) = 0;
    virtual HRESULT STDMETHODCALLTYPE CancelTimer(IUnknown *punkkey) = 0;
};

struct IMFTopoLoader : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE Load(IMFTopology *pinputtopo, IMFTopology **ppoutputtopo, IMFTopology *pcurrenttopo) = 0;
};

struct IMFQualityManager : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE NotifyTopology(IMFTopology *ptopology) = 0;
    virtual HRESULT STDMETHODCALLTYPE NotifyPresentationClock(IMFPresentationClock *pclock) = 0;
    virtual HRESULT STDMETHODCALLTYPE NotifyProcessInput(IMFTopologyNode *pnode, LONG linputindex, IMFSample *psample) = 0;
    virtual HRESULT STDMETHODCALLTYPE NotifyProcessOutput(IMFTopologyNode *pnode, LONG loutputindex, IMFSample *psample) = 0;
    virtual HRESULT STDMETHODCALLTYPE NotifyQualityEvent(IUnknown *pobject, IMFMediaEvent *pevent) = 0;
    virtual HRESULT STDMETHODCALLTYPE Shutdown(void) = 0;
};

struct IMFByteStreamHandler : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE BeginCreateObject(IMFByteStream *pbytestream, LPCWSTR pwszurl, DWORD dwflags, IPropertyStore *pprops, IUnknown **ppiunknowncancelcookie, IMFAsyncCallback *pcallback, IUnknown *punkstate) = 0;
    virtual HRESULT STDMETHODCALLTYPE EndCreateObject(IMFAsyncResult *presult, MF_OBJECT_TYPE *pobjecttype, IUnknown **ppobject) = 0;
    virtual HRESULT STDMETHODCALLTYPE CancelObjectCreation(IUnknown *piunknowncancelcookie) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMaxNumberOfBytesRequiredForResolution(UINT64 *ppresult) = 0;
};

struct IMFSequencerSource : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE AppendTopology(IMFTopology *ptopology, DWORD dwflags, MFSequencerElementId *ppresult) = 0;
    virtual HRESULT STDMETHODCALLTYPE DeleteTopology(MFSequencerElementId dwid) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetPresentationContext(IMFPresentationDescriptor *ppd, MFSequencerElementId *pid, IMFTopology **pptopology) = 0;
    virtual HRESULT STDMETHODCALLTYPE UpdateTopology(MFSequencerElementId dwid, IMFTopology *ptopology) = 0;
    virtual HRESULT STDMETHODCALLTYPE UpdateTopologyFlags(MFSequencerElementId dwid, DWORD dwflags) = 0;
};

struct IMFMediaSourceTopologyProvider : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE GetMediaSourceTopology(IMFPresentationDescriptor *ppresentationdescriptor, IMFTopology **ppresult) = 0;
};

#endif

#ifdef __cplusplus
WINSESSION_UUID_OF(IMFClock, IID_IMFClock)
WINSESSION_UUID_OF(IMFPresentationTimeSource, IID_IMFPresentationTimeSource)
WINSESSION_UUID_OF(IMFClockStateSink, IID_IMFClockStateSink)
WINSESSION_UUID_OF(IMFPresentationClock, IID_IMFPresentationClock)
WINSESSION_UUID_OF(IMFShutdown, IID_IMFShutdown)
WINSESSION_UUID_OF(IMFGetService, IID_IMFGetService)
WINSESSION_UUID_OF(IMFRateControl, IID_IMFRateControl)
WINSESSION_UUID_OF(IMFRateSupport, IID_IMFRateSupport)
WINSESSION_UUID_OF(IMFMediaSession, IID_IMFMediaSession)
WINSESSION_UUID_OF(IMFTopologyNode, IID_IMFTopologyNode)
WINSESSION_UUID_OF(IMFTopology, IID_IMFTopology)
WINSESSION_UUID_OF(IMFPresentationDescriptor, IID_IMFPresentationDescriptor)
WINSESSION_UUID_OF(IMFStreamDescriptor, IID_IMFStreamDescriptor)
WINSESSION_UUID_OF(IMFMediaTypeHandler, IID_IMFMediaTypeHandler)
WINSESSION_UUID_OF(IMFMediaSource, IID_IMFMediaSource)
WINSESSION_UUID_OF(IMFMediaStream, IID_IMFMediaStream)
WINSESSION_UUID_OF(IMFStreamSink, IID_IMFStreamSink)
WINSESSION_UUID_OF(IMFMediaSink, IID_IMFMediaSink)
WINSESSION_UUID_OF(IMFFinalizableMediaSink, IID_IMFFinalizableMediaSink)
WINSESSION_UUID_OF(IMFSourceResolver, IID_IMFSourceResolver)
WINSESSION_UUID_OF(IMFSampleGrabberSinkCallback, IID_IMFSampleGrabberSinkCallback)
WINSESSION_UUID_OF(IMFTimer, IID_IMFTimer)
WINSESSION_UUID_OF(IMFTopoLoader, IID_IMFTopoLoader)
WINSESSION_UUID_OF(IMFQualityManager, IID_IMFQualityManager)
WINSESSION_UUID_OF(IMFByteStreamHandler, IID_IMFByteStreamHandler)
WINSESSION_UUID_OF(IMFSequencerSource, IID_IMFSequencerSource)
WINSESSION_UUID_OF(IMFMediaSourceTopologyProvider, IID_IMFMediaSourceTopologyProvider)
#endif
/* End of the generated declarations. */
#ifdef __cplusplus
}
#endif

#endif
