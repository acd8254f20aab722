/* The argument rules and return codes of mfplat's objects as Windows
 * answers them (Wine's mfplat and mf conformance tests, which pass on
 * Windows: attributes, media types, samples and buffers, collections,
 * events and the event queue, the system time source and the presentation
 * clock), called as Windows code calls them, through COBJMACROS. Every
 * method also gets NULL for its pointer arguments: a documented HRESULT,
 * never a crash. */
#define COBJMACROS
#include <pthread.h>
#include <string.h>
#include <unistd.h>
#include "mfapi.h"
#include "mferror.h"
#include "mfidl.h"
#include "check.h"
#include "mf_callback.h"

#define CHECK_HR(call, want)                                                    \
    do {                                                                        \
        HRESULT hr_ = (call);                                                   \
        CHECK(hr_ == (HRESULT)(want), "%s: hr %#x, want %#x", #call,            \
              (unsigned)hr_, (unsigned)(want));                                 \
    } while (0)

static const GUID KEY1 = {0x12345678, 0x1234, 0x1234, {0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21}};
static const GUID KEY2 = {0x12345678, 0x1234, 0x1234, {0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22}};
static const GUID KEY3 = {0x12345678, 0x1234, 0x1234, {0x23, 0x23, 0x23, 0x23, 0x23, 0x23, 0x23, 0x23}};

/* The reference count an object has, read as AddRef then Release. */
static ULONG refs(void *object) {
    IUnknown *unknown = object;
    IUnknown_AddRef(unknown);
    return IUnknown_Release(unknown);
}

