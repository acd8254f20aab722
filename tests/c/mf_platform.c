/* mfplat's helper functions as Windows code calls them: descriptors and
 * type handlers, MFGetService and MFShutdownObject, media-type comparison
 * and wrapping, WAVEFORMATEX conversions, video strides, image sizes and
 * frame rates, MFllMulDiv, MFHeapAlloc, temporary files, the supported
 * MIME types and schemes, and mfapi.h's inline attribute helpers. The
 * expected answers are Windows' (Wine's mfplat.c and mf.c record them);
 * NULL arguments get the documented HRESULT, never a crash. */
#define COBJMACROS
#include <string.h>
#include "mfapi.h"
#include "mferror.h"
#include "mfidl.h"
#include "check.h"

#define HR(call, want) CHECK_CODE((DWORD)(call), (DWORD)(want))

_Static_assert(sizeof(WAVEFORMATEX) == 18, "WAVEFORMATEX is byte packed");
_Static_assert(sizeof(WAVEFORMATEXTENSIBLE) == 40, "WAVEFORMATEXTENSIBLE is byte packed");

DEFINE_GUID(DUMMY_KEY, 0x12345678, 0x1234, 0x1234, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21);

static IMFMediaType *new_type(const GUID *major, const GUID *subtype) {
    IMFMediaType *t = NULL;
    HR(MFCreateMediaType(&t), S_OK);
    if (major) HR(IMFMediaType_SetGUID(t, &MF_MT_MAJOR_TYPE, major), S_OK);
    if (subtype) HR(IMFMediaType_SetGUID(t, &MF_MT_SUBTYPE, subtype), S_OK);
    return t;
}

static void muldiv_and_heap(void) {
    CHECK(MFllMulDiv(0, 0, 0, 0) == 0x7fffffffffffffffLL, "zero divisor");
    CHECK(MFllMulDiv(1000000, 1000000, 2, 0) == 500000000000LL, "plain");
    CHECK(MFllMulDiv(0x7fffffffffffffffLL, 3, 0x7fffffffffffffffLL, 1) == 3, "128-bit product");
    CHECK(MFllMulDiv(-10000, 3, 100, 0) == -300, "negative");
    CHECK(MFllMulDiv(2, 0, 3, 5) == 1, "rounding term");
    CHECK(MFllMulDiv(2, 1, 1, -3) == -1, "negative rounding term");
    CHECK(MFllMulDiv(0x7fffffffffffffffLL, 4, 0x100000000LL, 0) == 0x1ffffffffLL, "large");
    CHECK(MFllMulDiv(-0x7fffffffffffffffLL, 4, 1, 0) == (-0x7fffffffffffffffLL - 1), "negative overflow");

    unsigned char *p = MFHeapAlloc(16, HEAP_ZERO_MEMORY, NULL, 0, eAllocationTypeIgnore);
    CHECK(p != NULL, "MFHeapAlloc");
    if (p) {
        int zero = 1;
        for (int i = 0; i < 16; i++) zero &= p[i] == 0;
        CHECK(zero, "HEAP_ZERO_MEMORY zeroes");
    }
    MFHeapFree(p);
    MFHeapFree(NULL);
}

static BOOL selected_at(IMFPresentationDescriptor *pd, DWORD i, IMFStreamDescriptor **sd) {
    BOOL on = 2;
    HR(IMFPresentationDescriptor_GetStreamDescriptorByIndex(pd, i, &on, sd), S_OK);
    return on;
}

