/* The sequencer source (MFCreateSequencerSource) and segment offsets
 * (MFCreateSequencerSegmentOffset) as Windows code calls them through
 * COBJMACROS: the interfaces Windows' object answers (Wine's mf.c
 * test_sequencer_source, and the "Using the Sequencer Source" page), the
 * segments' element ids and flags, the presentation descriptor of the
 * first segment and the topology the sequencer gives for it (the steps of
 * "Using the Sequencer Source"), GetPresentationContext's optional
 * out-pointers and its answer for a deleted segment, the IMFMediaSource
 * and event generator before any segment starts, and MF_E_SHUTDOWN after
 * Shutdown. */
#define COBJMACROS
#include <stdint.h>
#include <string.h>
#include "mfapi.h"
#include "mferror.h"
#include "mfidl.h"
#include "check.h"
#include "mf_callback.h"

#define HR(call, want) CHECK_CODE((DWORD)(call), (DWORD)(want))

static int answers(void *object, REFIID iid) {
    IUnknown *out = NULL;
    HRESULT hr = IUnknown_QueryInterface((IUnknown *)object, iid, (void **)&out);
    if (out) IUnknown_Release(out);
    return hr == S_OK;
}

/* A native source: a tenth of a second of 16-bit mono silence as a WAVE
 * file in a temporary byte stream, opened by the source resolver. */
static IMFMediaSource *wave_source(void) {
    static const uint32_t rate = 44100, frames = 4410;
    BYTE file[44 + 4410 * 2];
    memset(file, 0, sizeof file);
    uint32_t data = frames * 2, riff = 36 + data, fmt_size = 16, avg = rate * 2;
    uint16_t pcm = 1, channels = 1, align = 2, bits = 16;
    memcpy(file, "RIFF", 4), memcpy(file + 4, &riff, 4), memcpy(file + 8, "WAVEfmt ", 8);
    memcpy(file + 16, &fmt_size, 4), memcpy(file + 20, &pcm, 2), memcpy(file + 22, &channels, 2);
    memcpy(file + 24, &rate, 4), memcpy(file + 28, &avg, 4), memcpy(file + 32, &align, 2);
    memcpy(file + 34, &bits, 2), memcpy(file + 36, "data", 4), memcpy(file + 40, &data, 4);

    IMFByteStream *stream = NULL;
    HR(MFCreateTempFile(MF_ACCESSMODE_READWRITE, MF_OPENMODE_DELETE_IF_EXIST, MF_FILEFLAGS_NONE, &stream), S_OK);
    ULONG written = 0;
    HR(IMFByteStream_Write(stream, file, sizeof file, &written), S_OK);
    HR(IMFByteStream_SetCurrentPosition(stream, 0), S_OK);
    IMFSourceResolver *resolver = NULL;
    HR(MFCreateSourceResolver(&resolver), S_OK);
    MF_OBJECT_TYPE kind = MF_OBJECT_INVALID;
    IUnknown *object = NULL;
    HR(IMFSourceResolver_CreateObjectFromByteStream(resolver, stream, NULL, MF_RESOLUTION_MEDIASOURCE, NULL, &kind,
                                                    &object),
       S_OK);
    IMFMediaSource *source = NULL;
    if (object) {
        HR(IUnknown_QueryInterface(object, &IID_IMFMediaSource, (void **)&source), S_OK);
        IUnknown_Release(object);
    }
    IMFSourceResolver_Release(resolver);
    IMFByteStream_Release(stream);
    return source;
}

/* A playback topology for `source`'s first stream, as the "Creating
 * Playback Topologies" page builds one (the output node's object does
 * not matter to the sequencer). */
