/* The Media Session's own objects as Windows code sees them through
 * COBJMACROS, against Windows' answers as Wine's conformance tests record
 * them (dlls/mf/tests/topology.c, mf.c, mfsrcsnk.c): topology nodes and
 * topologies (ids, indexes, preferred types, connections and the
 * references they hold, tee nodes, CloneFrom), the sample grabber and the
 * WAVE sink (type checks, shutdown answers, activation), and
 * MFGetTopoNodeCurrentType and MFCreateAudioRenderer. */
#define COBJMACROS
#include "mfapi.h"
#include "mferror.h"
#include "mfidl.h"
#include "check.h"

#define HR(call, want) CHECK_CODE((DWORD)(call), (DWORD)(want))

/* The reference count an object has, read the way Wine's tests do. */
static ULONG refs_of(void *object) {
    IUnknown *unk = object;
    IUnknown_AddRef(unk);
    return IUnknown_Release(unk);
}

static IMFTopologyNode *node_of(MF_TOPOLOGY_TYPE kind) {
    IMFTopologyNode *node = NULL;
    HR(MFCreateTopologyNode(kind, &node), S_OK);
    return node;
}

static IMFMediaType *audio_type(const GUID *subtype, UINT32 rate) {
    IMFMediaType *t = NULL;
    HR(MFCreateMediaType(&t), S_OK);
    HR(IMFMediaType_SetGUID(t, &MF_MT_MAJOR_TYPE, &MFMediaType_Audio), S_OK);
    if (subtype) HR(IMFMediaType_SetGUID(t, &MF_MT_SUBTYPE, subtype), S_OK);
    if (rate) HR(IMFMediaType_SetUINT32(t, &MF_MT_AUDIO_SAMPLES_PER_SECOND, rate), S_OK);
    return t;
}

static void test_ids_and_indexes(void) {
    IMFTopology *topology = NULL, *topology2 = NULL;
    IMFTopologyNode *node, *node2, *found = NULL;
    TOPOID id = 0, id2 = 0;
    WORD count = 7;

    HR(MFCreateTopology(NULL), E_POINTER);
    HR(MFCreateTopologyNode(MF_TOPOLOGY_OUTPUT_NODE, NULL), E_POINTER);
    HR(MFCreateTopology(&topology), S_OK);
    HR(MFCreateTopology(&topology2), S_OK);
    HR(IMFTopology_GetTopologyID(topology, &id), S_OK);
    HR(IMFTopology_GetTopologyID(topology2, &id2), S_OK);
    CHECK(id == 1 && id2 == 2, "topology ids %llu %llu", (unsigned long long)id, (unsigned long long)id2);
    CHECK(IMFTopology_Release(topology2) == 0, "second topology released");

    node = node_of(MF_TOPOLOGY_OUTPUT_NODE);
    node2 = node_of(MF_TOPOLOGY_TEE_NODE);
    HR(IMFTopologyNode_GetTopoNodeID(node, &id), S_OK);
    CHECK((id >> 32) == GetCurrentProcessId() && (id & 0xffff), "node id %#llx", (unsigned long long)id);

    HR(IMFTopology_GetNodeCount(topology, NULL), E_POINTER);
    HR(IMFTopology_AddNode(topology, NULL), E_POINTER);
    HR(IMFTopology_GetNodeCount(topology, &count), S_OK);
    CHECK(count == 0, "empty topology has %u nodes", count);

    /* Another node with the same id is refused; the node itself twice too. */
    HR(IMFTopologyNode_SetTopoNodeID(node2, id), S_OK);
    HR(IMFTopology_AddNode(topology, node), S_OK);
    HR(IMFTopology_AddNode(topology, node2), E_INVALIDARG);
    HR(IMFTopology_AddNode(topology, node), E_INVALIDARG);
    CHECK(refs_of(node) == 2, "a topology holds its node once");
    HR(IMFTopology_GetNodeByID(topology, id, &found), S_OK);
    CHECK(found == node, "GetNodeByID");
    IMFTopologyNode_Release(found);
    HR(IMFTopology_GetNodeByID(topology, id + 1, &found), MF_E_NOT_FOUND);

    HR(IMFTopology_GetNode(topology, 1, NULL), E_POINTER);
    found = (IMFTopologyNode *)0xdeadbeef;
    HR(IMFTopology_GetNode(topology, 1, &found), MF_E_INVALIDINDEX);
    HR(IMFTopology_GetNode(topology, (WORD)-2, &found), MF_E_INVALIDINDEX);
    CHECK(found == (IMFTopologyNode *)0xdeadbeef, "a failed GetNode writes nothing");

    /* RemoveNode takes the node itself, not another with its id. */
    HR(IMFTopology_RemoveNode(topology, node2), E_INVALIDARG);
    IMFTopologyNode_SetTopoNodeID(node2, id + 100);
    HR(IMFTopology_AddNode(topology, node2), S_OK);
    HR(IMFTopology_RemoveNode(topology, node), S_OK);
    HR(IMFTopology_GetNodeCount(topology, &count), S_OK);
    CHECK(count == 1, "one node left, %u", count);
    HR(IMFTopology_Clear(topology), S_OK);
    HR(IMFTopology_GetNodeCount(topology, &count), S_OK);
    CHECK(count == 0, "cleared, %u", count);

    /* No object: E_FAIL, with NULL written. */
    HR(IMFTopologyNode_GetObject(node, NULL), E_POINTER);
    found = (void *)0xdeadbeef;
    HR(IMFTopologyNode_GetObject(node, (IUnknown **)&found), E_FAIL);
    CHECK(found == NULL, "E_FAIL writes NULL");

    CHECK(IMFTopologyNode_Release(node) == 0, "node released");
    CHECK(IMFTopologyNode_Release(node2) == 0, "tee released");
    CHECK(IMFTopology_Release(topology) == 0, "topology released");
}