static void descriptors(void) {
    IMFMediaType *types[2] = {new_type(NULL, NULL), new_type(NULL, NULL)};
    IMFStreamDescriptor *sd[2] = {NULL, NULL}, *got = NULL;
    IMFPresentationDescriptor *pd = NULL, *copy = NULL;
    IMFMediaTypeHandler *h = NULL;
    IMFMediaType *t = NULL;
    DWORD id = 0, count = 0;
    UINT64 value = 0;

    HR(MFCreateStreamDescriptor(123, 0, NULL, &sd[0]), E_INVALIDARG);
    HR(MFCreateStreamDescriptor(123, 0, types, &sd[0]), E_INVALIDARG);
    HR(MFCreateStreamDescriptor(123, 2, NULL, &sd[0]), E_INVALIDARG);
    HR(MFCreateStreamDescriptor(123, 2, types, NULL), E_POINTER);
    HR(MFCreateStreamDescriptor(123, 2, types, &sd[0]), S_OK);
    HR(MFCreateStreamDescriptor(7, 1, types, &sd[1]), S_OK);
    HR(IMFStreamDescriptor_GetStreamIdentifier(sd[0], &id), S_OK);
    CHECK(id == 123, "id %u", (unsigned)id);
    HR(IMFStreamDescriptor_GetMediaTypeHandler(sd[0], &h), S_OK);
    HR(IMFMediaTypeHandler_GetMediaTypeCount(h, &count), S_OK);
    CHECK(count == 2, "type count %u", (unsigned)count);
    HR(IMFMediaTypeHandler_GetCurrentMediaType(h, &t), MF_E_NOT_INITIALIZED);
    HR(IMFMediaTypeHandler_GetMediaTypeByIndex(h, 1, &t), S_OK);
    CHECK(t == types[1], "offered types are the caller's objects");
    IMFMediaType_Release(t);
    HR(IMFMediaTypeHandler_GetMediaTypeByIndex(h, 2, &t), MF_E_NO_MORE_TYPES);
    IMFMediaTypeHandler_Release(h);

    HR(MFCreatePresentationDescriptor(2, sd, NULL), E_POINTER);
    HR(MFCreatePresentationDescriptor(2, NULL, &pd), E_INVALIDARG);
    HR(MFCreatePresentationDescriptor(2, sd, &pd), S_OK);
    HR(IMFPresentationDescriptor_GetStreamDescriptorCount(pd, &count), S_OK);
    CHECK(count == 2, "stream count %u", (unsigned)count);
    for (DWORD i = 0; i < 2; i++) {
        CHECK(!selected_at(pd, i, &got), "stream %u starts deselected", (unsigned)i);
        CHECK(got == sd[i], "the caller's stream descriptor");
        IMFStreamDescriptor_Release(got);
    }
    {
        BOOL on;
        HR(IMFPresentationDescriptor_GetStreamDescriptorByIndex(pd, 10, &on, &got), E_INVALIDARG);
    }
    HR(IMFPresentationDescriptor_SelectStream(pd, 10), E_INVALIDARG);
    HR(IMFPresentationDescriptor_DeselectStream(pd, 2), E_INVALIDARG);
    HR(IMFPresentationDescriptor_SelectStream(pd, 0), S_OK);
    HR(IMFPresentationDescriptor_SetUINT64(pd, &DUMMY_KEY, 1), S_OK);
    HR(IMFPresentationDescriptor_Clone(pd, &copy), S_OK);
    CHECK(selected_at(copy, 0, &got), "the clone keeps the selection");
    CHECK(got == sd[0], "the clone shares the stream descriptors");
    IMFStreamDescriptor_Release(got);
    CHECK(!selected_at(copy, 1, &got), "second stream still deselected");
    IMFStreamDescriptor_Release(got);
    HR(IMFPresentationDescriptor_GetUINT64(copy, &DUMMY_KEY, &value), S_OK);
    CHECK(value == 1, "the clone keeps the attributes");
    IMFPresentationDescriptor_Release(copy);
    IMFPresentationDescriptor_Release(pd);

    /* A NULL element is E_INVALIDARG. */
    {
        IMFStreamDescriptor *partial[2] = {NULL, sd[1]};
        pd = (void *)0xdeadbeef;
        HR(MFCreatePresentationDescriptor(2, partial, &pd), E_INVALIDARG);
        CHECK(pd == (void *)0xdeadbeef, "nothing written on failure");
    }
    HR(MFCreatePresentationDescriptor(0, NULL, &pd), S_OK);
    IMFPresentationDescriptor_Release(pd);

    IMFStreamDescriptor_Release(sd[0]);
    IMFStreamDescriptor_Release(sd[1]);
    IMFMediaType_Release(types[0]);
    IMFMediaType_Release(types[1]);
}