static void attributes(void) {
    IMFAttributes *a, *b;
    PROPVARIANT v, back;
    UINT32 u32, len;
    UINT64 u64;
    WCHAR buf[16], *text;
    UINT8 blob[] = {0, 1, 2, 3, 4, 5}, out_blob[8], *allocated;
    MF_ATTRIBUTE_TYPE type;
    BOOL same;
    GUID key;
    IUnknown *unknown;

    CHECK_HR(MFCreateAttributes(NULL, 0), E_POINTER);
    CHECK_HR(MFCreateAttributes(&a, 3), S_OK);
    CHECK_HR(IMFAttributes_GetItemType(a, &GUID_NULL, &type), MF_E_ATTRIBUTENOTFOUND);
    CHECK_HR(IMFAttributes_SetUINT32(a, &KEY1, 123), S_OK);
    u64 = 0xdeadbeef;
    CHECK_HR(IMFAttributes_GetUINT64(a, &KEY1, &u64), MF_E_INVALIDTYPE);
    CHECK(u64 == 0xdeadbeef, "GetUINT64 of a UINT32 wrote %llu", (unsigned long long)u64);
    CHECK_HR(IMFAttributes_GetItem(a, &KEY1, NULL), S_OK);
    CHECK_HR(IMFAttributes_GetItem(a, &KEY2, NULL), MF_E_ATTRIBUTENOTFOUND);

    /* A type attributes cannot hold: refused, and stored empty. */
    PropVariantInit(&v);
    v.vt = VT_I4;
    v.lVal = 123;
    CHECK_HR(IMFAttributes_SetItem(a, &KEY2, &v), MF_E_INVALIDTYPE);
    PropVariantInit(&back);
    back.vt = VT_UI4;
    CHECK_HR(IMFAttributes_GetItem(a, &KEY2, &back), S_OK);
    CHECK(back.vt == VT_EMPTY, "refused item reads back as vt %u", back.vt);
    CHECK_HR(IMFAttributes_SetUINT32(a, &KEY3, 1), S_OK);
    CHECK_HR(IMFAttributes_DeleteItem(a, &KEY2), S_OK);
    CHECK_HR(IMFAttributes_DeleteItem(a, &KEY2), S_OK);
    CHECK_HR(IMFAttributes_GetCount(a, &u32), S_OK);
    CHECK(u32 == 2, "count %u", u32);
    CHECK_HR(IMFAttributes_GetItemByIndex(a, 0, &key, NULL), S_OK);
    CHECK_HR(IMFAttributes_GetItemByIndex(a, 100, &key, &back), E_INVALIDARG);

    CHECK_HR(IMFAttributes_SetDouble(a, &GUID_NULL, 22.0), S_OK);
    v.vt = VT_UI8;
    v.uhVal.QuadPart = 22;
    CHECK_HR(IMFAttributes_CompareItem(a, &GUID_NULL, &v, &same), S_OK);
    CHECK(!same, "a UINT64 compared equal to a double");
    u32 = 0xdeadbeef;
    CHECK_HR(IMFAttributes_GetStringLength(a, &GUID_NULL, &u32), MF_E_INVALIDTYPE);
    CHECK(u32 == 0xdeadbeef, "length written on failure");

    /* Strings: the length is optional, and given with a short buffer. */
    CHECK_HR(IMFAttributes_SetString(a, &KEY1, L"Wine"), S_OK);
    CHECK_HR(IMFAttributes_GetAllocatedString(a, &KEY1, &text, NULL), S_OK);
    CHECK(text && !memcmp(text, L"Wine", 5 * sizeof(WCHAR)), "allocated string");
    CoTaskMemFree(text);
    len = 0xdeadbeef;
    CHECK_HR(IMFAttributes_GetAllocatedString(a, &KEY1, &text, &len), S_OK);
    CHECK(len == 4, "allocated length %u", len);
    CoTaskMemFree(text);
    CHECK_HR(IMFAttributes_GetAllocatedString(a, &KEY1, NULL, &len), E_POINTER);
    CHECK_HR(IMFAttributes_GetString(a, &KEY1, buf, 16, NULL), S_OK);
    memset(buf, 0, sizeof(buf));
    len = 0;
    CHECK_HR(IMFAttributes_GetString(a, &KEY1, buf, 1, &len),
             HRESULT_FROM_WIN32(ERROR_INSUFFICIENT_BUFFER));
    CHECK(!buf[0] && len == 4, "short buffer: %u, length %u", buf[0], len);
    CHECK_HR(IMFAttributes_GetString(a, &KEY1, NULL, 16, &len), E_POINTER);
    CHECK_HR(IMFAttributes_GetStringLength(a, &KEY1, NULL), E_POINTER);

    /* Blobs. */
    CHECK_HR(IMFAttributes_SetBlob(a, &KEY2, blob, sizeof(blob)), S_OK);
    CHECK_HR(IMFAttributes_GetBlobSize(a, &KEY3, &u32), MF_E_INVALIDTYPE);
    CHECK_HR(IMFAttributes_GetBlob(a, &KEY2, out_blob, 5, NULL), E_NOT_SUFFICIENT_BUFFER);
    CHECK_HR(IMFAttributes_GetBlob(a, &KEY2, out_blob, sizeof(out_blob), &u32), S_OK);
    CHECK(u32 == 6 && !memcmp(out_blob, blob, 6), "blob of %u", u32);
    CHECK_HR(IMFAttributes_GetAllocatedBlob(a, &KEY2, &allocated, &u32), S_OK);
    CHECK(u32 == 6 && !memcmp(allocated, blob, 6), "allocated blob of %u", u32);
    CoTaskMemFree(allocated);
    CHECK_HR(IMFAttributes_GetAllocatedBlob(a, &KEY1, &allocated, &u32), MF_E_INVALIDTYPE);
    CHECK_HR(IMFAttributes_GetAllocatedBlob(a, &KEY2, NULL, &u32), E_POINTER);
    CHECK_HR(IMFAttributes_GetAllocatedBlob(a, &KEY2, &allocated, NULL), E_POINTER);
    CHECK_HR(IMFAttributes_GetBlob(a, &KEY2, NULL, 8, NULL), E_POINTER);

    /* IUnknown values; a NULL one is stored but is no object. */
    CHECK_HR(IMFAttributes_SetUnknown(a, &KEY3, (IUnknown *)a), S_OK);
    CHECK_HR(IMFAttributes_GetUnknown(a, &KEY3, &IID_IMFAttributes, (void **)&unknown), S_OK);
    IUnknown_Release(unknown);
    CHECK_HR(IMFAttributes_GetUnknown(a, &KEY3, &IID_IMFMediaType, (void **)&unknown), E_NOINTERFACE);
    CHECK_HR(IMFAttributes_GetUnknown(a, &KEY3, &IID_IUnknown, NULL), E_POINTER);
    CHECK_HR(IMFAttributes_SetUnknown(a, &KEY3, NULL), S_OK);
    CHECK_HR(IMFAttributes_GetUnknown(a, &KEY3, &IID_IUnknown, (void **)&unknown), MF_E_INVALIDTYPE);

    /* CopyAllItems copies every item, empty ones too. */
    CHECK_HR(MFCreateAttributes(&b, 0), S_OK);
    CHECK_HR(IMFAttributes_SetItem(a, &GUID_NULL, &v), S_OK);
    v.vt = VT_R4;
    CHECK_HR(IMFAttributes_SetItem(a, &KEY2, &v), MF_E_INVALIDTYPE);
    CHECK_HR(IMFAttributes_CopyAllItems(a, b), S_OK);
    CHECK_HR(IMFAttributes_GetCount(b, &u32), S_OK);
    CHECK(u32 == 4, "copied %u items", u32);
    CHECK_HR(IMFAttributes_CopyAllItems(a, NULL), E_POINTER);

    /* Compare. */
    CHECK_HR(IMFAttributes_Compare(a, a, MF_ATTRIBUTES_MATCH_SMALLER + 1, &same), E_INVALIDARG);
    CHECK_HR(IMFAttributes_DeleteAllItems(a), S_OK);
    CHECK_HR(IMFAttributes_DeleteAllItems(b), S_OK);
    CHECK_HR(IMFAttributes_SetUINT32(a, &KEY1, 1), S_OK);
    CHECK_HR(IMFAttributes_Compare(a, b, MF_ATTRIBUTES_MATCH_OUR_ITEMS, &same), S_OK);
    CHECK(!same, "our items are not in an empty store");
    CHECK_HR(IMFAttributes_Compare(a, b, MF_ATTRIBUTES_MATCH_INTERSECTION, &same), S_OK);
    CHECK(same, "an empty intersection matches");
    CHECK_HR(IMFAttributes_Compare(a, b, MF_ATTRIBUTES_MATCH_SMALLER, &same), S_OK);
    CHECK(same, "the smaller, empty store matches");

    /* NULL keys and values. */
    CHECK(FAILED(IMFAttributes_GetItem(a, NULL, NULL)), "GetItem(NULL key)");
    CHECK(FAILED(IMFAttributes_SetItem(a, NULL, &v)), "SetItem(NULL key)");
    CHECK_HR(IMFAttributes_GetUINT32(a, &KEY1, NULL), E_POINTER);
    CHECK_HR(IMFAttributes_GetCount(a, NULL), E_POINTER);
    CHECK_HR(IMFAttributes_GetItemType(a, &KEY1, NULL), E_POINTER);
    CHECK_HR(IMFAttributes_CompareItem(a, &KEY1, &v, NULL), E_POINTER);
    CHECK_HR(IMFAttributes_Compare(a, b, MF_ATTRIBUTES_MATCH_ALL_ITEMS, NULL), E_POINTER);
    CHECK_HR(IMFAttributes_GetGUID(a, &KEY1, NULL), E_POINTER);
    CHECK(FAILED(IMFAttributes_SetString(a, &KEY1, NULL)), "SetString(NULL)");
    CHECK(FAILED(IMFAttributes_SetGUID(a, &KEY1, NULL)), "SetGUID(NULL)");
    CHECK(FAILED(IMFAttributes_SetBlob(a, &KEY1, NULL, 4)), "SetBlob(NULL, 4)");

    CHECK(IMFAttributes_Release(b) == 0, "attributes leak a reference");
    CHECK(IMFAttributes_Release(a) == 0, "attributes leak a reference");
}

