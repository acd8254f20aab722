// Media Foundation from C++, as Windows C++ code is written: interfaces are
// classes (session->Start(...)), GUIDs pass by reference
// (SetUnknown(MF_TOPONODE_SOURCE, source)), a derived interface converts to
// IUnknown*, and the program implements IMFAsyncCallback as a C++ class that
// the session calls back through its vtable. It follows the playback
// tutorial: resolve a FLAC file, build the topology into the WAVE sink,
// receive the session's events with BeginGetEvent, play to the end, Close
// (MESessionClosed comes last), shut down; the WAVE file's data must equal
// the source's PCM.
//
// Usage: mf_player DIR, where mf_playback left source.flac and source.wav.
#include <mfapi.h>
#include <mferror.h>
#include <mfidl.h>

#include <chrono>
#include <condition_variable>
#include <fstream>
#include <iterator>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "../c/check.h"

#define HR(call, want)                                                               \
    do {                                                                             \
        HRESULT hr_ = (call);                                                        \
        CHECK(hr_ == (HRESULT)(want), "%s: %#x, want %#x", #call, (unsigned)hr_,     \
              (unsigned)(want));                                                     \
    } while (0)

template <class T> static void SafeRelease(T **p) {
    if (*p) {
        (*p)->Release();
        *p = nullptr;
    }
}

// The session's events, gathered by its callback on the work queue's thread.
class SessionEvents : public IMFAsyncCallback {
  public:
    explicit SessionEvents(IMFMediaSession *session) : session_(session) {}

    HRESULT STDMETHODCALLTYPE QueryInterface(REFIID riid, void **ppv) override {
        if (riid == IID_IUnknown || riid == IID_IMFAsyncCallback) {
            *ppv = static_cast<IMFAsyncCallback *>(this);
            AddRef();
            return S_OK;
        }
        *ppv = nullptr;
        return E_NOINTERFACE;
    }
    ULONG STDMETHODCALLTYPE AddRef() override { return __atomic_add_fetch(&refs_, 1, __ATOMIC_SEQ_CST); }
    ULONG STDMETHODCALLTYPE Release() override { return __atomic_sub_fetch(&refs_, 1, __ATOMIC_SEQ_CST); }
    HRESULT STDMETHODCALLTYPE GetParameters(DWORD *, DWORD *) override { return E_NOTIMPL; }

    HRESULT STDMETHODCALLTYPE Invoke(IMFAsyncResult *result) override {
        IMFMediaEvent *event = nullptr;
        HRESULT hr = session_->EndGetEvent(result, &event);
        MediaEventType type = MEUnknown;
        HRESULT status = hr;
        if (SUCCEEDED(hr)) {
            event->GetType(&type);
            event->GetStatus(&status);
            event->Release();
        }
        {
            std::lock_guard<std::mutex> lock(mutex_);
            seen_.push_back({type, status});
        }
        changed_.notify_all();
        // Until the last event, ask for the next one (tutorial step 5).
        if (SUCCEEDED(hr) && type != MESessionClosed) session_->BeginGetEvent(this, nullptr);
        return S_OK;
    }

    // Waits for an event of `type`; its status, or E_FAIL after 10 s.
    HRESULT WaitFor(MediaEventType type) {
        std::unique_lock<std::mutex> lock(mutex_);
        for (;;) {
            for (size_t i = next_; i < seen_.size(); i++) {
                if (seen_[i].first == type) {
                    next_ = i + 1;
                    return seen_[i].second;
                }
            }
            if (changed_.wait_for(lock, std::chrono::seconds(10)) == std::cv_status::timeout) return E_FAIL;
        }
    }

    std::vector<MediaEventType> Types() {
        std::lock_guard<std::mutex> lock(mutex_);
        std::vector<MediaEventType> types;
        for (auto &e : seen_) types.push_back(e.first);
        return types;
    }

    LONG Refs() const { return __atomic_load_n(&refs_, __ATOMIC_SEQ_CST); }

  private:
    LONG refs_ = 1;
    IMFMediaSession *session_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<std::pair<MediaEventType, HRESULT>> seen_;
    size_t next_ = 0;
};

static std::u16string Widen(const std::string &s) { return std::u16string(s.begin(), s.end()); }

