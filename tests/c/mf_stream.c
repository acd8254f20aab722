/* Media Foundation's stream wrappers as Windows code calls them: a byte
 * stream over the application's own IStream (MFCreateMFByteStreamOnStream,
 * here a C IStream over memory) and an IStream over a byte stream
 * (MFCreateStreamOnMFByteStream over MFCreateTempFile's). The expected
 * answers are Windows' where Wine's mfplat.c records them (the byte stream
 * reads from its own position, answers IMFAttributes with no items and
 * none of the buffering, cache, event or service interfaces, reports a
 * memory stream readable and seekable, and reads on after Close), the
 * IStream and IMFByteStream pages otherwise; NULL arguments never crash. */
#define COBJMACROS
#include <string.h>
#include "mfapi.h"
#include "mferror.h"
#include "mfidl.h"
#include "check.h"

#define HR(call, want) CHECK_CODE((DWORD)(call), (DWORD)(want))

/* IIDs the byte stream must not answer (mfidl.h's, not declared here). */
DEFINE_GUID(TEST_IID_IMFByteStreamBuffering, 0x6d66d782, 0x1d4f, 0x4db7, 0x8c, 0x63, 0xcb, 0x8c, 0x77, 0xf1, 0xef, 0x5e);
DEFINE_GUID(TEST_IID_IMFByteStreamCacheControl, 0xf5042ea4, 0x7a96, 0x4a75, 0xaa, 0x7b, 0x2b, 0xe1, 0xef, 0x7f, 0x88, 0xd5);

/* An IStream over memory, written as an application writes one. */
typedef struct {
    IStream iface;
    LONG refs;
    unsigned char *data;
    size_t size, at;
    DWORD mode;
} MemStream;

static MemStream *mem_of(IStream *This) { return (MemStream *)This; }

static HRESULT STDMETHODCALLTYPE mem_qi(IStream *This, REFIID riid, void **out) {
    if (IsEqualGUID(riid, &IID_IUnknown) || IsEqualGUID(riid, &IID_ISequentialStream) ||
        IsEqualGUID(riid, &IID_IStream)) {
        *out = This;
        IStream_AddRef(This);
        return S_OK;
    }
    *out = NULL;
    return E_NOINTERFACE;
}
static ULONG STDMETHODCALLTYPE mem_addref(IStream *This) { return ++mem_of(This)->refs; }
static ULONG STDMETHODCALLTYPE mem_release(IStream *This) {
    MemStream *m = mem_of(This);
    ULONG refs = --m->refs;
    if (!refs) {
        free(m->data);
        free(m);
    }
    return refs;
}
static HRESULT STDMETHODCALLTYPE mem_read(IStream *This, void *pv, DWORD cb, DWORD *read) {
    MemStream *m = mem_of(This);
    size_t n = m->at < m->size ? m->size - m->at : 0;
    if (n > cb) n = cb;
    memcpy(pv, m->data + m->at, n);
    m->at += n;
    if (read) *read = (DWORD)n;
    return S_OK;
}
static HRESULT STDMETHODCALLTYPE mem_write(IStream *This, const void *pv, DWORD cb, DWORD *written) {
    MemStream *m = mem_of(This);
    if (!(m->mode & (STGM_WRITE | STGM_READWRITE))) return STG_E_ACCESSDENIED;
    if (m->at + cb > m->size) {
        m->data = realloc(m->data, m->at + cb);
        memset(m->data + m->size, 0, m->at > m->size ? m->at - m->size : 0);
        m->size = m->at + cb;
    }
    memcpy(m->data + m->at, pv, cb);
    m->at += cb;
    if (written) *written = cb;
    return S_OK;
}
static HRESULT STDMETHODCALLTYPE mem_seek(IStream *This, LARGE_INTEGER move, DWORD origin, ULARGE_INTEGER *pos) {
    MemStream *m = mem_of(This);
    LONGLONG base = origin == STREAM_SEEK_SET ? 0 : origin == STREAM_SEEK_CUR ? (LONGLONG)m->at : (LONGLONG)m->size;
    if (base + move.QuadPart < 0) return STG_E_INVALIDFUNCTION;
    m->at = (size_t)(base + move.QuadPart);
    if (pos) pos->QuadPart = m->at;
    return S_OK;
}
static HRESULT STDMETHODCALLTYPE mem_set_size(IStream *This, ULARGE_INTEGER size) {
    MemStream *m = mem_of(This);
    m->data = realloc(m->data, size.QuadPart ? size.QuadPart : 1);
    if (size.QuadPart > m->size) memset(m->data + m->size, 0, size.QuadPart - m->size);
    m->size = size.QuadPart;
    return S_OK;
}
static HRESULT STDMETHODCALLTYPE mem_copy_to(IStream *This, IStream *to, ULARGE_INTEGER cb, ULARGE_INTEGER *r, ULARGE_INTEGER *w) {
    (void)This; (void)to; (void)cb; (void)r; (void)w;
    return E_NOTIMPL;
}
static HRESULT STDMETHODCALLTYPE mem_commit(IStream *This, DWORD flags) { (void)This; (void)flags; return S_OK; }
static HRESULT STDMETHODCALLTYPE mem_revert(IStream *This) { (void)This; return S_OK; }
static HRESULT STDMETHODCALLTYPE mem_lock(IStream *This, ULARGE_INTEGER o, ULARGE_INTEGER cb, DWORD t) {
    (void)This; (void)o; (void)cb; (void)t;
    return STG_E_INVALIDFUNCTION;
}
static HRESULT STDMETHODCALLTYPE mem_stat(IStream *This, STATSTG *stat, DWORD flags) {
    (void)flags;
    memset(stat, 0, sizeof(*stat));
    stat->type = STGTY_STREAM;
    stat->cbSize.QuadPart = mem_of(This)->size;
    stat->grfMode = mem_of(This)->mode;
    return S_OK;
}
static HRESULT STDMETHODCALLTYPE mem_clone(IStream *This, IStream **out) { (void)This; *out = NULL; return E_NOTIMPL; }

