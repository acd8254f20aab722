// An application's own media sink in the Media Session, written the way the
// SDK's WavSink sample teaches: a media sink (IMFFinalizableMediaSink,
// IMFClockStateSink) with one stream sink (IMFStreamSink, its own
// IMFMediaTypeHandler) that does its work on a work queue it allocates
// (MFAllocateWorkQueue, MFPutWorkItem with a state object), asks for
// samples with MEStreamSinkRequestSample, answers markers with
// MEStreamSinkMarker once the samples before them are written, and writes
// a WAVE file whose header comes from MFCreateWaveFormatExFromMFMediaType
// at Finalize, which completes through MFCreateAsyncResult and
// MFInvokeCallback. A FLAC file made by ffmpeg plays into it through
// MFCreateMediaSession and a topology with the source resolver's source;
// the PCM the sink wrote must be the source WAVE's, bit for bit, and the
// session must have kept the stream sink's protocol (no sample it did not
// ask for, one end marker, Finalize, Shutdown) and released every object.
//
// Usage: mf_app_sink DIR   (needs ffmpeg on PATH; files go into DIR)
#include <deque>

#include "mf_app.h"

// The one stream sink's identifier (the sample's choice: not 0, so the
// output node must name the stream sink itself).
static const DWORD kStreamId = 1;

// ---------------------------------------------------------------------------
// The stream sink.

class AppWaveSink;

class AppWaveStream final : public MediaEventGenerator<AppWaveStream, IMFStreamSink, IMFMediaTypeHandler> {
  public:
    // What the session did to the stream, for the checks.
    struct Protocol {
        int requests = 0;       // MEStreamSinkRequestSample sent
        int samples = 0;        // ProcessSample accepted
        int refused = 0;        // ProcessSample refused (state or unasked)
        int unasked = 0;        // samples beyond the requests sent
        int markers = 0;        // PlaceMarker calls
        int end_markers = 0;    // ...of type MFSTREAMSINK_MARKER_ENDOFSEGMENT
        int markers_sent = 0;   // MEStreamSinkMarker queued with S_OK
        int coded_offers = 0;   // IsMediaTypeSupported with a type refused
        int starts = 0, stops = 0, pauses = 0;
        int finalizes = 0;
        HRESULT async_error = S_OK;  // the first failure on the work queue
        bool finalized = false;
        uint64_t data_bytes = 0;
    };

    HRESULT Initialize(AppWaveSink *sink, IMFByteStream *file);

    // IUnknown; IMFMediaEventGenerator comes through the event queue.
    STDMETHODIMP QueryInterface(REFIID riid, void **ppv) override {
        static const QITAB qit[] = {
            QITABENT(AppWaveStream, IMFStreamSink), QITABENT(AppWaveStream, IMFMediaEventGenerator),
            QITABENT(AppWaveStream, IMFMediaTypeHandler), {}};
        return QISearch(this, qit, riid, ppv);
    }

    // IMFStreamSink
    HRESULT STDMETHODCALLTYPE GetMediaSink(IMFMediaSink **sink) override;
    HRESULT STDMETHODCALLTYPE GetIdentifier(DWORD *id) override {
        if (!id) return E_INVALIDARG;
        std::lock_guard<std::recursive_mutex> lock(lock_);
        HRESULT hr = CheckShutdown();
        if (SUCCEEDED(hr)) *id = kStreamId;
        return hr;
    }
    HRESULT STDMETHODCALLTYPE GetMediaTypeHandler(IMFMediaTypeHandler **handler) override {
        if (!handler) return E_INVALIDARG;
        std::lock_guard<std::recursive_mutex> lock(lock_);
        HRESULT hr = CheckShutdown();
        return SUCCEEDED(hr) ? QueryInterface(IID_IMFMediaTypeHandler, (void **)handler) : hr;
    }

    // Takes a sample the stream asked for; the work queue writes it.
    HRESULT STDMETHODCALLTYPE ProcessSample(IMFSample *sample) override {
        if (!sample) return E_INVALIDARG;
        std::lock_guard<std::recursive_mutex> lock(lock_);
        HRESULT hr = CheckShutdown();
        if (SUCCEEDED(hr)) hr = ValidateOperation(OpProcessSample);
        if (FAILED(hr)) {
            protocol_.refused++;
            return hr;
        }
        // "The client should only give us a sample after we send an
        // MEStreamSinkRequestSample event."
        if (protocol_.samples >= protocol_.requests) protocol_.unasked++;
        protocol_.samples++;
        sample->AddRef();
        queue_.push_back(Item{sample, MFSTREAMSINK_MARKER_DEFAULT, {}});
        return state_ == StatePaused ? S_OK : QueueOperation(OpProcessSample);
    }