static void media_types(void) {
    IMFMediaType *t, *t2;
    DWORD flags;
    UINT32 zero = 0;

    CHECK_HR(MFCreateMediaType(&t), S_OK);
    CHECK_HR(MFCreateMediaType(&t2), S_OK);
    CHECK_HR(IMFMediaType_SetUINT32(t, &MF_MT_ALL_SAMPLES_INDEPENDENT, 1), S_OK);
    CHECK_HR(IMFMediaType_SetGUID(t, &MF_MT_MAJOR_TYPE, &MFMediaType_Video), S_OK);
    flags = 0xdeadbeef;
    CHECK_HR(IMFMediaType_IsEqual(t, t2, &flags), E_INVALIDARG);
    CHECK(flags == 0, "flags %#x without a major type", (unsigned)flags);
    CHECK_HR(IMFMediaType_SetGUID(t2, &MF_MT_MAJOR_TYPE, &MFMediaType_Audio), S_OK);
    CHECK_HR(IMFMediaType_IsEqual(t, t2, &flags), S_FALSE);
    CHECK(flags == (MF_MEDIATYPE_EQUAL_FORMAT_TYPES | MF_MEDIATYPE_EQUAL_FORMAT_USER_DATA),
          "major types differ: flags %#x", (unsigned)flags);
    CHECK_HR(IMFMediaType_SetGUID(t2, &MF_MT_MAJOR_TYPE, &MFMediaType_Video), S_OK);
    CHECK_HR(IMFMediaType_IsEqual(t, t2, &flags), S_OK);
    CHECK(flags == 0xf, "equal: flags %#x", (unsigned)flags);
    CHECK_HR(IMFMediaType_SetBlob(t, &MF_MT_USER_DATA, (const UINT8 *)&zero, sizeof(zero)), S_OK);
    CHECK_HR(IMFMediaType_IsEqual(t, t2, &flags), S_FALSE);
    CHECK(flags == (MF_MEDIATYPE_EQUAL_MAJOR_TYPES | MF_MEDIATYPE_EQUAL_FORMAT_TYPES |
                    MF_MEDIATYPE_EQUAL_FORMAT_DATA),
          "user data differs: flags %#x", (unsigned)flags);
    CHECK_HR(IMFMediaType_DeleteItem(t, &MF_MT_USER_DATA), S_OK);
    CHECK_HR(IMFMediaType_SetGUID(t, &MF_MT_SUBTYPE, &MFAudioFormat_PCM), S_OK);
    CHECK_HR(IMFMediaType_IsEqual(t, t2, &flags), S_FALSE);
    CHECK(flags == (MF_MEDIATYPE_EQUAL_MAJOR_TYPES | MF_MEDIATYPE_EQUAL_FORMAT_DATA |
                    MF_MEDIATYPE_EQUAL_FORMAT_USER_DATA),
          "subtype differs: flags %#x", (unsigned)flags);
    CHECK_HR(IMFMediaType_IsEqual(t, t2, NULL), E_POINTER);
    CHECK(FAILED(IMFMediaType_IsEqual(t, NULL, &flags)), "IsEqual(NULL type)");
    CHECK_HR(IMFMediaType_GetMajorType(t, NULL), E_POINTER);
    CHECK_HR(IMFMediaType_IsCompressedFormat(t, NULL), E_POINTER);
    CHECK(IMFMediaType_Release(t2) == 0, "media type leaks a reference");
    CHECK(IMFMediaType_Release(t) == 0, "media type leaks a reference");
}

static void samples(void) {
    IMFSample *sample;
    IMFMediaBuffer *buffer, *buffer2, *joined;
    DWORD count, length, max;
    BYTE *data;

    CHECK_HR(MFCreateSample(&sample), S_OK);
    CHECK_HR(IMFSample_GetBufferCount(sample, NULL), E_INVALIDARG);
    CHECK_HR(IMFSample_GetBufferCount(sample, &count), S_OK);
    CHECK(count == 0, "count %u", (unsigned)count);
    CHECK_HR(IMFSample_GetBufferByIndex(sample, 0, &buffer), E_INVALIDARG);
    CHECK_HR(IMFSample_RemoveBufferByIndex(sample, 0), E_INVALIDARG);
    CHECK_HR(IMFSample_ConvertToContiguousBuffer(sample, &buffer), E_UNEXPECTED);
    CHECK_HR(IMFSample_ConvertToContiguousBuffer(sample, NULL), E_UNEXPECTED);

    CHECK_HR(MFCreateMemoryBuffer(16, &buffer2), S_OK);
    CHECK_HR(IMFMediaBuffer_SetCurrentLength(buffer2, 1), S_OK);
    CHECK_HR(IMFSample_CopyToBuffer(sample, buffer2), S_OK);
    CHECK_HR(IMFMediaBuffer_GetCurrentLength(buffer2, &length), S_OK);
    CHECK(length == 0, "an empty copy leaves length %u", (unsigned)length);

    CHECK_HR(MFCreateMemoryBuffer(16, &buffer), S_OK);
    CHECK_HR(IMFSample_AddBuffer(sample, buffer), S_OK);
    CHECK_HR(IMFSample_ConvertToContiguousBuffer(sample, &joined), S_OK);
    CHECK(joined == buffer, "one buffer is its own contiguous buffer");
    IMFMediaBuffer_Release(joined);
    CHECK_HR(IMFSample_ConvertToContiguousBuffer(sample, NULL), S_OK);
    CHECK_HR(IMFMediaBuffer_SetCurrentLength(buffer, 3), S_OK);
    CHECK_HR(IMFMediaBuffer_SetCurrentLength(buffer2, 4), S_OK);
    CHECK_HR(IMFSample_AddBuffer(sample, buffer2), S_OK);
    CHECK_HR(IMFSample_ConvertToContiguousBuffer(sample, &joined), S_OK);
    CHECK_HR(IMFMediaBuffer_GetMaxLength(joined, &max), S_OK);
    CHECK_HR(IMFMediaBuffer_GetCurrentLength(joined, &length), S_OK);
    CHECK(max == 7 && length == 7, "joined %u/%u", (unsigned)length, (unsigned)max);
    CHECK(IMFMediaBuffer_Release(joined) == 1, "the sample holds its joined buffer");
    CHECK_HR(IMFSample_AddBuffer(sample, buffer), S_OK);
    CHECK_HR(IMFSample_ConvertToContiguousBuffer(sample, NULL), S_OK);
    CHECK_HR(IMFSample_GetBufferCount(sample, &count), S_OK);
    CHECK(count == 1, "NULL still joins: %u buffers", (unsigned)count);

    /* NULL arguments. */
    CHECK(FAILED(IMFSample_AddBuffer(sample, NULL)), "AddBuffer(NULL)");
    CHECK(FAILED(IMFSample_CopyToBuffer(sample, NULL)), "CopyToBuffer(NULL)");
    CHECK_HR(IMFSample_GetBufferByIndex(sample, 0, NULL), E_POINTER);
    CHECK_HR(IMFSample_GetTotalLength(sample, NULL), E_POINTER);
    CHECK_HR(IMFSample_GetSampleTime(sample, NULL), E_POINTER);
    CHECK_HR(IMFSample_GetSampleDuration(sample, NULL), E_POINTER);
    CHECK_HR(IMFSample_GetSampleFlags(sample, NULL), E_POINTER);
    length = max = 0;
    CHECK(FAILED(IMFMediaBuffer_Lock(buffer, NULL, &max, &length)), "Lock(NULL)");
    CHECK(length == 0 && max == 0, "Lock(NULL) wrote the lengths");
    CHECK_HR(IMFMediaBuffer_Lock(buffer, &data, NULL, NULL), S_OK);
    CHECK_HR(IMFMediaBuffer_Unlock(buffer), S_OK);
    CHECK(FAILED(IMFMediaBuffer_GetMaxLength(buffer, NULL)), "GetMaxLength(NULL)");
    CHECK(FAILED(IMFMediaBuffer_GetCurrentLength(buffer, NULL)), "GetCurrentLength(NULL)");
    CHECK_HR(IMFMediaBuffer_SetCurrentLength(buffer, 17), E_INVALIDARG);

    CHECK(IMFSample_Release(sample) == 0, "sample leaks a reference");
    CHECK(IMFMediaBuffer_Release(buffer2) == 0, "buffer leaks a reference");
    CHECK(IMFMediaBuffer_Release(buffer) == 0, "buffer leaks a reference");
}