static void test_preferred_types(void) {
    IMFMediaType *type = audio_type(&MFAudioFormat_PCM, 0), *type2 = NULL, *got = NULL;
    IMFTopologyNode *node;
    DWORD count = 9;

    /* An output node: inputs only. */
    node = node_of(MF_TOPOLOGY_OUTPUT_NODE);
    got = (IMFMediaType *)0xdeadbeef;
    HR(IMFTopologyNode_GetInputPrefType(node, 0, &got), E_INVALIDARG);
    CHECK(got == (IMFMediaType *)0xdeadbeef, "past the last stream: nothing written");
    HR(IMFTopologyNode_SetInputPrefType(node, 0, type), S_OK);
    HR(IMFTopologyNode_GetInputPrefType(node, 0, &got), S_OK);
    CHECK(got == type, "the preferred type itself");
    IMFMediaType_Release(got);
    HR(IMFTopologyNode_SetInputPrefType(node, 0, NULL), S_OK);
    got = (IMFMediaType *)0xdeadbeef;
    HR(IMFTopologyNode_GetInputPrefType(node, 0, &got), E_FAIL);
    CHECK(got == NULL, "no preferred type: NULL written");
    HR(IMFTopologyNode_SetInputPrefType(node, 1, type), S_OK);
    HR(IMFTopologyNode_GetInputCount(node, &count), S_OK);
    CHECK(count == 2, "inputs %lu", (unsigned long)count);
    HR(IMFTopologyNode_GetOutputCount(node, &count), S_OK);
    CHECK(count == 0, "outputs %lu", (unsigned long)count);
    HR(IMFTopologyNode_SetOutputPrefType(node, 0, type), E_NOTIMPL);
    CHECK(IMFTopologyNode_Release(node) == 0, "output node released");

    /* A source node: outputs only. */
    node = node_of(MF_TOPOLOGY_SOURCESTREAM_NODE);
    HR(IMFTopologyNode_SetInputPrefType(node, 0, type), E_NOTIMPL);
    HR(IMFTopologyNode_SetOutputPrefType(node, 2, type), S_OK);
    got = (IMFMediaType *)0xdeadbeef;
    HR(IMFTopologyNode_GetOutputPrefType(node, 0, &got), E_FAIL);
    CHECK(got == NULL, "no preferred type: NULL written");
    HR(IMFTopologyNode_GetOutputCount(node, &count), S_OK);
    CHECK(count == 3, "outputs %lu", (unsigned long)count);
    CHECK(IMFTopologyNode_Release(node) == 0, "source node released");

    /* A tee node: one input, whose type waits aside for a connection. */
    node = node_of(MF_TOPOLOGY_TEE_NODE);
    HR(IMFTopologyNode_SetInputPrefType(node, 0, type), S_OK);
    HR(IMFTopologyNode_GetInputPrefType(node, 0, &got), S_OK);
    CHECK(got == type, "tee input type");
    IMFMediaType_Release(got);
    HR(IMFTopologyNode_GetOutputPrefType(node, 0, &got), E_INVALIDARG);
    HR(IMFTopologyNode_GetInputCount(node, &count), S_OK);
    CHECK(count == 0, "tee inputs %lu", (unsigned long)count);
    HR(IMFTopologyNode_SetInputPrefType(node, 1, type), MF_E_INVALIDTYPE);
    HR(IMFTopologyNode_SetInputPrefType(node, 3, type), MF_E_INVALIDTYPE);
    HR(IMFTopologyNode_SetOutputPrefType(node, 4, type), S_OK);
    HR(IMFTopologyNode_GetOutputPrefType(node, 0, &got), E_FAIL);
    HR(MFCreateMediaType(&type2), S_OK);
    HR(IMFTopologyNode_SetOutputPrefType(node, 4, type2), S_OK);
    HR(IMFTopologyNode_GetInputPrefType(node, 0, &got), S_OK);
    CHECK(got == type, "an output type leaves the input's");
    IMFMediaType_Release(got);
    HR(IMFTopologyNode_GetOutputCount(node, &count), S_OK);
    CHECK(count == 5, "tee outputs %lu", (unsigned long)count);
    /* MFGetTopoNodeCurrentType on a tee: its input type. */
    HR(MFGetTopoNodeCurrentType(node, 0, FALSE, NULL), E_POINTER);
    HR(MFGetTopoNodeCurrentType(node, 0, TRUE, &got), S_OK);
    CHECK(got == type, "a tee's current type is its input's");
    IMFMediaType_Release(got);
    CHECK(IMFTopologyNode_Release(node) == 0, "tee released");

    /* A transform node: both. */
    node = node_of(MF_TOPOLOGY_TRANSFORM_NODE);
    HR(IMFTopologyNode_SetInputPrefType(node, 3, type), S_OK);
    HR(IMFTopologyNode_SetOutputPrefType(node, 4, type), S_OK);
    HR(IMFTopologyNode_GetInputCount(node, &count), S_OK);
    CHECK(count == 4, "transform inputs %lu", (unsigned long)count);
    HR(IMFTopologyNode_GetOutputCount(node, &count), S_OK);
    CHECK(count == 5, "transform outputs %lu", (unsigned long)count);
    HR(MFGetTopoNodeCurrentType(node, 0, TRUE, &got), E_FAIL);
    CHECK(IMFTopologyNode_Release(node) == 0, "transform node released");

    CHECK(IMFMediaType_Release(type2) == 0, "type2 released");
    CHECK(IMFMediaType_Release(type) == 0, "type released");
}