    // A marker waits behind the samples received before it.
    HRESULT STDMETHODCALLTYPE PlaceMarker(MFSTREAMSINK_MARKER_TYPE type, const PROPVARIANT *value,
                                          const PROPVARIANT *context) override {
        (void)value;
        std::lock_guard<std::recursive_mutex> lock(lock_);
        HRESULT hr = CheckShutdown();
        if (SUCCEEDED(hr)) hr = ValidateOperation(OpPlaceMarker);
        if (FAILED(hr)) return hr;
        protocol_.markers++;
        if (type == MFSTREAMSINK_MARKER_ENDOFSEGMENT) protocol_.end_markers++;
        Item item{nullptr, type, {}};
        PropVariantInit(&item.context);
        if (context) {
            hr = PropVariantCopy(&item.context, context);
            if (FAILED(hr)) return hr;
        }
        queue_.push_back(item);
        return state_ == StatePaused ? S_OK : QueueOperation(OpPlaceMarker);
    }

    HRESULT STDMETHODCALLTYPE Flush() override {
        std::lock_guard<std::recursive_mutex> lock(lock_);
        HRESULT hr = CheckShutdown();
        return SUCCEEDED(hr) ? DrainQueue(false) : hr;
    }

    // IMFMediaTypeHandler: PCM the WAVE format can carry. No "close
    // match" is offered, so *closest is NULL, as the sample writes it.
    HRESULT STDMETHODCALLTYPE IsMediaTypeSupported(IMFMediaType *type, IMFMediaType **closest) override {
        if (!type) return E_INVALIDARG;
        if (closest) *closest = nullptr;
        std::lock_guard<std::recursive_mutex> lock(lock_);
        HRESULT hr = CheckShutdown();
        if (FAILED(hr)) return hr;
        GUID major = GUID_NULL;
        hr = type->GetGUID(MF_MT_MAJOR_TYPE, &major);
        if (SUCCEEDED(hr) && major != MFMediaType_Audio) hr = MF_E_INVALIDMEDIATYPE;
        WAVEFORMATEX *wf = nullptr;
        UINT32 size = 0;
        if (SUCCEEDED(hr)) hr = MFCreateWaveFormatExFromMFMediaType(type, &wf, &size);
        if (SUCCEEDED(hr)) hr = ValidateWaveFormat(wf, size);
        CoTaskMemFree(wf);
        if (FAILED(hr)) protocol_.coded_offers++;
        return FAILED(hr) ? MF_E_INVALIDMEDIATYPE : S_OK;
    }
    HRESULT STDMETHODCALLTYPE GetMediaTypeCount(DWORD *count) override {
        if (!count) return E_INVALIDARG;
        *count = sizeof kPreferred / sizeof kPreferred[0];
        return S_OK;
    }
    // The preferred formats, each made from its WAVEFORMATEX.
    HRESULT STDMETHODCALLTYPE GetMediaTypeByIndex(DWORD index, IMFMediaType **type) override {
        if (!type) return E_INVALIDARG;
        if (index >= sizeof kPreferred / sizeof kPreferred[0]) return MF_E_NO_MORE_TYPES;
        const Preferred &p = kPreferred[index];
        WAVEFORMATEX wf = {};
        wf.wFormatTag = WAVE_FORMAT_PCM;
        wf.nChannels = p.channels;
        wf.nSamplesPerSec = p.rate;
        wf.wBitsPerSample = p.bits;
        wf.nBlockAlign = (WORD)(p.channels * p.bits / 8);
        wf.nAvgBytesPerSec = p.rate * wf.nBlockAlign;
        IMFMediaType *t = nullptr;
        HRESULT hr = MFCreateMediaType(&t);
        if (SUCCEEDED(hr)) hr = MFInitMediaTypeFromWaveFormatEx(t, &wf, sizeof wf);
        if (FAILED(hr)) {
            SafeRelease(&t);
            return hr;
        }
        *type = t;
        return S_OK;
    }
    // The format cannot change once data flows: the file has one header.
    HRESULT STDMETHODCALLTYPE SetCurrentMediaType(IMFMediaType *type) override {
        if (!type) return E_INVALIDARG;
        std::lock_guard<std::recursive_mutex> lock(lock_);
        HRESULT hr = CheckShutdown();
        if (SUCCEEDED(hr)) hr = ValidateOperation(OpSetMediaType);
        if (SUCCEEDED(hr)) hr = IsMediaTypeSupported(type, nullptr);
        WAVEFORMATEX *wf = nullptr;
        UINT32 size = 0;
        if (SUCCEEDED(hr)) hr = MFCreateWaveFormatExFromMFMediaType(type, &wf, &size);
        if (FAILED(hr)) return hr;
        format_.assign((const uint8_t *)wf, (const uint8_t *)wf + size);
        CoTaskMemFree(wf);
        // The data goes after the header, written at Finalize.
        hr = file_->SetCurrentPosition(HeaderSize());
        if (FAILED(hr)) return hr;
        SafeRelease(&type_);
        type_ = type;
        type_->AddRef();
        state_ = StateReady;
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE GetCurrentMediaType(IMFMediaType **type) override {
        if (!type) return E_INVALIDARG;
        std::lock_guard<std::recursive_mutex> lock(lock_);
        HRESULT hr = CheckShutdown();
        if (SUCCEEDED(hr) && !type_) hr = MF_E_NOT_INITIALIZED;
        if (SUCCEEDED(hr)) {
            *type = type_;
            type_->AddRef();
        }
        return hr;
    }
    HRESULT STDMETHODCALLTYPE GetMajorType(GUID *major) override {
        if (!major) return E_INVALIDARG;
        *major = MFMediaType_Audio;
        return S_OK;
    }

    // From the media sink's IMFClockStateSink.
    HRESULT Start(MFTIME offset) {
        std::lock_guard<std::recursive_mutex> lock(lock_);
        HRESULT hr = ValidateOperation(OpStart);
        if (FAILED(hr)) return hr;
        if (offset != PRESENTATION_CURRENT_POSITION) start_time_ = offset;
        state_ = StateStarted;
        protocol_.starts++;
        return QueueOperation(OpStart);
    }
    HRESULT Stop() {
        std::lock_guard<std::recursive_mutex> lock(lock_);
        HRESULT hr = ValidateOperation(OpStop);
        if (FAILED(hr)) return hr;
        state_ = StateStopped;
        protocol_.stops++;
        return QueueOperation(OpStop);
    }
    HRESULT Pause() {
        std::lock_guard<std::recursive_mutex> lock(lock_);
        HRESULT hr = ValidateOperation(OpPause);
        if (FAILED(hr)) return hr;
        state_ = StatePaused;
        protocol_.pauses++;
        return QueueOperation(OpPause);
    }
    HRESULT Restart() {
        std::lock_guard<std::recursive_mutex> lock(lock_);
        HRESULT hr = ValidateOperation(OpRestart);
        if (FAILED(hr)) return hr;
        state_ = StateStarted;
        return QueueOperation(OpRestart);
    }
    // From the media sink's BeginFinalize: the header is written on the
    // work queue, and the caller's callback hears of it through an
    // IMFAsyncResult of our own making.
    HRESULT Finalize(IMFAsyncCallback *callback, IUnknown *state) {
        std::lock_guard<std::recursive_mutex> lock(lock_);
        HRESULT hr = ValidateOperation(OpFinalize);
        if (SUCCEEDED(hr) && finalize_result_) hr = MF_E_INVALIDREQUEST;
        if (SUCCEEDED(hr)) hr = MFCreateAsyncResult(nullptr, callback, state, &finalize_result_);
        if (FAILED(hr)) return hr;
        state_ = StateFinalized;
        protocol_.finalizes++;
        return QueueOperation(OpFinalize);
    }
    HRESULT Shutdown();

    Protocol Snapshot() {
        std::lock_guard<std::recursive_mutex> lock(lock_);
        return protocol_;
    }
    std::vector<uint8_t> Format() {
        std::lock_guard<std::recursive_mutex> lock(lock_);
        return format_;
    }
    std::recursive_mutex &Lock() { return lock_; }

  private:
    enum State { StateTypeNotSet, StateReady, StateStarted, StatePaused, StateStopped, StateFinalized, StateCount };
    enum Operation {
        OpSetMediaType,
        OpStart,
        OpRestart,
        OpPause,
        OpStop,
        OpProcessSample,
        OpPlaceMarker,
        OpFinalize,
        OpCount
    };
    struct Item {
        IMFSample *sample;  // or a marker
        MFSTREAMSINK_MARKER_TYPE type;
        PROPVARIANT context;
    };
    struct Preferred {
        DWORD rate;
        WORD bits, channels;
    };
    static constexpr Preferred kPreferred[] = {{48000, 16, 2}, {44100, 16, 2}, {48000, 16, 1}, {44100, 16, 1}};

    // The work item's state object: which operation it carries.
    class OperationState final : public ComObject<IUnknown> {
      public:
        explicit OperationState(Operation op) : op_(op) {}
        STDMETHODIMP QueryInterface(REFIID riid, void **ppv) override {
            static const QITAB qit[] = {QITABENT(OperationState, IUnknown), {}};
            return QISearch(this, qit, riid, ppv);
        }
        Operation op_;
    };

    // Which operation each state allows (the sample's table, for this
    // sink: paused still takes samples and holds them).
    static constexpr bool kValid[StateCount][OpCount] = {
        //            SetType Start  Restart Pause  Stop   Sample Marker Finalize
        /* NotSet */ {true, false, false, false, false, false, false, false},
        /* Ready */ {true, true, false, true, true, false, true, true},
        /* Started */ {false, true, false, true, true, true, true, true},
        /* Paused */ {false, true, true, true, true, true, true, true},
        /* Stopped */ {false, true, false, false, true, false, true, true},
        /* Final */ {false, false, false, false, false, false, false, false},
    };

    ~AppWaveStream() {
        for (Item &item : queue_) Discard(item);
    }

    HRESULT CheckShutdown() const { return shut_down_ ? MF_E_SHUTDOWN : S_OK; }
    HRESULT ValidateOperation(Operation op) const {
        if (shut_down_) return MF_E_SHUTDOWN;
        return kValid[state_][op] ? S_OK : MF_E_INVALIDREQUEST;
    }

    static HRESULT ValidateWaveFormat(const WAVEFORMATEX *wf, UINT32 size) {
        if (size < sizeof(WAVEFORMATEX) - sizeof(WORD)) return MF_E_INVALIDMEDIATYPE;
        bool pcm = wf->wFormatTag == WAVE_FORMAT_PCM;
        if (wf->wFormatTag == WAVE_FORMAT_EXTENSIBLE && size >= sizeof(WAVEFORMATEXTENSIBLE)) {
            // KSDATAFORMAT_SUBTYPE_PCM is MFAudioFormat_PCM's GUID.
            pcm = reinterpret_cast<const WAVEFORMATEXTENSIBLE *>(wf)->SubFormat == MFAudioFormat_PCM;
        }
        if (!pcm || wf->nChannels == 0 || wf->nSamplesPerSec == 0) return MF_E_INVALIDMEDIATYPE;
        if (wf->wBitsPerSample != 8 && wf->wBitsPerSample != 16 && wf->wBitsPerSample != 24)
            return MF_E_INVALIDMEDIATYPE;
        if (wf->nBlockAlign != wf->nChannels * wf->wBitsPerSample / 8) return MF_E_INVALIDMEDIATYPE;
        if (wf->nAvgBytesPerSec != wf->nSamplesPerSec * wf->nBlockAlign) return MF_E_INVALIDMEDIATYPE;
        return S_OK;
    }

    // RIFF, WAVE, the fmt chunk, the data chunk's header.
    LONGLONG HeaderSize() const { return 12 + 8 + (LONGLONG)format_.size() + 8; }

    HRESULT QueueOperation(Operation op) {
        OperationState *state = new OperationState(op);
        HRESULT hr = MFPutWorkItem(work_queue_, &dispatch_, state);
        state->Release();
        return hr;
    }

    HRESULT SendEvent(MediaEventType type, HRESULT status, const PROPVARIANT *value) {
        return events_->QueueEventParamVar(type, GUID_NULL, status, value);
    }

    HRESULT RequestSample() {
        protocol_.requests++;
        return SendEvent(MEStreamSinkRequestSample, S_OK, nullptr);
    }

    // On the work queue's thread.
    HRESULT OnDispatch(IMFAsyncResult *result) {
        std::lock_guard<std::recursive_mutex> lock(lock_);
        if (shut_down_) return MF_E_SHUTDOWN;
        IUnknown *unknown = nullptr;
        HRESULT hr = result->GetState(&unknown);
        if (FAILED(hr)) return hr;
        Operation op = static_cast<OperationState *>(unknown)->op_;
        unknown->Release();
        switch (op) {
        case OpStart:
        case OpRestart:
            // Started, then two requests to keep one sample in flight
            // while another is written; samples held while paused go now.
            hr = SendEvent(MEStreamSinkStarted, S_OK, nullptr);
            if (SUCCEEDED(hr)) hr = RequestSample();
            if (SUCCEEDED(hr)) hr = RequestSample();
            if (SUCCEEDED(hr)) hr = DrainQueue(true);
            break;
        case OpStop:
            hr = DrainQueue(false);
            hr = SendEvent(MEStreamSinkStopped, hr, nullptr);
            break;
        case OpPause:
            hr = SendEvent(MEStreamSinkPaused, S_OK, nullptr);
            break;
        case OpProcessSample:
        case OpPlaceMarker:
            hr = DrainQueue(true);
            // One sample written, one more asked for.
            if (SUCCEEDED(hr) && op == OpProcessSample && state_ == StateStarted) hr = RequestSample();
            break;
        case OpFinalize:
            hr = WriteHeader();
            finalize_result_->SetStatus(hr);
            hr = MFInvokeCallback(finalize_result_);
            SafeRelease(&finalize_result_);
            break;
        default:
            break;
        }
        if (FAILED(hr)) {
            if (SUCCEEDED(protocol_.async_error)) protocol_.async_error = hr;
            // An asynchronous failure has no caller: MEError tells the
            // session.
            SendEvent(MEError, hr, nullptr);
        }
        return S_OK;
    }

    // Writes (or drops) every queued sample, and answers every queued
    // marker: S_OK when written, E_ABORT when dropped.
    HRESULT DrainQueue(bool write) {
        HRESULT hr = S_OK;
        while (!queue_.empty()) {
            Item item = queue_.front();
            queue_.pop_front();
            if (SUCCEEDED(hr)) {
                if (item.sample && write) {
                    hr = WriteSample(item.sample);
                } else if (!item.sample) {
                    HRESULT status = write ? S_OK : E_ABORT;
                    hr = SendEvent(MEStreamSinkMarker, status, &item.context);
                    if (SUCCEEDED(hr) && status == S_OK) protocol_.markers_sent++;
                }
            }
            Discard(item);
        }
        return hr;
    }

    static void Discard(Item &item) {
        if (item.sample) item.sample->Release();
        else PropVariantClear(&item.context);
    }

    HRESULT WriteSample(IMFSample *sample) {
        LONGLONG time = 0;
        // A sample before the start position is not part of the file.
        if (SUCCEEDED(sample->GetSampleTime(&time)) && time < start_time_) return S_OK;
        IMFMediaBuffer *buffer = nullptr;
        HRESULT hr = sample->ConvertToContiguousBuffer(&buffer);
        BYTE *data = nullptr;
        DWORD length = 0;
        if (SUCCEEDED(hr)) hr = buffer->Lock(&data, nullptr, &length);
        if (SUCCEEDED(hr)) {
            ULONG written = 0;
            hr = file_->Write(data, length, &written);
            if (SUCCEEDED(hr) && written != length) hr = E_FAIL;
            buffer->Unlock();
            if (SUCCEEDED(hr)) protocol_.data_bytes += length;
        }
        SafeRelease(&buffer);
        return hr;
    }

    HRESULT WriteHeader() {
        std::vector<uint8_t> header;
        auto u32 = [&header](uint32_t v) {
            for (int i = 0; i < 4; i++) header.push_back((uint8_t)(v >> (8 * i)));
        };
        auto tag = [&header](const char *t) { header.insert(header.end(), t, t + 4); };
        uint64_t data = protocol_.data_bytes;
        tag("RIFF");
        u32((uint32_t)(HeaderSize() - 8 + data));
        tag("WAVE");
        tag("fmt ");
        u32((uint32_t)format_.size());
        header.insert(header.end(), format_.begin(), format_.end());
        tag("data");
        u32((uint32_t)data);
        HRESULT hr = file_->SetCurrentPosition(0);
        ULONG written = 0;
        if (SUCCEEDED(hr)) hr = file_->Write(header.data(), (ULONG)header.size(), &written);
        if (SUCCEEDED(hr) && written != header.size()) hr = E_FAIL;
        if (SUCCEEDED(hr)) hr = file_->Flush();
        if (SUCCEEDED(hr)) protocol_.finalized = true;
        return hr;
    }

    std::recursive_mutex lock_;
    State state_ = StateTypeNotSet;
    AppWaveSink *sink_ = nullptr;
    IMFByteStream *file_ = nullptr;
    IMFMediaType *type_ = nullptr;
    IMFAsyncResult *finalize_result_ = nullptr;
    DWORD work_queue_ = 0;
    // The work queue's callback: a member whose references are the
    // stream's, as in the sample.
    AsyncCallback<AppWaveStream> dispatch_{this, &AppWaveStream::OnDispatch};
    std::vector<uint8_t> format_;
    std::deque<Item> queue_;
    LONGLONG start_time_ = 0;
    Protocol protocol_;
};

// ---------------------------------------------------------------------------
// The media sink: one fixed stream, rateless (an archive sink), finalized
// to write the header.

class AppWaveSink final : public ComObject<IMFFinalizableMediaSink, IMFClockStateSink> {
  public:
    static HRESULT Create(IMFByteStream *file, AppWaveSink **out) {
        AppWaveSink *sink = new AppWaveSink();
        sink->stream_ = new AppWaveStream();
        HRESULT hr = sink->stream_->Initialize(sink, file);
        if (FAILED(hr)) {
            sink->Shutdown();
            sink->Release();
            return hr;
        }
        *out = sink;
        return S_OK;
    }