static void collections(void) {
    IMFCollection *c;
    IUnknown *element;
    DWORD count;

    CHECK_HR(MFCreateCollection(NULL), E_POINTER);
    CHECK_HR(MFCreateCollection(&c), S_OK);
    CHECK_HR(IMFCollection_GetElementCount(c, NULL), E_POINTER);
    CHECK_HR(IMFCollection_GetElement(c, 0, NULL), E_POINTER);
    element = (IUnknown *)(ULONG_PTR)0xdeadbeef;
    CHECK_HR(IMFCollection_GetElement(c, 0, &element), E_INVALIDARG);
    CHECK(element == (IUnknown *)(ULONG_PTR)0xdeadbeef, "GetElement wrote on E_INVALIDARG");
    CHECK_HR(IMFCollection_RemoveElement(c, 0, NULL), E_POINTER);
    CHECK_HR(IMFCollection_RemoveElement(c, 0, &element), E_INVALIDARG);
    CHECK(element == (IUnknown *)(ULONG_PTR)0xdeadbeef, "RemoveElement wrote on E_INVALIDARG");
    CHECK_HR(IMFCollection_AddElement(c, (IUnknown *)c), S_OK);
    CHECK_HR(IMFCollection_AddElement(c, NULL), S_OK);
    CHECK_HR(IMFCollection_GetElementCount(c, &count), S_OK);
    CHECK(count == 2, "count %u", (unsigned)count);
    CHECK_HR(IMFCollection_InsertElementAt(c, 10, (IUnknown *)c), S_OK);
    CHECK_HR(IMFCollection_GetElementCount(c, &count), S_OK);
    CHECK(count == 11, "inserting past the end pads: count %u", (unsigned)count);
    CHECK_HR(IMFCollection_GetElement(c, 0, &element), S_OK);
    CHECK(element == (IUnknown *)c, "element 0");
    IUnknown_Release(element);
    CHECK_HR(IMFCollection_GetElement(c, 1, &element), E_UNEXPECTED);
    CHECK(!element, "a NULL element is written as NULL");
    CHECK_HR(IMFCollection_GetElement(c, 2, &element), E_UNEXPECTED);
    CHECK_HR(IMFCollection_GetElement(c, 10, &element), S_OK);
    CHECK(element == (IUnknown *)c, "element 10");
    IUnknown_Release(element);
    CHECK_HR(IMFCollection_InsertElementAt(c, 0, NULL), S_OK);
    CHECK_HR(IMFCollection_GetElement(c, 0, &element), E_UNEXPECTED);
    CHECK_HR(IMFCollection_RemoveElement(c, 0, &element), S_OK);
    CHECK(!element, "the removed NULL element");
    /* The collection holds itself twice: clearing it drops both. */
    CHECK(refs(c) == 3, "refs %u", (unsigned)refs(c));
    CHECK_HR(IMFCollection_RemoveAllElements(c), S_OK);
    CHECK_HR(IMFCollection_GetElementCount(c, &count), S_OK);
    CHECK(count == 0, "count %u after RemoveAllElements", (unsigned)count);
    CHECK_HR(IMFCollection_InsertElementAt(c, 0, NULL), S_OK);
    CHECK(IMFCollection_Release(c) == 0, "collection leaks a reference");
}

/* An IMFAsyncCallback in C: Invoke ends the request on `queue`. */
typedef struct {
    IMFAsyncCallback iface;
    LONG refs;
    IMFMediaEventQueue *queue;
    pthread_mutex_t lock;
    pthread_cond_t cond;
    int invoked;
    HRESULT end_null, end_hr, end_again, object_hr;
} Callback;

static HRESULT STDMETHODCALLTYPE cb_params(IMFAsyncCallback *This, DWORD *flags, DWORD *queue) {
    (void)This; (void)flags; (void)queue;
    return E_NOTIMPL;
}
static HRESULT STDMETHODCALLTYPE cb_invoke(IMFAsyncCallback *This, IMFAsyncResult *result) {
    Callback *cb = (Callback *)This;
    IMFMediaEvent *event = NULL;
    IUnknown *object = (IUnknown *)(ULONG_PTR)0xdeadbeef;
    pthread_mutex_lock(&cb->lock);
    cb->object_hr = IMFAsyncResult_GetObject(result, &object);
    cb->end_null = IMFMediaEventQueue_EndGetEvent(cb->queue, result, NULL);
    cb->end_hr = IMFMediaEventQueue_EndGetEvent(cb->queue, result, &event);
    if (event)
        IMFMediaEvent_Release(event);
    cb->end_again = IMFMediaEventQueue_EndGetEvent(cb->queue, result, &event);
    cb->invoked++;
    pthread_cond_broadcast(&cb->cond);
    pthread_mutex_unlock(&cb->lock);
    return S_OK;
}
static IMFAsyncCallbackVtbl cb_vtbl = {cb_qi, cb_addref, cb_release, cb_params, cb_invoke};

