// An application's own media source in the Media Session: a tone
// generator written the way "Writing a Custom Media Source" describes one.
// The source (IMFMediaSource) and its one stream (IMFMediaStream) keep
// event queues of their own (MFCreateEventQueue); the presentation
// descriptor comes from MFCreateStreamDescriptor and
// MFCreatePresentationDescriptor; Start sends MENewStream (MEUpdatedStream
// on a restart), MESourceStarted and MEStreamStarted; each RequestSample
// is answered from a work queue the source allocates (MFAllocateWorkQueue,
// MFPutWorkItem) with MEMediaSample; after
// the last sample the stream sends MEEndOfStream and the source
// MEEndOfPresentation; Stop, Pause and Shutdown follow the documented
// rules. One second of 16-bit stereo at 48 kHz (440 Hz left, 660 Hz right)
// plays through MFCreateMediaSession into the WAVE sink (MFCreateWAVEMediaSink
// over MFCreateFile), whose file must hold exactly the generated frames;
// the session must use the source as it uses its own (its characteristics,
// the start/stop protocol, no request to a stopped stream), leave its
// shutdown to the application and release it.
//
// Usage: mf_app_source DIR   (the WAVE file goes into DIR)
#include <cmath>
#include <deque>

#include "mf_app.h"

static const UINT32 kRate = 48000, kChannels = 2, kBits = 16;
static const UINT32 kFrames = kRate;          // one second
static const UINT32 kFramesPerSample = 4096;  // the last sample is shorter
static const DWORD kStreamId = 7;

// Frame `i` of the tone: 440 Hz on the left, 660 Hz on the right.
static void ToneFrame(UINT32 i, int16_t out[2]) {
    const double pi = 3.14159265358979323846, t = (double)i / kRate;
    out[0] = (int16_t)lround(12000.0 * sin(2 * pi * 440.0 * t));
    out[1] = (int16_t)lround(8000.0 * sin(2 * pi * 660.0 * t));
}

class ToneStream;

class ToneSource final : public MediaEventGenerator<ToneSource, IMFMediaSource> {
  public:
    // What the session did, for the checks.
    struct Protocol {
        int starts = 0, stops = 0, pauses = 0, shutdowns = 0;
        int requests = 0;       // RequestSample accepted
        int refused = 0;        // RequestSample refused while stopped
        int after_end = 0;      // RequestSample after the last sample
        int tokens = 0;         // requests that carried a token
        int samples = 0;        // MEMediaSample sent
        int bad_starts = 0;     // Start with arguments the page refuses
    };

    static HRESULT Create(ToneSource **out);

    STDMETHODIMP QueryInterface(REFIID riid, void **ppv) override {
        static const QITAB qit[] = {
            QITABENT(ToneSource, IMFMediaSource), QITABENT(ToneSource, IMFMediaEventGenerator), {}};
        return QISearch(this, qit, riid, ppv);
    }

