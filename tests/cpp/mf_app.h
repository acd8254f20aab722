// What the Media Foundation C++ tests (mf_player, mf_app_sink,
// mf_app_source) share, written once so that each test holds only what it
// tests: the HR check; COM objects of the application's own (the reference
// count, the event generator over an event queue, the work queue's member
// callback, in the forms the SDK samples use); the playback tutorial's
// steps (resolve a file's source, its first stream, the WAVE file sink,
// the partial topology, the session and its events); and reading WAVE
// files back.
#ifndef WINSESSION_TESTS_MF_APP_H
#define WINSESSION_TESTS_MF_APP_H

#include <windows.h>
#include <shlwapi.h>
#include <mfapi.h>
#include <mferror.h>
#include <mfidl.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "../c/check.h"

// A call must return `want`.
#define HR(call, want)                                                                                       \
    do {                                                                                                     \
        HRESULT hr_ = (call);                                                                                \
        CHECK(hr_ == (HRESULT)(want), "%s: %#x, want %#x", #call, (unsigned)hr_, (unsigned)(want));         \
    } while (0)

template <class T> void SafeRelease(T **p) {
    if (*p) {
        (*p)->Release();
        *p = nullptr;
    }
}

// ---------------------------------------------------------------------------
// The application's COM objects.

// The application's objects alive now: the session must let go of all.
inline std::atomic<int> g_live{0};

// Whether every application object is gone within 2 s: the session's
// thread and the work queues let go of them once the calls under way
// return.
inline bool AllObjectsReleased() {
    for (int i = 0; i < 2000 && g_live != 0; i++) Sleep(1);
    return g_live == 0;
}

// IUnknown's reference count for an object the heap owns, implementing
// Interfaces... (what ATL's CComObject or WRL's RuntimeClass give): one
// reference at creation, deleted with the last. Derived answers
// QueryInterface (with QISearch); each object alive counts in g_live.
template <class... Interfaces> class ComObject : public Interfaces... {
  public:
    STDMETHODIMP_(ULONG) AddRef() override { return InterlockedIncrement(&refs_); }
    STDMETHODIMP_(ULONG) Release() override {
        LONG left = InterlockedDecrement(&refs_);
        if (left == 0) delete this;
        return left;
    }

  protected:
    ComObject() { g_live++; }
    virtual ~ComObject() { g_live--; }

  private:
    LONG refs_ = 1;
};

// IMFMediaEventGenerator through an event queue (MFCreateEventQueue), as
// the SDK samples' sources and sinks write it: each call holds the
// object's lock (Derived::Lock()) and fails with MF_E_SHUTDOWN once it is
// shut down; GetEvent, which may block, waits outside the lock.
template <class Derived, class... Interfaces> class MediaEventGenerator : public ComObject<Interfaces...> {
  public:
    STDMETHODIMP BeginGetEvent(IMFAsyncCallback *callback, IUnknown *state) override {
        std::lock_guard<std::recursive_mutex> lock(Self()->Lock());
        return shut_down_ ? MF_E_SHUTDOWN : events_->BeginGetEvent(callback, state);
    }
    STDMETHODIMP EndGetEvent(IMFAsyncResult *result, IMFMediaEvent **event) override {
        std::lock_guard<std::recursive_mutex> lock(Self()->Lock());
        return shut_down_ ? MF_E_SHUTDOWN : events_->EndGetEvent(result, event);
    }
    STDMETHODIMP GetEvent(DWORD flags, IMFMediaEvent **event) override {
        IMFMediaEventQueue *queue = nullptr;
        {
            std::lock_guard<std::recursive_mutex> lock(Self()->Lock());
            if (shut_down_) return MF_E_SHUTDOWN;
            queue = events_;
            queue->AddRef();
        }
        HRESULT hr = queue->GetEvent(flags, event);
        queue->Release();
        return hr;
    }
    STDMETHODIMP QueueEvent(MediaEventType type, REFGUID extended, HRESULT status, const PROPVARIANT *value) override {
        std::lock_guard<std::recursive_mutex> lock(Self()->Lock());
        return shut_down_ ? MF_E_SHUTDOWN : events_->QueueEventParamVar(type, extended, status, value);
    }

  protected:
    bool shut_down_ = false;
    IMFMediaEventQueue *events_ = nullptr;

  private:
    Derived *Self() { return static_cast<Derived *>(this); }
};

// A work queue's callback that is a member of its owner and shares its
// references, calling one of the owner's methods: the SDK samples'
// AsyncCallback template.
template <class Owner> class AsyncCallback final : public IMFAsyncCallback {
  public:
    using InvokeFn = HRESULT (Owner::*)(IMFAsyncResult *);
    AsyncCallback(Owner *owner, InvokeFn invoke) : owner_(owner), invoke_(invoke) {}

    STDMETHODIMP QueryInterface(REFIID riid, void **ppv) override {
        static const QITAB qit[] = {QITABENT(AsyncCallback, IMFAsyncCallback), {}};
        return QISearch(this, qit, riid, ppv);
    }
    STDMETHODIMP_(ULONG) AddRef() override { return owner_->AddRef(); }
    STDMETHODIMP_(ULONG) Release() override { return owner_->Release(); }
    STDMETHODIMP GetParameters(DWORD *, DWORD *) override { return E_NOTIMPL; }
    STDMETHODIMP Invoke(IMFAsyncResult *result) override { return (owner_->*invoke_)(result); }

  private:
    Owner *owner_;
    InvokeFn invoke_;
};

// ---------------------------------------------------------------------------
// The playback tutorial's steps, each call checked.

inline std::u16string Widen(const std::string &s) { return std::u16string(s.begin(), s.end()); }

// The media source the source resolver makes of the file at `path` (NULL
// if it made none); *kind is the object type it reported.
inline IMFMediaSource *ResolveSource(const std::string &path, MF_OBJECT_TYPE *kind) {
    std::u16string url = Widen(path);
    IMFSourceResolver *resolver = nullptr;
    IUnknown *object = nullptr;
    IMFMediaSource *source = nullptr;
    *kind = MF_OBJECT_INVALID;
    HR(MFCreateSourceResolver(&resolver), S_OK);
    HR(resolver->CreateObjectFromURL((LPCWSTR)url.c_str(), MF_RESOLUTION_MEDIASOURCE, nullptr, kind, &object), S_OK);
    if (object) HR(object->QueryInterface(IID_PPV_ARGS(&source)), S_OK);
    SafeRelease(&object);
    SafeRelease(&resolver);
    return source;
}

// The source's presentation descriptor and its first stream's descriptor;
// whether that stream is selected.
inline BOOL FirstStream(IMFMediaSource *source, IMFPresentationDescriptor **pd, IMFStreamDescriptor **sd) {
    BOOL selected = FALSE;
    HR(source->CreatePresentationDescriptor(pd), S_OK);
    HR((*pd)->GetStreamDescriptorByIndex(0, &selected, sd), S_OK);
    return selected;
}

// The WAVE file sink writing `type` into a new file at `path`, and its
// stream sink (the sink keeps the file's byte stream).
inline IMFStreamSink *WaveFileSink(const std::string &path, IMFMediaType *type, IMFMediaSink **sink) {
    std::u16string url = Widen(path);
    IMFByteStream *file = nullptr;
    IMFStreamSink *stream_sink = nullptr;
    HR(MFCreateFile(MF_ACCESSMODE_WRITE, MF_OPENMODE_DELETE_IF_EXIST, MF_FILEFLAGS_NONE, (LPCWSTR)url.c_str(), &file),
       S_OK);
    HR(MFCreateWAVEMediaSink(file, type, sink), S_OK);
    HR((*sink)->GetStreamSinkByIndex(0, &stream_sink), S_OK);
    SafeRelease(&file);
    return stream_sink;
}

// The partial topology: the source's stream node -> the output node of
// `stream_sink`; the topology loader completes it.
inline IMFTopology *PartialTopology(IMFMediaSource *source, IMFPresentationDescriptor *pd, IMFStreamDescriptor *sd,
                                    IMFStreamSink *stream_sink) {
    IMFTopology *topology = nullptr;
    HR(MFCreateTopology(&topology), S_OK);
    // The source node names the source, its presentation and the stream.
    IMFTopologyNode *source_node = nullptr;
    HR(MFCreateTopologyNode(MF_TOPOLOGY_SOURCESTREAM_NODE, &source_node), S_OK);
    HR(source_node->SetUnknown(MF_TOPONODE_SOURCE, source), S_OK);
    HR(source_node->SetUnknown(MF_TOPONODE_PRESENTATION_DESCRIPTOR, pd), S_OK);
    HR(source_node->SetUnknown(MF_TOPONODE_STREAM_DESCRIPTOR, sd), S_OK);
    HR(topology->AddNode(source_node), S_OK);
    // The output node holds the stream sink itself.
    IMFTopologyNode *output_node = nullptr;
    HR(MFCreateTopologyNode(MF_TOPOLOGY_OUTPUT_NODE, &output_node), S_OK);
    HR(output_node->SetObject(stream_sink), S_OK);
    HR(topology->AddNode(output_node), S_OK);
    HR(source_node->ConnectOutput(0, output_node, 0), S_OK);
    SafeRelease(&output_node);
    SafeRelease(&source_node);
    return topology;
}

// The session and its events, gathered by this callback on the work
// queue's thread. The callback lives on the caller's stack: its count is
// only watched, for the session must let go of it.
class SessionEvents final : public IMFAsyncCallback {
  public:
    // Creates the session, asks for its first event and sets the
    // topology; the caller owns the session.
    IMFMediaSession *Open(IMFTopology *topology) {
        HR(MFCreateMediaSession(nullptr, &session_), S_OK);
        HR(session_->BeginGetEvent(this, nullptr), S_OK);
        HR(session_->SetTopology(0, topology), S_OK);
        return session_;
    }
    // Starts at the beginning and plays to the end.
    void PlayToEnd() {
        PROPVARIANT start;
        PropVariantInit(&start);
        HR(session_->Start(&GUID_NULL, &start), S_OK);
        HR(WaitFor(MESessionStarted), S_OK);
        HR(WaitFor(MESessionEnded), S_OK);
    }
    // Close ends with MESessionClosed.
    void CloseSession() {
        HR(session_->Close(), S_OK);
        HR(WaitFor(MESessionClosed), S_OK);
    }

    STDMETHODIMP QueryInterface(REFIID riid, void **ppv) override {
        static const QITAB qit[] = {QITABENT(SessionEvents, IMFAsyncCallback), {}};
        return QISearch(this, qit, riid, ppv);
    }
    STDMETHODIMP_(ULONG) AddRef() override { return InterlockedIncrement(&refs_); }
    STDMETHODIMP_(ULONG) Release() override { return InterlockedDecrement(&refs_); }
    STDMETHODIMP GetParameters(DWORD *, DWORD *) override { return E_NOTIMPL; }

    STDMETHODIMP Invoke(IMFAsyncResult *result) override {
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

    // The status of the next event of `type`, or E_FAIL after 20 s.
    HRESULT WaitFor(MediaEventType type) {
        std::unique_lock<std::mutex> lock(mutex_);
        for (;;) {
            for (size_t i = next_; i < seen_.size(); i++) {
                if (seen_[i].first == type) {
                    next_ = i + 1;
                    return seen_[i].second;
                }
            }
            if (changed_.wait_for(lock, std::chrono::seconds(20)) == std::cv_status::timeout) return E_FAIL;
        }
    }
    // Whether an event of `type` came, and its status.
    bool Saw(MediaEventType type, HRESULT *status) {
        std::lock_guard<std::mutex> lock(mutex_);
        for (auto &e : seen_) {
            if (e.first == type) {
                *status = e.second;
                return true;
            }
        }
        return false;
    }
    std::vector<MediaEventType> Types() {
        std::lock_guard<std::mutex> lock(mutex_);
        std::vector<MediaEventType> types;
        for (auto &e : seen_) types.push_back(e.first);
        return types;
    }

    // Whether the session let go of the callback within 1 s: the work
    // queue releases it once an Invoke under way returns.
    bool Released() {
        for (int i = 0; i < 1000 && Refs() != 1; i++) Sleep(1);
        return Refs() == 1;
    }
    LONG Refs() { return InterlockedCompareExchange(&refs_, 0, 0); }

  private:
    LONG refs_ = 1;
    IMFMediaSession *session_ = nullptr;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<std::pair<MediaEventType, HRESULT>> seen_;
    size_t next_ = 0;
};

// ---------------------------------------------------------------------------
// WAVE files.

// A file's bytes (none if it cannot be read).
inline std::vector<uint8_t> ReadFileBytes(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    return std::vector<uint8_t>((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline uint32_t Le32(const uint8_t *p) { return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24; }

// A WAVE file's chunk `id` (its bytes), walking the RIFF chunks; none if
// the file is not RIFF WAVE or has no such chunk.
inline std::vector<uint8_t> WaveChunk(const std::vector<uint8_t> &file, const char *id) {
    if (file.size() < 12 || memcmp(file.data(), "RIFF", 4) || memcmp(file.data() + 8, "WAVE", 4)) return {};
    size_t at = 12;
    while (at + 8 <= file.size()) {
        uint32_t size = Le32(&file[at + 4]);
        if (at + 8 + size > file.size()) return {};
        if (!memcmp(&file[at], id, 4)) return std::vector<uint8_t>(file.begin() + at + 8, file.begin() + at + 8 + size);
        at += 8 + size + (size & 1);
    }
    return {};
}

#endif