static void events(void) {
    IMFMediaEventQueue *queue;
    IMFMediaEvent *event, *got;
    IMFAsyncResult *foreign;
    Callback cb = {{&cb_vtbl}, 1, NULL, PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER,
                   0, 0, 0, 0, 0};
    Callback other = {{&cb_vtbl}, 1, NULL, PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER,
                      0, 0, 0, 0, 0};
    PROPVARIANT value;
    MediaEventType type;
    GUID extended;
    HRESULT status;

    /* MFCreateMediaEvent keeps what it is given. */
    PropVariantInit(&value);
    CHECK_HR(MFCreateMediaEvent(MEUnknown, &KEY1, S_OK, NULL, &event), S_OK);
    CHECK_HR(IMFMediaEvent_GetExtendedType(event, &extended), S_OK);
    CHECK(IsEqualGUID(&extended, &KEY1), "extended type");
    CHECK_HR(IMFMediaEvent_GetValue(event, &value), S_OK);
    CHECK(value.vt == VT_EMPTY, "a NULL value is VT_EMPTY, got %u", value.vt);
    CHECK_HR(IMFMediaEvent_GetValue(event, NULL), E_POINTER);
    CHECK_HR(IMFMediaEvent_GetType(event, NULL), E_POINTER);
    CHECK_HR(IMFMediaEvent_GetStatus(event, NULL), E_POINTER);
    CHECK(IMFMediaEvent_Release(event) == 0, "event leaks a reference");
    value.vt = VT_UNKNOWN;
    value.punkVal = NULL;
    CHECK_HR(MFCreateMediaEvent(MEError, &GUID_NULL, E_FAIL, &value, &event), S_OK);
    CHECK_HR(IMFMediaEvent_GetType(event, &type), S_OK);
    CHECK_HR(IMFMediaEvent_GetStatus(event, &status), S_OK);
    CHECK(type == MEError && status == E_FAIL, "type %u, status %#x", (unsigned)type,
          (unsigned)status);

    CHECK_HR(MFCreateEventQueue(&queue), S_OK);
    cb.queue = other.queue = queue;
    CHECK_HR(IMFMediaEventQueue_GetEvent(queue, MF_EVENT_FLAG_NO_WAIT, &got), MF_E_NO_EVENTS_AVAILABLE);
    CHECK_HR(IMFMediaEventQueue_GetEvent(queue, MF_EVENT_FLAG_NO_WAIT, NULL), E_POINTER);
    CHECK_HR(IMFMediaEventQueue_BeginGetEvent(queue, NULL, NULL), E_INVALIDARG);
    CHECK_HR(IMFMediaEventQueue_BeginGetEvent(queue, &cb.iface, (IUnknown *)queue), S_OK);
    CHECK_HR(IMFMediaEventQueue_BeginGetEvent(queue, &cb.iface, (IUnknown *)queue), MF_S_MULTIPLE_BEGIN);
    CHECK_HR(IMFMediaEventQueue_BeginGetEvent(queue, &cb.iface, NULL), MF_E_MULTIPLE_BEGIN);
    CHECK_HR(IMFMediaEventQueue_BeginGetEvent(queue, &other.iface, (IUnknown *)queue), MF_E_MULTIPLE_SUBSCRIBERS);
    CHECK_HR(IMFMediaEventQueue_QueueEvent(queue, NULL), E_POINTER);
    CHECK_HR(IMFMediaEventQueue_QueueEvent(queue, event), S_OK);
    pthread_mutex_lock(&cb.lock);
    while (!cb.invoked)
        pthread_cond_wait(&cb.cond, &cb.lock);
    pthread_mutex_unlock(&cb.lock);
    CHECK(cb.object_hr == E_POINTER, "the queue's result has an object: %#x", (unsigned)cb.object_hr);
    CHECK(cb.end_null == E_POINTER, "EndGetEvent(NULL event): %#x", (unsigned)cb.end_null);
    CHECK(cb.end_hr == S_OK, "EndGetEvent: %#x", (unsigned)cb.end_hr);
    CHECK(cb.end_again == E_FAIL, "EndGetEvent twice: %#x", (unsigned)cb.end_again);
    CHECK(other.refs == 1, "a refused subscriber keeps %d references", (int)other.refs);
    /* The work queue lets go of the result once Invoke has returned. */
    for (int i = 0; i < 5000 && __atomic_load_n(&cb.refs, __ATOMIC_SEQ_CST) != 1; i++)
        usleep(1000);
    CHECK(cb.refs == 1, "invoked callback holds %d references", (int)cb.refs);

    CHECK_HR(MFCreateAsyncResult(NULL, &cb.iface, NULL, &foreign), S_OK);
    CHECK_HR(IMFMediaEventQueue_EndGetEvent(queue, foreign, &got), E_FAIL);
    CHECK_HR(IMFMediaEventQueue_EndGetEvent(queue, NULL, &got), E_POINTER);
    CHECK_HR(IMFMediaEventQueue_Shutdown(queue), S_OK);
    CHECK_HR(IMFMediaEventQueue_EndGetEvent(queue, foreign, &got), MF_E_SHUTDOWN);
    CHECK_HR(IMFMediaEventQueue_QueueEventParamUnk(queue, MEError, &GUID_NULL, E_FAIL, NULL), MF_E_SHUTDOWN);
    CHECK_HR(IMFMediaEventQueue_QueueEventParamVar(queue, MEError, &GUID_NULL, E_FAIL, NULL), MF_E_SHUTDOWN);
    CHECK_HR(IMFMediaEventQueue_BeginGetEvent(queue, NULL, NULL), E_INVALIDARG);
    CHECK_HR(IMFMediaEventQueue_Shutdown(queue), S_OK);
    CHECK(IMFAsyncResult_Release(foreign) == 0, "result leaks a reference");
    CHECK(IMFMediaEventQueue_Release(queue) == 0, "queue leaks a reference");
    CHECK(IMFMediaEvent_Release(event) == 0, "event leaks a reference");

    /* Released while subscribed: the callback's reference goes too. */
    CHECK_HR(MFCreateEventQueue(&queue), S_OK);
    CHECK_HR(IMFMediaEventQueue_BeginGetEvent(queue, &other.iface, NULL), S_OK);
    CHECK(other.refs == 2, "subscribed callback holds %d references", (int)other.refs);
    CHECK(IMFMediaEventQueue_Release(queue) == 0, "queue leaks a reference");
    CHECK(other.refs == 1, "released queue left %d references", (int)other.refs);
}