static IMFTopology *topology_for(IMFMediaSource *source, int with_descriptors) {
    IMFTopology *topology = NULL;
    IMFTopologyNode *node = NULL, *output = NULL;
    IMFPresentationDescriptor *pd = NULL;
    IMFStreamDescriptor *sd = NULL;
    BOOL selected = FALSE;
    HR(MFCreateTopology(&topology), S_OK);
    HR(MFCreateTopologyNode(MF_TOPOLOGY_SOURCESTREAM_NODE, &node), S_OK);
    HR(MFCreateTopologyNode(MF_TOPOLOGY_OUTPUT_NODE, &output), S_OK);
    HR(IMFMediaSource_CreatePresentationDescriptor(source, &pd), S_OK);
    HR(IMFPresentationDescriptor_GetStreamDescriptorByIndex(pd, 0, &selected, &sd), S_OK);
    HR(IMFTopologyNode_SetUnknown(node, &MF_TOPONODE_SOURCE, (IUnknown *)source), S_OK);
    if (with_descriptors) {
        HR(IMFTopologyNode_SetUnknown(node, &MF_TOPONODE_PRESENTATION_DESCRIPTOR, (IUnknown *)pd), S_OK);
        HR(IMFTopologyNode_SetUnknown(node, &MF_TOPONODE_STREAM_DESCRIPTOR, (IUnknown *)sd), S_OK);
    }
    HR(IMFTopology_AddNode(topology, node), S_OK);
    HR(IMFTopology_AddNode(topology, output), S_OK);
    HR(IMFTopologyNode_ConnectOutput(node, 0, output, 0), S_OK);
    IMFStreamDescriptor_Release(sd);
    IMFPresentationDescriptor_Release(pd);
    IMFTopologyNode_Release(output);
    IMFTopologyNode_Release(node);
    return topology;
}

static void test_creation_and_interfaces(void) {
    IMFSequencerSource *seq = NULL;
    HR(MFCreateSequencerSource(NULL, NULL), E_POINTER);
    HR(MFCreateSequencerSource(NULL, &seq), S_OK);
    CHECK(answers(seq, &IID_IUnknown), "IUnknown");
    CHECK(answers(seq, &IID_IMFSequencerSource), "IMFSequencerSource");
    CHECK(answers(seq, &IID_IMFMediaSourceTopologyProvider), "IMFMediaSourceTopologyProvider");
    CHECK(answers(seq, &IID_IMFMediaSource), "IMFMediaSource");
    CHECK(answers(seq, &IID_IMFMediaEventGenerator), "IMFMediaEventGenerator");
    CHECK(answers(seq, &IID_IMFGetService), "IMFGetService");
    CHECK(!answers(seq, &IID_IMFAttributes), "not IMFAttributes");
    CHECK(!answers(seq, &IID_IMFTopology), "not IMFTopology");
    CHECK(IMFSequencerSource_Release(seq) == 0, "the last reference");
}

