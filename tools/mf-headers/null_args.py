#!/usr/bin/env python3
"""Writes tests/c/mf_null_args.c from the bindings (through gen.py's reading
of them): every method of every Media Foundation object the platform
creates, called from C with NULL for each of its pointer arguments in turn
(the others valid), under valgrind in scripts/test.sh. Windows answers such
a call with an error (E_POINTER or E_INVALIDARG, method by method) or, for
a pointer the SDK marks optional, with success; it never crashes. The test
checks exactly that: no crash, and a failure code unless OPTIONAL below
lists the argument, with the page or test that says so.

Run: python3 tools/mf-headers/null_args.py  (--check: fail if stale)
"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "tests/c/mf_null_args.c"
spec = importlib.util.spec_from_file_location("gen", HERE / "gen.py")
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)

# The objects: interface -> the C expression (in the test's prelude below)
# that gives an instance, which the test releases at the end.
OBJECTS = {
    "IMFAttributes": "attributes()",
    "IMFMediaType": "pcm_type()",
    "IMFVideoMediaType": "video_type()",
    "IMFSample": "sample()",
    "IMFMediaBuffer": "buffer()",
    "IMFMediaEventQueue": "event_queue()",
    "IMFMediaEvent": "media_event()",
    "IMFCollection": "collection()",
    "IMFAsyncResult": "async_result()",
    "IMFTopology": "topology()",
    "IMFTopologyNode": "topology_node()",
    "IMFPresentationClock": "presentation_clock()",
    "IMFPresentationTimeSource": "time_source()",
    "IMFClockStateSink": "(IMFClockStateSink *)query(time_source(), &IID_IMFClockStateSink)",
    "IMFTimer": "(IMFTimer *)query(presentation_clock(), &IID_IMFTimer)",
    "IMFShutdown": "(IMFShutdown *)query(presentation_clock(), &IID_IMFShutdown)",
    "IMFRateControl": "(IMFRateControl *)query(session(), &IID_IMFRateControl)",
    "IMFRateSupport": "(IMFRateSupport *)query(session(), &IID_IMFRateSupport)",
    "IMFGetService": "(IMFGetService *)query(session(), &IID_IMFGetService)",
    "IMFMediaSession": "session()",
    "IMFSourceResolver": "source_resolver()",
    "IMFPresentationDescriptor": "presentation_descriptor()",
    "IMFStreamDescriptor": "stream_descriptor()",
    "IMFMediaTypeHandler": "type_handler()",
    "IMFByteStream": "byte_stream()",
    "IMFActivate": "renderer_activate()",
    "IMFMediaSink": "wave_sink()",
    "IMFFinalizableMediaSink": "(IMFFinalizableMediaSink *)query(wave_sink(), &IID_IMFFinalizableMediaSink)",
    "IMFStreamSink": "stream_sink()",
    "IMFTopoLoader": "topo_loader()",
    "IMFQualityManager": "quality_manager()",
    "IMFSequencerSource": "sequencer()",
    "IMFMediaSourceTopologyProvider": "(IMFMediaSourceTopologyProvider *)query(sequencer(), &IID_IMFMediaSourceTopologyProvider)",
}

# Arguments whose NULL Windows accepts (the SDK marks them optional):
# (interface, method, parameter) -> the source that says so.
STATE = "the page: pState/punkState can be NULL"
OPTIONAL = {
    ("IMFAttributes", "GetItemByIndex", "pvalue"): "IMFAttributes::GetItemByIndex: pValue can be NULL",
    ("IMFAttributes", "SetBlob", "pbuf"): "a zero-length blob (cbBufSize 0), as Wine's mfplat stores it",
    ("IMFAttributes", "SetUnknown", "punknown"): "stored as VT_UNKNOWN holding NULL, as Wine's mfplat does",
    ("IMFMediaBuffer", "Lock", "pcbmaxlength"): "IMFMediaBuffer::Lock: this parameter can be NULL",
    ("IMFMediaBuffer", "Lock", "pcbcurrentlength"): "IMFMediaBuffer::Lock: this parameter can be NULL",
    ("IMFMediaEventGenerator", "BeginGetEvent", "punkstate"): STATE,
    ("IMFMediaEventQueue", "BeginGetEvent", "punkstate"): STATE,
    ("IMFMediaEventGenerator", "QueueEvent", "pvvalue"): "IMFMediaEventGenerator::QueueEvent: pvValue can be NULL",
    ("IMFMediaEventQueue", "QueueEventParamVar", "pvvalue"): "QueueEventParamVar: pvValue can be NULL",
    ("IMFMediaEventQueue", "QueueEventParamUnk", "punk"): "QueueEventParamUnk: an event with no object, as MFCreateMediaEvent's NULL value",
    # A NULL extended type reads as GUID_NULL, the value the pages name for
    # "no extended type" (Wine's mfplat does the same).
    ("IMFMediaEventGenerator", "QueueEvent", "guidextendedtype"): "GUID_NULL",
    ("IMFMediaEventQueue", "QueueEventParamVar", "guidextendedtype"): "GUID_NULL",
    ("IMFMediaEventQueue", "QueueEventParamUnk", "guidextendedtype"): "GUID_NULL",
    ("IMFCollection", "AddElement", "punkelement"): "Wine's test_MFCreateCollection, which passes on Windows",
    ("IMFCollection", "InsertElementAt", "punknown"): "Wine's test_MFCreateCollection, which passes on Windows",
    ("IMFTopologyNode", "SetObject", "pobject"): "IMFTopologyNode::SetObject: NULL clears the object",
    ("IMFTopologyNode", "SetInputPrefType", "ptype"): "clears the preferred type (Wine's topology test)",
    ("IMFTimer", "SetTimer", "punkstate"): STATE,
    ("IMFTimer", "SetTimer", "ppunkkey"): "IMFTimer::SetTimer: ppunkKey can be NULL",
    ("IMFRateControl", "GetRate", "pfthin"): "IMFRateControl::GetRate: pfThin can be NULL",
    ("IMFRateSupport", "IsRateSupported", "pflnearestsupportedrate"): "IsRateSupported: can be NULL",
    ("IMFMediaSession", "Start", "pguidtimeformat"): "IMFMediaSession::Start: NULL is GUID_NULL",
    ("IMFMediaTypeHandler", "IsMediaTypeSupported", "ppresult"): "IsMediaTypeSupported: ppMediaType can be NULL",
    ("IMFByteStream", "BeginRead", "punkstate"): STATE,
    ("IMFByteStream", "BeginWrite", "punkstate"): STATE,
    ("IMFMediaSink", "SetPresentationClock", "ppresentationclock"): "SetPresentationClock: NULL stops listening to the clock",
    ("IMFFinalizableMediaSink", "BeginFinalize", "punkstate"): STATE,
    ("IMFStreamSink", "PlaceMarker", "pvarmarkervalue"): "IMFStreamSink::PlaceMarker: can be NULL",
    ("IMFStreamSink", "PlaceMarker", "pvarcontextvalue"): "IMFStreamSink::PlaceMarker: can be NULL",
    ("IMFTopoLoader", "Load", "pcurrenttopo"): "IMFTopoLoader::Load: pCurrentTopo can be NULL",
    ("IMFQualityManager", "NotifyTopology", "ptopology"): "the session tells it of no topology with NULL",
    ("IMFSequencerSource", "GetPresentationContext", "pid"): "GetPresentationContext: pId can be NULL",
    ("IMFSequencerSource", "GetPresentationContext", "pptopology"): "GetPresentationContext: ppTopology can be NULL",
}

# Methods not called: they would end the object the other calls use.
SKIPPED = {
    ("IMFMediaEventQueue", "Shutdown"), ("IMFMediaSession", "Shutdown"),
}


def pointer(ctype):
    return ctype.rstrip().endswith("*") or ctype in ("LPWSTR", "LPCWSTR", "REFGUID")


def value(ctype, iface, method, name):
    """A valid argument of `ctype`, or None when there is none to give."""
    t = ctype.replace(" ", "")
    if t in ("REFGUID", "constGUID*"):
        return "&GUID_NULL"
    if t == "constPROPVARIANT*":
        return "&empty_value"
    if t == "PROPVARIANT*":
        return "&out_value"
    if t == "LPCWSTR":
        return "L\"\""
    if t == "LPWSTR*":
        return "&out_string"
    if t == "BYTE**":
        # Only GetAllocatedBlob allocates; Lock hands out the buffer's own.
        return "&out_bytes" if method == "GetAllocatedBlob" else "&out_pointer"
    if t in ("void**", "IUnknown**") or (t.endswith("**") and gen.is_interface(t[:-2])):
        return "(void *)&out_object"
    if t.endswith("*") and gen.is_interface(t[:-1]):
        kind = t[:-1]
        if kind == "IUnknown":
            return "(IUnknown *)attributes()"
        if kind == "IMFAsyncCallback":
            return "&no_op.iface"
        if kind in OBJECTS:
            return OBJECTS[kind]
        return None
    if pointer(ctype):
        return "(void *)scratch"
    return "0"


def calls():
    out, skipped = [], []
    for iface in OBJECTS:
        for owner in reversed(gen.lineage(iface)):
            for method, params in gen.methods(owner)[1]:
                if (iface, method) in SKIPPED or (owner, method) in gen.RETURNS:
                    continue
                for k, (name, ctype) in enumerate(params):
                    if not pointer(ctype):
                        continue
                    args = []
                    for j, (n2, t2) in enumerate(params):
                        args.append("NULL" if j == k else value(t2, iface, method, n2))
                    if None in args:
                        skipped.append(f"{iface}::{method}")
                        break
                    optional = OPTIONAL.get((owner, method, name)) is not None
                    call = f"{iface}_{method}({OBJECTS[iface]}{''.join(', ' + a for a in args)})"
                    out.append(f"    TRY(\"{iface}::{method}\", \"{name}\", {int(optional)}, {call});")
    return out, sorted(set(skipped))


PRELUDE = r'''/* Generated by tools/mf-headers/null_args.py from the bindings: do not
 * edit. Every method of every object below, called with NULL for each of
 * its pointer arguments in turn (the others valid): never a crash, and a
 * failure code unless the SDK marks the argument optional.
 * Not called (an argument of a type this test cannot make): %s. */
#define COBJMACROS
#include <string.h>
#include "mfapi.h"
#include "mferror.h"
#include "mfidl.h"
#include "check.h"
#include "mf_callback.h"

static HRESULT STDMETHODCALLTYPE no_op_params(IMFAsyncCallback *This, DWORD *flags, DWORD *queue) {
    (void)This; (void)flags; (void)queue;
    return E_NOTIMPL;
}
static HRESULT STDMETHODCALLTYPE no_op_invoke(IMFAsyncCallback *This, IMFAsyncResult *result) {
    (void)This; (void)result;
    return S_OK;
}
static IMFAsyncCallbackVtbl no_op_vtbl = {cb_qi, cb_addref, cb_release, no_op_params, no_op_invoke};
static CallbackHead no_op = {{&no_op_vtbl}, 1};

static _Alignas(16) BYTE scratch[4096];
static PROPVARIANT empty_value, out_value;
static LPWSTR out_string;
static BYTE *out_bytes, *out_pointer;
static IUnknown *out_object;

/* Frees what a call handed out through the valid arguments. */
static void release_outs(void) {
    PropVariantClear(&out_value);
    CoTaskMemFree(out_string);
    CoTaskMemFree(out_bytes);
    if (out_object) IUnknown_Release(out_object);
    out_string = NULL, out_bytes = NULL, out_pointer = NULL, out_object = NULL;
    memset(scratch, 0, sizeof scratch);
}

static int calls;
#define TRY(method, param, optional, call)                                                       \
    do {                                                                                         \
        HRESULT hr_ = (call);                                                                    \
        calls++;                                                                                 \
        CHECK(FAILED(hr_) || (optional), "%%s(%%s = NULL): 0x%%08x", method, param, (unsigned)hr_); \
        release_outs();                                                                          \
    } while (0)

/* Each object is made once, on first use, and released at the end. */
#define OBJECT(type, name, make)                                     \
    static type *name##_object;                                      \
    static type *name(void) {                                        \
        if (!name##_object) {                                        \
            HRESULT hr_ = (make);                                    \
            CHECK(hr_ == S_OK && name##_object, #name ": 0x%%08x", (unsigned)hr_); \
        }                                                            \
        return name##_object;                                        \
    }

static void *query(void *object, REFIID iid) {
    void *out = NULL;
    CHECK(IUnknown_QueryInterface((IUnknown *)object, iid, &out) == S_OK, "QueryInterface");
    if (out) IUnknown_Release((IUnknown *)out); /* the object holds it */
    return out;
}

OBJECT(IMFAttributes, attributes, MFCreateAttributes(&attributes_object, 0))
OBJECT(IMFTopoLoader, topo_loader, MFCreateTopoLoader(&topo_loader_object))
OBJECT(IMFQualityManager, quality_manager, MFCreateStandardQualityManager(&quality_manager_object))
OBJECT(IMFSequencerSource, sequencer, MFCreateSequencerSource(NULL, &sequencer_object))
OBJECT(IMFVideoMediaType, video_type, MFCreateVideoMediaTypeFromSubtype(&MFVideoFormat_NV12, &video_type_object))
OBJECT(IMFSample, sample, MFCreateSample(&sample_object))
OBJECT(IMFMediaBuffer, buffer, MFCreateMemoryBuffer(64, &buffer_object))
OBJECT(IMFMediaEventQueue, event_queue, MFCreateEventQueue(&event_queue_object))
OBJECT(IMFMediaEvent, media_event, MFCreateMediaEvent(MEUnknown, &GUID_NULL, S_OK, NULL, &media_event_object))
OBJECT(IMFCollection, collection, MFCreateCollection(&collection_object))
OBJECT(IMFAsyncResult, async_result, MFCreateAsyncResult(NULL, &no_op.iface, NULL, &async_result_object))
OBJECT(IMFTopology, topology, MFCreateTopology(&topology_object))
OBJECT(IMFTopologyNode, topology_node, MFCreateTopologyNode(MF_TOPOLOGY_OUTPUT_NODE, &topology_node_object))
OBJECT(IMFPresentationClock, presentation_clock, MFCreatePresentationClock(&presentation_clock_object))
OBJECT(IMFPresentationTimeSource, time_source, MFCreateSystemTimeSource(&time_source_object))
OBJECT(IMFMediaSession, session, MFCreateMediaSession(NULL, &session_object))
OBJECT(IMFSourceResolver, source_resolver, MFCreateSourceResolver(&source_resolver_object))
OBJECT(IMFActivate, renderer_activate, MFCreateAudioRendererActivate(&renderer_activate_object))
OBJECT(IMFByteStream, byte_stream,
       MFCreateTempFile(MF_ACCESSMODE_READWRITE, MF_OPENMODE_DELETE_IF_EXIST, MF_FILEFLAGS_NONE, &byte_stream_object))

static IMFMediaType *pcm_type_object;
static IMFMediaType *pcm_type(void) {
    if (!pcm_type_object) {
        CHECK_CODE(MFCreateMediaType(&pcm_type_object), S_OK);
        IMFMediaType_SetGUID(pcm_type_object, &MF_MT_MAJOR_TYPE, &MFMediaType_Audio);
        IMFMediaType_SetGUID(pcm_type_object, &MF_MT_SUBTYPE, &MFAudioFormat_PCM);
        IMFMediaType_SetUINT32(pcm_type_object, &MF_MT_AUDIO_NUM_CHANNELS, 2);
        IMFMediaType_SetUINT32(pcm_type_object, &MF_MT_AUDIO_SAMPLES_PER_SECOND, 48000);
        IMFMediaType_SetUINT32(pcm_type_object, &MF_MT_AUDIO_BITS_PER_SAMPLE, 16);
        IMFMediaType_SetUINT32(pcm_type_object, &MF_MT_AUDIO_BLOCK_ALIGNMENT, 4);
        IMFMediaType_SetUINT32(pcm_type_object, &MF_MT_AUDIO_AVG_BYTES_PER_SECOND, 192000);
    }
    return pcm_type_object;
}

static IMFStreamDescriptor *stream_descriptor_object;
static IMFStreamDescriptor *stream_descriptor(void) {
    if (!stream_descriptor_object) {
        IMFMediaType *types[] = {pcm_type()};
        CHECK_CODE(MFCreateStreamDescriptor(1, 1, types, &stream_descriptor_object), S_OK);
    }
    return stream_descriptor_object;
}

static IMFPresentationDescriptor *presentation_descriptor_object;
static IMFPresentationDescriptor *presentation_descriptor(void) {
    if (!presentation_descriptor_object) {
        IMFStreamDescriptor *streams[] = {stream_descriptor()};
        CHECK_CODE(MFCreatePresentationDescriptor(1, streams, &presentation_descriptor_object), S_OK);
    }
    return presentation_descriptor_object;
}

static IMFMediaTypeHandler *type_handler_object;
static IMFMediaTypeHandler *type_handler(void) {
    if (!type_handler_object)
        CHECK_CODE(IMFStreamDescriptor_GetMediaTypeHandler(stream_descriptor(), &type_handler_object), S_OK);
    return type_handler_object;
}

static IMFMediaSink *wave_sink_object;
static IMFByteStream *wave_file;
static IMFMediaSink *wave_sink(void) {
    if (!wave_sink_object) {
        CHECK_CODE(MFCreateTempFile(MF_ACCESSMODE_READWRITE, MF_OPENMODE_DELETE_IF_EXIST, MF_FILEFLAGS_NONE, &wave_file),
                   S_OK);
        CHECK_CODE(MFCreateWAVEMediaSink(wave_file, pcm_type(), &wave_sink_object), S_OK);
    }
    return wave_sink_object;
}

static IMFStreamSink *stream_sink_object;
static IMFStreamSink *stream_sink(void) {
    if (!stream_sink_object)
        CHECK_CODE(IMFMediaSink_GetStreamSinkByIndex(wave_sink(), 0, &stream_sink_object), S_OK);
    return stream_sink_object;
}

static void release(void *object) {
    if (object) IUnknown_Release((IUnknown *)object);
}

int main(void) {
    CHECK_CODE(MFStartup(MF_VERSION, MFSTARTUP_FULL), S_OK);
'''

EPILOGUE = r'''
    printf("mf_null_args: %d calls\n", calls);
    IMFMediaSession_Shutdown(session());
    IMFMediaSink_Shutdown(wave_sink());
    IMFMediaEventQueue_Shutdown(event_queue());
    IMFShutdown_Shutdown((IMFShutdown *)query(presentation_clock(), &IID_IMFShutdown));
    release(stream_sink_object);
    release(wave_sink_object);
    release(wave_file);
    release(type_handler_object);
    release(presentation_descriptor_object);
    release(stream_descriptor_object);
    release(pcm_type_object);
    release(video_type_object);
    release(topo_loader_object);
    release(quality_manager_object);
    release(sequencer_object);
    release(attributes_object);
    release(sample_object);
    release(buffer_object);
    release(event_queue_object);
    release(media_event_object);
    release(collection_object);
    release(async_result_object);
    release(topology_object);
    release(topology_node_object);
    release(presentation_clock_object);
    release(time_source_object);
    release(session_object);
    release(source_resolver_object);
    release(renderer_activate_object);
    release(byte_stream_object);
    MFShutdown();
    return check_summary("mf_null_args");
}
'''


def main():
    body, skipped = calls()
    text = (PRELUDE % (", ".join(skipped) or "none")) + "\n".join(body) + "\n" + EPILOGUE
    if "--check" in sys.argv:
        if not OUT.exists() or OUT.read_text() != text:
            sys.exit("stale tests/c/mf_null_args.c (run tools/mf-headers/null_args.py)")
        return
    OUT.write_text(text)
    print(f"{OUT.relative_to(ROOT)}: {len(body)} calls")


if __name__ == "__main__":
    main()