static void test_connections(void) {
    IMFTopologyNode *node = node_of(MF_TOPOLOGY_SOURCESTREAM_NODE), *node2 = node_of(MF_TOPOLOGY_OUTPUT_NODE);
    IMFTopologyNode *got = (IMFTopologyNode *)0xdeadbeef, *clone;
    IMFTopology *topology = NULL, *topology2 = NULL;
    DWORD index = 0xdeadbeef, count;
    IMFMediaType *type = audio_type(NULL, 0), *got_type = NULL;
    WORD nodes;

    /* Connected nodes hold each other. */
    HR(IMFTopologyNode_ConnectOutput(node, 0, node2, 1), S_OK);
    CHECK(refs_of(node) == 2 && refs_of(node2) == 2, "refs %lu %lu", refs_of(node), refs_of(node2));
    HR(IMFTopologyNode_GetInput(node2, 1, &got, &index), S_OK);
    CHECK(got == node && index == 0, "the input's upstream node");
    IMFTopologyNode_Release(got);
    /* An unconnected input, and one past the last, write nothing. */
    got = (IMFTopologyNode *)0xdeadbeef;
    index = 0xdeadbeef;
    HR(IMFTopologyNode_GetInput(node2, 0, &got, &index), MF_E_NOT_FOUND);
    HR(IMFTopologyNode_GetInput(node2, 2, &got, &index), E_INVALIDARG);
    HR(IMFTopologyNode_GetOutput(node, 1, &got, &index), E_INVALIDARG);
    CHECK(got == (IMFTopologyNode *)0xdeadbeef && index == 0xdeadbeef, "out-arguments untouched");
    /* An output node has no outputs, a source node no inputs. */
    HR(IMFTopologyNode_ConnectOutput(node2, 0, node, 0), E_FAIL);
    HR(IMFTopologyNode_DisconnectOutput(node, 0), S_OK);
    HR(IMFTopologyNode_DisconnectOutput(node, 0), MF_E_NOT_FOUND);
    CHECK(refs_of(node) == 1 && refs_of(node2) == 1, "disconnected refs %lu %lu", refs_of(node), refs_of(node2));

    /* Clear and RemoveNode break the connections of the nodes they drop. */
    HR(MFCreateTopology(&topology), S_OK);
    HR(IMFTopology_AddNode(topology, node), S_OK);
    HR(IMFTopology_AddNode(topology, node2), S_OK);
    HR(IMFTopologyNode_ConnectOutput(node, 0, node2, 1), S_OK);
    CHECK(refs_of(node) == 3 && refs_of(node2) == 3, "refs in a topology %lu %lu", refs_of(node), refs_of(node2));
    HR(IMFTopology_Clear(topology), S_OK);
    CHECK(refs_of(node) == 1 && refs_of(node2) == 1, "cleared refs %lu %lu", refs_of(node), refs_of(node2));
    HR(IMFTopology_AddNode(topology, node), S_OK);
    HR(IMFTopology_AddNode(topology, node2), S_OK);
    HR(IMFTopologyNode_ConnectOutput(node, 0, node2, 1), S_OK);
    HR(IMFTopology_RemoveNode(topology, node), S_OK);
    CHECK(refs_of(node) == 1 && refs_of(node2) == 2, "removed refs %lu %lu", refs_of(node), refs_of(node2));
    HR(IMFTopologyNode_GetOutput(node, 0, &got, &index), MF_E_NOT_FOUND);
    HR(IMFTopology_Clear(topology), S_OK);

    /* CloneFrom: same type only; preferred types are copied and kept. */
    clone = node_of(MF_TOPOLOGY_SOURCESTREAM_NODE);
    HR(IMFTopologyNode_CloneFrom(clone, node2), MF_E_INVALIDREQUEST);
    HR(IMFTopologyNode_SetOutputPrefType(node, 0, type), S_OK);
    HR(IMFTopologyNode_SetUINT32(node, &MF_TOPONODE_STREAMID, 5), S_OK);
    HR(IMFTopologyNode_CloneFrom(clone, node), S_OK);
    HR(IMFTopologyNode_GetOutputPrefType(clone, 0, &got_type), S_OK);
    CHECK(got_type == type, "cloned preferred type");
    IMFMediaType_Release(got_type);
    HR(IMFTopologyNode_GetCount(clone, (UINT32 *)&count), S_OK);
    CHECK(count == 1, "cloned attributes %lu", (unsigned long)count);
    CHECK(IMFTopologyNode_Release(node) == 0, "source released");
    node = node_of(MF_TOPOLOGY_SOURCESTREAM_NODE);
    HR(IMFTopologyNode_CloneFrom(clone, node), S_OK);
    HR(IMFTopologyNode_GetOutputCount(clone, &count), S_OK);
    CHECK(count == 1, "existing preferred types stay, %lu", (unsigned long)count);
    HR(IMFTopologyNode_GetCount(clone, (UINT32 *)&count), S_OK);
    CHECK(count == 0, "attributes replaced, %lu", (unsigned long)count);
    CHECK(IMFTopologyNode_Release(clone) == 0, "clone released");
    CHECK(IMFTopologyNode_Release(node) == 0, "source released");
    CHECK(IMFTopologyNode_Release(node2) == 0, "output released");

    /* A topology's CloneFrom keeps an output connected past an empty one. */
    node = node_of(MF_TOPOLOGY_TRANSFORM_NODE);
    node2 = node_of(MF_TOPOLOGY_OUTPUT_NODE);
    HR(IMFTopology_AddNode(topology, node), S_OK);
    HR(IMFTopology_AddNode(topology, node2), S_OK);
    HR(IMFTopologyNode_ConnectOutput(node, 1, node2, 0), S_OK);
    HR(MFCreateTopology(&topology2), S_OK);
    HR(IMFTopology_CloneFrom(topology2, topology), S_OK);
    HR(IMFTopology_GetNodeCount(topology2, &nodes), S_OK);
    CHECK(nodes == 2, "cloned nodes %u", nodes);
    HR(IMFTopology_GetNode(topology2, 0, &got), S_OK);
    HR(IMFTopologyNode_GetOutputCount(got, &count), S_OK);
    CHECK(count == 2, "cloned outputs %lu", (unsigned long)count);
    HR(IMFTopologyNode_GetOutput(got, 0, &clone, &index), MF_E_NOT_FOUND);
    IMFTopologyNode_Release(got);
    CHECK(IMFTopology_Release(topology2) == 0, "clone topology released");
    CHECK(IMFTopology_Release(topology) == 0, "topology released");
    CHECK(IMFTopologyNode_Release(node) == 0, "transform released");
    CHECK(IMFTopologyNode_Release(node2) == 0, "output released");
    CHECK(IMFMediaType_Release(type) == 0, "type released");
}