    // A generator: it can pause, it cannot seek.
    HRESULT STDMETHODCALLTYPE GetCharacteristics(DWORD *characteristics) override {
        if (!characteristics) return E_POINTER;
        std::lock_guard<std::recursive_mutex> lock(lock_);
        if (shut_down_) return MF_E_SHUTDOWN;
        *characteristics = MFMEDIASOURCE_CAN_PAUSE;
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE CreatePresentationDescriptor(IMFPresentationDescriptor **pd) override {
        if (!pd) return E_POINTER;
        std::lock_guard<std::recursive_mutex> lock(lock_);
        if (shut_down_) return MF_E_SHUTDOWN;
        return pd_->Clone(pd);
    }
    HRESULT STDMETHODCALLTYPE Start(IMFPresentationDescriptor *pd, const GUID *format,
                                    const PROPVARIANT *position) override;
    HRESULT STDMETHODCALLTYPE Stop() override;
    HRESULT STDMETHODCALLTYPE Pause() override;
    HRESULT STDMETHODCALLTYPE Shutdown() override;

    Protocol Snapshot() {
        std::lock_guard<std::recursive_mutex> lock(lock_);
        return protocol_;
    }
    // Guards the source and its stream.
    std::recursive_mutex &Lock() { return lock_; }

  private:
    friend class ToneStream;
    enum State { Stopped, Started, Paused };

    // The work item's state: a request's token, or none.
    class Request final : public ComObject<IUnknown> {
      public:
        explicit Request(IUnknown *token) : token_(token) {
            if (token_) token_->AddRef();
        }
        STDMETHODIMP QueryInterface(REFIID riid, void **ppv) override {
            static const QITAB qit[] = {QITABENT(Request, IUnknown), {}};
            return QISearch(this, qit, riid, ppv);
        }
        IUnknown *token_;

      private:
        ~Request() { SafeRelease(&token_); }
    };

    ToneSource() = default;
    ~ToneSource();

    HRESULT Initialize();
    HRESULT RequestSample(IUnknown *token);
    HRESULT OnDeliver(IMFAsyncResult *result);
    HRESULT SendSample(IUnknown *token);

    std::recursive_mutex lock_;
    State state_ = Stopped;
    bool ever_started_ = false;
    IMFPresentationDescriptor *pd_ = nullptr;
    ToneStream *stream_ = nullptr;
    DWORD work_queue_ = 0;
    // The work queue's callback, whose references are the source's.
    AsyncCallback<ToneSource> deliver_{this, &ToneSource::OnDeliver};
    UINT32 next_frame_ = 0;
    std::deque<Request *> paused_requests_;
    Protocol protocol_;
};

class ToneStream final : public MediaEventGenerator<ToneStream, IMFMediaStream> {
  public:
    ToneStream(ToneSource *source, IMFStreamDescriptor *sd) : source_(source), sd_(sd) { sd_->AddRef(); }
    HRESULT Initialize() { return MFCreateEventQueue(&events_); }

    STDMETHODIMP QueryInterface(REFIID riid, void **ppv) override {
        static const QITAB qit[] = {
            QITABENT(ToneStream, IMFMediaStream), QITABENT(ToneStream, IMFMediaEventGenerator), {}};
        return QISearch(this, qit, riid, ppv);
    }