static void simple_type_handler(void) {
    IMFMediaTypeHandler *h = NULL;
    IMFMediaType *t = NULL, *got = NULL, *video = new_type(&MFMediaType_Video, NULL);
    GUID major;
    DWORD count = 0;

    HR(MFCreateSimpleTypeHandler(NULL), E_POINTER);
    HR(MFCreateSimpleTypeHandler(&h), S_OK);
    HR(IMFMediaTypeHandler_GetMajorType(h, NULL), E_POINTER);
    HR(IMFMediaTypeHandler_GetMajorType(h, &major), MF_E_NOT_INITIALIZED);
    HR(IMFMediaTypeHandler_GetMediaTypeCount(h, &count), S_OK);
    CHECK(count == 1, "one type, current or not");
    HR(IMFMediaTypeHandler_GetCurrentMediaType(h, &got), MF_E_NOT_INITIALIZED);
    t = new_type(NULL, NULL);
    HR(IMFMediaTypeHandler_IsMediaTypeSupported(h, t, &got), MF_E_UNEXPECTED);
    HR(IMFMediaTypeHandler_GetMediaTypeByIndex(h, 0, &got), MF_E_UNEXPECTED);
    HR(IMFMediaTypeHandler_SetCurrentMediaType(h, t), S_OK);
    HR(IMFMediaTypeHandler_GetCurrentMediaType(h, &got), S_OK);
    CHECK(got == t, "the current type is the caller's object");
    IMFMediaType_Release(got);
    HR(IMFMediaTypeHandler_GetMediaTypeByIndex(h, 0, &got), S_OK);
    IMFMediaType_Release(got);
    HR(IMFMediaTypeHandler_GetMediaTypeByIndex(h, 1, &got), MF_E_NO_MORE_TYPES);
    HR(IMFMediaTypeHandler_GetMajorType(h, &major), MF_E_ATTRIBUTENOTFOUND);
    HR(IMFMediaType_SetGUID(t, &MF_MT_MAJOR_TYPE, &MFMediaType_Audio), S_OK);
    HR(IMFMediaTypeHandler_GetMajorType(h, &major), S_OK);
    CHECK(IsEqualGUID(&major, &MFMediaType_Audio), "major type of the current type");
    HR(IMFMediaTypeHandler_IsMediaTypeSupported(h, video, &got), MF_E_INVALIDMEDIATYPE);
    HR(IMFMediaTypeHandler_IsMediaTypeSupported(h, t, &got), S_OK);
    if (got) IMFMediaType_Release(got);
    HR(IMFMediaTypeHandler_SetCurrentMediaType(h, NULL), S_OK);
    HR(IMFMediaTypeHandler_GetCurrentMediaType(h, &got), MF_E_NOT_INITIALIZED);
    CHECK(IMFMediaTypeHandler_Release(h) == 0, "last reference");
    IMFMediaType_Release(t);
    IMFMediaType_Release(video);
}

/* Two IUnknowns written in C: the first's QueryInterface refuses
 * IMFGetService with its own code; the second hands out an IMFGetService
 * whose GetService answers its own code; the third has IMFShutdown. */
static HRESULT STDMETHODCALLTYPE refusing_qi(IUnknown *This, REFIID riid, void **out) {
    *out = NULL;
    if (IsEqualIID(riid, &IID_IUnknown)) {
        *out = This;
        return S_OK;
    }
    return IsEqualIID(riid, &IID_IMFGetService) ? (HRESULT)0x82eddead : E_NOINTERFACE;
}
static ULONG STDMETHODCALLTYPE static_addref(IUnknown *This) { (void)This; return 2; }
static ULONG STDMETHODCALLTYPE static_release(IUnknown *This) { (void)This; return 1; }
static IUnknownVtbl refusing_vtbl = {refusing_qi, static_addref, static_release};
static IUnknown refusing = {&refusing_vtbl};

static HRESULT STDMETHODCALLTYPE gs_qi(IMFGetService *This, REFIID riid, void **out) {
    *out = This;
    (void)riid;
    return S_OK;
}
static ULONG STDMETHODCALLTYPE gs_addref(IMFGetService *This) { (void)This; return 2; }
static ULONG STDMETHODCALLTYPE gs_release(IMFGetService *This) { (void)This; return 1; }
static HRESULT STDMETHODCALLTYPE gs_get_service(IMFGetService *This, REFGUID service, REFIID riid, void **out) {
    (void)This; (void)service; (void)riid; (void)out;
    return (HRESULT)0x83eddead;
}
static IMFGetServiceVtbl gs_vtbl = {gs_qi, gs_addref, gs_release, gs_get_service};
static IMFGetService service_object = {&gs_vtbl};

static int shutdowns;
static HRESULT STDMETHODCALLTYPE sd_qi(IMFShutdown *This, REFIID riid, void **out) {
    if (IsEqualIID(riid, &IID_IMFShutdown) || IsEqualIID(riid, &IID_IUnknown)) {
        *out = This;
        return S_OK;
    }
    *out = NULL;
    return E_NOINTERFACE;
}
static ULONG STDMETHODCALLTYPE sd_addref(IMFShutdown *This) { (void)This; return 2; }
static ULONG STDMETHODCALLTYPE sd_release(IMFShutdown *This) { (void)This; return 1; }
static HRESULT STDMETHODCALLTYPE sd_shutdown(IMFShutdown *This) { (void)This; shutdowns++; return 0xdead; }
static HRESULT STDMETHODCALLTYPE sd_status(IMFShutdown *This, MFSHUTDOWN_STATUS *status) {
    (void)This; (void)status;
    return E_NOTIMPL;
}
static IMFShutdownVtbl sd_vtbl = {sd_qi, sd_addref, sd_release, sd_shutdown, sd_status};
static IMFShutdown shutdown_object = {&sd_vtbl};