static void test_tee(void) {
    IMFTopologyNode *src = node_of(MF_TOPOLOGY_SOURCESTREAM_NODE), *tee = node_of(MF_TOPOLOGY_TEE_NODE);
    IMFMediaType *type = audio_type(NULL, 0), *got = NULL;
    DWORD count = 0;

    HR(IMFTopologyNode_SetInputPrefType(tee, 0, type), S_OK);
    HR(IMFTopologyNode_ConnectOutput(src, 0, tee, 0), S_OK);
    HR(IMFTopologyNode_GetInputCount(tee, &count), S_OK);
    CHECK(count == 1, "tee inputs %lu", (unsigned long)count);
    HR(IMFTopologyNode_GetInputPrefType(tee, 0, &got), S_OK);
    CHECK(got == type, "the connected input took the type");
    IMFMediaType_Release(got);
    /* A tee connects past its one input all the same. */
    HR(IMFTopologyNode_ConnectOutput(src, 0, tee, 1), S_OK);
    HR(IMFTopologyNode_GetInputCount(tee, &count), S_OK);
    CHECK(count == 2, "tee inputs %lu", (unsigned long)count);
    HR(IMFTopologyNode_SetInputPrefType(tee, 1, type), MF_E_INVALIDTYPE);
    /* Reconnecting an input drops its old upstream link. */
    HR(IMFTopologyNode_ConnectOutput(src, 1, tee, 1), S_OK);
    HR(IMFTopologyNode_GetOutputCount(src, &count), S_OK);
    CHECK(count == 2, "source outputs %lu", (unsigned long)count);
    CHECK(refs_of(src) == 2 && refs_of(tee) == 2, "tee refs %lu %lu", refs_of(src), refs_of(tee));
    HR(IMFTopologyNode_DisconnectOutput(src, 1), S_OK);
    CHECK(IMFTopologyNode_Release(src) == 0, "source released");
    CHECK(IMFTopologyNode_Release(tee) == 0, "tee released");
    CHECK(IMFMediaType_Release(type) == 0, "type released");
}

/* A sample grabber callback that counts its references and its OnShutdown. */
typedef struct {
    IMFSampleGrabberSinkCallback iface;
    LONG refs;
    int shutdowns;
} Grabber;

