/* Video media types without video decoding, as Windows code meets them
 * (COBJMACROS): a media type is an IMFVideoMediaType while its major type
 * is video and an IMFAudioMediaType while it is audio (Wine's
 * test_media_type, which passes on Windows); MFCreateVideoMediaTypeFromSubtype
 * and MFCreateAudioMediaType; the video subtypes' GUIDs as mfapi.h's
 * DEFINE_MEDIATYPE_GUID makes them; IsEqual and
 * MFCompareFullToPartialMediaType over video types. Then an MP4 file with an
 * H.264 video track and an AAC audio track (made here by ffmpeg): the source
 * describes the video stream with its real type and selects it, as Windows'
 * MPEG-4 source does; the topology loader refuses a branch from it with
 * MF_E_TOPO_CODEC_NOT_FOUND; with the video stream deselected, the audio
 * plays to the end into a WAVE file.
 *
 * Usage: mf_video DIR   (needs ffmpeg on PATH) */
#define COBJMACROS
#include <stdint.h>
#include <string.h>
#include "mfapi.h"
#include "mferror.h"
#include "mfidl.h"
#include "check.h"
#include "mf_events.h"

#define FOURCC(a, b, c, d) ((DWORD)(a) | (DWORD)(b) << 8 | (DWORD)(c) << 16 | (DWORD)(d) << 24)

static int has_interface(void *object, REFIID iid) {
    IUnknown *unk = (IUnknown *)0x1;
    HRESULT hr = IUnknown_QueryInterface((IUnknown *)object, iid, (void **)&unk);
    if (hr == S_OK) {
        IUnknown_Release(unk);
        return 1;
    }
    CHECK(hr == E_NOINTERFACE && unk == NULL, "QueryInterface: 0x%08x, %p", (unsigned)hr, (void *)unk);
    return 0;
}

static IUnknown *identity(void *object) {
    IUnknown *unk = NULL;
    HR(IUnknown_QueryInterface((IUnknown *)object, &IID_IUnknown, (void **)&unk), S_OK);
    if (unk) IUnknown_Release(unk);
    return unk;
}

static void check_views(void) {
    IMFMediaType *type = NULL;
    HR(MFCreateMediaType(&type), S_OK);
    CHECK(!has_interface(type, &IID_IMFVideoMediaType), "a type without a major type is no video type");
    CHECK(!has_interface(type, &IID_IMFAudioMediaType), "a type without a major type is no audio type");
    HR(IMFMediaType_SetGUID(type, &MF_MT_MAJOR_TYPE, &MFMediaType_Video), S_OK);
    CHECK(!has_interface(type, &IID_IMFAudioMediaType), "a video type is no audio type");
    IMFVideoMediaType *video = NULL;
    HR(IMFMediaType_QueryInterface(type, &IID_IMFVideoMediaType, (void **)&video), S_OK);
    if (!video) return;
    CHECK(identity(video) == identity(type), "the video view has the type's identity");
    IMFMediaType *back = NULL;
    HR(IMFVideoMediaType_QueryInterface(video, &IID_IMFMediaType, (void **)&back), S_OK);
    CHECK(back == type, "IMFMediaType from the view is the type");
    if (back) IMFMediaType_Release(back);
    CHECK(!has_interface(video, &IID_IMFAudioMediaType), "the video view is no audio type");

    /* The view reads and writes the type's items. */
    HR(MFSetAttributeSize((IMFAttributes *)video, &MF_MT_FRAME_SIZE, 640, 480), S_OK);
    HR(MFSetAttributeRatio((IMFAttributes *)type, &MF_MT_FRAME_RATE, 30000, 1001), S_OK);
    UINT32 width = 0, height = 0, numerator = 0, denominator = 0;
    HR(MFGetAttributeSize((IMFAttributes *)type, &MF_MT_FRAME_SIZE, &width, &height), S_OK);
    HR(MFGetAttributeRatio((IMFAttributes *)video, &MF_MT_FRAME_RATE, &numerator, &denominator), S_OK);
    CHECK(width == 640 && height == 480, "frame size %ux%u", width, height);
    CHECK(numerator == 30000 && denominator == 1001, "frame rate %u/%u", numerator, denominator);
    GUID major = GUID_NULL;
    HR(IMFVideoMediaType_GetMajorType(video, &major), S_OK);
    CHECK(IsEqualGUID(&major, &MFMediaType_Video), "major type");
    CHECK(IMFVideoMediaType_GetVideoFormat(video) == NULL, "the deprecated GetVideoFormat answers NULL");
    DWORD flags = 0;
    HR(IMFMediaType_IsEqual(type, (IMFMediaType *)video, &flags), S_OK);
    CHECK(flags == 0xf, "a type equals its view: flags 0x%x", flags);

    /* The view keeps the type alive; without the major type it is gone. */
    IMFMediaType_Release(type);
    HR(IMFVideoMediaType_DeleteAllItems(video), S_OK);
    CHECK(!has_interface(video, &IID_IMFVideoMediaType), "no video view without a major type");
    HR(IMFVideoMediaType_SetGUID(video, &MF_MT_MAJOR_TYPE, &MFMediaType_Audio), S_OK);
    IMFAudioMediaType *audio = NULL;
    HR(IMFVideoMediaType_QueryInterface(video, &IID_IMFAudioMediaType, (void **)&audio), S_OK);
    if (audio) {
        CHECK(IMFAudioMediaType_GetAudioFormat(audio) == NULL, "the deprecated GetAudioFormat answers NULL");
        IMFAudioMediaType_Release(audio);
    }
    IMFVideoMediaType_Release(video);
}