static void services(void) {
    IUnknown *unk = (void *)0xdeadbeef;
    HR(MFGetService(NULL, NULL, NULL, NULL), E_POINTER);
    HR(MFGetService(NULL, &GUID_NULL, &IID_IUnknown, (void **)&unk), E_POINTER);
    CHECK(unk == (void *)0xdeadbeef, "out untouched");
    HR(MFGetService(&refusing, NULL, NULL, NULL), 0x82eddead);
    HR(MFGetService(&refusing, &GUID_NULL, &IID_IUnknown, (void **)&unk), 0x82eddead);
    CHECK(unk == (void *)0xdeadbeef, "out untouched");
    HR(MFGetService((IUnknown *)&service_object, &GUID_NULL, &IID_IUnknown, (void **)&unk), 0x83eddead);

    HR(MFShutdownObject(NULL), S_OK);
    HR(MFShutdownObject((IUnknown *)&shutdown_object), S_OK);
    CHECK(shutdowns == 1, "Shutdown called once, not %d", shutdowns);
    HR(MFShutdownObject(&refusing), S_OK);
}

static void compare_and_wrap(void) {
    IMFMediaType *full = new_type(NULL, NULL), *partial = new_type(NULL, NULL), *wrapped = NULL, *back = NULL;
    GUID guid;
    UINT32 count = 0;
    MF_ATTRIBUTE_TYPE kind;

    CHECK(!MFCompareFullToPartialMediaType(full, partial), "no major type");
    CHECK(!MFCompareFullToPartialMediaType(NULL, partial), "NULL full");
    CHECK(!MFCompareFullToPartialMediaType(full, NULL), "NULL partial");
    HR(IMFMediaType_SetGUID(full, &MF_MT_MAJOR_TYPE, &MFMediaType_Audio), S_OK);
    HR(IMFMediaType_SetGUID(partial, &MF_MT_MAJOR_TYPE, &MFMediaType_Audio), S_OK);
    CHECK(MFCompareFullToPartialMediaType(full, partial), "same major");
    HR(IMFMediaType_SetGUID(full, &MF_MT_SUBTYPE, &MFMediaType_Audio), S_OK);
    CHECK(MFCompareFullToPartialMediaType(full, partial), "the partial type lacks the subtype");
    HR(IMFMediaType_SetGUID(partial, &MF_MT_SUBTYPE, &MFMediaType_Video), S_OK);
    CHECK(!MFCompareFullToPartialMediaType(full, partial), "other subtype");

    HR(MFUnwrapMediaType(partial, &back), MF_E_ATTRIBUTENOTFOUND);
    HR(MFUnwrapMediaType(NULL, &back), E_POINTER);
    HR(MFUnwrapMediaType(partial, NULL), E_POINTER);
    HR(MFWrapMediaType(NULL, &MFMediaType_Audio, &IID_IUnknown, &wrapped), E_POINTER);
    HR(MFWrapMediaType(full, NULL, &IID_IUnknown, &wrapped), E_POINTER);
    HR(MFWrapMediaType(full, &MFMediaType_Audio, NULL, &wrapped), E_POINTER);
    HR(MFWrapMediaType(full, &MFMediaType_Audio, &IID_IUnknown, NULL), E_POINTER);
    HR(IMFMediaType_SetUINT32(full, &DUMMY_KEY, 2), S_OK);
    HR(MFWrapMediaType(full, &MFMediaType_Video, &IID_IUnknown, &wrapped), S_OK);
    HR(IMFMediaType_GetGUID(wrapped, &MF_MT_MAJOR_TYPE, &guid), S_OK);
    CHECK(IsEqualGUID(&guid, &MFMediaType_Video), "wrapper's major type");
    HR(IMFMediaType_GetGUID(wrapped, &MF_MT_SUBTYPE, &guid), S_OK);
    CHECK(IsEqualGUID(&guid, &IID_IUnknown), "wrapper's subtype");
    HR(IMFMediaType_GetCount(wrapped, &count), S_OK);
    CHECK(count == 3, "three items, not %u", (unsigned)count);
    HR(IMFMediaType_GetItemType(wrapped, &MF_MT_WRAPPED_TYPE, &kind), S_OK);
    CHECK(kind == MF_ATTRIBUTE_BLOB, "MF_MT_WRAPPED_TYPE is a blob");
    HR(MFUnwrapMediaType(wrapped, &back), S_OK);
    HR(IMFMediaType_GetGUID(back, &MF_MT_SUBTYPE, &guid), S_OK);
    CHECK(IsEqualGUID(&guid, &MFMediaType_Audio), "the original's subtype");
    HR(IMFMediaType_GetUINT32(back, &DUMMY_KEY, &count), S_OK);
    CHECK(count == 2, "the original's items");
    IMFMediaType_Release(back);
    IMFMediaType_Release(wrapped);
    IMFMediaType_Release(full);
    IMFMediaType_Release(partial);
}