static HRESULT STDMETHODCALLTYPE g_qi(IMFSampleGrabberSinkCallback *This, REFIID riid, void **out) {
    if (IsEqualIID(riid, &IID_IMFSampleGrabberSinkCallback) || IsEqualIID(riid, &IID_IMFClockStateSink) ||
        IsEqualIID(riid, &IID_IUnknown)) {
        *out = This;
        IMFSampleGrabberSinkCallback_AddRef(This);
        return S_OK;
    }
    *out = NULL;
    return E_NOINTERFACE;
}
static ULONG STDMETHODCALLTYPE g_addref(IMFSampleGrabberSinkCallback *This) {
    return (ULONG)__atomic_add_fetch(&((Grabber *)This)->refs, 1, __ATOMIC_SEQ_CST);
}
static ULONG STDMETHODCALLTYPE g_release(IMFSampleGrabberSinkCallback *This) {
    return (ULONG)__atomic_sub_fetch(&((Grabber *)This)->refs, 1, __ATOMIC_SEQ_CST);
}
static HRESULT STDMETHODCALLTYPE g_time(IMFSampleGrabberSinkCallback *This, MFTIME t) {
    (void)This; (void)t;
    return S_OK;
}
static HRESULT STDMETHODCALLTYPE g_start(IMFSampleGrabberSinkCallback *This, MFTIME t, LONGLONG offset) {
    (void)This; (void)t; (void)offset;
    return S_OK;
}
static HRESULT STDMETHODCALLTYPE g_rate(IMFSampleGrabberSinkCallback *This, MFTIME t, float rate) {
    (void)This; (void)t; (void)rate;
    return S_OK;
}
static HRESULT STDMETHODCALLTYPE g_clock(IMFSampleGrabberSinkCallback *This, IMFPresentationClock *clock) {
    (void)This; (void)clock;
    return S_OK;
}
static HRESULT STDMETHODCALLTYPE g_sample(IMFSampleGrabberSinkCallback *This, REFGUID major, DWORD flags,
                                          LONGLONG time, LONGLONG duration, const BYTE *data, DWORD size) {
    (void)This; (void)major; (void)flags; (void)time; (void)duration; (void)data; (void)size;
    return S_OK;
}
static HRESULT STDMETHODCALLTYPE g_shutdown(IMFSampleGrabberSinkCallback *This) {
    ((Grabber *)This)->shutdowns++;
    return S_OK;
}
static const IMFSampleGrabberSinkCallbackVtbl g_vtbl = {
    g_qi, g_addref, g_release, g_start, g_time, g_time, g_time, g_rate, g_clock, g_sample, g_shutdown,
};