static void check_creation(void) {
    IMFVideoMediaType *video = NULL;
    HR(MFCreateVideoMediaTypeFromSubtype(&MFVideoFormat_NV12, &video), S_OK);
    if (video) {
        UINT32 count = 0;
        HR(IMFVideoMediaType_GetCount(video, &count), S_OK);
        CHECK(count == 2, "the major type and subtype alone: %u items", count);
        GUID subtype = GUID_NULL;
        HR(IMFVideoMediaType_GetGUID(video, &MF_MT_SUBTYPE, &subtype), S_OK);
        CHECK(IsEqualGUID(&subtype, &MFVideoFormat_NV12), "subtype");
        CHECK(has_interface(video, &IID_IMFMediaType), "a video type is a media type");
        HR(IMFVideoMediaType_DeleteAllItems(video), S_OK);
        CHECK(!has_interface(video, &IID_IMFVideoMediaType), "emptied, it is no video type");
        IMFVideoMediaType_Release(video);
    }
    HR(MFCreateVideoMediaTypeFromSubtype(&MFVideoFormat_NV12, NULL), E_POINTER);
    video = (IMFVideoMediaType *)0x1;
    HR(MFCreateVideoMediaTypeFromSubtype(NULL, &video), E_POINTER);

    WAVEFORMATEX wfx = {WAVE_FORMAT_PCM, 2, 44100, 44100 * 4, 4, 16, 0};
    IMFAudioMediaType *audio = NULL;
    HR(MFCreateAudioMediaType(&wfx, &audio), S_OK);
    if (audio) {
        UINT32 channels = 0, rate = 0, bits = 0;
        GUID major = GUID_NULL, subtype = GUID_NULL;
        HR(IMFAudioMediaType_GetMajorType(audio, &major), S_OK);
        HR(IMFAudioMediaType_GetGUID(audio, &MF_MT_SUBTYPE, &subtype), S_OK);
        HR(IMFAudioMediaType_GetUINT32(audio, &MF_MT_AUDIO_NUM_CHANNELS, &channels), S_OK);
        HR(IMFAudioMediaType_GetUINT32(audio, &MF_MT_AUDIO_SAMPLES_PER_SECOND, &rate), S_OK);
        HR(IMFAudioMediaType_GetUINT32(audio, &MF_MT_AUDIO_BITS_PER_SAMPLE, &bits), S_OK);
        CHECK(IsEqualGUID(&major, &MFMediaType_Audio) && IsEqualGUID(&subtype, &MFAudioFormat_PCM), "PCM audio");
        CHECK(channels == 2 && rate == 44100 && bits == 16, "%u ch %u Hz %u bits", channels, rate, bits);
        IMFAudioMediaType_Release(audio);
    }
    HR(MFCreateAudioMediaType(NULL, &audio), E_POINTER);
    HR(MFCreateAudioMediaType(&wfx, NULL), E_POINTER);

    /* The wave formats keep mmreg.h's packed layout. */
    CHECK(sizeof(WAVEFORMATEX) == 18, "sizeof(WAVEFORMATEX) %zu", sizeof(WAVEFORMATEX));
    CHECK(sizeof(WAVEFORMATEXTENSIBLE) == 40, "sizeof(WAVEFORMATEXTENSIBLE) %zu", sizeof(WAVEFORMATEXTENSIBLE));
    CHECK(WAVE_FORMAT_EXTENSIBLE == 0xfffe, "WAVE_FORMAT_EXTENSIBLE");
}

