/* The "Done when", as Windows code writes it (the playback
 * tutorial, through lpVtbl): a FLAC file is resolved to a media source,
 * played through MFCreateMediaSession into a WAVE file sink, and the WAVE
 * file's PCM must equal the source's bit for bit. Then the seed's Close
 * rules on a session that played: Close ends with MESessionClosed, the
 * last event; afterwards only GetClock, GetFullTopology,
 * GetSessionCapabilities and Shutdown work; Shutdown shuts the sink down
 * and leaves every method answering MF_E_SHUTDOWN.
 *
 * Usage: mf_playback DIR   (needs Debian's flac on PATH) */
#include <stdint.h>
#include <string.h>
#include <wchar.h>
#include "mfapi.h"
#include "mferror.h"
#include "mfidl.h"
#include "check.h"
#include "mf_events.h"

#define RATE 44100
#define FRAMES (RATE * 2 + 1234)

static void put32(unsigned char *p, uint32_t v) { memcpy(p, &v, 4); }
static void put16(unsigned char *p, uint16_t v) { memcpy(p, &v, 2); }

/* A stereo 16-bit WAVE file of a noisy two-tone signal. */
static void write_source_wav(const char *path, int16_t *pcm) {
    uint32_t seed = 12345;
    for (int i = 0; i < FRAMES * 2; i++) {
        seed = seed * 1664525u + 1013904223u;
        int tone = ((i / 2) % (i % 2 ? 67 : 100)) * 300 - 15000;
        pcm[i] = (int16_t)(tone + (int)(seed >> 20) % 512);
    }
    unsigned char h[44];
    uint32_t data = FRAMES * 4;
    memcpy(h, "RIFF", 4); put32(h + 4, 36 + data); memcpy(h + 8, "WAVEfmt ", 8);
    put32(h + 16, 16); put16(h + 20, 1); put16(h + 22, 2); put32(h + 24, RATE);
    put32(h + 28, RATE * 4); put16(h + 32, 4); put16(h + 34, 16);
    memcpy(h + 36, "data", 4); put32(h + 40, data);
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL, "cannot write %s", path);
    if (!f) exit(1);
    fwrite(h, 1, 44, f);
    fwrite(pcm, 2, FRAMES * 2, f);
    fclose(f);
}

/* The data chunk of a WAVE file (and its format fields). */
static unsigned char *read_wav_data(const char *path, uint32_t *len, uint16_t *channels,
                                    uint32_t *rate, uint16_t *bits) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *all = malloc((size_t)size);
    if (fread(all, 1, (size_t)size, f) != (size_t)size) { fclose(f); free(all); return NULL; }
    fclose(f);
    unsigned char *data = NULL;
    for (long at = 12; at + 8 <= size; ) {
        uint32_t n;
        memcpy(&n, all + at + 4, 4);
        if (!memcmp(all + at, "fmt ", 4)) {
            memcpy(channels, all + at + 10, 2);
            memcpy(rate, all + at + 12, 4);
            memcpy(bits, all + at + 22, 2);
        } else if (!memcmp(all + at, "data", 4) && at + 8 + (long)n <= size) {
            data = malloc(n ? n : 1);
            memcpy(data, all + at + 8, n);
            *len = n;
        }
        at += 8 + n + (n & 1);
    }
    free(all);
    return data;
}

static void widen(const char *s, WCHAR *out, size_t cap) {
    size_t i = 0;
    for (; s[i] && i + 1 < cap; i++) out[i] = (WCHAR)(unsigned char)s[i];
    out[i] = 0;
}

static void check_shut_down(IMFMediaSession *s, IMFMediaSink *sink) {
    PROPVARIANT empty;
    PropVariantInit(&empty);
    IMFClock *clock = NULL;
    DWORD caps = 0;
    IMFTopology *t = NULL;
    HR(s->lpVtbl->Start(s, &GUID_NULL, &empty), MF_E_SHUTDOWN);
    HR(s->lpVtbl->Pause(s), MF_E_SHUTDOWN);
    HR(s->lpVtbl->Stop(s), MF_E_SHUTDOWN);
    HR(s->lpVtbl->Close(s), MF_E_SHUTDOWN);
    HR(s->lpVtbl->ClearTopologies(s), MF_E_SHUTDOWN);
    HR(s->lpVtbl->GetClock(s, &clock), MF_E_SHUTDOWN);
    HR(s->lpVtbl->GetSessionCapabilities(s, &caps), MF_E_SHUTDOWN);
    HR(s->lpVtbl->GetFullTopology(s, MFSESSION_GETFULLTOPOLOGY_CURRENT, 0, &t), MF_E_SHUTDOWN);
    HR(s->lpVtbl->Shutdown(s), MF_E_SHUTDOWN);
    /* D7, G12: the session shut the sink of its current topology down. */
    DWORD sink_caps = 0;
    HR(sink->lpVtbl->GetCharacteristics(sink, &sink_caps), MF_E_SHUTDOWN);
}