static void test_sample_grabber(void) {
    Grabber grabber = {{&g_vtbl}, 1, 0};
    IMFSampleGrabberSinkCallback *cb = &grabber.iface;
    IMFMediaType *type = audio_type(&MFAudioFormat_PCM, 0), *other, *got = NULL;
    IMFMediaTypeHandler *handler = NULL, *handler2 = NULL;
    IMFStreamSink *stream = NULL, *stream2 = NULL;
    IMFMediaSink *sink = NULL, *sink2 = NULL;
    IMFPresentationClock *clock = NULL;
    IMFRateSupport *rates = NULL;
    IMFTopologyNode *node;
    IMFActivate *activate = NULL;
    DWORD flags = 0, count = 0, id = 7;
    UINT32 items = 9;
    GUID major;

    HR(MFCreateSampleGrabberSinkActivate(NULL, cb, &activate), E_POINTER);
    HR(MFCreateSampleGrabberSinkActivate(type, NULL, &activate), E_POINTER);
    HR(MFCreateSampleGrabberSinkActivate(type, cb, &activate), S_OK);
    CHECK(refs_of(type) == 2, "the activation object holds its type");
    HR(IMFActivate_GetCount(activate, &items), S_OK);
    CHECK(items == 0, "activation attributes %u", items);
    HR(IMFActivate_ActivateObject(activate, &IID_IMFMediaSink, (void **)&sink), S_OK);

    HR(IMFMediaSink_GetStreamSinkCount(sink, &count), S_OK);
    CHECK(count == 1, "streams %lu", (unsigned long)count);
    HR(IMFMediaSink_GetStreamSinkByIndex(sink, 1, &stream2), MF_E_INVALIDINDEX);
    HR(IMFMediaSink_GetStreamSinkById(sink, 1, &stream2), MF_E_INVALIDSTREAMNUMBER);
    HR(IMFMediaSink_AddStreamSink(sink, 1, NULL, &stream2), MF_E_STREAMSINKS_FIXED);
    HR(IMFMediaSink_RemoveStreamSink(sink, 0), MF_E_STREAMSINKS_FIXED);
    HR(MFGetService((IUnknown *)sink, &MF_RATE_CONTROL_SERVICE, &IID_IMFRateSupport, (void **)&rates), S_OK);
    if (rates) IMFRateSupport_Release(rates);

    HR(IMFMediaSink_GetStreamSinkByIndex(sink, 0, &stream), S_OK);
    HR(IMFStreamSink_GetIdentifier(stream, &id), S_OK);
    CHECK(id == 0, "stream id %lu", (unsigned long)id);
    HR(IMFStreamSink_GetMediaSink(stream, &sink2), S_OK);
    CHECK(sink2 == sink, "the stream's sink");
    IMFMediaSink_Release(sink2);
    HR(IMFStreamSink_GetMediaTypeHandler(stream, &handler), S_OK);
    HR(IMFStreamSink_QueryInterface(stream, &IID_IMFMediaTypeHandler, (void **)&handler2), S_OK);
    CHECK(handler == handler2, "the stream is its own type handler");
    IMFMediaTypeHandler_Release(handler2);

    /* The current type starts as the creation type; candidates need its
     * major type, subtype and format data. */
    HR(IMFMediaTypeHandler_GetCurrentMediaType(handler, &got), S_OK);
    CHECK(got == type, "the creation type is current");
    IMFMediaType_Release(got);
    HR(MFCreateMediaType(&other), S_OK);
    HR(IMFMediaTypeHandler_SetCurrentMediaType(handler, other), MF_E_INVALIDMEDIATYPE);
    HR(IMFMediaType_SetGUID(other, &MF_MT_MAJOR_TYPE, &MFMediaType_Audio), S_OK);
    HR(IMFMediaTypeHandler_SetCurrentMediaType(handler, other), MF_E_INVALIDMEDIATYPE);
    HR(IMFMediaTypeHandler_IsMediaTypeSupported(handler, other, NULL), MF_E_INVALIDMEDIATYPE);
    HR(IMFMediaType_SetGUID(other, &MF_MT_SUBTYPE, &MFAudioFormat_Float), S_OK);
    HR(IMFMediaTypeHandler_SetCurrentMediaType(handler, other), MF_E_INVALIDMEDIATYPE);
    HR(IMFMediaType_SetGUID(other, &MF_MT_SUBTYPE, &MFAudioFormat_PCM), S_OK);
    HR(IMFMediaType_SetUINT32(other, &MF_MT_AUDIO_SAMPLES_PER_SECOND, 44100), S_OK);
    HR(IMFMediaTypeHandler_SetCurrentMediaType(handler, other), S_OK);
    HR(IMFMediaTypeHandler_SetCurrentMediaType(handler, NULL), E_POINTER);
    HR(IMFMediaTypeHandler_GetCurrentMediaType(handler, &got), S_OK);
    CHECK(got == other, "the type set is current");
    IMFMediaType_Release(got);
    HR(IMFMediaTypeHandler_IsMediaTypeSupported(handler, NULL, NULL), E_POINTER);

    /* The creation type is read at each call: a rate given to it later
     * refuses the current type. */
    HR(IMFMediaType_SetUINT32(type, &MF_MT_AUDIO_SAMPLES_PER_SECOND, 48000), S_OK);
    HR(IMFMediaTypeHandler_IsMediaTypeSupported(handler, other, NULL), MF_E_INVALIDMEDIATYPE);
    HR(IMFMediaType_SetUINT32(other, &MF_MT_AUDIO_SAMPLES_PER_SECOND, 48000), S_OK);
    HR(IMFMediaTypeHandler_IsMediaTypeSupported(handler, other, NULL), S_OK);
    HR(IMFMediaType_SetGUID(type, &MF_MT_MAJOR_TYPE, &MFMediaType_Video), S_OK);
    HR(IMFMediaTypeHandler_GetMajorType(handler, &major), S_OK);
    CHECK(IsEqualGUID(&major, &MFMediaType_Audio), "the major type is the current type's");
    HR(IMFMediaType_SetGUID(type, &MF_MT_MAJOR_TYPE, &MFMediaType_Audio), S_OK);

    /* MFGetTopoNodeCurrentType on an output node: its stream's input type. */
    node = node_of(MF_TOPOLOGY_OUTPUT_NODE);
    HR(IMFTopologyNode_SetObject(node, (IUnknown *)stream), S_OK);
    HR(MFGetTopoNodeCurrentType(node, 0, FALSE, &got), S_OK);
    CHECK(got == other, "an output node's current type");
    IMFMediaType_Release(got);
    HR(MFGetTopoNodeCurrentType(node, 0, TRUE, &got), MF_E_INVALIDSTREAMNUMBER);
    HR(MFGetTopoNodeCurrentType(node, 1, FALSE, &got), MF_E_INVALIDSTREAMNUMBER);
    CHECK(IMFTopologyNode_Release(node) == 0, "node released");

    /* The activation object's ShutdownObject leaves the sink running. */
    HR(MFCreatePresentationClock(&clock), S_OK);
    HR(IMFMediaSink_SetPresentationClock(sink, clock), S_OK);
    HR(IMFActivate_ShutdownObject(activate), S_OK);
    HR(IMFMediaSink_GetCharacteristics(sink, &flags), S_OK);
    HR(IMFActivate_ActivateObject(activate, &IID_IMFMediaSink, (void **)&sink2), MF_E_SHUTDOWN);
    HR(IMFActivate_DetachObject(activate), E_NOTIMPL);
    CHECK(IMFActivate_Release(activate) == 0, "activation object released");

    /* After Shutdown: MF_E_SHUTDOWN from the sink, MF_E_STREAMSINK_REMOVED
     * from its stream, and the clock let go. */
    HR(IMFMediaSink_Shutdown(sink), S_OK);
    CHECK(grabber.shutdowns == 1, "OnShutdown %d", grabber.shutdowns);
    CHECK(refs_of(clock) == 1, "the sink let its clock go, %lu", refs_of(clock));
    HR(IMFMediaSink_Shutdown(sink), MF_E_SHUTDOWN);
    HR(IMFMediaSink_GetCharacteristics(sink, &flags), MF_E_SHUTDOWN);
    HR(IMFMediaSink_GetStreamSinkCount(sink, &count), MF_E_SHUTDOWN);
    HR(IMFMediaSink_GetStreamSinkByIndex(sink, 0, &stream2), MF_E_SHUTDOWN);
    HR(IMFMediaSink_AddStreamSink(sink, 1, NULL, &stream2), MF_E_SHUTDOWN);
    HR(IMFMediaSink_SetPresentationClock(sink, NULL), MF_E_SHUTDOWN);
    HR(IMFMediaSink_SetPresentationClock(sink, clock), MF_E_SHUTDOWN);
    CHECK(IMFPresentationClock_Release(clock) == 0, "clock released");
    HR(IMFStreamSink_GetMediaSink(stream, &sink2), MF_E_STREAMSINK_REMOVED);
    id = 7;
    HR(IMFStreamSink_GetIdentifier(stream, &id), MF_E_STREAMSINK_REMOVED);
    CHECK(id == 7, "GetIdentifier wrote %lu", (unsigned long)id);
    handler2 = (IMFMediaTypeHandler *)0xdeadbeef;
    HR(IMFStreamSink_GetMediaTypeHandler(stream, &handler2), MF_E_STREAMSINK_REMOVED);
    CHECK(handler2 == (IMFMediaTypeHandler *)0xdeadbeef, "GetMediaTypeHandler wrote");
    HR(IMFStreamSink_GetMediaTypeHandler(stream, NULL), E_POINTER);
    HR(IMFMediaTypeHandler_IsMediaTypeSupported(handler, other, NULL), MF_E_STREAMSINK_REMOVED);
    HR(IMFMediaTypeHandler_IsMediaTypeSupported(handler, NULL, NULL), MF_E_STREAMSINK_REMOVED);
    HR(IMFMediaTypeHandler_SetCurrentMediaType(handler, NULL), MF_E_STREAMSINK_REMOVED);
    HR(IMFMediaTypeHandler_GetCurrentMediaType(handler, &got), MF_E_STREAMSINK_REMOVED);
    HR(IMFMediaTypeHandler_GetCurrentMediaType(handler, NULL), E_POINTER);
    HR(IMFMediaTypeHandler_GetMajorType(handler, NULL), E_POINTER);
    HR(IMFMediaTypeHandler_GetMajorType(handler, &major), MF_E_STREAMSINK_REMOVED);
    HR(IMFMediaTypeHandler_GetMediaTypeCount(handler, &count), S_OK);

    IMFMediaTypeHandler_Release(handler);
    IMFStreamSink_Release(stream);
    CHECK(IMFMediaSink_Release(sink) == 0, "sink released");
    CHECK(IMFMediaType_Release(other) == 0, "type released");
    CHECK(IMFMediaType_Release(type) == 0, "creation type released");
    CHECK(grabber.refs == 1, "the callback's references %ld", (long)grabber.refs);
}