static void wave_formats(void) {
    IMFMediaType *t = new_type(NULL, NULL);
    WAVEFORMATEX *wf = NULL;
    WAVEFORMATEXTENSIBLE *ext = NULL;
    UINT32 size = 0, value = 0;
    GUID guid;

    HR(MFCreateWaveFormatExFromMFMediaType(t, &wf, &size, MFWaveFormatExConvertFlag_Normal), MF_E_ATTRIBUTENOTFOUND);
    HR(MFCreateWaveFormatExFromMFMediaType(NULL, &wf, &size, 0), E_POINTER);
    HR(IMFMediaType_SetGUID(t, &MF_MT_MAJOR_TYPE, &MFMediaType_Video), S_OK);
    HR(MFCreateWaveFormatExFromMFMediaType(t, &wf, &size, 0), MF_E_ATTRIBUTENOTFOUND);
    HR(IMFMediaType_SetGUID(t, &MF_MT_MAJOR_TYPE, &MFMediaType_Audio), S_OK);
    HR(IMFMediaType_SetGUID(t, &MF_MT_SUBTYPE, &MFAudioFormat_PCM), S_OK);
    HR(MFCreateWaveFormatExFromMFMediaType(t, NULL, &size, 0), E_POINTER);

    HR(MFCreateWaveFormatExFromMFMediaType(t, &wf, &size, MFWaveFormatExConvertFlag_Normal), S_OK);
    CHECK(size == sizeof(WAVEFORMATEX), "size %u", (unsigned)size);
    CHECK(wf && wf->wFormatTag == WAVE_FORMAT_PCM && wf->nChannels == 0 && wf->cbSize == 0, "zeroed PCM");
    CoTaskMemFree(wf);
    HR(MFCreateWaveFormatExFromMFMediaType(t, (WAVEFORMATEX **)&ext, &size,
                                           MFWaveFormatExConvertFlag_ForceExtensible), S_OK);
    CHECK(size == sizeof(WAVEFORMATEXTENSIBLE), "extensible size %u", (unsigned)size);
    CHECK(ext && ext->Format.wFormatTag == WAVE_FORMAT_EXTENSIBLE, "extensible tag");
    CHECK(ext && ext->Format.cbSize == sizeof(*ext) - sizeof(ext->Format), "cbSize 22");
    CHECK(ext && IsEqualGUID(&ext->SubFormat, &MFAudioFormat_PCM), "SubFormat");
    CoTaskMemFree(ext);
    /* The size is optional. */
    HR(MFCreateWaveFormatExFromMFMediaType(t, &wf, NULL, MFWaveFormatExConvertFlag_ForceExtensible + 1), S_OK);
    CHECK(wf && wf->wFormatTag == WAVE_FORMAT_PCM, "unknown flags convert normally");
    CoTaskMemFree(wf);

    /* Back: a float WAVEFORMATEX fills a type, which converts to it again. */
    WAVEFORMATEX fl = {WAVE_FORMAT_IEEE_FLOAT, 2, 48000, 384000, 8, 32, 0};
    HR(MFInitMediaTypeFromWaveFormatEx(NULL, &fl, sizeof(fl)), E_POINTER);
    HR(MFInitMediaTypeFromWaveFormatEx(t, NULL, sizeof(fl)), E_POINTER);
    HR(MFInitMediaTypeFromWaveFormatEx(t, &fl, sizeof(fl) - 1), E_INVALIDARG);
    HR(MFInitMediaTypeFromWaveFormatEx(t, &fl, sizeof(fl)), S_OK);
    HR(IMFMediaType_GetGUID(t, &MF_MT_SUBTYPE, &guid), S_OK);
    CHECK(IsEqualGUID(&guid, &MFAudioFormat_Float), "float subtype");
    HR(IMFMediaType_GetUINT32(t, &MF_MT_AUDIO_SAMPLES_PER_SECOND, &value), S_OK);
    CHECK(value == 48000, "rate %u", (unsigned)value);
    HR(IMFMediaType_GetUINT32(t, &MF_MT_AUDIO_PREFER_WAVEFORMATEX, &value), S_OK);
    HR(IMFMediaType_GetUINT32(t, &MF_MT_ALL_SAMPLES_INDEPENDENT, &value), S_OK);
    HR(MFCreateWaveFormatExFromMFMediaType(t, &wf, &size, MFWaveFormatExConvertFlag_Normal), S_OK);
    CHECK(size == sizeof(fl) && wf && !memcmp(wf, &fl, sizeof(fl)), "the same WAVEFORMATEX back");
    CoTaskMemFree(wf);

    /* Six-channel 24-bit PCM in WAVEFORMATEXTENSIBLE. */
    WAVEFORMATEXTENSIBLE six;
    memset(&six, 0, sizeof(six));
    six.Format.wFormatTag = WAVE_FORMAT_EXTENSIBLE;
    six.Format.nChannels = 6;
    six.Format.nSamplesPerSec = 48000;
    six.Format.wBitsPerSample = 24;
    six.Format.nBlockAlign = 18;
    six.Format.nAvgBytesPerSec = 48000 * 18;
    six.Format.cbSize = sizeof(six) - sizeof(six.Format);
    six.Samples.wValidBitsPerSample = 20;
    six.dwChannelMask = 0x3f;
    six.SubFormat = MFAudioFormat_PCM;
    HR(MFInitMediaTypeFromWaveFormatEx(t, &six.Format, sizeof(six) - 1), E_INVALIDARG);
    HR(MFInitMediaTypeFromWaveFormatEx(t, &six.Format, sizeof(six)), S_OK);
    HR(IMFMediaType_GetUINT32(t, &MF_MT_AUDIO_PREFER_WAVEFORMATEX, &value), MF_E_ATTRIBUTENOTFOUND);
    HR(IMFMediaType_GetUINT32(t, &MF_MT_AUDIO_CHANNEL_MASK, &value), S_OK);
    CHECK(value == 0x3f, "channel mask %#x", (unsigned)value);
    HR(IMFMediaType_GetUINT32(t, &MF_MT_AUDIO_VALID_BITS_PER_SAMPLE, &value), S_OK);
    CHECK(value == 20, "valid bits %u", (unsigned)value);
    HR(MFCreateWaveFormatExFromMFMediaType(t, (WAVEFORMATEX **)&ext, &size, MFWaveFormatExConvertFlag_Normal), S_OK);
    CHECK(size == sizeof(six) && ext && !memcmp(ext, &six, sizeof(six)), "the same WAVEFORMATEXTENSIBLE back");
    CoTaskMemFree(ext);
    IMFMediaType_Release(t);
}