static void test_segments(void) {
    IMFSequencerSource *seq = NULL;
    IMFMediaSource *as_source = NULL, *native = wave_source();
    IMFMediaSourceTopologyProvider *provider = NULL;
    IMFPresentationDescriptor *pd = NULL;
    IMFTopology *first, *second, *incomplete, *given = NULL, *original = NULL;
    MFSequencerElementId a = 0, b = 0, id = 0;
    DWORD caps = 0, native_caps = 0, count = 0;
    if (!native) return;
    first = topology_for(native, 1);
    second = topology_for(native, 1);
    incomplete = topology_for(native, 0);

    HR(MFCreateSequencerSource(NULL, &seq), S_OK);
    HR(IMFSequencerSource_QueryInterface(seq, &IID_IMFMediaSource, (void **)&as_source), S_OK);
    HR(IMFSequencerSource_QueryInterface(seq, &IID_IMFMediaSourceTopologyProvider, (void **)&provider), S_OK);

    /* Before any segment: nothing to describe (our decision). */
    HR(IMFMediaSource_CreatePresentationDescriptor(as_source, &pd), MF_E_NOT_INITIALIZED);
    HR(IMFMediaSource_GetCharacteristics(as_source, &caps), MF_E_NOT_INITIALIZED);

    /* AppendTopology: NULL is E_INVALIDARG, a source node without its
     * descriptors MF_E_ATTRIBUTENOTFOUND (the page); ids count from 1. */
    HR(IMFSequencerSource_AppendTopology(seq, NULL, 0, &id), E_INVALIDARG);
    HR(IMFSequencerSource_AppendTopology(seq, first, 0, NULL), E_POINTER);
    HR(IMFSequencerSource_AppendTopology(seq, incomplete, 0, &id), MF_E_ATTRIBUTENOTFOUND);
    HR(IMFSequencerSource_AppendTopology(seq, first, 0, &a), S_OK);
    HR(IMFSequencerSource_AppendTopology(seq, second, SequencerTopologyFlags_Last, &b), S_OK);
    CHECK(a != MFSEQUENCER_INVALID_ELEMENT_ID && b != a, "ids %u %u", a, b);
    HR(IMFSequencerSource_UpdateTopologyFlags(seq, b, SequencerTopologyFlags_Last), S_OK);
    HR(IMFSequencerSource_UpdateTopologyFlags(seq, 999, 0), MF_E_SEQUENCER_UNKNOWN_SEGMENT_ID);
    HR(IMFSequencerSource_UpdateTopology(seq, 999, first), MF_E_SEQUENCER_UNKNOWN_SEGMENT_ID);
    HR(IMFSequencerSource_UpdateTopology(seq, b, NULL), E_INVALIDARG);
    HR(IMFSequencerSource_UpdateTopology(seq, b, second), S_OK);

    /* The first segment's characteristics are its source's. */
    HR(IMFMediaSource_GetCharacteristics(native, &native_caps), S_OK);
    HR(IMFMediaSource_GetCharacteristics(as_source, &caps), S_OK);
    CHECK(caps == native_caps, "characteristics 0x%x, the source's 0x%x", (unsigned)caps, (unsigned)native_caps);

    /* Step 3 of "Using the Sequencer Source": the first segment's
     * descriptor, its context, and the topology to give the session. */
    HR(IMFMediaSource_CreatePresentationDescriptor(as_source, &pd), S_OK);
    HR(IMFPresentationDescriptor_GetStreamDescriptorCount(pd, &count), S_OK);
    CHECK(count == 1, "%u streams", (unsigned)count);
    HR(IMFSequencerSource_GetPresentationContext(seq, NULL, &id, &original), E_INVALIDARG);
    HR(IMFSequencerSource_GetPresentationContext(seq, pd, &id, &original), S_OK);
    CHECK(id == a && original == first, "context %u %p", id, (void *)original);
    if (original) IMFTopology_Release(original);
    HR(IMFSequencerSource_GetPresentationContext(seq, pd, NULL, NULL), S_OK); /* both optional */

    HR(IMFMediaSourceTopologyProvider_GetMediaSourceTopology(provider, NULL, &given), E_INVALIDARG);
    HR(IMFMediaSourceTopologyProvider_GetMediaSourceTopology(provider, pd, &given), S_OK);
    if (given) {
        WORD nodes = 0;
        HR(IMFTopology_GetNodeCount(given, &nodes), S_OK);
        CHECK(given != first && nodes == 2, "a copy with both nodes (%u)", nodes);
        for (WORD i = 0; i < nodes; i++) {
            IMFTopologyNode *node = NULL;
            MF_TOPOLOGY_TYPE type = MF_TOPOLOGY_MAX;
            HR(IMFTopology_GetNode(given, i, &node), S_OK);
            HR(IMFTopologyNode_GetNodeType(node, &type), S_OK);
            if (type == MF_TOPOLOGY_SOURCESTREAM_NODE) {
                IUnknown *named = NULL, *ours = NULL;
                HR(IMFTopologyNode_GetUnknown(node, &MF_TOPONODE_SOURCE, &IID_IUnknown, (void **)&named), S_OK);
                HR(IMFMediaSource_QueryInterface(as_source, &IID_IUnknown, (void **)&ours), S_OK);
                CHECK(named == ours, "the source node names the sequencer");
                if (named) IUnknown_Release(named);
                if (ours) IUnknown_Release(ours);
            }
            IMFTopologyNode_Release(node);
        }
        IMFTopology_Release(given);
    }

    /* A deleted segment: its descriptor is a cancelled context, with no
     * topology, and no longer gives one. */
    HR(IMFSequencerSource_DeleteTopology(seq, a), S_OK);
    HR(IMFSequencerSource_DeleteTopology(seq, a), MF_E_SEQUENCER_UNKNOWN_SEGMENT_ID);
    original = first;
    HR(IMFSequencerSource_GetPresentationContext(seq, pd, &id, &original), MF_S_SEQUENCER_CONTEXT_CANCELED);
    CHECK(id == a && original == NULL, "cancelled context %u %p", id, (void *)original);
    given = NULL;
    HR(IMFMediaSourceTopologyProvider_GetMediaSourceTopology(provider, pd, &given), E_INVALIDARG);
    IMFPresentationDescriptor_Release(pd);

    /* The next segment is now the first. */
    HR(IMFMediaSource_CreatePresentationDescriptor(as_source, &pd), S_OK);
    HR(IMFSequencerSource_GetPresentationContext(seq, pd, &id, NULL), S_OK);
    CHECK(id == b, "context %u", id);

    /* Segments are not played (decision): the arguments are checked, then
     * E_NOTIMPL. */
    PROPVARIANT start;
    PropVariantInit(&start);
    HR(IMFMediaSource_Start(as_source, NULL, NULL, &start), E_INVALIDARG);
    HR(IMFMediaSource_Start(as_source, pd, NULL, &start), E_NOTIMPL);
    HR(IMFMediaSource_Pause(as_source), MF_E_INVALID_STATE_TRANSITION);
    HR(IMFMediaSource_Stop(as_source), S_OK);
    IMFPresentationDescriptor_Release(pd);

    HR(IMFMediaSource_Shutdown(as_source), S_OK);
    HR(IMFMediaSource_Shutdown(native), S_OK);
    IMFMediaSourceTopologyProvider_Release(provider);
    IMFMediaSource_Release(as_source);
    CHECK(IMFSequencerSource_Release(seq) == 0, "the last reference");
    IMFTopology_Release(first);
    IMFTopology_Release(second);
    IMFTopology_Release(incomplete);
    IMFMediaSource_Release(native);
}