static void test_wave_sink(void) {
    IMFMediaType *type = audio_type(&MFAudioFormat_PCM, 44100);
    IMFMediaTypeHandler *handler = NULL, *handler2 = NULL;
    IMFByteStream *file = NULL;
    IMFStreamSink *stream = NULL, *stream2 = NULL;
    IMFMediaSink *sink = NULL;
    GUID major;

    HR(IMFMediaType_SetUINT32(type, &MF_MT_AUDIO_NUM_CHANNELS, 2), S_OK);
    HR(IMFMediaType_SetUINT32(type, &MF_MT_AUDIO_BITS_PER_SAMPLE, 16), S_OK);
    HR(IMFMediaType_SetUINT32(type, &MF_MT_AUDIO_BLOCK_ALIGNMENT, 4), S_OK);
    HR(MFCreateTempFile(MF_ACCESSMODE_READWRITE, MF_OPENMODE_DELETE_IF_EXIST, 0, &file), S_OK);
    HR(MFCreateWAVEMediaSink(file, NULL, &sink), E_POINTER);
    HR(MFCreateWAVEMediaSink(file, type, &sink), S_OK);
    HR(IMFMediaSink_GetStreamSinkByIndex(sink, 1, &stream2), MF_E_INVALIDINDEX);
    HR(IMFMediaSink_AddStreamSink(sink, 123, type, &stream2), MF_E_STREAMSINKS_FIXED);
    HR(IMFMediaSink_GetStreamSinkByIndex(sink, 0, &stream), S_OK);
    HR(IMFStreamSink_GetMediaTypeHandler(stream, &handler), S_OK);
    HR(IMFStreamSink_QueryInterface(stream, &IID_IMFMediaTypeHandler, (void **)&handler2), S_OK);
    CHECK(handler == handler2, "the WAVE stream is its own type handler");
    IMFMediaTypeHandler_Release(handler2);
    HR(IMFMediaTypeHandler_GetMajorType(handler, &major), S_OK);
    CHECK(IsEqualGUID(&major, &MFMediaType_Audio), "WAVE major type");

    HR(IMFMediaSink_Shutdown(sink), S_OK);
    HR(IMFMediaSink_Shutdown(sink), MF_E_SHUTDOWN);
    HR(IMFMediaTypeHandler_GetMajorType(handler, NULL), E_POINTER);
    HR(IMFMediaTypeHandler_GetMajorType(handler, &major), MF_E_STREAMSINK_REMOVED);
    HR(IMFMediaSink_GetStreamSinkByIndex(sink, 0, &stream2), MF_E_SHUTDOWN);
    IMFMediaTypeHandler_Release(handler);
    IMFStreamSink_Release(stream);
    CHECK(IMFMediaSink_Release(sink) == 0, "WAVE sink released");
    IMFByteStream_Release(file);
    CHECK(IMFMediaType_Release(type) == 0, "WAVE type released");
}