static const IStreamVtbl mem_vtbl = {
    mem_qi, mem_addref, mem_release, mem_read, mem_write, mem_seek, mem_set_size, mem_copy_to,
    mem_commit, mem_revert, mem_lock, mem_lock, mem_stat, mem_clone,
};

static IStream *mem_stream(DWORD mode) {
    MemStream *m = calloc(1, sizeof(*m));
    m->iface.lpVtbl = &mem_vtbl;
    m->refs = 1;
    m->mode = mode;
    return &m->iface;
}

static ULONG refcount(void *p) {
    IUnknown *u = p;
    IUnknown_AddRef(u);
    return IUnknown_Release(u);
}

static void check_no_interface(IMFByteStream *s, REFIID iid, const char *name) {
    IUnknown *u = (IUnknown *)0xdeadbeef;
    HR(IMFByteStream_QueryInterface(s, iid, (void **)&u), E_NOINTERFACE);
    CHECK(u == NULL, "%s: NULL written", name);
}

static void byte_stream_on_stream(void) {
    IStream *stream = mem_stream(STGM_READ);
    DWORD value = 0xffff0000, n = 0, caps = 0;
    /* The application's write leaves the stream at 4; the byte stream
     * reads from its own position, 0. */
    mem_of(stream)->mode = STGM_READWRITE;
    HR(IStream_Write(stream, &value, sizeof(value), &n), S_OK);
    mem_of(stream)->mode = STGM_READ;

    IMFByteStream *bytes = NULL, *again_of_identity = NULL;
    HR(MFCreateMFByteStreamOnStream(NULL, &bytes), E_POINTER);
    HR(MFCreateMFByteStreamOnStream(stream, NULL), E_POINTER);
    HR(MFCreateMFByteStreamOnStream(stream, &bytes), S_OK);
    CHECK(refcount(bytes) == 1, "one reference");
    CHECK(refcount(stream) == 2, "the byte stream holds the stream");

    /* One identity. (Windows' IUnknown is the IMFByteStream pointer itself;
     * here, as for every object windows-core lays out, the identity is a
     * pointer of its own: the README records it.) */
    IUnknown *unknown = NULL, *identity = NULL;
    HR(IMFByteStream_QueryInterface(bytes, &IID_IUnknown, (void **)&identity), S_OK);
    HR(IUnknown_QueryInterface(identity, &IID_IMFByteStream, (void **)&again_of_identity), S_OK);
    CHECK(again_of_identity == bytes, "IUnknown gives the byte stream back");
    IMFByteStream_Release(again_of_identity);

    IMFAttributes *attributes = NULL;
    UINT32 count = 1;
    HR(IMFByteStream_QueryInterface(bytes, &IID_IMFAttributes, (void **)&attributes), S_OK);
    HR(IMFAttributes_GetCount(attributes, &count), S_OK);
    CHECK(count == 0, "no items: %u", count);
    HR(IMFAttributes_QueryInterface(attributes, &IID_IUnknown, (void **)&unknown), S_OK);
    CHECK(unknown == identity, "the attributes' IUnknown is the byte stream's");
    IUnknown_Release(unknown);
    IUnknown_Release(identity);
    IMFByteStream *again = NULL;
    HR(IMFAttributes_QueryInterface(attributes, &IID_IMFByteStream, (void **)&again), S_OK);
    CHECK(again == bytes, "the attributes give the byte stream back");
    IMFByteStream_Release(again);
    CHECK(refcount(bytes) == 2, "attributes hold one");

    check_no_interface(bytes, &TEST_IID_IMFByteStreamBuffering, "IMFByteStreamBuffering");
    check_no_interface(bytes, &TEST_IID_IMFByteStreamCacheControl, "IMFByteStreamCacheControl");
    check_no_interface(bytes, &IID_IMFMediaEventGenerator, "IMFMediaEventGenerator");
    check_no_interface(bytes, &IID_IMFGetService, "IMFGetService");
    check_no_interface(bytes, &IID_IStream, "IStream");

    HR(IMFByteStream_GetCapabilities(bytes, &caps), S_OK);
    CHECK(caps == (MFBYTESTREAM_IS_READABLE | MFBYTESTREAM_IS_SEEKABLE), "caps %#x", (unsigned)caps);
    HR(IMFByteStream_Close(bytes), S_OK);
    HR(IMFByteStream_Close(bytes), S_OK);
    HR(IMFByteStream_GetCapabilities(bytes, &caps), S_OK);
    CHECK(caps == (MFBYTESTREAM_IS_READABLE | MFBYTESTREAM_IS_SEEKABLE), "caps after Close %#x", (unsigned)caps);

    value = 0;
    ULONG got = 0;
    HR(IMFByteStream_Read(bytes, (BYTE *)&value, sizeof(value), &got), S_OK);
    CHECK(got == 4 && value == 0xffff0000, "read %u bytes: %#x", (unsigned)got, (unsigned)value);
    HR(IMFByteStream_Read(bytes, NULL, 4, &got), E_POINTER);

    UINT64 length = 0, position = 9;
    BOOL end = FALSE;
    HR(IMFByteStream_GetLength(bytes, &length), S_OK);
    CHECK(length == 4, "length %llu", (unsigned long long)length);
    HR(IMFByteStream_GetCurrentPosition(bytes, &position), S_OK);
    CHECK(position == 4, "position %llu", (unsigned long long)position);
    HR(IMFByteStream_IsEndOfStream(bytes, &end), S_OK);
    CHECK(end, "at the end");
    HR(IMFByteStream_Seek(bytes, msoBegin, 2, 0, &position), S_OK);
    CHECK(position == 2, "seek to 2: %llu", (unsigned long long)position);
    HR(IMFByteStream_Seek(bytes, msoCurrent, -3, 0, &position), E_INVALIDARG);
    HR(IMFByteStream_IsEndOfStream(bytes, &end), S_OK);
    CHECK(!end, "not at the end");
    /* The stream refuses writes (read-only), and says so. */
    HR(IMFByteStream_Write(bytes, (const BYTE *)&value, 2, &got), STG_E_ACCESSDENIED);

    IMFAttributes_Release(attributes);
    CHECK(IMFByteStream_Release(bytes) == 0, "last reference");
    CHECK(refcount(stream) == 1, "the stream released");
    IStream_Release(stream);
}