static void video_arithmetic(void) {
    static const struct { DWORD format; DWORD width; LONG stride; } strides[] = {
        {0x29, 3, -4}, {0x18, 3, -8}, {0x17, 1, -4}, {0x14, 3, -12}, {0x16, 3, -12}, {0x15, 1, -4},
        {0x71, 3, -24}, {0x3231564e /* NV12 */, 3, 3}, {0x56555941 /* AYUV */, 5, 20},
        {0x32315659 /* YV12 */, 320, 320},
    };
    static const struct { const GUID *subtype; UINT32 w, h, size; } sizes[] = {
        {&MFVideoFormat_RGB8, 3, 5, 20}, {&MFVideoFormat_RGB555, 3, 5, 40}, {&MFVideoFormat_RGB24, 1, 1, 4},
        {&MFVideoFormat_RGB32, 3, 5, 60}, {&MFVideoFormat_ARGB32, 1, 1, 4},
        {&MFVideoFormat_A16B16G16R16F, 3, 5, 120}, {&MFVideoFormat_NV12, 1, 3, 9},
        {&MFVideoFormat_NV12, 320, 240, 115200}, {&MFVideoFormat_AYUV, 4, 3, 48},
        {&MFVideoFormat_YV12, 1, 2, 6}, {&MFVideoFormat_I420, 4, 3, 18}, {&MFVideoFormat_IYUV, 2, 1, 3},
        {&MFVideoFormat_YUY2, 128, 128, 32768}, {&MFVideoFormat_UYVY, 4, 3, 24},
    };
    static const struct { UINT32 n, d; UINT64 t; } rates[] = {
        {60000, 1001, 166833}, {30000, 1001, 333667}, {24000, 1001, 417188}, {60, 1, 166667},
        {30, 1, 333333}, {50, 1, 200000}, {25, 1, 400000}, {24, 1, 416667}, {39, 1, 256410}, {120, 1, 83333},
    };
    LONG stride = 0;
    UINT32 size = 1, n = 0, d = 0;
    UINT64 t = 1;

    HR(MFGetStrideForBitmapInfoHeader(0x34363248 /* H264 */, 1, &stride), MF_E_INVALIDMEDIATYPE);
    HR(MFGetStrideForBitmapInfoHeader(0x16, 1, NULL), E_POINTER);
    for (size_t i = 0; i < sizeof(strides) / sizeof(*strides); i++) {
        HR(MFGetStrideForBitmapInfoHeader(strides[i].format, strides[i].width, &stride), S_OK);
        CHECK(stride == strides[i].stride, "%zu: stride %ld, want %ld", i, (long)stride, (long)strides[i].stride);
    }
    HR(MFCalculateImageSize(&IID_IUnknown, 1, 1, &size), E_INVALIDARG);
    CHECK(size == 0, "size zeroed on failure");
    HR(MFCalculateImageSize(NULL, 1, 1, &size), E_POINTER);
    HR(MFCalculateImageSize(&MFVideoFormat_RGB32, 1, 1, NULL), E_POINTER);
    for (size_t i = 0; i < sizeof(sizes) / sizeof(*sizes); i++) {
        HR(MFCalculateImageSize(sizes[i].subtype, sizes[i].w, sizes[i].h, &size), S_OK);
        CHECK(size == sizes[i].size, "%zu: size %u, want %u", i, (unsigned)size, (unsigned)sizes[i].size);
    }

    HR(MFFrameRateToAverageTimePerFrame(0, 0, &t), S_OK);
    CHECK(t == 0, "zero rate");
    t = 1;
    HR(MFFrameRateToAverageTimePerFrame(0, 1001, &t), S_OK);
    CHECK(t == 0, "zero numerator");
    HR(MFFrameRateToAverageTimePerFrame(30, 1, NULL), E_POINTER);
    for (size_t i = 0; i < sizeof(rates) / sizeof(*rates); i++) {
        HR(MFFrameRateToAverageTimePerFrame(rates[i].n, rates[i].d, &t), S_OK);
        CHECK(t == rates[i].t, "%u/%u: %llu", (unsigned)rates[i].n, (unsigned)rates[i].d, (unsigned long long)t);
    }
    HR(MFAverageTimePerFrameToFrameRate(333667, &n, &d), S_OK);
    CHECK(n == 30000 && d == 1001, "29.97 back: %u/%u", (unsigned)n, (unsigned)d);
    HR(MFAverageTimePerFrameToFrameRate(1000000, &n, &d), S_OK);
    CHECK(n == 10 && d == 1, "10 fps: %u/%u", (unsigned)n, (unsigned)d);
    HR(MFAverageTimePerFrameToFrameRate(1000000, NULL, &d), E_POINTER);
    HR(MFAverageTimePerFrameToFrameRate(1000000, &n, NULL), E_POINTER);
}