/* DEFINE_MEDIATYPE_GUID: the FOURCC, or the D3DFORMAT for RGB, in
 * XXXXXXXX-0000-0010-8000-00AA00389B71. */
static void check_subtypes(void) {
    static const struct { const GUID *guid; DWORD code; const char *name; } subtypes[] = {
        {&MFVideoFormat_RGB32, 22, "RGB32"}, {&MFVideoFormat_ARGB32, 21, "ARGB32"},
        {&MFVideoFormat_RGB24, 20, "RGB24"}, {&MFVideoFormat_NV12, FOURCC('N', 'V', '1', '2'), "NV12"},
        {&MFVideoFormat_YUY2, FOURCC('Y', 'U', 'Y', '2'), "YUY2"},
        {&MFVideoFormat_I420, FOURCC('I', '4', '2', '0'), "I420"},
        {&MFVideoFormat_IYUV, FOURCC('I', 'Y', 'U', 'V'), "IYUV"},
        {&MFVideoFormat_YV12, FOURCC('Y', 'V', '1', '2'), "YV12"},
        {&MFVideoFormat_H264, FOURCC('H', '2', '6', '4'), "H264"},
        {&MFVideoFormat_HEVC, FOURCC('H', 'E', 'V', 'C'), "HEVC"},
        {&MFVideoFormat_VP90, FOURCC('V', 'P', '9', '0'), "VP90"},
        {&MFVideoFormat_AV1, FOURCC('A', 'V', '0', '1'), "AV1"},
        {&MFVideoFormat_MJPG, FOURCC('M', 'J', 'P', 'G'), "MJPG"},
        {&MFVideoFormat_MP4V, FOURCC('M', 'P', '4', 'V'), "MP4V"},
        {&MFVideoFormat_WMV3, FOURCC('W', 'M', 'V', '3'), "WMV3"},
    };
    for (size_t i = 0; i < sizeof subtypes / sizeof subtypes[0]; i++) {
        GUID want = MFMediaType_Audio; /* the base GUID's tail */
        want.Data1 = subtypes[i].code;
        want.Data2 = 0x0000;
        want.Data3 = 0x0010;
        CHECK(IsEqualGUID(subtypes[i].guid, &want), "MFVideoFormat_%s", subtypes[i].name);
    }
}

static IMFMediaType *video_type(const GUID *subtype, UINT32 width, UINT32 height) {
    IMFMediaType *t = NULL;
    HR(MFCreateMediaType(&t), S_OK);
    HR(IMFMediaType_SetGUID(t, &MF_MT_MAJOR_TYPE, &MFMediaType_Video), S_OK);
    if (subtype) HR(IMFMediaType_SetGUID(t, &MF_MT_SUBTYPE, subtype), S_OK);
    if (width) HR(MFSetAttributeSize((IMFAttributes *)t, &MF_MT_FRAME_SIZE, width, height), S_OK);
    return t;
}

/* The IsEqual page's flags, and a partial type matches a full one when
 * every item it has is in the full one. */
