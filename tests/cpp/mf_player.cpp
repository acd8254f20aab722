// Media Foundation from C++, as Windows C++ code is written: interfaces are
// classes (session->Start(...)), GUIDs pass by reference
// (SetUnknown(MF_TOPONODE_SOURCE, source)), a derived interface converts to
// IUnknown*, and the program implements IMFAsyncCallback as a C++ class that
// the session calls back through its vtable (SessionEvents, in mf_app.h). It follows the playback
// tutorial: resolve a FLAC file, build the topology into the WAVE sink,
// receive the session's events with BeginGetEvent, play to the end, Close
// (MESessionClosed comes last), shut down; the WAVE file's data must equal
// the source's PCM.
//
// Usage: mf_player DIR, where mf_playback left source.flac and source.wav.
#include "mf_app.h"

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: mf_player DIR\n");
        return 2;
    }
    std::string dir = argv[1];
    HR(MFStartup(MF_VERSION, MFSTARTUP_FULL), S_OK);

    // The source, from the resolver.
    MF_OBJECT_TYPE kind = MF_OBJECT_INVALID;
    IMFMediaSource *source = ResolveSource(dir + "/source.flac", &kind);
    CHECK(kind == MF_OBJECT_MEDIASOURCE, "object type %d", kind);
    if (!source) return check_summary("mf_player (C++)");

    // Its first stream and type (FLAC), and a WAVE sink for the PCM it
    // decodes to.
    IMFPresentationDescriptor *pd = nullptr;
    IMFStreamDescriptor *sd = nullptr;
    IMFMediaTypeHandler *handler = nullptr;
    IMFMediaType *type = nullptr;
    FirstStream(source, &pd, &sd);
    HR(sd->GetMediaTypeHandler(&handler), S_OK);
    HR(handler->GetCurrentMediaType(&type), S_OK);
    GUID major = GUID_NULL;
    HR(type->GetGUID(MF_MT_MAJOR_TYPE, &major), S_OK);
    CHECK(major == MFMediaType_Audio, "the stream is not audio");
    GUID subtype = GUID_NULL;
    UINT32 channels = 0, rate = 0, bits = 0;
    HR(type->GetGUID(MF_MT_SUBTYPE, &subtype), S_OK);
    CHECK(subtype == MFAudioFormat_FLAC, "the stream is not FLAC");
    HR(type->GetUINT32(MF_MT_AUDIO_NUM_CHANNELS, &channels), S_OK);
    HR(type->GetUINT32(MF_MT_AUDIO_SAMPLES_PER_SECOND, &rate), S_OK);
    HR(type->GetUINT32(MF_MT_AUDIO_BITS_PER_SAMPLE, &bits), S_OK);
    IMFMediaType *pcm = nullptr;
    HR(MFCreateMediaType(&pcm), S_OK);
    HR(pcm->SetGUID(MF_MT_MAJOR_TYPE, MFMediaType_Audio), S_OK);
    HR(pcm->SetGUID(MF_MT_SUBTYPE, MFAudioFormat_PCM), S_OK);
    HR(pcm->SetUINT32(MF_MT_AUDIO_NUM_CHANNELS, channels), S_OK);
    HR(pcm->SetUINT32(MF_MT_AUDIO_SAMPLES_PER_SECOND, rate), S_OK);
    HR(pcm->SetUINT32(MF_MT_AUDIO_BITS_PER_SAMPLE, bits), S_OK);
    IMFMediaSink *sink = nullptr;
    IMFStreamSink *stream_sink = WaveFileSink(dir + "/cpp.wav", pcm, &sink);

    // The partial topology, the session, its events through our callback,
    // and the playback.
    IMFTopology *topology = PartialTopology(source, pd, sd, stream_sink);
    SessionEvents events;
    IMFMediaSession *session = events.Open(topology);
    HR(events.WaitFor(MESessionTopologyStatus), S_OK);
    events.PlayToEnd();

    // The seed: Close ends with MESessionClosed, and nothing follows it.
    events.CloseSession();
    HR(session->SetTopology(0, topology), MF_E_INVALIDREQUEST);
    std::vector<MediaEventType> types = events.Types();
    CHECK(!types.empty() && types.back() == MESessionClosed, "MESessionClosed is not the last event");
    IMFClock *clock = nullptr;
    HR(session->GetClock(&clock), S_OK);
    SafeRelease(&clock);
    HR(source->Shutdown(), S_OK);
    HR(session->Shutdown(), S_OK);
    PROPVARIANT start;
    PropVariantInit(&start);
    HR(session->Start(&GUID_NULL, &start), MF_E_SHUTDOWN);
    CHECK(events.Released(), "the session still holds the callback: %d", (int)events.Refs());

    // Both files are WAVE files: their data chunks must be equal.
    std::vector<uint8_t> played = WaveChunk(ReadFileBytes(dir + "/cpp.wav"), "data"),
                         original = WaveChunk(ReadFileBytes(dir + "/source.wav"), "data");
    CHECK(!original.empty() && played == original, "played %zu bytes, source %zu; equal: %d", played.size(),
          original.size(), played == original);

    SafeRelease(&session);
    SafeRelease(&topology);
    SafeRelease(&stream_sink);
    SafeRelease(&sink);
    SafeRelease(&type);
    SafeRelease(&pcm);
    SafeRelease(&handler);
    SafeRelease(&sd);
    SafeRelease(&pd);
    SafeRelease(&source);
    HR(MFShutdown(), S_OK);
    return check_summary("mf_player (C++)");
}