static std::vector<char> PcmOf(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // Both files are canonical 44-byte-header WAVE files.
    return bytes.size() > 44 ? std::vector<char>(bytes.begin() + 44, bytes.end()) : std::vector<char>();
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: mf_player DIR\n");
        return 2;
    }
    std::string dir = argv[1];
    std::u16string flac = Widen(dir + "/source.flac"), out = Widen(dir + "/cpp.wav");
    HR(MFStartup(MF_VERSION, MFSTARTUP_FULL), S_OK);

    // The source, from the resolver.
    IMFSourceResolver *resolver = nullptr;
    IUnknown *object = nullptr;
    IMFMediaSource *source = nullptr;
    MF_OBJECT_TYPE kind = MF_OBJECT_INVALID;
    HR(MFCreateSourceResolver(&resolver), S_OK);
    HR(resolver->CreateObjectFromURL((LPCWSTR)flac.c_str(), MF_RESOLUTION_MEDIASOURCE, nullptr, &kind, &object),
       S_OK);
    CHECK(kind == MF_OBJECT_MEDIASOURCE, "object type %d", kind);
    HR(object->QueryInterface(IID_IMFMediaSource, (void **)&source), S_OK);

    // Its first stream and type (FLAC), and a WAVE sink for the PCM it
    // decodes to.
    IMFPresentationDescriptor *pd = nullptr;
    IMFStreamDescriptor *sd = nullptr;
    IMFMediaTypeHandler *handler = nullptr;
    IMFMediaType *type = nullptr;
    BOOL selected = FALSE;
    HR(source->CreatePresentationDescriptor(&pd), S_OK);
    HR(pd->GetStreamDescriptorByIndex(0, &selected, &sd), S_OK);
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
    IMFByteStream *file = nullptr;
    IMFMediaSink *sink = nullptr;
    IMFStreamSink *stream_sink = nullptr;
    HR(MFCreateFile(MF_ACCESSMODE_WRITE, MF_OPENMODE_DELETE_IF_EXIST, MF_FILEFLAGS_NONE, (LPCWSTR)out.c_str(), &file),
       S_OK);
    HR(MFCreateWAVEMediaSink(file, pcm, &sink), S_OK);
    HR(sink->GetStreamSinkByIndex(0, &stream_sink), S_OK);

    // The partial topology: source node -> output node.
    IMFTopology *topology = nullptr;
    IMFTopologyNode *source_node = nullptr, *output_node = nullptr;
    HR(MFCreateTopology(&topology), S_OK);
    HR(MFCreateTopologyNode(MF_TOPOLOGY_SOURCESTREAM_NODE, &source_node), S_OK);
    HR(source_node->SetUnknown(MF_TOPONODE_SOURCE, source), S_OK);
    HR(source_node->SetUnknown(MF_TOPONODE_PRESENTATION_DESCRIPTOR, pd), S_OK);
    HR(source_node->SetUnknown(MF_TOPONODE_STREAM_DESCRIPTOR, sd), S_OK);
    HR(MFCreateTopologyNode(MF_TOPOLOGY_OUTPUT_NODE, &output_node), S_OK);
    HR(output_node->SetObject(stream_sink), S_OK);
    HR(topology->AddNode(source_node), S_OK);
    HR(topology->AddNode(output_node), S_OK);
    HR(source_node->ConnectOutput(0, output_node, 0), S_OK);

    // The session, its events through our callback, and the playback.
    IMFMediaSession *session = nullptr;
    HR(MFCreateMediaSession(nullptr, &session), S_OK);
    SessionEvents events(session);
    HR(session->BeginGetEvent(&events, nullptr), S_OK);
    HR(session->SetTopology(0, topology), S_OK);
    HR(events.WaitFor(MESessionTopologyStatus), S_OK);
    PROPVARIANT start;
    PropVariantInit(&start);
    HR(session->Start(&GUID_NULL, &start), S_OK);
    HR(events.WaitFor(MESessionStarted), S_OK);
    HR(events.WaitFor(MESessionEnded), S_OK);

    // The seed: Close ends with MESessionClosed, and nothing follows it.
    HR(session->Close(), S_OK);
    HR(events.WaitFor(MESessionClosed), S_OK);
    HR(session->SetTopology(0, topology), MF_E_INVALIDREQUEST);
    std::vector<MediaEventType> types = events.Types();
    CHECK(!types.empty() && types.back() == MESessionClosed, "MESessionClosed is not the last event");
    IMFClock *clock = nullptr;
    HR(session->GetClock(&clock), S_OK);
    SafeRelease(&clock);
    HR(source->Shutdown(), S_OK);
    HR(session->Shutdown(), S_OK);
    HR(session->Start(&GUID_NULL, &start), MF_E_SHUTDOWN);
    // The work queue lets go of the callback once an Invoke under way
    // returns.
    for (int i = 0; i < 1000 && events.Refs() != 1; i++)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    CHECK(events.Refs() == 1, "the session still holds the callback: %d", (int)events.Refs());

    std::vector<char> played = PcmOf(dir + "/cpp.wav"), original = PcmOf(dir + "/source.wav");
    CHECK(!original.empty() && played == original, "played %zu bytes, source %zu; equal: %d", played.size(),
          original.size(), played == original);

    SafeRelease(&session);
    SafeRelease(&output_node);
    SafeRelease(&source_node);
    SafeRelease(&topology);
    SafeRelease(&stream_sink);
    SafeRelease(&sink);
    SafeRelease(&file);
    SafeRelease(&type);
    SafeRelease(&pcm);
    SafeRelease(&handler);
    SafeRelease(&sd);
    SafeRelease(&pd);
    SafeRelease(&source);
    SafeRelease(&object);
    SafeRelease(&resolver);
    HR(MFShutdown(), S_OK);
    return check_summary("mf_player (C++)");
}