static void check_comparisons(void) {
    IMFMediaType *full = video_type(&MFVideoFormat_NV12, 640, 480);
    HR(MFSetAttributeRatio((IMFAttributes *)full, &MF_MT_FRAME_RATE, 25, 1), S_OK);
    HR(IMFMediaType_SetUINT32(full, &MF_MT_INTERLACE_MODE, MFVideoInterlace_Progressive), S_OK);
    HR(MFSetAttributeRatio((IMFAttributes *)full, &MF_MT_PIXEL_ASPECT_RATIO, 1, 1), S_OK);
    HR(IMFMediaType_SetUINT32(full, &MF_MT_DEFAULT_STRIDE, 640), S_OK);
    IMFMediaType *same = NULL;
    HR(MFCreateMediaType(&same), S_OK);
    HR(IMFMediaType_CopyAllItems(full, (IMFAttributes *)same), S_OK);
    DWORD flags = 0;
    HR(IMFMediaType_IsEqual(full, same, &flags), S_OK);
    CHECK(flags == 0xf, "equal types: flags 0x%x", flags);

    IMFMediaType *bigger = video_type(&MFVideoFormat_NV12, 1280, 720);
    flags = 0;
    HR(IMFMediaType_IsEqual(full, bigger, &flags), S_FALSE);
    CHECK(flags == (MF_MEDIATYPE_EQUAL_MAJOR_TYPES | MF_MEDIATYPE_EQUAL_FORMAT_TYPES |
                    MF_MEDIATYPE_EQUAL_FORMAT_USER_DATA), "another frame size: flags 0x%x", flags);
    IMFMediaType *h264 = video_type(&MFVideoFormat_H264, 640, 480);
    flags = 0;
    HR(IMFMediaType_IsEqual(full, h264, &flags), S_FALSE);
    CHECK(!(flags & MF_MEDIATYPE_EQUAL_FORMAT_TYPES) && (flags & MF_MEDIATYPE_EQUAL_MAJOR_TYPES),
          "another subtype: flags 0x%x", flags);

    IMFMediaType *partial = video_type(&MFVideoFormat_NV12, 0, 0);
    CHECK(MFCompareFullToPartialMediaType(full, partial), "major type and subtype match");
    CHECK(!MFCompareFullToPartialMediaType(full, h264), "another subtype does not");
    CHECK(!MFCompareFullToPartialMediaType(full, bigger), "another frame size does not");
    IMFMediaType *no_major = NULL;
    HR(MFCreateMediaType(&no_major), S_OK);
    HR(IMFMediaType_SetGUID(no_major, &MF_MT_SUBTYPE, &MFVideoFormat_NV12), S_OK);
    CHECK(!MFCompareFullToPartialMediaType(full, no_major), "a partial type needs its major type");
    IMFMediaType *types[] = {full, same, bigger, h264, partial, no_major};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) IMFMediaType_Release(types[i]);
}

static void widen(const char *s, WCHAR *out, size_t cap) {
    size_t i = 0;
    for (; s[i] && i + 1 < cap; i++) out[i] = (WCHAR)(unsigned char)s[i];
    out[i] = 0;
}

static IMFStreamDescriptor *stream_at(IMFPresentationDescriptor *pd, DWORD index, BOOL *selected,
                                      IMFMediaType **type) {
    IMFStreamDescriptor *sd = NULL;
    IMFMediaTypeHandler *handler = NULL;
    HR(IMFPresentationDescriptor_GetStreamDescriptorByIndex(pd, index, selected, &sd), S_OK);
    if (!sd) exit(1);
    HR(IMFStreamDescriptor_GetMediaTypeHandler(sd, &handler), S_OK);
    HR(IMFMediaTypeHandler_GetCurrentMediaType(handler, type), S_OK);
    IMFMediaTypeHandler_Release(handler);
    return sd;
}

static IMFTopology *branch(IMFMediaSource *source, IMFPresentationDescriptor *pd, IMFStreamDescriptor *sd,
                           IMFStreamSink *sink) {
    IMFTopology *t = NULL;
    IMFTopologyNode *src = NULL, *out = NULL;
    HR(MFCreateTopology(&t), S_OK);
    HR(MFCreateTopologyNode(MF_TOPOLOGY_SOURCESTREAM_NODE, &src), S_OK);
    HR(MFCreateTopologyNode(MF_TOPOLOGY_OUTPUT_NODE, &out), S_OK);
    HR(IMFTopologyNode_SetUnknown(src, &MF_TOPONODE_SOURCE, (IUnknown *)source), S_OK);
    HR(IMFTopologyNode_SetUnknown(src, &MF_TOPONODE_PRESENTATION_DESCRIPTOR, (IUnknown *)pd), S_OK);
    HR(IMFTopologyNode_SetUnknown(src, &MF_TOPONODE_STREAM_DESCRIPTOR, (IUnknown *)sd), S_OK);
    HR(IMFTopologyNode_SetObject(out, (IUnknown *)sink), S_OK);
    HR(IMFTopology_AddNode(t, src), S_OK);
    HR(IMFTopology_AddNode(t, out), S_OK);
    HR(IMFTopologyNode_ConnectOutput(src, 0, out, 0), S_OK);
    IMFTopologyNode_Release(src);
    IMFTopologyNode_Release(out);
    return t;
}

/* The length of a WAVE file's data chunk, 0 when it has none. */
static long wav_data_length(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    unsigned char h[12];
    long length = 0;
    if (fread(h, 1, 12, f) == 12) {
        unsigned char chunk[8];
        while (fread(chunk, 1, 8, f) == 8) {
            uint32_t n;
            memcpy(&n, chunk + 4, 4);
            if (!memcmp(chunk, "data", 4)) { length = n; break; }
            if (fseek(f, (long)(n + (n & 1)), SEEK_CUR)) break;
        }
    }
    fclose(f);
    return length;
}