static void writable_byte_stream_on_stream(void) {
    IStream *stream = mem_stream(STGM_READWRITE);
    IMFByteStream *bytes = NULL;
    DWORD caps = 0;
    ULONG n = 0;
    HR(MFCreateMFByteStreamOnStreamEx((IUnknown *)stream, &bytes), S_OK);
    HR(IMFByteStream_GetCapabilities(bytes, &caps), S_OK);
    CHECK(caps == (MFBYTESTREAM_IS_READABLE | MFBYTESTREAM_IS_SEEKABLE | MFBYTESTREAM_IS_WRITABLE),
          "caps %#x", (unsigned)caps);
    HR(IMFByteStream_Write(bytes, (const BYTE *)"abcdef", 6, &n), S_OK);
    CHECK(n == 6, "wrote %u", (unsigned)n);
    HR(IMFByteStream_SetLength(bytes, 3), S_OK);
    UINT64 length = 0;
    HR(IMFByteStream_GetLength(bytes, &length), S_OK);
    CHECK(length == 3, "length %llu", (unsigned long long)length);
    HR(IMFByteStream_SetCurrentPosition(bytes, 1), S_OK);
    char buf[8] = {0};
    HR(IMFByteStream_Read(bytes, (BYTE *)buf, sizeof(buf), &n), S_OK);
    CHECK(n == 2 && !memcmp(buf, "bc", 2), "read %u", (unsigned)n);
    HR(IMFByteStream_Flush(bytes), S_OK);
    IMFByteStream_Release(bytes);

    /* An object without IStream: E_NOINTERFACE; NULL: E_POINTER. */
    IMFAttributes *attributes = NULL;
    HR(MFCreateAttributes(&attributes, 0), S_OK);
    bytes = (IMFByteStream *)0xdeadbeef;
    HR(MFCreateMFByteStreamOnStreamEx((IUnknown *)attributes, &bytes), E_NOINTERFACE);
    HR(MFCreateMFByteStreamOnStreamEx(NULL, &bytes), E_POINTER);
    IMFAttributes_Release(attributes);
    IStream_Release(stream);
}