static void time_source(void) {
    /* Wine's test_system_time_source table: action (Start, stOp, Pause,
     * Restart), state after, refused with MF_E_INVALIDREQUEST. */
    static const struct { char action; MFCLOCK_STATE state; BOOL refused; } table[] = {
        {'o', MFCLOCK_STATE_INVALID, FALSE}, {'r', MFCLOCK_STATE_INVALID, TRUE},
        {'p', MFCLOCK_STATE_PAUSED, FALSE},  {'p', MFCLOCK_STATE_PAUSED, TRUE},
        {'o', MFCLOCK_STATE_STOPPED, FALSE}, {'o', MFCLOCK_STATE_STOPPED, FALSE},
        {'r', MFCLOCK_STATE_STOPPED, TRUE},  {'s', MFCLOCK_STATE_RUNNING, FALSE},
        {'s', MFCLOCK_STATE_RUNNING, FALSE}, {'r', MFCLOCK_STATE_RUNNING, TRUE},
        {'p', MFCLOCK_STATE_PAUSED, FALSE},  {'s', MFCLOCK_STATE_RUNNING, FALSE},
        {'p', MFCLOCK_STATE_PAUSED, FALSE},  {'r', MFCLOCK_STATE_RUNNING, FALSE},
        {'r', MFCLOCK_STATE_RUNNING, TRUE},  {'o', MFCLOCK_STATE_STOPPED, FALSE},
        {'p', MFCLOCK_STATE_STOPPED, TRUE},
    };
    IMFPresentationTimeSource *source, *source2;
    IMFClockStateSink *sink;
    IMFClock *clock, *clock2;
    MFCLOCK_PROPERTIES props;
    MFCLOCK_STATE state;
    LONGLONG time;
    MFTIME system;
    DWORD value;
    unsigned i;
    HRESULT hr;

    CHECK_HR(MFCreateSystemTimeSource(&source), S_OK);
    CHECK_HR(IMFPresentationTimeSource_GetClockCharacteristics(source, &value), S_OK);
    CHECK(value == (MFCLOCK_CHARACTERISTICS_FLAG_FREQUENCY_10MHZ | MFCLOCK_CHARACTERISTICS_FLAG_IS_SYSTEM_CLOCK),
          "characteristics %#x", (unsigned)value);
    CHECK_HR(IMFPresentationTimeSource_GetClockCharacteristics(source, NULL), E_POINTER);
    CHECK_HR(IMFPresentationTimeSource_GetState(source, 0, &state), S_OK);
    CHECK(state == MFCLOCK_STATE_INVALID, "state %d", state);
    CHECK_HR(IMFPresentationTimeSource_GetCorrelatedTime(source, 0, &time, &system), S_OK);
    CHECK(time == 0 && system != 0, "time %lld before any state", (long long)time);
    CHECK_HR(IMFPresentationTimeSource_QueryInterface(source, &IID_IMFClockStateSink, (void **)&sink), S_OK);
    for (i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
        switch (table[i].action) {
        case 's': hr = IMFClockStateSink_OnClockStart(sink, 0, 0); break;
        case 'o': hr = IMFClockStateSink_OnClockStop(sink, 0); break;
        case 'p': hr = IMFClockStateSink_OnClockPause(sink, 0); break;
        default: hr = IMFClockStateSink_OnClockRestart(sink, 0); break;
        }
        CHECK(hr == (table[i].refused ? MF_E_INVALIDREQUEST : S_OK), "%u: hr %#x", i, (unsigned)hr);
        IMFPresentationTimeSource_GetState(source, 0, &state);
        CHECK(state == table[i].state, "%u: state %d", i, state);
    }
    /* Times follow the system time given to the sink: paused at 2 after a
     * start at 0 from offset 1, the clock reads 3. */
    CHECK_HR(IMFClockStateSink_OnClockStart(sink, 0, 1), S_OK);
    CHECK_HR(IMFClockStateSink_OnClockPause(sink, 2), S_OK);
    CHECK_HR(IMFPresentationTimeSource_GetCorrelatedTime(source, 0, &time, &system), S_OK);
    CHECK(time == 3, "paused time %lld", (long long)time);
    CHECK_HR(IMFClockStateSink_OnClockSetRate(sink, 0, 2.0f), S_OK);
    CHECK_HR(IMFClockStateSink_OnClockStop(sink, 123), S_OK);
    CHECK_HR(IMFPresentationTimeSource_GetCorrelatedTime(source, 0, &time, &system), S_OK);
    CHECK(time == 0, "stopped time %lld", (long long)time);
    CHECK_HR(IMFPresentationTimeSource_GetCorrelatedTime(source, 0, NULL, &system), E_POINTER);
    IMFClockStateSink_Release(sink);

    CHECK_HR(IMFPresentationTimeSource_GetProperties(source, NULL), E_POINTER);
    CHECK_HR(IMFPresentationTimeSource_GetProperties(source, &props), S_OK);
    CHECK(props.qwCorrelationRate == 0 && IsEqualGUID(&props.guidClockId, &GUID_NULL) &&
              props.dwClockFlags == 0 && props.qwClockFrequency == 10000000 &&
              props.dwClockTolerance == MFCLOCK_TOLERANCE_UNKNOWN && props.dwClockJitter == 1,
          "properties: tolerance %u, jitter %u", (unsigned)props.dwClockTolerance,
          (unsigned)props.dwClockJitter);

    /* The underlying clock: one per source, holding no reference to it. */
    CHECK_HR(MFCreateSystemTimeSource(&source2), S_OK);
    CHECK_HR(IMFPresentationTimeSource_GetUnderlyingClock(source2, &clock2), S_OK);
    CHECK(refs(source2) == 1 && refs(clock2) == 2, "refs %u, %u", (unsigned)refs(source2),
          (unsigned)refs(clock2));
    CHECK_HR(IMFPresentationTimeSource_GetUnderlyingClock(source, &clock), S_OK);
    CHECK(clock != clock2, "two sources share a clock");
    CHECK(IMFPresentationTimeSource_Release(source2) == 0, "time source leaks a reference");
    CHECK(IMFClock_Release(clock2) == 0, "clock leaks a reference");
    CHECK_HR(IMFPresentationTimeSource_GetUnderlyingClock(source, NULL), E_POINTER);
    CHECK_HR(IMFClock_GetClockCharacteristics(clock, &value), S_OK);
    CHECK(value == (MFCLOCK_CHARACTERISTICS_FLAG_FREQUENCY_10MHZ | MFCLOCK_CHARACTERISTICS_FLAG_ALWAYS_RUNNING |
                    MFCLOCK_CHARACTERISTICS_FLAG_IS_SYSTEM_CLOCK),
          "clock characteristics %#x", (unsigned)value);
    CHECK_HR(IMFClock_GetState(clock, 0, &state), S_OK);
    CHECK(state == MFCLOCK_STATE_RUNNING, "clock state %d", state);
    CHECK_HR(IMFClock_GetCorrelatedTime(clock, 0, &time, &system), S_OK);
    CHECK(time == system, "clock time %lld, system %lld", (long long)time, (long long)system);
    CHECK_HR(IMFClock_GetProperties(clock, &props), S_OK);
    CHECK(IMFClock_Release(clock) == 1, "the source keeps its clock");
    CHECK(IMFPresentationTimeSource_Release(source) == 0, "time source leaks a reference");
}