static void test_audio_renderer(void) {
    IMFMediaSink *sink = NULL;
    DWORD count = 0;
    HRESULT hr;

    HR(MFCreateAudioRenderer(NULL, NULL), E_POINTER);
    hr = MFCreateAudioRenderer(NULL, &sink);
    CHECK(hr == S_OK || hr == MF_E_NO_AUDIO_PLAYBACK_DEVICE, "MFCreateAudioRenderer %#lx", (unsigned long)hr);
    if (hr != S_OK) return;
    HR(IMFMediaSink_GetStreamSinkCount(sink, &count), S_OK);
    CHECK(count == 1, "renderer streams %lu", (unsigned long)count);
    HR(IMFMediaSink_Shutdown(sink), S_OK);
    CHECK(IMFMediaSink_Release(sink) == 0, "renderer released");
}

/* The loader as an object (Wine's topology test, which passes on Windows):
 * NULL out-pointers are E_POINTER, an empty topology is
 * MF_E_TOPO_UNSUPPORTED. */
static void test_topo_loader(void) {
    IMFTopoLoader *loader = NULL;
    IMFTopology *topology = NULL, *full = (IMFTopology *)1;
    HR(MFCreateTopoLoader(NULL), E_POINTER);
    HR(MFCreateTopoLoader(&loader), S_OK);
    HR(MFCreateTopology(&topology), S_OK);
    HR(IMFTopoLoader_Load(loader, topology, &full, NULL), MF_E_TOPO_UNSUPPORTED);
    CHECK(full == (IMFTopology *)1 || full == NULL, "no topology for an empty one");
    HR(IMFTopoLoader_Load(loader, NULL, &full, NULL), E_POINTER);
    HR(IMFTopoLoader_Load(loader, topology, NULL, NULL), E_POINTER);
    IMFTopology_Release(topology);
    CHECK(IMFTopoLoader_Release(loader) == 0, "loader released");
}

/* The standard quality manager holds the clock and the topology it is
 * told of until Shutdown, after which every call is MF_E_SHUTDOWN. */
static void test_quality_manager(void) {
    IMFQualityManager *manager = NULL;
    IMFPresentationClock *clock = NULL;
    IMFTopology *topology = NULL;
    HR(MFCreateStandardQualityManager(NULL), E_POINTER);
    HR(MFCreateStandardQualityManager(&manager), S_OK);
    HR(MFCreatePresentationClock(&clock), S_OK);
    HR(MFCreateTopology(&topology), S_OK);
    HR(IMFQualityManager_NotifyPresentationClock(manager, NULL), E_POINTER);
    HR(IMFQualityManager_NotifyPresentationClock(manager, clock), S_OK);
    HR(IMFQualityManager_NotifyTopology(manager, topology), S_OK);
    CHECK(IMFPresentationClock_AddRef(clock) == 3, "the manager holds the clock");
    IMFPresentationClock_Release(clock);
    HR(IMFQualityManager_NotifyProcessInput(manager, NULL, 0, NULL), E_POINTER);
    HR(IMFQualityManager_Shutdown(manager), S_OK);
    CHECK(IMFPresentationClock_AddRef(clock) == 2, "Shutdown lets the clock go");
    IMFPresentationClock_Release(clock);
    HR(IMFQualityManager_NotifyPresentationClock(manager, clock), MF_E_SHUTDOWN);
    HR(IMFQualityManager_NotifyTopology(manager, topology), MF_E_SHUTDOWN);
    CHECK(IMFQualityManager_Release(manager) == 0, "manager released");
    IMFTopology_Release(topology);
    IMFPresentationClock_Release(clock);
}

int main(void) {
    HR(MFStartup(MF_VERSION, MFSTARTUP_FULL), S_OK);
    test_ids_and_indexes();
    test_preferred_types();
    test_connections();
    test_tee();
    test_sample_grabber();
    test_wave_sink();
    test_audio_renderer();
    test_topo_loader();
    test_quality_manager();
    HR(MFShutdown(), S_OK);
    return check_summary("mf_topology");
}