static void stream_on_byte_stream(void) {
    IMFByteStream *bytes = NULL;
    HR(MFCreateTempFile(MF_ACCESSMODE_READWRITE, MF_OPENMODE_DELETE_IF_EXIST, MF_FILEFLAGS_NONE, &bytes), S_OK);
    IStream *stream = NULL;
    HR(MFCreateStreamOnMFByteStream(NULL, &stream), E_POINTER);
    HR(MFCreateStreamOnMFByteStream(bytes, NULL), E_POINTER);
    HR(MFCreateStreamOnMFByteStream(bytes, &stream), S_OK);

    ISequentialStream *seq = NULL;
    HR(IStream_QueryInterface(stream, &IID_ISequentialStream, (void **)&seq), S_OK);
    CHECK((void *)seq == (void *)stream, "one object");
    ISequentialStream_Release(seq);
    IMFByteStream *back = (IMFByteStream *)0xdeadbeef;
    HR(IStream_QueryInterface(stream, &IID_IMFByteStream, (void **)&back), E_NOINTERFACE);
    CHECK(back == NULL, "NULL written");

    DWORD n = 0;
    HR(IStream_Write(stream, "hello world", 11, &n), S_OK);
    CHECK(n == 11, "wrote %u", (unsigned)n);
    HR(IStream_Write(stream, "!", 1, NULL), S_OK);
    HR(IStream_Write(stream, NULL, 1, NULL), STG_E_INVALIDPOINTER);
    UINT64 position = 0;
    HR(IMFByteStream_GetCurrentPosition(bytes, &position), S_OK);
    CHECK(position == 12, "the byte stream's position moved: %llu", (unsigned long long)position);

    LARGE_INTEGER move;
    ULARGE_INTEGER at;
    move.QuadPart = -6;
    HR(IStream_Seek(stream, move, STREAM_SEEK_END, &at), S_OK);
    CHECK(at.QuadPart == 6, "seek from the end: %llu", (unsigned long long)at.QuadPart);
    char buf[16] = {0};
    HR(IStream_Read(stream, buf, sizeof(buf), &n), S_OK);
    CHECK(n == 6 && !memcmp(buf, "world!", 6), "read %u", (unsigned)n);
    HR(IStream_Read(stream, buf, sizeof(buf), &n), S_OK);
    CHECK(n == 0, "nothing past the end");
    HR(IStream_Read(stream, NULL, 1, &n), STG_E_INVALIDPOINTER);
    move.QuadPart = -1;
    HR(IStream_Seek(stream, move, STREAM_SEEK_SET, NULL), STG_E_INVALIDFUNCTION);
    move.QuadPart = 0;
    HR(IStream_Seek(stream, move, 5, NULL), STG_E_INVALIDFUNCTION);
    move.QuadPart = -5;
    HR(IStream_Seek(stream, move, STREAM_SEEK_CUR, NULL), S_OK);
    HR(IStream_Read(stream, buf, 5, NULL), S_OK);
    CHECK(!memcmp(buf, "orld!", 5), "seek from the current position");

    STATSTG stat;
    memset(&stat, 0xcc, sizeof(stat));
    HR(IStream_Stat(stream, &stat, STATFLAG_NONAME), S_OK);
    CHECK(stat.type == STGTY_STREAM, "type %u", (unsigned)stat.type);
    CHECK(stat.cbSize.QuadPart == 12, "size %llu", (unsigned long long)stat.cbSize.QuadPart);
    CHECK(stat.grfMode == STGM_READWRITE, "mode %#x", (unsigned)stat.grfMode);
    CHECK(stat.pwcsName == NULL, "no name");
    HR(IStream_Stat(stream, NULL, STATFLAG_NONAME), STG_E_INVALIDPOINTER);

    ULARGE_INTEGER size;
    size.QuadPart = 5;
    HR(IStream_SetSize(stream, size), S_OK);
    UINT64 length = 0;
    HR(IMFByteStream_GetLength(bytes, &length), S_OK);
    CHECK(length == 5, "SetSize is SetLength: %llu", (unsigned long long)length);

    /* CopyTo into the application's stream. */
    IStream *target = mem_stream(STGM_READWRITE);
    ULARGE_INTEGER want, read, written;
    move.QuadPart = 0;
    HR(IStream_Seek(stream, move, STREAM_SEEK_SET, NULL), S_OK);
    want.QuadPart = 100;
    HR(IStream_CopyTo(stream, target, want, &read, &written), S_OK);
    CHECK(read.QuadPart == 5 && written.QuadPart == 5, "copied %llu/%llu",
          (unsigned long long)read.QuadPart, (unsigned long long)written.QuadPart);
    CHECK(mem_of(target)->size == 5 && !memcmp(mem_of(target)->data, "hello", 5), "copy's bytes");
    HR(IStream_CopyTo(stream, NULL, want, NULL, NULL), STG_E_INVALIDPOINTER);
    IStream_Release(target);

    HR(IStream_Commit(stream, 0), S_OK);
    HR(IStream_Revert(stream), E_NOTIMPL);
    ULARGE_INTEGER zero, one;
    zero.QuadPart = 0;
    one.QuadPart = 1;
    HR(IStream_LockRegion(stream, zero, one, 0), STG_E_INVALIDFUNCTION);
    HR(IStream_UnlockRegion(stream, zero, one, 0), STG_E_INVALIDFUNCTION);
    IStream *clone = (IStream *)0xdeadbeef;
    HR(IStream_Clone(stream, &clone), E_NOTIMPL);

    /* The Ex form hands out the interface asked for. */
    void *object = NULL;
    HR(MFCreateStreamOnMFByteStreamEx(bytes, &IID_IStream, &object), S_OK);
    CHECK(object != NULL, "an IStream");
    IStream_Release((IStream *)object);
    object = (void *)0xdeadbeef;
    HR(MFCreateStreamOnMFByteStreamEx(bytes, &IID_IMFByteStream, &object), E_NOINTERFACE);
    CHECK(object == NULL, "NULL written");
    HR(MFCreateStreamOnMFByteStreamEx(bytes, NULL, &object), E_POINTER);
    HR(MFCreateStreamOnMFByteStreamEx(bytes, &IID_IStream, NULL), E_POINTER);
    HR(MFCreateStreamOnMFByteStreamEx(NULL, &IID_IStream, &object), E_POINTER);

    CHECK(IStream_Release(stream) == 0, "last reference");
    CHECK(refcount(bytes) == 1, "the byte stream released");
    IMFByteStream_Release(bytes);
}