static void temp_file(void) {
    IMFByteStream *s = NULL;
    BYTE in[4] = {1, 2, 3, 4}, out[4] = {0};
    ULONG done = 0;

    HR(MFCreateTempFile(MF_ACCESSMODE_READWRITE, MF_OPENMODE_DELETE_IF_EXIST, MF_FILEFLAGS_NONE, NULL), E_POINTER);
    HR(MFCreateTempFile(MF_ACCESSMODE_READWRITE, MF_OPENMODE_DELETE_IF_EXIST, MF_FILEFLAGS_NONE, &s), S_OK);
    if (!s) return;
    HR(IMFByteStream_Write(s, in, sizeof(in), &done), S_OK);
    CHECK(done == sizeof(in), "wrote %u", (unsigned)done);
    HR(IMFByteStream_SetCurrentPosition(s, 0), S_OK);
    HR(IMFByteStream_Read(s, out, sizeof(out), &done), S_OK);
    CHECK(done == sizeof(out) && !memcmp(in, out, sizeof(in)), "read back");
    CHECK(IMFByteStream_Release(s) == 0, "last reference");
}

/* Frees a VT_VECTOR | VT_LPWSTR value element by element (what
 * PropVariantClear does for this kind). */
static int vector_has(const PROPVARIANT *pv, const char *s) {
    for (ULONG i = 0; i < pv->calpwstr.cElems; i++)
        if (wide_eq_ci(pv->calpwstr.pElems[i], s)) return 1;
    return 0;
}