static HRESULT STDMETHODCALLTYPE no_op_params(IMFAsyncCallback *This, DWORD *flags, DWORD *queue) {
    (void)This, (void)flags, (void)queue;
    return E_NOTIMPL;
}
static HRESULT STDMETHODCALLTYPE no_op_invoke(IMFAsyncCallback *This, IMFAsyncResult *result) {
    (void)This, (void)result;
    return S_OK;
}
static IMFAsyncCallbackVtbl no_op_vtbl = {cb_qi, cb_addref, cb_release, no_op_params, no_op_invoke};

static void test_events_and_shutdown(void) {
    IMFSequencerSource *seq = NULL;
    IMFMediaSource *source = NULL;
    IMFMediaEvent *event = NULL;
    IMFPresentationDescriptor *pd = NULL;
    IMFGetService *services = NULL;
    IMFTopology *topology = NULL;
    void *out = NULL;
    DWORD caps = 0;
    MFSequencerElementId id = 0;
    CallbackHead callback = {{&no_op_vtbl}, 1};
    HR(MFCreateSequencerSource(NULL, &seq), S_OK);
    HR(IMFSequencerSource_QueryInterface(seq, &IID_IMFMediaSource, (void **)&source), S_OK);
    HR(IMFSequencerSource_QueryInterface(seq, &IID_IMFGetService, (void **)&services), S_OK);

    /* The event generator: nothing queued before any segment starts. */
    HR(IMFMediaSource_GetEvent(source, MF_EVENT_FLAG_NO_WAIT, &event), MF_E_NO_EVENTS_AVAILABLE);
    HR(IMFMediaSource_QueueEvent(source, MEUnknown, &GUID_NULL, S_OK, NULL), S_OK);
    HR(IMFMediaSource_GetEvent(source, MF_EVENT_FLAG_NO_WAIT, &event), S_OK);
    if (event) IMFMediaEvent_Release(event);
    HR(IMFMediaSource_BeginGetEvent(source, NULL, NULL), E_INVALIDARG);
    HR(IMFGetService_GetService(services, &MF_RATE_CONTROL_SERVICE, &IID_IMFRateControl, &out),
       MF_E_UNSUPPORTED_SERVICE);

    /* Shutdown: every later call is MF_E_SHUTDOWN; a pending BeginGetEvent
     * keeps the callback's reference, as an event queue's does. */
    HR(IMFMediaSource_BeginGetEvent(source, &callback.iface, NULL), S_OK);
    HR(IMFMediaSource_Shutdown(source), S_OK);
    HR(IMFMediaSource_Shutdown(source), MF_E_SHUTDOWN);
    HR(IMFMediaSource_GetCharacteristics(source, &caps), MF_E_SHUTDOWN);
    HR(IMFMediaSource_CreatePresentationDescriptor(source, &pd), MF_E_SHUTDOWN);
    HR(IMFMediaSource_Stop(source), MF_E_SHUTDOWN);
    HR(IMFMediaSource_Pause(source), MF_E_SHUTDOWN);
    HR(IMFMediaSource_GetEvent(source, MF_EVENT_FLAG_NO_WAIT, &event), MF_E_SHUTDOWN);
    HR(IMFMediaSource_QueueEvent(source, MEUnknown, &GUID_NULL, S_OK, NULL), MF_E_SHUTDOWN);
    HR(IMFGetService_GetService(services, &MF_RATE_CONTROL_SERVICE, &IID_IMFRateControl, &out), MF_E_SHUTDOWN);
    HR(MFCreateTopology(&topology), S_OK);
    HR(IMFSequencerSource_AppendTopology(seq, topology, 0, &id), MF_E_SHUTDOWN);
    HR(IMFSequencerSource_DeleteTopology(seq, 1), MF_E_SHUTDOWN);
    HR(IMFSequencerSource_UpdateTopologyFlags(seq, 1, 0), MF_E_SHUTDOWN);
    IMFTopology_Release(topology);
    IMFGetService_Release(services);
    IMFMediaSource_Release(source);
    CHECK(IMFSequencerSource_Release(seq) == 0, "the last reference");
}

static void test_segment_offset(void) {
    PROPVARIANT value;
    PropVariantInit(&value);
    HR(MFCreateSequencerSegmentOffset(1, 0, NULL), E_POINTER);
    HR(MFCreateSequencerSegmentOffset(3, 10000000, &value), S_OK);
    CHECK(value.vt == VT_UNKNOWN && value.punkVal != NULL, "vt %u", value.vt);
    if (value.punkVal) {
        CHECK(answers(value.punkVal, &IID_IUnknown), "the value answers IUnknown");
        CHECK(!answers(value.punkVal, &IID_IMFAttributes), "and nothing else");
    }
    HR(PropVariantClear(&value), S_OK);
    CHECK(value.vt == VT_EMPTY, "cleared");
}

int main(void) {
    HR(MFStartup(MF_VERSION, MFSTARTUP_FULL), S_OK);
    test_creation_and_interfaces();
    test_segments();
    test_events_and_shutdown();
    test_segment_offset();
    HR(MFShutdown(), S_OK);
    return check_summary("mf_sequencer");
}