/* A clock state sink whose counts stay fixed (as Wine's test sink). */
static HRESULT STDMETHODCALLTYPE sink_qi(IMFClockStateSink *This, REFIID riid, void **out) {
    if (IsEqualIID(riid, &IID_IMFClockStateSink) || IsEqualIID(riid, &IID_IUnknown)) {
        *out = This;
        return S_OK;
    }
    *out = NULL;
    return E_NOINTERFACE;
}
static ULONG STDMETHODCALLTYPE sink_addref(IMFClockStateSink *This) { (void)This; return 2; }
static ULONG STDMETHODCALLTYPE sink_release(IMFClockStateSink *This) { (void)This; return 1; }
static HRESULT STDMETHODCALLTYPE sink_start(IMFClockStateSink *This, MFTIME s, LONGLONG o) {
    (void)This; (void)s; (void)o; return E_NOTIMPL;
}
static HRESULT STDMETHODCALLTYPE sink_time(IMFClockStateSink *This, MFTIME s) {
    (void)This; (void)s; return E_NOTIMPL;
}
static HRESULT STDMETHODCALLTYPE sink_rate(IMFClockStateSink *This, MFTIME s, float r) {
    (void)This; (void)s; (void)r; return E_NOTIMPL;
}
static IMFClockStateSinkVtbl sink_vtbl = {sink_qi, sink_addref, sink_release, sink_start,
                                          sink_time, sink_time, sink_time, sink_rate};