/* Both ways at once: a byte stream over the IStream over a byte stream. */
static void round_trip(void) {
    IMFByteStream *file = NULL, *outer = NULL;
    IStream *stream = NULL;
    HR(MFCreateTempFile(MF_ACCESSMODE_READWRITE, MF_OPENMODE_DELETE_IF_EXIST, MF_FILEFLAGS_NONE, &file), S_OK);
    HR(MFCreateStreamOnMFByteStream(file, &stream), S_OK);
    HR(MFCreateMFByteStreamOnStream(stream, &outer), S_OK);
    DWORD caps = 0;
    HR(IMFByteStream_GetCapabilities(outer, &caps), S_OK);
    CHECK(caps & MFBYTESTREAM_IS_WRITABLE, "writable, from the file's Stat: %#x", (unsigned)caps);
    ULONG n = 0;
    HR(IMFByteStream_Write(outer, (const BYTE *)"round", 5, &n), S_OK);
    HR(IMFByteStream_SetCurrentPosition(file, 0), S_OK);
    char buf[8] = {0};
    HR(IMFByteStream_Read(file, (BYTE *)buf, sizeof(buf), &n), S_OK);
    CHECK(n == 5 && !memcmp(buf, "round", 5), "through both wrappers: %u", (unsigned)n);
    IMFByteStream_Release(outer);
    IStream_Release(stream);
    IMFByteStream_Release(file);
}

int main(void) {
    HR(MFStartup(MF_VERSION, MFSTARTUP_FULL), S_OK);
    byte_stream_on_stream();
    writable_byte_stream_on_stream();
    stream_on_byte_stream();
    round_trip();
    HR(MFShutdown(), S_OK);
    return check_summary("mf_stream");
}