static void supported_types(void) {
    PROPVARIANT pv;
    PropVariantInit(&pv);
    HR(MFGetSupportedMimeTypes(NULL), E_POINTER);
    HR(MFGetSupportedSchemes(NULL), E_POINTER);
    HR(MFGetSupportedMimeTypes(&pv), S_OK);
    CHECK(pv.vt == (VT_VECTOR | VT_LPWSTR), "vt %#x", pv.vt);
    CHECK(vector_has(&pv, "audio/wav") && vector_has(&pv, "audio/flac") && vector_has(&pv, "audio/mpeg"),
          "what the resolver opens");
    CHECK(!vector_has(&pv, "video/mp4"), "no video playback claimed");
    HR(PropVariantClear(&pv), S_OK);
    CHECK(pv.vt == VT_EMPTY, "cleared");
    HR(MFGetSupportedSchemes(&pv), S_OK);
    CHECK(pv.vt == (VT_VECTOR | VT_LPWSTR), "vt %#x", pv.vt);
    CHECK(vector_has(&pv, "file:"), "file: scheme");
    CHECK(!vector_has(&pv, "http:"), "no network scheme claimed");
    HR(PropVariantClear(&pv), S_OK);
    CHECK(pv.vt == VT_EMPTY, "cleared");
}

static void inline_helpers(void) {
    IMFAttributes *a = NULL;
    UINT32 hi = 0, lo = 0;
    INT32 num = 0;
    WCHAR *s = (WCHAR *)1;
    static const WCHAR wine[] = {'W', 'i', 'n', 'e', 0};

    CHECK(Pack2UINT32AsUINT64(1, 2) == 0x100000002ULL, "pack");
    CHECK(HI32(0x300000004ULL) == 3 && LO32(0x300000004ULL) == 4, "HI32/LO32");
    Unpack2UINT32AsUINT64(0x500000006ULL, &hi, &lo);
    CHECK(hi == 5 && lo == 6, "unpack");
    UnpackRatio(PackRatio(-1, 2), &num, &lo);
    CHECK(num == -1 && lo == 2, "signed ratio");

    HR(MFCreateAttributes(&a, 0), S_OK);
    CHECK(MFGetAttributeUINT32(a, &MF_MT_AUDIO_NUM_CHANNELS, 7) == 7, "UINT32 default");
    CHECK(MFGetAttributeUINT64(a, &MF_MT_FRAME_SIZE, 9) == 9, "UINT64 default");
    CHECK(MFGetAttributeDouble(a, &DUMMY_KEY, 0.5) == 0.5, "double default");
    HR(MFSetAttributeSize(a, &MF_MT_FRAME_SIZE, 640, 480), S_OK);
    CHECK(MFGetAttributeUINT64(a, &MF_MT_FRAME_SIZE, 0) == ((UINT64)640 << 32 | 480), "width high");
    HR(MFGetAttributeSize(a, &MF_MT_FRAME_SIZE, &hi, &lo), S_OK);
    CHECK(hi == 640 && lo == 480, "size back");
    HR(MFSetAttributeRatio(a, &MF_MT_FRAME_RATE, 30000, 1001), S_OK);
    HR(MFGetAttributeRatio(a, &MF_MT_FRAME_RATE, &hi, &lo), S_OK);
    CHECK(hi == 30000 && lo == 1001, "ratio back");
    HR(MFGetAttributeRatio(a, &MF_MT_PIXEL_ASPECT_RATIO, &hi, &lo), MF_E_ATTRIBUTENOTFOUND);
    CHECK(MFGetAttributeUINT32(a, &MF_MT_FRAME_SIZE, 3) == 3, "another type reads as the default");
    HR(MFGetAttributeString(a, &DUMMY_KEY, &s), MF_E_ATTRIBUTENOTFOUND);
    CHECK(s == NULL, "NULL on failure");
    HR(IMFAttributes_SetString(a, &DUMMY_KEY, wine), S_OK);
    HR(MFGetAttributeString(a, &DUMMY_KEY, &s), S_OK);
    CHECK(s && wide_eq_ci(s, "wine"), "string copy");
    CoTaskMemFree(s);
    IMFAttributes_Release(a);
}

int main(void) {
    HR(MFStartup(MF_VERSION, MFSTARTUP_FULL), S_OK);
    muldiv_and_heap();
    descriptors();
    simple_type_handler();
    services();
    compare_and_wrap();
    wave_formats();
    video_arithmetic();
    temp_file();
    supported_types();
    inline_helpers();
    HR(MFShutdown(), S_OK);
    return check_summary("mf_platform");
}