    STDMETHODIMP QueryInterface(REFIID riid, void **ppv) override {
        static const QITAB qit[] = {
            QITABENT(AppWaveSink, IMFFinalizableMediaSink), QITABENT(AppWaveSink, IMFMediaSink),
            QITABENT(AppWaveSink, IMFClockStateSink), {}};
        return QISearch(this, qit, riid, ppv);
    }

    HRESULT STDMETHODCALLTYPE GetCharacteristics(DWORD *characteristics) override {
        if (!characteristics) return E_INVALIDARG;
        std::lock_guard<std::mutex> lock(lock_);
        if (shut_down_) return MF_E_SHUTDOWN;
        *characteristics = MEDIASINK_FIXED_STREAMS | MEDIASINK_RATELESS;
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE AddStreamSink(DWORD, IMFMediaType *, IMFStreamSink **) override {
        return MF_E_STREAMSINKS_FIXED;
    }
    HRESULT STDMETHODCALLTYPE RemoveStreamSink(DWORD) override { return MF_E_STREAMSINKS_FIXED; }
    HRESULT STDMETHODCALLTYPE GetStreamSinkCount(DWORD *count) override {
        if (!count) return E_INVALIDARG;
        std::lock_guard<std::mutex> lock(lock_);
        if (shut_down_) return MF_E_SHUTDOWN;
        *count = 1;
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE GetStreamSinkByIndex(DWORD index, IMFStreamSink **stream) override {
        if (!stream) return E_INVALIDARG;
        if (index > 0) return MF_E_INVALIDINDEX;
        return Stream(stream);
    }
    HRESULT STDMETHODCALLTYPE GetStreamSinkById(DWORD id, IMFStreamSink **stream) override {
        if (!stream) return E_INVALIDARG;
        if (id != kStreamId) return MF_E_INVALIDSTREAMNUMBER;
        return Stream(stream);
    }
    // Leaves the old clock's notifications and joins the new one's.
    HRESULT STDMETHODCALLTYPE SetPresentationClock(IMFPresentationClock *clock) override {
        std::lock_guard<std::mutex> lock(lock_);
        if (shut_down_) return MF_E_SHUTDOWN;
        HRESULT hr = S_OK;
        if (clock_) hr = clock_->RemoveClockStateSink(this);
        if (SUCCEEDED(hr) && clock) hr = clock->AddClockStateSink(this);
        if (FAILED(hr)) return hr;
        SafeRelease(&clock_);
        clock_ = clock;
        if (clock_) {
            clock_->AddRef();
            clocks_set_++;
        }
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE GetPresentationClock(IMFPresentationClock **clock) override {
        if (!clock) return E_INVALIDARG;
        std::lock_guard<std::mutex> lock(lock_);
        if (shut_down_) return MF_E_SHUTDOWN;
        if (!clock_) return MF_E_NO_CLOCK;
        *clock = clock_;
        clock_->AddRef();
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE Shutdown() override {
        std::lock_guard<std::mutex> lock(lock_);
        if (shut_down_) return MF_E_SHUTDOWN;
        stream_->Shutdown();
        SafeRelease(&stream_);
        SafeRelease(&clock_);
        shut_down_ = true;
        return S_OK;
    }

    HRESULT STDMETHODCALLTYPE BeginFinalize(IMFAsyncCallback *callback, IUnknown *state) override {
        std::lock_guard<std::mutex> lock(lock_);
        if (shut_down_) return MF_E_SHUTDOWN;
        return stream_->Finalize(callback, state);
    }
    HRESULT STDMETHODCALLTYPE EndFinalize(IMFAsyncResult *result) override {
        if (!result) return E_INVALIDARG;
        return result->GetStatus();
    }

    // IMFClockStateSink: the clock drives the stream.
    HRESULT STDMETHODCALLTYPE OnClockStart(MFTIME, LONGLONG offset) override {
        std::lock_guard<std::mutex> lock(lock_);
        return shut_down_ ? MF_E_SHUTDOWN : stream_->Start(offset);
    }
    HRESULT STDMETHODCALLTYPE OnClockStop(MFTIME) override {
        std::lock_guard<std::mutex> lock(lock_);
        return shut_down_ ? MF_E_SHUTDOWN : stream_->Stop();
    }
    HRESULT STDMETHODCALLTYPE OnClockPause(MFTIME) override {
        std::lock_guard<std::mutex> lock(lock_);
        return shut_down_ ? MF_E_SHUTDOWN : stream_->Pause();
    }
    HRESULT STDMETHODCALLTYPE OnClockRestart(MFTIME) override {
        std::lock_guard<std::mutex> lock(lock_);
        return shut_down_ ? MF_E_SHUTDOWN : stream_->Restart();
    }
    // A rateless sink does not care.
    HRESULT STDMETHODCALLTYPE OnClockSetRate(MFTIME, float) override { return S_OK; }

    // The stream, for the checks (kept alive by the caller's reference).
    AppWaveStream *Peek() {
        std::lock_guard<std::mutex> lock(lock_);
        return stream_;
    }
    int ClocksSet() {
        std::lock_guard<std::mutex> lock(lock_);
        return clocks_set_;
    }

  private:
    AppWaveSink() = default;

    HRESULT Stream(IMFStreamSink **stream) {
        std::lock_guard<std::mutex> lock(lock_);
        if (shut_down_) return MF_E_SHUTDOWN;
        *stream = stream_;
        stream_->AddRef();
        return S_OK;
    }

    std::mutex lock_;
    bool shut_down_ = false;
    AppWaveStream *stream_ = nullptr;
    IMFPresentationClock *clock_ = nullptr;
    int clocks_set_ = 0;
};

HRESULT AppWaveStream::GetMediaSink(IMFMediaSink **sink) {
    if (!sink) return E_INVALIDARG;
    std::lock_guard<std::recursive_mutex> lock(lock_);
    HRESULT hr = CheckShutdown();
    if (SUCCEEDED(hr)) {
        *sink = static_cast<IMFFinalizableMediaSink *>(sink_);
        (*sink)->AddRef();
    }
    return hr;
}

HRESULT AppWaveStream::Initialize(AppWaveSink *sink, IMFByteStream *file) {
    DWORD caps = 0;
    HRESULT hr = file->GetCapabilities(&caps);
    if (FAILED(hr)) return hr;
    const DWORD need = MFBYTESTREAM_IS_WRITABLE | MFBYTESTREAM_IS_SEEKABLE;
    if ((caps & need) != need) return E_FAIL;
    hr = MFCreateEventQueue(&events_);
    if (FAILED(hr)) return hr;
    hr = MFAllocateWorkQueue(&work_queue_);
    if (FAILED(hr)) return hr;
    file_ = file;
    file_->AddRef();
    sink_ = sink;
    // The stream holds its sink until Shutdown breaks the cycle, as
    // the sample does.
    sink_->AddRef();
    return S_OK;
}

HRESULT AppWaveStream::Shutdown() {
    std::lock_guard<std::recursive_mutex> lock(lock_);
    if (shut_down_) return MF_E_SHUTDOWN;
    if (events_) events_->Shutdown();
    MFUnlockWorkQueue(work_queue_);
    DrainQueue(false);
    SafeRelease(&events_);
    SafeRelease(&file_);
    SafeRelease(&type_);
    SafeRelease(&finalize_result_);
    if (sink_) sink_->Release();
    sink_ = nullptr;
    shut_down_ = true;
    return S_OK;
}

// ---------------------------------------------------------------------------
// The application around it.

// 1.5 s of 44.1 kHz stereo 16-bit: a tone on the left, a deterministic
// noise on the right (every bit of the samples matters to the check).
static void WriteSourceWave(const std::string &path) {
    const uint32_t rate = 44100, frames = rate * 3 / 2, bytes = frames * 4;
    std::vector<uint8_t> out;
    auto u32 = [&out](uint32_t v) {
        for (int i = 0; i < 4; i++) out.push_back((uint8_t)(v >> (8 * i)));
    };
    auto u16 = [&out](uint16_t v) {
        out.push_back((uint8_t)v);
        out.push_back((uint8_t)(v >> 8));
    };
    out.insert(out.end(), {'R', 'I', 'F', 'F'});
    u32(36 + bytes);
    out.insert(out.end(), {'W', 'A', 'V', 'E', 'f', 'm', 't', ' '});
    u32(16);
    u16(WAVE_FORMAT_PCM);
    u16(2);
    u32(rate);
    u32(rate * 4);
    u16(4);
    u16(16);
    out.insert(out.end(), {'d', 'a', 't', 'a'});
    u32(bytes);
    uint32_t noise = 12345;
    for (uint32_t i = 0; i < frames; i++) {
        // A 441 Hz triangle, exact in integers.
        int phase = (int)(i % 100);
        int16_t left = (int16_t)((phase < 50 ? phase - 25 : 75 - phase) * 1000);
        noise = noise * 1103515245u + 12345u;
        int16_t right = (int16_t)(noise >> 16);
        u16((uint16_t)left);
        u16((uint16_t)right);
    }
    std::ofstream(path, std::ios::binary).write((const char *)out.data(), (std::streamsize)out.size());
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: mf_app_sink DIR\n");
        return 2;
    }
    std::string dir = argv[1];
    std::string wav = dir + "/app_sink_source.wav", flac = dir + "/app_sink_source.flac",
                out = dir + "/app_sink_out.wav";
    WriteSourceWave(wav);
    std::string cmd = "ffmpeg -nostdin -v error -y -i '" + wav + "' -c:a flac '" + flac + "'";
    CHECK(system(cmd.c_str()) == 0, "ffmpeg failed: %s", cmd.c_str());

    HR(MFStartup(MF_VERSION, MFSTARTUP_FULL), S_OK);

    // The source, from the resolver.
    MF_OBJECT_TYPE kind = MF_OBJECT_INVALID;
    IMFMediaSource *source = ResolveSource(flac, &kind);
    if (!source) return check_summary("mf_app_sink");
    IMFPresentationDescriptor *pd = nullptr;
    IMFStreamDescriptor *sd = nullptr;
    CHECK(FirstStream(source, &pd, &sd), "the FLAC stream is not selected");

    // Our sink, over a file byte stream.
    std::u16string out_w = Widen(out);
    IMFByteStream *file = nullptr;
    HR(MFCreateFile(MF_ACCESSMODE_READWRITE, MF_OPENMODE_DELETE_IF_EXIST, MF_FILEFLAGS_NONE,
                    (LPCWSTR)out_w.c_str(), &file),
       S_OK);
    AppWaveSink *sink = nullptr;
    HR(AppWaveSink::Create(file, &sink), S_OK);
    if (!sink) return check_summary("mf_app_sink");
    IMFStreamSink *stream_sink = nullptr;
    HR(sink->GetStreamSinkByIndex(0, &stream_sink), S_OK);
    AppWaveStream *stream = sink->Peek();

    // The partial topology: the source's stream -> our stream sink. The
    // loader must find the FLAC type refused, put the decoder between and
    // set the PCM type on our handler.
    IMFTopology *topology = PartialTopology(source, pd, sd, stream_sink);
    SessionEvents events;
    IMFMediaSession *session = events.Open(topology);
    HR(events.WaitFor(MESessionTopologySet), S_OK);
    HR(events.WaitFor(MESessionTopologyStatus), S_OK);
    CHECK(sink->ClocksSet() == 1, "SetPresentationClock with a clock: %d times", sink->ClocksSet());
    IMFMediaType *current = nullptr;
    IMFMediaTypeHandler *handler = nullptr;
    HR(stream_sink->GetMediaTypeHandler(&handler), S_OK);
    HR(handler->GetCurrentMediaType(&current), S_OK);
    GUID subtype = GUID_NULL;
    if (current) HR(current->GetGUID(MF_MT_SUBTYPE, &subtype), S_OK);
    CHECK(subtype == MFAudioFormat_PCM, "the loader did not give the sink PCM");
    CHECK(stream->Snapshot().coded_offers >= 1, "the loader never offered the FLAC type");

    events.PlayToEnd();
    HRESULT error = S_OK;
    CHECK(!events.Saw(MEError, &error), "MEError %#x", (unsigned)error);
    events.CloseSession();

    AppWaveStream::Protocol p = stream->Snapshot();
    CHECK(p.starts == 1 && p.stops == 1 && p.pauses == 0, "clock: %d starts, %d stops, %d pauses", p.starts,
          p.stops, p.pauses);
    CHECK(p.samples > 0 && p.unasked == 0 && p.refused == 0, "%d samples for %d requests: %d unasked, %d refused",
          p.samples, p.requests, p.unasked, p.refused);
    CHECK(p.markers == 1 && p.end_markers == 1 && p.markers_sent == 1, "markers: %d placed, %d end, %d answered",
          p.markers, p.end_markers, p.markers_sent);
    CHECK(p.finalizes == 1 && p.finalized, "Finalize: %d, header written %d", p.finalizes, p.finalized);
    CHECK(p.async_error == S_OK, "work queue failure %#x", (unsigned)p.async_error);

    // Shutdown: the session shuts down the sinks of its topology.
    HR(source->Shutdown(), S_OK);
    HR(session->Shutdown(), S_OK);
    DWORD id = 0;
    HR(stream_sink->GetIdentifier(&id), MF_E_SHUTDOWN);
    HR(sink->Shutdown(), MF_E_SHUTDOWN);
    CHECK(events.Released(), "the session still holds the callback: %u", (unsigned)events.Refs());

    // The sink's file: its format is the source's, its data the source's
    // PCM bit for bit.
    std::vector<uint8_t> format = stream->Format();
    SafeRelease(&current);
    SafeRelease(&handler);
    SafeRelease(&session);
    SafeRelease(&topology);
    SafeRelease(&stream_sink);
    SafeRelease(&sink);
    SafeRelease(&file);
    SafeRelease(&sd);
    SafeRelease(&pd);
    SafeRelease(&source);
    CHECK(AllObjectsReleased(), "%d application objects still alive", g_live.load());
    HR(MFShutdown(), S_OK);

    std::vector<uint8_t> written = ReadFileBytes(out), original = ReadFileBytes(wav);
    std::vector<uint8_t> fmt = WaveChunk(written, "fmt "), source_fmt = WaveChunk(original, "fmt ");
    CHECK(fmt == format && fmt.size() >= 16, "the fmt chunk is not the sink's WAVEFORMATEX (%zu bytes)", fmt.size());
    CHECK(fmt.size() >= 16 && source_fmt.size() >= 16 && !memcmp(fmt.data(), source_fmt.data(), 16),
          "the format differs from the source's");
    std::vector<uint8_t> played = WaveChunk(written, "data"), pcm = WaveChunk(original, "data");
    CHECK(!pcm.empty() && played == pcm, "wrote %zu bytes, source %zu; equal: %d", played.size(), pcm.size(),
          played == pcm);
    CHECK(p.data_bytes == pcm.size(), "the sink counted %llu bytes", (unsigned long long)p.data_bytes);
    return check_summary("mf_app_sink (C++)");
}