    HRESULT STDMETHODCALLTYPE GetMediaSource(IMFMediaSource **source) override {
        if (!source) return E_POINTER;
        std::lock_guard<std::recursive_mutex> lock(Lock());
        if (shut_down_) return MF_E_SHUTDOWN;
        *source = source_;
        source_->AddRef();
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE GetStreamDescriptor(IMFStreamDescriptor **sd) override {
        if (!sd) return E_POINTER;
        std::lock_guard<std::recursive_mutex> lock(Lock());
        if (shut_down_) return MF_E_SHUTDOWN;
        *sd = sd_;
        sd_->AddRef();
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE RequestSample(IUnknown *token) override {
        std::lock_guard<std::recursive_mutex> lock(Lock());
        if (shut_down_) return MF_E_SHUTDOWN;
        return source_->RequestSample(token);
    }

    HRESULT Send(MediaEventType type, HRESULT status, const PROPVARIANT *value) {
        return events_->QueueEventParamVar(type, GUID_NULL, status, value);
    }
    HRESULT SendUnknown(MediaEventType type, IUnknown *value) {
        return events_->QueueEventParamUnk(type, GUID_NULL, S_OK, value);
    }
    void Shutdown() {
        events_->Shutdown();
        SafeRelease(&events_);
        SafeRelease(&sd_);
        // The stream's reference to its source goes, breaking the cycle.
        source_->Release();
        shut_down_ = true;
    }

    // The source's lock guards the stream too.
    std::recursive_mutex &Lock() { return source_->Lock(); }

  private:
    ~ToneStream() {
        SafeRelease(&events_);
        SafeRelease(&sd_);
    }

    ToneSource *source_;
    IMFStreamDescriptor *sd_;
};

HRESULT ToneSource::Create(ToneSource **out) {
    ToneSource *source = new ToneSource();
    HRESULT hr = source->Initialize();
    if (FAILED(hr)) {
        source->Shutdown();
        source->Release();
        return hr;
    }
    *out = source;
    return S_OK;
}

// The stream's type, descriptor and the presentation descriptor, made
// with the platform's helpers; the one stream starts selected.
HRESULT ToneSource::Initialize() {
    HRESULT hr = MFCreateEventQueue(&events_);
    if (FAILED(hr)) return hr;
    hr = MFAllocateWorkQueue(&work_queue_);
    if (FAILED(hr)) return hr;
    IMFMediaType *type = nullptr;
    IMFStreamDescriptor *sd = nullptr;
    IMFMediaTypeHandler *handler = nullptr;
    hr = MFCreateMediaType(&type);
    if (SUCCEEDED(hr)) hr = type->SetGUID(MF_MT_MAJOR_TYPE, MFMediaType_Audio);
    if (SUCCEEDED(hr)) hr = type->SetGUID(MF_MT_SUBTYPE, MFAudioFormat_PCM);
    if (SUCCEEDED(hr)) hr = type->SetUINT32(MF_MT_AUDIO_NUM_CHANNELS, kChannels);
    if (SUCCEEDED(hr)) hr = type->SetUINT32(MF_MT_AUDIO_SAMPLES_PER_SECOND, kRate);
    if (SUCCEEDED(hr)) hr = type->SetUINT32(MF_MT_AUDIO_BITS_PER_SAMPLE, kBits);
    if (SUCCEEDED(hr)) hr = type->SetUINT32(MF_MT_AUDIO_BLOCK_ALIGNMENT, kChannels * kBits / 8);
    if (SUCCEEDED(hr)) hr = type->SetUINT32(MF_MT_AUDIO_AVG_BYTES_PER_SECOND, kRate * kChannels * kBits / 8);
    if (SUCCEEDED(hr)) hr = type->SetUINT32(MF_MT_ALL_SAMPLES_INDEPENDENT, TRUE);
    if (SUCCEEDED(hr)) hr = MFCreateStreamDescriptor(kStreamId, 1, &type, &sd);
    if (SUCCEEDED(hr)) hr = sd->GetMediaTypeHandler(&handler);
    if (SUCCEEDED(hr)) hr = handler->SetCurrentMediaType(type);
    if (SUCCEEDED(hr)) hr = MFCreatePresentationDescriptor(1, &sd, &pd_);
    if (SUCCEEDED(hr)) hr = pd_->SelectStream(0);
    if (SUCCEEDED(hr)) hr = pd_->SetUINT64(MF_PD_DURATION, (UINT64)kFrames * 10000000 / kRate);
    if (SUCCEEDED(hr)) {
        stream_ = new ToneStream(this, sd);
        AddRef();  // the stream's reference, until Shutdown
        hr = stream_->Initialize();
    }
    SafeRelease(&handler);
    SafeRelease(&sd);
    SafeRelease(&type);
    return hr;
}

ToneSource::~ToneSource() {
    for (Request *r : paused_requests_) r->Release();
    SafeRelease(&events_);
    SafeRelease(&pd_);
}

// The documented Start: arguments first; MENewStream the first time
// (MEUpdatedStream after), MESourceStarted, then the stream's
// MEStreamStarted, each with the start time. Position VT_EMPTY continues.
HRESULT ToneSource::Start(IMFPresentationDescriptor *pd, const GUID *format, const PROPVARIANT *position) {
    std::lock_guard<std::recursive_mutex> lock(lock_);
    if (shut_down_) return MF_E_SHUTDOWN;
    if (!pd || !position) {
        protocol_.bad_starts++;
        return E_INVALIDARG;
    }
    if (format && *format != GUID_NULL) {
        protocol_.bad_starts++;
        return MF_E_UNSUPPORTED_TIME_FORMAT;
    }
    if (position->vt != VT_EMPTY && position->vt != VT_I8) {
        protocol_.bad_starts++;
        return MF_E_UNSUPPORTED_TIME_FORMAT;
    }
    // A generator cannot seek: only the start, or where it is.
    if (position->vt == VT_I8 && position->hVal.QuadPart != 0) return MF_E_INVALIDREQUEST;
    IMFStreamDescriptor *sd = nullptr;
    BOOL selected = FALSE;
    HRESULT hr = pd->GetStreamDescriptorByIndex(0, &selected, &sd);
    if (FAILED(hr)) return hr;
    SafeRelease(&sd);
    if (!selected) return MF_E_INVALIDREQUEST;
    if (position->vt == VT_I8 || state_ == Stopped) next_frame_ = 0;
    PROPVARIANT at;
    PropVariantInit(&at);
    at.vt = VT_I8;
    at.hVal.QuadPart = (LONGLONG)next_frame_ * 10000000 / kRate;
    hr = events_->QueueEventParamUnk(ever_started_ ? MEUpdatedStream : MENewStream, GUID_NULL, S_OK,
                                     static_cast<IMFMediaStream *>(stream_));
    if (SUCCEEDED(hr)) hr = events_->QueueEventParamVar(MESourceStarted, GUID_NULL, S_OK, &at);
    if (SUCCEEDED(hr)) hr = stream_->Send(MEStreamStarted, S_OK, &at);
    if (FAILED(hr)) return hr;
    ever_started_ = true;
    state_ = Started;
    protocol_.starts++;
    // Requests held while paused are answered now.
    while (!paused_requests_.empty()) {
        Request *r = paused_requests_.front();
        paused_requests_.pop_front();
        MFPutWorkItem(work_queue_, &deliver_, r);
        r->Release();
    }
    return S_OK;
}

HRESULT ToneSource::Stop() {
    std::lock_guard<std::recursive_mutex> lock(lock_);
    if (shut_down_) return MF_E_SHUTDOWN;
    state_ = Stopped;
    protocol_.stops++;
    for (Request *r : paused_requests_) r->Release();
    paused_requests_.clear();
    HRESULT hr = events_->QueueEventParamVar(MESourceStopped, GUID_NULL, S_OK, nullptr);
    if (SUCCEEDED(hr)) hr = stream_->Send(MEStreamStopped, S_OK, nullptr);
    return hr;
}

// Only a started source pauses (MF_E_INVALID_STATE_TRANSITION otherwise).
HRESULT ToneSource::Pause() {
    std::lock_guard<std::recursive_mutex> lock(lock_);
    if (shut_down_) return MF_E_SHUTDOWN;
    if (state_ != Started) return MF_E_INVALID_STATE_TRANSITION;
    state_ = Paused;
    protocol_.pauses++;
    HRESULT hr = events_->QueueEventParamVar(MESourcePaused, GUID_NULL, S_OK, nullptr);
    if (SUCCEEDED(hr)) hr = stream_->Send(MEStreamPaused, S_OK, nullptr);
    return hr;
}

HRESULT ToneSource::Shutdown() {
    std::lock_guard<std::recursive_mutex> lock(lock_);
    if (shut_down_) return MF_E_SHUTDOWN;
    shut_down_ = true;
    protocol_.shutdowns++;
    if (events_) events_->Shutdown();
    if (work_queue_) MFUnlockWorkQueue(work_queue_);
    for (Request *r : paused_requests_) r->Release();
    paused_requests_.clear();
    if (stream_) {
        stream_->Shutdown();
        SafeRelease(&stream_);
    }
    return S_OK;
}

// A request while stopped is refused; after the last sample it is
// MF_E_END_OF_STREAM; while paused it waits for the restart. The sample
// itself comes from the work queue.
HRESULT ToneSource::RequestSample(IUnknown *token) {
    if (state_ == Stopped) {
        protocol_.refused++;
        return MF_E_MEDIA_SOURCE_WRONGSTATE;
    }
    if (next_frame_ >= kFrames) {
        protocol_.after_end++;
        return MF_E_END_OF_STREAM;
    }
    protocol_.requests++;
    if (token) protocol_.tokens++;
    Request *r = new Request(token);
    if (state_ == Paused) {
        paused_requests_.push_back(r);
        return S_OK;
    }
    HRESULT hr = MFPutWorkItem(work_queue_, &deliver_, r);
    r->Release();
    return hr;
}

HRESULT ToneSource::OnDeliver(IMFAsyncResult *result) {
    std::lock_guard<std::recursive_mutex> lock(lock_);
    if (shut_down_ || state_ != Started) return S_OK;
    IUnknown *state = nullptr;
    HRESULT hr = result->GetState(&state);
    if (FAILED(hr)) return hr;
    hr = SendSample(static_cast<Request *>(state)->token_);
    state->Release();
    if (FAILED(hr)) events_->QueueEventParamVar(MEError, GUID_NULL, hr, nullptr);
    return S_OK;
}

// The next frames as one sample with its time and duration; after the
// last, MEEndOfStream and MEEndOfPresentation.
HRESULT ToneSource::SendSample(IUnknown *token) {
    if (next_frame_ >= kFrames) return S_OK;
    UINT32 frames = kFrames - next_frame_ < kFramesPerSample ? kFrames - next_frame_ : kFramesPerSample;
    DWORD bytes = frames * kChannels * kBits / 8;
    IMFMediaBuffer *buffer = nullptr;
    IMFSample *sample = nullptr;
    BYTE *data = nullptr;
    HRESULT hr = MFCreateMemoryBuffer(bytes, &buffer);
    if (SUCCEEDED(hr)) hr = buffer->Lock(&data, nullptr, nullptr);
    if (SUCCEEDED(hr)) {
        for (UINT32 i = 0; i < frames; i++) {
            int16_t frame[2];
            ToneFrame(next_frame_ + i, frame);
            memcpy(data + i * 4, frame, 4);
        }
        buffer->Unlock();
        hr = buffer->SetCurrentLength(bytes);
    }
    if (SUCCEEDED(hr)) hr = MFCreateSample(&sample);
    if (SUCCEEDED(hr)) hr = sample->AddBuffer(buffer);
    if (SUCCEEDED(hr)) hr = sample->SetSampleTime((LONGLONG)next_frame_ * 10000000 / kRate);
    if (SUCCEEDED(hr))
        hr = sample->SetSampleDuration((LONGLONG)(next_frame_ + frames) * 10000000 / kRate -
                                       (LONGLONG)next_frame_ * 10000000 / kRate);
    // The request's token belongs on the sample as MFSampleExtension_Token,
    // which include/ does not declare yet; the session passes none.
    (void)token;
    if (SUCCEEDED(hr)) hr = stream_->SendUnknown(MEMediaSample, sample);
    if (SUCCEEDED(hr)) {
        protocol_.samples++;
        next_frame_ += frames;
        if (next_frame_ >= kFrames) {
            hr = stream_->Send(MEEndOfStream, S_OK, nullptr);
            if (SUCCEEDED(hr)) hr = events_->QueueEventParamVar(MEEndOfPresentation, GUID_NULL, S_OK, nullptr);
        }
    }
    SafeRelease(&sample);
    SafeRelease(&buffer);
    return hr;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: mf_app_source DIR\n");
        return 2;
    }
    std::string out = std::string(argv[1]) + "/app_source_out.wav";
    HR(MFStartup(MF_VERSION, MFSTARTUP_FULL), S_OK);

    ToneSource *source = nullptr;
    HR(ToneSource::Create(&source), S_OK);
    if (!source) return check_summary("mf_app_source");
    IMFPresentationDescriptor *pd = nullptr;
    IMFStreamDescriptor *sd = nullptr;
    IMFMediaTypeHandler *handler = nullptr;
    IMFMediaType *type = nullptr;
    CHECK(FirstStream(source, &pd, &sd), "the tone's stream is not selected");
    HR(sd->GetMediaTypeHandler(&handler), S_OK);
    HR(handler->GetCurrentMediaType(&type), S_OK);

    // The WAVE sink, in the tone's format.
    IMFMediaSink *sink = nullptr;
    IMFStreamSink *stream_sink = WaveFileSink(out, type, &sink);

    IMFTopology *topology = PartialTopology(source, pd, sd, stream_sink);
    SessionEvents events;
    IMFMediaSession *session = events.Open(topology);
    HR(events.WaitFor(MESessionTopologySet), S_OK);
    HR(events.WaitFor(MESessionTopologyStatus), S_OK);
    // The capabilities come from the source's characteristics: it cannot
    // seek.
    DWORD caps = 0;
    HR(session->GetSessionCapabilities(&caps), S_OK);
    CHECK((caps & MFSESSIONCAP_START) && !(caps & MFSESSIONCAP_SEEK), "capabilities %#x", (unsigned)caps);

    events.PlayToEnd();
    HRESULT error = S_OK;
    CHECK(!events.Saw(MEError, &error), "MEError %#x", (unsigned)error);
    events.CloseSession();

    ToneSource::Protocol p = source->Snapshot();
    const int samples = (kFrames + kFramesPerSample - 1) / kFramesPerSample;
    CHECK(p.starts == 1 && p.bad_starts == 0, "Start: %d, %d refused", p.starts, p.bad_starts);
    CHECK(p.stops == 1 && p.pauses == 0, "Stop %d, Pause %d", p.stops, p.pauses);
    // The session passes on each of the sink's requests; those the last
    // sample leaves unanswered are dropped, as the stream ended.
    CHECK(p.samples == samples && p.requests >= samples, "%d samples for %d requests, want %d", p.samples,
          p.requests, samples);
    CHECK(p.refused == 0, "%d requests to a stopped stream", p.refused);
    CHECK(p.shutdowns == 0, "the session shut the application's source down");

    // The application shuts its source down; the session, its sinks.
    HR(source->Shutdown(), S_OK);
    HR(source->Shutdown(), MF_E_SHUTDOWN);
    HR(session->Shutdown(), S_OK);
    DWORD characteristics = 0;
    HR(sink->GetCharacteristics(&characteristics), MF_E_SHUTDOWN);
    CHECK(events.Released(), "the session still holds the callback: %u", (unsigned)events.Refs());

    SafeRelease(&session);
    SafeRelease(&topology);
    SafeRelease(&stream_sink);
    SafeRelease(&sink);
    SafeRelease(&type);
    SafeRelease(&handler);
    SafeRelease(&sd);
    SafeRelease(&pd);
    SafeRelease(&source);
    CHECK(AllObjectsReleased(), "%d application objects still alive", g_live.load());
    HR(MFShutdown(), S_OK);

    // The file: the tone's format, and exactly its frames.
    std::vector<uint8_t> written = ReadFileBytes(out);
    std::vector<uint8_t> fmt = WaveChunk(written, "fmt "), data = WaveChunk(written, "data");
    CHECK(fmt.size() >= 16 && (fmt[0] | fmt[1] << 8) == WAVE_FORMAT_PCM && (fmt[2] | fmt[3] << 8) == kChannels &&
              Le32(&fmt[4]) == kRate && (fmt[14] | fmt[15] << 8) == kBits,
          "the fmt chunk is not the tone's format (%zu bytes)", fmt.size());
    std::vector<uint8_t> tone(kFrames * 4);
    for (UINT32 i = 0; i < kFrames; i++) {
        int16_t frame[2];
        ToneFrame(i, frame);
        memcpy(&tone[i * 4], frame, 4);
    }
    CHECK(data == tone, "wrote %zu bytes of %zu; equal: %d", data.size(), tone.size(), data == tone);
    return check_summary("mf_app_source (C++)");
}