/* D1-D3: SetTopology refuses incomplete topologies in the call. */
static void check_topology_rows(IMFMediaSession *s, IMFMediaSource *source, IMFPresentationDescriptor *pd,
                                IMFStreamDescriptor *sd, IMFStreamSink *sink) {
    IMFTopology *t = NULL;
    IMFTopologyNode *src = NULL, *out = NULL;
    HR(MFCreateTopology(&t), S_OK);
    HR(s->lpVtbl->SetTopology(s, 0, t), E_INVALIDARG);                               /* D3: no nodes */
    HR(MFCreateTopologyNode(MF_TOPOLOGY_SOURCESTREAM_NODE, &src), S_OK);
    HR(MFCreateTopologyNode(MF_TOPOLOGY_OUTPUT_NODE, &out), S_OK);
    HR(out->lpVtbl->SetObject(out, (IUnknown *)sink), S_OK);
    HR(t->lpVtbl->AddNode(t, src), S_OK);
    HR(t->lpVtbl->AddNode(t, out), S_OK);
    HR(src->lpVtbl->ConnectOutput(src, 0, out, 0), S_OK);
    HR(s->lpVtbl->SetTopology(s, 0, t), MF_E_TOPO_MISSING_SOURCE);                   /* D1 */
    HR(src->lpVtbl->SetUnknown(src, &MF_TOPONODE_SOURCE, (IUnknown *)source), S_OK);
    HR(s->lpVtbl->SetTopology(s, 0, t), MF_E_TOPO_MISSING_PRESENTATION_DESCRIPTOR);  /* D3 */
    HR(src->lpVtbl->SetUnknown(src, &MF_TOPONODE_PRESENTATION_DESCRIPTOR, (IUnknown *)pd), S_OK);
    HR(s->lpVtbl->SetTopology(s, 0, t), MF_E_TOPO_MISSING_STREAM_DESCRIPTOR);        /* D3 */
    HR(src->lpVtbl->SetUnknown(src, &MF_TOPONODE_STREAM_DESCRIPTOR, (IUnknown *)sd), S_OK);
    HR(pd->lpVtbl->DeselectStream(pd, 0), S_OK);
    HR(s->lpVtbl->SetTopology(s, 0, t), MF_E_TOPO_STREAM_DESCRIPTOR_NOT_SELECTED);   /* D2 */
    HR(pd->lpVtbl->SelectStream(pd, 0), S_OK);
    /* D4: after the refusals, ClearTopologies still answers S_OK. */
    HR(s->lpVtbl->ClearTopologies(s), S_OK);
    expect_event(s, MESessionTopologiesCleared, S_OK, "D4 clear after refusals");
    src->lpVtbl->Release(src);
    out->lpVtbl->Release(out);
    t->lpVtbl->Release(t);
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: mf_playback DIR\n"); return 2; }
    char wav[1024], flac[1024], out[1024], cmd[4096];
    snprintf(wav, sizeof wav, "%s/source.wav", argv[1]);
    snprintf(flac, sizeof flac, "%s/source.flac", argv[1]);
    snprintf(out, sizeof out, "%s/played.wav", argv[1]);
    int16_t *pcm = malloc(FRAMES * 4);
    write_source_wav(wav, pcm);
    snprintf(cmd, sizeof cmd, "flac -s -f -8 -o '%s' '%s'", flac, wav);
    CHECK(system(cmd) == 0, "flac failed: %s", cmd);

    HR(MFStartup(MF_VERSION, MFSTARTUP_FULL), S_OK);

    /* The source: MFCreateSourceResolver, CreateObjectFromURL. */
    IMFSourceResolver *resolver = NULL;
    HR(MFCreateSourceResolver(&resolver), S_OK);
    WCHAR url[1100];
    char file_url[1100];
    snprintf(file_url, sizeof file_url, "file://%s", flac);
    widen(file_url, url, 1100);
    MF_OBJECT_TYPE kind = MF_OBJECT_INVALID;
    IUnknown *object = NULL;
    HR(resolver->lpVtbl->CreateObjectFromURL(resolver, url, MF_RESOLUTION_MEDIASOURCE, NULL, &kind, &object), S_OK);
    CHECK(kind == MF_OBJECT_MEDIASOURCE, "object type %d", kind);
    IMFMediaSource *source = NULL;
    HR(object->lpVtbl->QueryInterface(object, &IID_IMFMediaSource, (void **)&source), S_OK);
    object->lpVtbl->Release(object);
    WCHAR bad[] = L"http://example.invalid/a.flac";
    HR(resolver->lpVtbl->CreateObjectFromURL(resolver, bad, MF_RESOLUTION_MEDIASOURCE, NULL, &kind, &object),
       MF_E_UNSUPPORTED_SCHEME);
    WCHAR not_media[1100];
    widen(argv[0], not_media, 1100); /* this program is not media */
    HR(resolver->lpVtbl->CreateObjectFromURL(resolver, not_media, MF_RESOLUTION_MEDIASOURCE, NULL, &kind, &object),
       MF_E_UNSUPPORTED_BYTESTREAM_TYPE);
    resolver->lpVtbl->Release(resolver);

    /* Its presentation: one selected audio stream, FLAC coded (the loader
     * inserts the decoder), 16-bit stereo 44.1 kHz. */
    IMFPresentationDescriptor *pd = NULL;
    HR(source->lpVtbl->CreatePresentationDescriptor(source, &pd), S_OK);
    DWORD streams = 0;
    HR(pd->lpVtbl->GetStreamDescriptorCount(pd, &streams), S_OK);
    CHECK(streams == 1, "%u streams", streams);
    UINT64 duration = 0;
    HR(pd->lpVtbl->GetUINT64(pd, &MF_PD_DURATION, &duration), S_OK);
    CHECK(duration == (UINT64)FRAMES * 10000000ULL / RATE, "duration %llu", (unsigned long long)duration);
    BOOL selected = FALSE;
    IMFStreamDescriptor *sd = NULL;
    HR(pd->lpVtbl->GetStreamDescriptorByIndex(pd, 0, &selected, &sd), S_OK);
    CHECK(selected, "stream 0 not selected");
    IMFMediaTypeHandler *handler = NULL;
    IMFMediaType *type = NULL;
    HR(sd->lpVtbl->GetMediaTypeHandler(sd, &handler), S_OK);
    HR(handler->lpVtbl->GetCurrentMediaType(handler, &type), S_OK);
    GUID major, subtype;
    UINT32 channels = 0, rate = 0, bits = 0;
    HR(type->lpVtbl->GetGUID(type, &MF_MT_MAJOR_TYPE, &major), S_OK);
    HR(type->lpVtbl->GetGUID(type, &MF_MT_SUBTYPE, &subtype), S_OK);
    HR(type->lpVtbl->GetUINT32(type, &MF_MT_AUDIO_NUM_CHANNELS, &channels), S_OK);
    HR(type->lpVtbl->GetUINT32(type, &MF_MT_AUDIO_SAMPLES_PER_SECOND, &rate), S_OK);
    HR(type->lpVtbl->GetUINT32(type, &MF_MT_AUDIO_BITS_PER_SAMPLE, &bits), S_OK);
    CHECK(IsEqualGUID(&major, &MFMediaType_Audio) && IsEqualGUID(&subtype, &MFAudioFormat_FLAC), "not FLAC audio");
    CHECK(channels == 2 && rate == RATE && bits == 16, "%u ch %u Hz %u bits", channels, rate, bits);
    UINT32 setup = 0;
    HR(type->lpVtbl->GetBlobSize(type, &MF_MT_USER_DATA, &setup), S_OK);
    CHECK(setup == 34, "FLAC's STREAMINFO is 34 bytes, the user data %u", setup);
    handler->lpVtbl->Release(handler);

    /* The WAVE file's format, as the application chooses it: the PCM the
     * stream decodes to. */
    IMFMediaType *wave = NULL;
    HR(MFCreateMediaType(&wave), S_OK);
    HR(wave->lpVtbl->SetGUID(wave, &MF_MT_MAJOR_TYPE, &MFMediaType_Audio), S_OK);
    HR(wave->lpVtbl->SetGUID(wave, &MF_MT_SUBTYPE, &MFAudioFormat_PCM), S_OK);
    HR(wave->lpVtbl->SetUINT32(wave, &MF_MT_AUDIO_NUM_CHANNELS, channels), S_OK);
    HR(wave->lpVtbl->SetUINT32(wave, &MF_MT_AUDIO_SAMPLES_PER_SECOND, rate), S_OK);
    HR(wave->lpVtbl->SetUINT32(wave, &MF_MT_AUDIO_BITS_PER_SAMPLE, bits), S_OK);
    HR(wave->lpVtbl->SetUINT32(wave, &MF_MT_AUDIO_BLOCK_ALIGNMENT, channels * bits / 8), S_OK);
    HR(wave->lpVtbl->SetUINT32(wave, &MF_MT_AUDIO_AVG_BYTES_PER_SECOND, rate * channels * bits / 8), S_OK);

    /* The sink: MFCreateFile and MFCreateWAVEMediaSink. */
    IMFByteStream *file = NULL;
    WCHAR out_w[1100];
    widen(out, out_w, 1100);
    HR(MFCreateFile(MF_ACCESSMODE_WRITE, MF_OPENMODE_DELETE_IF_EXIST, MF_FILEFLAGS_NONE, out_w, &file), S_OK);
    IMFMediaSink *sink = NULL;
    HR(MFCreateWAVEMediaSink(file, wave, &sink), S_OK);
    IMFMediaSink *none = NULL;
    HR(MFCreateWAVEMediaSink(file, NULL, &none), E_POINTER);
    IMFStreamSink *stream_sink = NULL;
    HR(sink->lpVtbl->GetStreamSinkByIndex(sink, 0, &stream_sink), S_OK);

    /* The topology of the tutorial: source node -> output node. */
    IMFTopology *topology = NULL;
    IMFTopologyNode *src_node = NULL, *out_node = NULL;
    HR(MFCreateTopology(&topology), S_OK);
    HR(MFCreateTopologyNode(MF_TOPOLOGY_SOURCESTREAM_NODE, &src_node), S_OK);
    HR(MFCreateTopologyNode(MF_TOPOLOGY_OUTPUT_NODE, &out_node), S_OK);
    HR(src_node->lpVtbl->SetUnknown(src_node, &MF_TOPONODE_SOURCE, (IUnknown *)source), S_OK);
    HR(src_node->lpVtbl->SetUnknown(src_node, &MF_TOPONODE_PRESENTATION_DESCRIPTOR, (IUnknown *)pd), S_OK);
    HR(src_node->lpVtbl->SetUnknown(src_node, &MF_TOPONODE_STREAM_DESCRIPTOR, (IUnknown *)sd), S_OK);
    HR(out_node->lpVtbl->SetObject(out_node, (IUnknown *)stream_sink), S_OK);
    HR(topology->lpVtbl->AddNode(topology, src_node), S_OK);
    HR(topology->lpVtbl->AddNode(topology, out_node), S_OK);
    HR(src_node->lpVtbl->ConnectOutput(src_node, 0, out_node, 0), S_OK);

    /* Play: TopologySet (the resolved topology), READY, Started, Ended. */
    IMFMediaSession *s = NULL;
    HR(MFCreateMediaSession(NULL, &s), S_OK);
    check_topology_rows(s, source, pd, sd, stream_sink);
    HR(s->lpVtbl->SetTopology(s, 0, topology), S_OK);
    PROPVARIANT v = expect_event_within(s, MESessionTopologySet, S_OK, VT_UNKNOWN, 1000, "TopologySet");
    CHECK(v.vt == VT_UNKNOWN && v.punkVal != (IUnknown *)topology, "D6: the full topology is a new object");
    PropVariantClear(&v);
    v = expect_event_within(s, MESessionTopologyStatus, S_OK, VT_UNKNOWN, 1000, "TopologyStatus");
    PropVariantClear(&v);
    DWORD caps = 0;
    HR(s->lpVtbl->GetSessionCapabilities(s, &caps), S_OK);
    CHECK((caps & (MFSESSIONCAP_START | MFSESSIONCAP_SEEK)) == (MFSESSIONCAP_START | MFSESSIONCAP_SEEK),
          "caps 0x%x", caps);
    PROPVARIANT empty;
    PropVariantInit(&empty);
    HR(s->lpVtbl->Start(s, &GUID_NULL, &empty), S_OK);
    expect_event_within(s, MESessionStarted, S_OK, VT_EMPTY, 5000, "Started");
    HR(s->lpVtbl->GetSessionCapabilities(s, &caps), S_OK);
    CHECK(caps & MFSESSIONCAP_PAUSE, "PAUSE while started: caps 0x%x", caps);
    expect_event_within(s, MESessionEnded, S_OK, VT_EMPTY, 30000, "Ended");

    /* Close: asynchronous, MESessionClosed is the last event. */
    HR(s->lpVtbl->Close(s), S_OK);
    expect_event(s, MESessionClosed, S_OK, "Closed");
    struct timespec fifty_ms = {0, 50000000L};
    nanosleep(&fifty_ms, NULL);
    IMFMediaEvent *after = NULL;
    HR(s->lpVtbl->GetEvent(s, MF_EVENT_FLAG_NO_WAIT, &after), MF_E_NO_EVENTS_AVAILABLE);

    /* The WAVE file holds the source's PCM exactly. */
    uint32_t len = 0, out_rate = 0;
    uint16_t out_channels = 0, out_bits = 0;
    unsigned char *played = read_wav_data(out, &len, &out_channels, &out_rate, &out_bits);
    CHECK(played != NULL, "cannot read %s", out);
    CHECK(out_channels == 2 && out_rate == RATE && out_bits == 16, "format %u/%u/%u", out_channels, out_rate, out_bits);
    CHECK(len == FRAMES * 4, "%u data bytes, want %u", len, FRAMES * 4);
    CHECK(played && len == FRAMES * 4 && memcmp(played, pcm, len) == 0, "the played PCM differs from the source");
    free(played);

    /* After Close: only GetClock, GetFullTopology, GetSessionCapabilities
     * and Shutdown work; the commands answer MF_E_INVALIDREQUEST. */
    IMFClock *clock = NULL;
    HR(s->lpVtbl->GetClock(s, &clock), S_OK);
    if (clock) clock->lpVtbl->Release(clock);
    HR(s->lpVtbl->GetSessionCapabilities(s, &caps), S_OK);
    CHECK(!(caps & (MFSESSIONCAP_START | MFSESSIONCAP_SEEK)), "F14: caps after Close 0x%x", caps);
    IMFTopology *full = NULL;
    HR(s->lpVtbl->GetFullTopology(s, MFSESSION_GETFULLTOPOLOGY_CURRENT, 0, &full), S_OK);
    if (full) {
        WORD nodes = 0;
        HR(full->lpVtbl->GetNodeCount(full, &nodes), S_OK);
        CHECK(nodes == 3, "%u nodes: not source, decoder and sink", nodes);
        full->lpVtbl->Release(full);
    }
    HR(s->lpVtbl->SetTopology(s, 0, topology), MF_E_INVALIDREQUEST);             /* F12 */
    check_commands_after_close(s);

    /* F15: the source, then the session. */
    HR(source->lpVtbl->Shutdown(source), S_OK);
    HR(s->lpVtbl->Shutdown(s), S_OK);
    check_shut_down(s, sink);

    ULONG left = 0;
    stream_sink->lpVtbl->Release(stream_sink);
    sink->lpVtbl->Release(sink);
    file->lpVtbl->Release(file);
    type->lpVtbl->Release(type);
    wave->lpVtbl->Release(wave);
    sd->lpVtbl->Release(sd);
    pd->lpVtbl->Release(pd);
    src_node->lpVtbl->Release(src_node);
    out_node->lpVtbl->Release(out_node);
    topology->lpVtbl->Release(topology);
    source->lpVtbl->Release(source);
    left = s->lpVtbl->Release(s);
    CHECK(left == 0, "the session keeps %u references", left);
    HR(MFShutdown(), S_OK);
    free(pcm);
    printf("mf_playback: %d checks, %d failed\n", check_count, check_failures);
    return check_failures != 0;
}