static void check_file(const char *dir) {
    char mp4[1024], wav[1024], cmd[4096], file_url[1100];
    snprintf(mp4, sizeof mp4, "%s/video.mp4", dir);
    snprintf(wav, sizeof wav, "%s/video-audio.wav", dir);
    snprintf(cmd, sizeof cmd,
             "ffmpeg -hide_banner -loglevel error -y -f lavfi -i testsrc=size=320x240:rate=25 "
             "-f lavfi -i sine=frequency=440:sample_rate=44100 -t 1 -c:v libx264 -preset ultrafast "
             "-c:a aac '%s'", mp4);
    CHECK(system(cmd) == 0, "ffmpeg failed: %s", cmd);

    IMFSourceResolver *resolver = NULL;
    HR(MFCreateSourceResolver(&resolver), S_OK);
    WCHAR url[1100];
    snprintf(file_url, sizeof file_url, "file://%s", mp4);
    widen(file_url, url, 1100);
    MF_OBJECT_TYPE kind = MF_OBJECT_INVALID;
    IUnknown *object = NULL;
    HR(IMFSourceResolver_CreateObjectFromURL(resolver, url, MF_RESOLUTION_MEDIASOURCE, NULL, &kind, &object), S_OK);
    IMFSourceResolver_Release(resolver);
    if (!object) exit(1);
    IMFMediaSource *source = NULL;
    HR(IUnknown_QueryInterface(object, &IID_IMFMediaSource, (void **)&source), S_OK);
    IUnknown_Release(object);

    /* The audio stream, then the video one: both selected. */
    IMFPresentationDescriptor *pd = NULL;
    HR(IMFMediaSource_CreatePresentationDescriptor(source, &pd), S_OK);
    DWORD streams = 0;
    HR(IMFPresentationDescriptor_GetStreamDescriptorCount(pd, &streams), S_OK);
    CHECK(streams == 2, "%u streams", streams);
    BOOL selected = FALSE;
    IMFMediaType *audio_type = NULL, *video_type = NULL;
    IMFStreamDescriptor *audio_sd = stream_at(pd, 0, &selected, &audio_type);
    CHECK(selected, "the audio stream starts selected");
    IMFStreamDescriptor *video_sd = stream_at(pd, 1, &selected, &video_type);
    CHECK(selected, "the first video stream starts selected");
    GUID major = GUID_NULL, subtype = GUID_NULL;
    HR(IMFMediaType_GetMajorType(audio_type, &major), S_OK);
    CHECK(IsEqualGUID(&major, &MFMediaType_Audio), "stream 0 is audio");
    HR(IMFMediaType_GetMajorType(video_type, &major), S_OK);
    HR(IMFMediaType_GetGUID(video_type, &MF_MT_SUBTYPE, &subtype), S_OK);
    CHECK(IsEqualGUID(&major, &MFMediaType_Video) && IsEqualGUID(&subtype, &MFVideoFormat_H264), "H.264 video");
    UINT32 width = 0, height = 0, numerator = 0, denominator = 0;
    HR(MFGetAttributeSize((IMFAttributes *)video_type, &MF_MT_FRAME_SIZE, &width, &height), S_OK);
    HR(MFGetAttributeRatio((IMFAttributes *)video_type, &MF_MT_FRAME_RATE, &numerator, &denominator), S_OK);
    CHECK(width == 320 && height == 240, "frame size %ux%u", width, height);
    CHECK(numerator == 25 && denominator == 1, "frame rate %u/%u", numerator, denominator);
    CHECK(has_interface(video_type, &IID_IMFVideoMediaType), "the stream's type is a video type");
    DWORD id = 99;
    HR(IMFStreamDescriptor_GetStreamIdentifier(video_sd, &id), S_OK);
    CHECK(id == 1, "video stream id %u", id);

    /* The WAVE sink, for the audio decoded to float. */
    IMFMediaType *wave = NULL;
    HR(MFCreateMediaType(&wave), S_OK);
    HR(IMFMediaType_SetGUID(wave, &MF_MT_MAJOR_TYPE, &MFMediaType_Audio), S_OK);
    HR(IMFMediaType_SetGUID(wave, &MF_MT_SUBTYPE, &MFAudioFormat_Float), S_OK);
    HR(IMFMediaType_SetUINT32(wave, &MF_MT_AUDIO_NUM_CHANNELS, 1), S_OK);
    HR(IMFMediaType_SetUINT32(wave, &MF_MT_AUDIO_SAMPLES_PER_SECOND, 44100), S_OK);
    HR(IMFMediaType_SetUINT32(wave, &MF_MT_AUDIO_BITS_PER_SAMPLE, 32), S_OK);
    HR(IMFMediaType_SetUINT32(wave, &MF_MT_AUDIO_BLOCK_ALIGNMENT, 4), S_OK);
    HR(IMFMediaType_SetUINT32(wave, &MF_MT_AUDIO_AVG_BYTES_PER_SECOND, 44100 * 4), S_OK);
    IMFByteStream *file = NULL;
    WCHAR wav_w[1100];
    widen(wav, wav_w, 1100);
    HR(MFCreateFile(MF_ACCESSMODE_WRITE, MF_OPENMODE_DELETE_IF_EXIST, MF_FILEFLAGS_NONE, wav_w, &file), S_OK);
    IMFMediaSink *sink = NULL;
    HR(MFCreateWAVEMediaSink(file, wave, &sink), S_OK);
    IMFStreamSink *stream_sink = NULL;
    HR(IMFMediaSink_GetStreamSinkByIndex(sink, 0, &stream_sink), S_OK);

    /* A branch from the video stream: no decoder, refused in the event. */
    IMFMediaSession *s = NULL;
    HR(MFCreateMediaSession(NULL, &s), S_OK);
    IMFTopology *video_branch = branch(source, pd, video_sd, stream_sink);
    HR(IMFMediaSession_SetTopology(s, 0, video_branch), S_OK);
    PROPVARIANT v = expect_event_within(s, MESessionTopologySet, MF_E_TOPO_CODEC_NOT_FOUND, VT_UNKNOWN, 2000,
                                        "the video branch is refused");
    PropVariantClear(&v);

    /* The application deselects the video stream: the audio plays. */
    HR(IMFPresentationDescriptor_DeselectStream(pd, 1), S_OK);
    IMFTopology *audio_branch = branch(source, pd, audio_sd, stream_sink);
    HR(IMFMediaSession_SetTopology(s, 0, audio_branch), S_OK);
    v = expect_event_within(s, MESessionTopologySet, S_OK, VT_UNKNOWN, 2000, "the audio branch");
    PropVariantClear(&v);
    PROPVARIANT empty;
    PropVariantInit(&empty);
    HR(IMFMediaSession_Start(s, &GUID_NULL, &empty), S_OK);
    expect_event_within(s, MESessionStarted, S_OK, VT_EMPTY, 5000, "Started");
    expect_event_within(s, MESessionEnded, S_OK, VT_EMPTY, 30000, "Ended");
    HR(IMFMediaSession_Close(s), S_OK);
    expect_event_within(s, MESessionClosed, S_OK, VT_EMPTY, 5000, "Closed");
    check_commands_after_close(s);
    HR(IMFMediaSource_Shutdown(source), S_OK);
    HR(IMFMediaSession_Shutdown(s), S_OK);
    long played = wav_data_length(wav);
    CHECK(played >= 44100 * 4 * 9 / 10 && played <= 44100 * 4 * 11 / 10, "%ld bytes of audio, not a second",
          played);

    IMFTopology_Release(audio_branch);
    IMFTopology_Release(video_branch);
    IMFStreamSink_Release(stream_sink);
    IMFMediaSink_Release(sink);
    IMFByteStream_Release(file);
    IMFMediaType_Release(wave);
    IMFMediaType_Release(audio_type);
    IMFMediaType_Release(video_type);
    IMFStreamDescriptor_Release(audio_sd);
    IMFStreamDescriptor_Release(video_sd);
    IMFPresentationDescriptor_Release(pd);
    IMFMediaSource_Release(source);
    ULONG left = IMFMediaSession_Release(s);
    CHECK(left == 0, "the session keeps %u references", left);
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: mf_video DIR\n"); return 2; }
    HR(MFStartup(MF_VERSION, MFSTARTUP_FULL), S_OK);
    check_views();
    check_creation();
    check_subtypes();
    check_comparisons();
    check_file(argv[1]);
    HR(MFShutdown(), S_OK);
    printf("mf_video: %d checks, %d failed\n", check_count, check_failures);
    return check_failures != 0;
}