static void presentation_clock(void) {
    /* Wine's test_presentation_clock table: action, clock state, time
     * source state, answer. */
    static const struct { char action; MFCLOCK_STATE clock, source; HRESULT hr; } table[] = {
        {'o', MFCLOCK_STATE_STOPPED, MFCLOCK_STATE_INVALID, S_OK},
        {'p', MFCLOCK_STATE_STOPPED, MFCLOCK_STATE_INVALID, MF_E_INVALIDREQUEST},
        {'o', MFCLOCK_STATE_STOPPED, MFCLOCK_STATE_INVALID, MF_E_CLOCK_STATE_ALREADY_SET},
        {'s', MFCLOCK_STATE_RUNNING, MFCLOCK_STATE_RUNNING, S_OK},
        {'s', MFCLOCK_STATE_RUNNING, MFCLOCK_STATE_RUNNING, S_OK},
        {'p', MFCLOCK_STATE_PAUSED, MFCLOCK_STATE_PAUSED, S_OK},
        {'p', MFCLOCK_STATE_PAUSED, MFCLOCK_STATE_PAUSED, MF_E_CLOCK_STATE_ALREADY_SET},
        {'o', MFCLOCK_STATE_STOPPED, MFCLOCK_STATE_STOPPED, S_OK},
        {'s', MFCLOCK_STATE_RUNNING, MFCLOCK_STATE_RUNNING, S_OK},
        {'o', MFCLOCK_STATE_STOPPED, MFCLOCK_STATE_STOPPED, S_OK},
        {'o', MFCLOCK_STATE_STOPPED, MFCLOCK_STATE_STOPPED, MF_E_CLOCK_STATE_ALREADY_SET},
        {'p', MFCLOCK_STATE_STOPPED, MFCLOCK_STATE_STOPPED, MF_E_INVALIDREQUEST},
        {'s', MFCLOCK_STATE_RUNNING, MFCLOCK_STATE_RUNNING, S_OK},
        {'p', MFCLOCK_STATE_PAUSED, MFCLOCK_STATE_PAUSED, S_OK},
        {'s', MFCLOCK_STATE_RUNNING, MFCLOCK_STATE_RUNNING, S_OK},
    };
    IMFClockStateSink test_sink = {&sink_vtbl};
    IMFPresentationTimeSource *source, *got;
    IMFPresentationClock *clock;
    IMFRateControl *rate_control;
    IMFShutdown *shutdown;
    MFCLOCK_PROPERTIES props, props2;
    MFSHUTDOWN_STATUS status;
    MFCLOCK_STATE state;
    LONGLONG clock_time;
    MFTIME time, system;
    DWORD value;
    float rate;
    BOOL thin;
    unsigned i;
    HRESULT hr;

    CHECK_HR(MFCreatePresentationClock(&clock), S_OK);
    CHECK_HR(IMFPresentationClock_QueryInterface(clock, &IID_IMFRateControl, (void **)&rate_control), S_OK);
    CHECK_HR(IMFPresentationClock_GetTimeSource(clock, &got), MF_E_CLOCK_NO_TIME_SOURCE);
    CHECK_HR(IMFPresentationClock_GetTimeSource(clock, NULL), E_INVALIDARG);
    CHECK_HR(IMFPresentationClock_GetClockCharacteristics(clock, &value), MF_E_CLOCK_NO_TIME_SOURCE);
    CHECK_HR(IMFPresentationClock_GetClockCharacteristics(clock, NULL), MF_E_CLOCK_NO_TIME_SOURCE);
    CHECK_HR(IMFPresentationClock_GetTime(clock, &time), MF_E_CLOCK_NO_TIME_SOURCE);
    CHECK_HR(IMFPresentationClock_GetTime(clock, NULL), E_POINTER);
    value = 1;
    CHECK_HR(IMFPresentationClock_GetContinuityKey(clock, &value), S_OK);
    CHECK(value == 0, "continuity key %u", (unsigned)value);
    CHECK_HR(IMFPresentationClock_GetProperties(clock, &props), MF_E_CLOCK_NO_TIME_SOURCE);
    CHECK_HR(IMFPresentationClock_GetState(clock, 0, &state), S_OK);
    CHECK(state == MFCLOCK_STATE_INVALID, "state %d", state);
    CHECK_HR(IMFPresentationClock_GetCorrelatedTime(clock, 0, &clock_time, &system), MF_E_CLOCK_NO_TIME_SOURCE);
    CHECK_HR(IMFPresentationClock_GetCorrelatedTime(clock, 0, NULL, &system), MF_E_CLOCK_NO_TIME_SOURCE);
    CHECK_HR(IMFPresentationClock_GetCorrelatedTime(clock, 0, &clock_time, NULL), MF_E_CLOCK_NO_TIME_SOURCE);
    CHECK_HR(IMFPresentationClock_AddClockStateSink(clock, NULL), E_INVALIDARG);
    CHECK_HR(IMFPresentationClock_AddClockStateSink(clock, &test_sink), S_OK);
    CHECK_HR(IMFPresentationClock_AddClockStateSink(clock, &test_sink), E_INVALIDARG);
    CHECK_HR(IMFPresentationClock_RemoveClockStateSink(clock, NULL), E_INVALIDARG);
    CHECK_HR(IMFPresentationClock_RemoveClockStateSink(clock, &test_sink), S_OK);
    CHECK_HR(IMFPresentationClock_RemoveClockStateSink(clock, &test_sink), S_OK);
    CHECK_HR(IMFPresentationClock_Start(clock, 0), MF_E_CLOCK_NO_TIME_SOURCE);
    CHECK_HR(IMFPresentationClock_Pause(clock), MF_E_CLOCK_NO_TIME_SOURCE);
    CHECK_HR(IMFPresentationClock_Stop(clock), MF_E_CLOCK_NO_TIME_SOURCE);
    CHECK_HR(IMFRateControl_SetRate(rate_control, FALSE, 0.0f), MF_E_CLOCK_NO_TIME_SOURCE);
    CHECK_HR(IMFPresentationClock_SetTimeSource(clock, NULL), E_POINTER);

    CHECK_HR(MFCreateSystemTimeSource(&source), S_OK);
    CHECK_HR(IMFPresentationClock_SetTimeSource(clock, source), S_OK);
    CHECK_HR(IMFPresentationTimeSource_GetProperties(source, &props2), S_OK);
    CHECK_HR(IMFPresentationClock_GetClockCharacteristics(clock, &value), S_OK);
    CHECK(value == (MFCLOCK_CHARACTERISTICS_FLAG_FREQUENCY_10MHZ | MFCLOCK_CHARACTERISTICS_FLAG_IS_SYSTEM_CLOCK),
          "clock characteristics %#x", (unsigned)value);
    CHECK_HR(IMFPresentationClock_GetClockCharacteristics(clock, NULL), E_POINTER);
    CHECK_HR(IMFPresentationClock_GetProperties(clock, &props), S_OK);
    CHECK(props.qwCorrelationRate == props2.qwCorrelationRate &&
              IsEqualGUID(&props.guidClockId, &props2.guidClockId) &&
              props.dwClockFlags == props2.dwClockFlags &&
              props.qwClockFrequency == props2.qwClockFrequency &&
              props.dwClockTolerance == props2.dwClockTolerance &&
              props.dwClockJitter == props2.dwClockJitter,
          "the clock's properties are its source's");
    CHECK_HR(IMFPresentationClock_GetProperties(clock, NULL), E_POINTER);
    CHECK_HR(IMFRateControl_SetRate(rate_control, FALSE, 0.0f), S_OK);
    CHECK_HR(IMFRateControl_GetRate(rate_control, &thin, &rate), S_OK);
    CHECK(rate == 0.0f, "rate %f", rate);
    CHECK_HR(IMFRateControl_SetRate(rate_control, FALSE, 1.0f), S_OK);

    for (i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
        switch (table[i].action) {
        case 's': hr = IMFPresentationClock_Start(clock, 0); break;
        case 'o': hr = IMFPresentationClock_Stop(clock); break;
        default: hr = IMFPresentationClock_Pause(clock); break;
        }
        CHECK(hr == table[i].hr, "%u: hr %#x", i, (unsigned)hr);
        IMFPresentationTimeSource_GetState(source, 0, &state);
        CHECK(state == table[i].source, "%u: time source state %d", i, state);
        IMFPresentationClock_GetState(clock, 0, &state);
        CHECK(state == table[i].clock, "%u: clock state %d", i, state);
    }

    CHECK_HR(IMFPresentationClock_Start(clock, 10), S_OK);
    CHECK_HR(IMFPresentationClock_Pause(clock), S_OK);
    CHECK_HR(IMFPresentationClock_GetTime(clock, &time), S_OK);
    CHECK_HR(IMFPresentationTimeSource_GetCorrelatedTime(source, 0, &clock_time, &system), S_OK);
    CHECK(time == clock_time, "clock %lld, source %lld", (long long)time, (long long)clock_time);
    CHECK_HR(IMFPresentationClock_GetCorrelatedTime(clock, 0, &clock_time, &system), S_OK);
    CHECK(time == clock_time, "correlated %lld", (long long)clock_time);
    CHECK_HR(IMFPresentationClock_GetCorrelatedTime(clock, 0, NULL, &system), E_POINTER);
    CHECK_HR(IMFRateControl_GetRate(rate_control, NULL, &rate), S_OK);
    CHECK_HR(IMFRateControl_GetRate(rate_control, &thin, NULL), E_INVALIDARG);
    CHECK_HR(IMFRateControl_SetRate(rate_control, TRUE, 1.0f), MF_E_THINNING_UNSUPPORTED);
    IMFRateControl_Release(rate_control);

    CHECK_HR(IMFPresentationClock_QueryInterface(clock, &IID_IMFShutdown, (void **)&shutdown), S_OK);
    CHECK_HR(IMFShutdown_GetShutdownStatus(shutdown, NULL), E_INVALIDARG);
    CHECK_HR(IMFShutdown_GetShutdownStatus(shutdown, &status), MF_E_INVALIDREQUEST);
    CHECK_HR(IMFShutdown_Shutdown(shutdown), S_OK);
    CHECK_HR(IMFPresentationClock_GetTimeSource(clock, &got), S_OK);
    CHECK(got == source, "time source after Shutdown");
    IMFPresentationTimeSource_Release(got);
    CHECK_HR(IMFShutdown_GetShutdownStatus(shutdown, &status), S_OK);
    CHECK(status == MFSHUTDOWN_COMPLETED, "status %d", status);
    IMFShutdown_Release(shutdown);
    CHECK(IMFPresentationClock_Release(clock) == 0, "clock leaks a reference");
    CHECK(IMFPresentationTimeSource_Release(source) == 0, "time source leaks a reference");
}

int main(void) {
    CHECK_HR(MFStartup(MF_VERSION, MFSTARTUP_FULL), S_OK);
    attributes();
    media_types();
    samples();
    collections();
    events();
    time_source();
    presentation_clock();
    CHECK_HR(MFShutdown(), S_OK);
    return check_summary("mf_rules");
}
