//! The wrappers between COM streams and Media Foundation byte streams: an
//! IMFByteStream over an application's IStream (MFCreateMFByteStreamOnStream)
//! and an IStream over an IMFByteStream (MFCreateStreamOnMFByteStream).

use std::ffi::c_void;
use std::sync::Mutex;

use windows_core::{BOOL, HRESULT, IUnknown, Interface, Ref, Result, implement};

use crate::async_result::Completions;
use crate::attributes::AttributeStore;
use crate::bindings::{
    IMFAsyncCallback, IMFAsyncResult, IMFAttributes, IMFByteStream, IMFByteStream_Impl,
    ISequentialStream_Impl, IStream, IStream_Impl, MFBYTESTREAM_IS_READABLE,
    MFBYTESTREAM_IS_SEEKABLE, MFBYTESTREAM_IS_WRITABLE, MFBYTESTREAM_SEEK_ORIGIN, STATFLAG_NONAME,
    STATSTG, STG_E_INVALIDFUNCTION, STG_E_INVALIDPOINTER, STGM_READ, STGM_READWRITE, STGM_WRITE,
    STGTY_STREAM, STREAM_SEEK_CUR, STREAM_SEEK_END, STREAM_SEEK_SET, msoBegin, msoCurrent,
};
use crate::bytestream::{BlockingIo, blocking_io_methods};
use crate::com::{E_INVALIDARG, E_NOTIMPL, E_POINTER, fail};
use crate::impl_attributes;
use win32::sync::lock;

/// The size and access mode the stream's Stat reports.
fn stat(stream: &IStream) -> Result<STATSTG> {
    let mut stat = STATSTG::default();
    // SAFETY: `stat` is writable; NONAME asks for no name to free.
    unsafe { stream.Stat(&mut stat, STATFLAG_NONAME as u32) }.ok()?;
    if !stat.pwcsName.is_null() {
        // A stream that allocated a name all the same: task memory.
        // SAFETY: the name is the caller's to free, from the task allocator.
        unsafe { libc::free(stat.pwcsName.0.cast()) };
    }
    Ok(stat)
}

/// An IMFByteStream over an IStream. It keeps its own position, from 0,
/// and moves the stream there before each read or write (Wine's
/// test_MFCreateMFByteStreamOnStream records that Windows reads from the
/// start whatever the stream's position, and that Close leaves it usable).
#[implement(IMFByteStream, IMFAttributes)]
pub struct StreamByteStream {
    stream: IStream,
    caps: u32,
    /// The position; held across each seek-and-transfer on the stream.
    position: Mutex<u64>,
    attributes: AttributeStore,
    reads: Completions<Result<u32>>,
    writes: Completions<Result<u32>>,
}

impl_attributes!(StreamByteStream_Impl);

impl StreamByteStream {
    /// Readable and seekable, as Windows reports a memory stream; writable
    /// too when the stream's Stat gives a write access mode.
    pub fn create(stream: IStream) -> IMFByteStream {
        let mut caps = (MFBYTESTREAM_IS_READABLE | MFBYTESTREAM_IS_SEEKABLE) as u32;
        if stat(&stream).is_ok_and(|s| s.grfMode & (STGM_WRITE | STGM_READWRITE) as u32 != 0) {
            caps |= MFBYTESTREAM_IS_WRITABLE as u32;
        }
        StreamByteStream {
            stream,
            caps,
            position: Mutex::new(0),
            attributes: AttributeStore::default(),
            reads: Completions::default(),
            writes: Completions::default(),
        }
        .into()
    }

    /// Runs `transfer` on the stream moved to this object's position, and
    /// advances the position by the bytes it moved.
    fn at_position(&self, transfer: impl FnOnce(&mut u32) -> HRESULT) -> Result<u32> {
        let mut position = lock(&self.position);
        let offset = i64::try_from(*position).map_err(|_| E_INVALIDARG)?;
        // SAFETY: a plain COM call; the new position is not asked for.
        unsafe { self.stream.Seek(offset, STREAM_SEEK_SET as u32, None) }.ok()?;
        let mut done = 0;
        transfer(&mut done).ok()?;
        *position += u64::from(done);
        Ok(done)
    }
}

impl BlockingIo for StreamByteStream {
    fn read_into(&self, buf: *mut u8, len: u32) -> Result<u32> {
        if buf.is_null() {
            return fail(E_POINTER);
        }
        // SAFETY: the caller gives `len` writable bytes at `buf`.
        self.at_position(|n| unsafe { self.stream.Read(buf.cast(), len, Some(n)) })
    }

    fn write_from(&self, buf: *const u8, len: u32) -> Result<u32> {
        if buf.is_null() {
            return fail(E_POINTER);
        }
        // SAFETY: the caller gives `len` readable bytes at `buf`.
        self.at_position(|n| unsafe { self.stream.Write(buf.cast(), len, Some(n)) })
    }

    fn reads(&self) -> &Completions<Result<u32>> {
        &self.reads
    }

    fn writes(&self) -> &Completions<Result<u32>> {
        &self.writes
    }
}

impl IMFByteStream_Impl for StreamByteStream_Impl {
    fn GetCapabilities(&self) -> Result<u32> {
        Ok(self.caps)
    }

    fn GetLength(&self) -> Result<u64> {
        Ok(stat(&self.stream)?.cbSize)
    }

    fn SetLength(&self, length: u64) -> Result<()> {
        // SAFETY: a plain COM call.
        unsafe { self.stream.SetSize(length) }.ok()
    }

    fn GetCurrentPosition(&self) -> Result<u64> {
        Ok(*lock(&self.position))
    }

    fn SetCurrentPosition(&self, position: u64) -> Result<()> {
        *lock(&self.position) = position;
        Ok(())
    }

    fn IsEndOfStream(&self) -> Result<BOOL> {
        let length = stat(&self.stream)?.cbSize;
        Ok(BOOL::from(*lock(&self.position) >= length))
    }

    blocking_io_methods!();

    fn Seek(&self, origin: MFBYTESTREAM_SEEK_ORIGIN, offset: i64, _flags: u32) -> Result<u64> {
        let mut position = lock(&self.position);
        let base = match origin {
            o if o == msoBegin => 0,
            o if o == msoCurrent => *position,
            _ => return fail(E_INVALIDARG),
        };
        *position = base.checked_add_signed(offset).ok_or(E_INVALIDARG)?;
        Ok(*position)
    }

    fn Flush(&self) -> Result<()> {
        // SAFETY: a plain COM call (STGC_DEFAULT).
        unsafe { self.stream.Commit(0) }.ok()
    }

    fn Close(&self) -> Result<()> {
        // The stream stays the application's: Windows reads on after Close.
        Ok(())
    }
}

/// An IStream over an IMFByteStream: every call goes to the byte stream at
/// its own position.
#[implement(IStream)]
pub struct ByteStreamStream {
    bytes: IMFByteStream,
}

impl ByteStreamStream {
    pub fn create(bytes: IMFByteStream) -> IStream {
        ByteStreamStream { bytes }.into()
    }
}

/// The copy buffer of CopyTo.
const COPY_CHUNK: usize = 64 * 1024;

impl ISequentialStream_Impl for ByteStreamStream_Impl {
    fn Read(&self, pv: *mut c_void, cb: u32, pcbread: *mut u32) -> Result<()> {
        if pv.is_null() {
            return fail(STG_E_INVALIDPOINTER);
        }
        let mut n = 0;
        // SAFETY: the caller gives `cb` writable bytes at `pv`.
        unsafe { self.bytes.Read(pv.cast(), cb, &mut n) }.ok()?;
        // SAFETY: the count is optional (IStream::Read's page).
        if let Some(read) = unsafe { pcbread.as_mut() } {
            *read = n;
        }
        Ok(())
    }

    fn Write(&self, pv: *const c_void, cb: u32, pcbwritten: *mut u32) -> Result<()> {
        if pv.is_null() {
            return fail(STG_E_INVALIDPOINTER);
        }
        // SAFETY: the caller gives `cb` readable bytes at `pv`.
        let n = unsafe { self.bytes.Write(pv.cast(), cb) }?;
        // SAFETY: the count is optional (IStream::Write's page).
        if let Some(written) = unsafe { pcbwritten.as_mut() } {
            *written = n;
        }
        Ok(())
    }
}

impl IStream_Impl for ByteStreamStream_Impl {
    fn Seek(&self, dlibmove: i64, dworigin: u32, plibnewposition: *mut u64) -> Result<()> {
        let base = match dworigin as i32 {
            STREAM_SEEK_SET => 0,
            // SAFETY: a plain COM call.
            STREAM_SEEK_CUR => unsafe { self.bytes.GetCurrentPosition() }?,
            // SAFETY: a plain COM call.
            STREAM_SEEK_END => unsafe { self.bytes.GetLength() }?,
            // IStream::Seek's page: an invalid origin.
            _ => return fail(STG_E_INVALIDFUNCTION),
        };
        // The page: a seek before the start is STG_E_INVALIDFUNCTION.
        let to = base
            .checked_add_signed(dlibmove)
            .ok_or(STG_E_INVALIDFUNCTION)?;
        // SAFETY: a plain COM call.
        unsafe { self.bytes.SetCurrentPosition(to) }.ok()?;
        // SAFETY: the new position is optional.
        if let Some(out) = unsafe { plibnewposition.as_mut() } {
            *out = to;
        }
        Ok(())
    }

    fn SetSize(&self, libnewsize: u64) -> Result<()> {
        // SAFETY: a plain COM call.
        unsafe { self.bytes.SetLength(libnewsize) }.ok()
    }

    fn CopyTo(
        &self,
        pstm: Ref<IStream>,
        cb: u64,
        pcbread: *mut u64,
        pcbwritten: *mut u64,
    ) -> Result<()> {
        let target = pstm.as_ref().ok_or(STG_E_INVALIDPOINTER)?;
        let mut chunk = vec![0u8; COPY_CHUNK];
        let (mut read, mut written) = (0u64, 0u64);
        let outcome = loop {
            let want = (cb - read).min(COPY_CHUNK as u64) as u32;
            if want == 0 {
                break Ok(());
            }
            let mut n = 0;
            // SAFETY: `chunk` has room for `want` bytes.
            if let Err(e) = unsafe { self.bytes.Read(chunk.as_mut_ptr(), want, &mut n) }.ok() {
                break Err(e);
            }
            if n == 0 {
                break Ok(());
            }
            read += u64::from(n);
            let mut put = 0;
            // SAFETY: `n` bytes of `chunk` are filled.
            let hr = unsafe { target.Write(chunk.as_ptr().cast(), n, Some(&mut put)) };
            written += u64::from(put);
            if hr.is_err() {
                break Err(hr.into());
            }
        };
        // SAFETY: both counts are optional (IStream::CopyTo's page), and
        // given even when the copy stops on an error.
        unsafe {
            if let Some(out) = pcbread.as_mut() {
                *out = read;
            }
            if let Some(out) = pcbwritten.as_mut() {
                *out = written;
            }
        }
        outcome
    }

    fn Commit(&self, _grfcommitflags: u32) -> Result<()> {
        // SAFETY: a plain COM call.
        unsafe { self.bytes.Flush() }.ok()
    }

    /// A byte stream is not transacted: nothing to revert (decision).
    fn Revert(&self) -> Result<()> {
        fail(E_NOTIMPL)
    }

    /// IStream::LockRegion's page: STG_E_INVALIDFUNCTION when locking is not
    /// supported, and a byte stream has no locks.
    fn LockRegion(&self, _liboffset: u64, _cb: u64, _dwlocktype: u32) -> Result<()> {
        fail(STG_E_INVALIDFUNCTION)
    }

    fn UnlockRegion(&self, _liboffset: u64, _cb: u64, _dwlocktype: u32) -> Result<()> {
        fail(STG_E_INVALIDFUNCTION)
    }

    /// The byte stream's length, and an access mode from its capabilities;
    /// no name (a byte stream has none to give).
    fn Stat(&self, pstatstg: *mut STATSTG, _grfstatflag: u32) -> Result<()> {
        if pstatstg.is_null() {
            return fail(STG_E_INVALIDPOINTER);
        }
        // SAFETY: plain COM calls on the byte stream.
        let (length, caps) = unsafe { (self.bytes.GetLength()?, self.bytes.GetCapabilities()?) };
        let readable = caps & MFBYTESTREAM_IS_READABLE as u32 != 0;
        let writable = caps & MFBYTESTREAM_IS_WRITABLE as u32 != 0;
        let mode = match (readable, writable) {
            (true, true) => STGM_READWRITE,
            (false, true) => STGM_WRITE,
            _ => STGM_READ,
        };
        let stat = STATSTG {
            r#type: STGTY_STREAM as u32,
            cbSize: length,
            grfMode: mode as u32,
            ..STATSTG::default()
        };
        // SAFETY: checked above.
        unsafe { pstatstg.write(stat) };
        Ok(())
    }

    /// One position per byte stream: a clone with a seek pointer of its own
    /// cannot be had (decision).
    fn Clone(&self) -> Result<IStream> {
        fail(E_NOTIMPL)
    }
}

/// The IStream over `bytes` as the interface `iid` asks
/// (MFCreateStreamOnMFByteStreamEx).
pub fn stream_as(bytes: IMFByteStream, iid: &windows_core::GUID) -> Result<*mut c_void> {
    let stream = ByteStreamStream::create(bytes);
    let mut out = std::ptr::null_mut();
    // SAFETY: a QueryInterface call with a valid IID and out-pointer.
    unsafe { stream.query(iid, &mut out) }.ok()?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bindings::{MF_ACCESSMODE_READWRITE, MF_OPENMODE_DELETE_IF_EXIST};
    use crate::bytestream::FileByteStream;
    use crate::com::E_NOINTERFACE;

    /// An IStream over memory, as an application would write one.
    #[implement(IStream)]
    struct MemoryStream {
        data: Mutex<(Vec<u8>, usize)>,
        mode: i32,
    }

    impl ISequentialStream_Impl for MemoryStream_Impl {
        fn Read(&self, pv: *mut c_void, cb: u32, pcbread: *mut u32) -> Result<()> {
            let mut d = lock(&self.data);
            let (bytes, at) = &mut *d;
            let n = (cb as usize).min(bytes.len().saturating_sub(*at));
            // SAFETY: the caller's buffer has `cb` bytes.
            unsafe { std::ptr::copy_nonoverlapping(bytes[*at..].as_ptr(), pv.cast(), n) };
            *at += n;
            // SAFETY: optional count.
            if let Some(r) = unsafe { pcbread.as_mut() } {
                *r = n as u32;
            }
            Ok(())
        }
        fn Write(&self, pv: *const c_void, cb: u32, pcbwritten: *mut u32) -> Result<()> {
            let mut d = lock(&self.data);
            let (bytes, at) = &mut *d;
            // SAFETY: the caller's buffer has `cb` bytes.
            let src = unsafe { std::slice::from_raw_parts(pv.cast::<u8>(), cb as usize) };
            if bytes.len() < *at + src.len() {
                bytes.resize(*at + src.len(), 0);
            }
            bytes[*at..*at + src.len()].copy_from_slice(src);
            *at += src.len();
            // SAFETY: optional count.
            if let Some(w) = unsafe { pcbwritten.as_mut() } {
                *w = cb;
            }
            Ok(())
        }
    }

    impl IStream_Impl for MemoryStream_Impl {
        fn Seek(&self, to: i64, origin: u32, out: *mut u64) -> Result<()> {
            let mut d = lock(&self.data);
            let base = match origin as i32 {
                STREAM_SEEK_SET => 0,
                STREAM_SEEK_CUR => d.1 as i64,
                _ => d.0.len() as i64,
            };
            d.1 = (base + to) as usize;
            // SAFETY: optional position.
            if let Some(o) = unsafe { out.as_mut() } {
                *o = d.1 as u64;
            }
            Ok(())
        }
        fn SetSize(&self, size: u64) -> Result<()> {
            lock(&self.data).0.resize(size as usize, 0);
            Ok(())
        }
        fn CopyTo(&self, _: Ref<IStream>, _: u64, _: *mut u64, _: *mut u64) -> Result<()> {
            fail(E_NOTIMPL)
        }
        fn Commit(&self, _: u32) -> Result<()> {
            Ok(())
        }
        fn Revert(&self) -> Result<()> {
            Ok(())
        }
        fn LockRegion(&self, _: u64, _: u64, _: u32) -> Result<()> {
            fail(STG_E_INVALIDFUNCTION)
        }
        fn UnlockRegion(&self, _: u64, _: u64, _: u32) -> Result<()> {
            fail(STG_E_INVALIDFUNCTION)
        }
        fn Stat(&self, out: *mut STATSTG, _: u32) -> Result<()> {
            let stat = STATSTG {
                r#type: STGTY_STREAM as u32,
                cbSize: lock(&self.data).0.len() as u64,
                grfMode: self.mode as u32,
                ..STATSTG::default()
            };
            // SAFETY: the caller's structure.
            unsafe { out.write(stat) };
            Ok(())
        }
        fn Clone(&self) -> Result<IStream> {
            fail(E_NOTIMPL)
        }
    }

    fn memory(bytes: &[u8], at: usize, mode: i32) -> IStream {
        MemoryStream {
            data: Mutex::new((bytes.to_vec(), at)),
            mode,
        }
        .into()
    }

    fn read(s: &IMFByteStream, len: u32) -> Vec<u8> {
        let mut buf = vec![0u8; len as usize];
        let mut n = 0;
        // SAFETY: COM calls on live test objects with valid buffers.
        unsafe { s.Read(buf.as_mut_ptr(), len, &mut n) }
            .ok()
            .unwrap();
        buf.truncate(n as usize);
        buf
    }

    #[test]
    fn byte_stream_reads_from_its_own_position() {
        // The stream's own position (4, after writing) does not matter.
        let s = StreamByteStream::create(memory(&[0, 0, 0xff, 0xff], 4, STGM_READ));
        // SAFETY: COM calls on live test objects with valid buffers.
        let caps = unsafe { s.GetCapabilities() }.unwrap();
        assert_eq!(
            caps,
            (MFBYTESTREAM_IS_READABLE | MFBYTESTREAM_IS_SEEKABLE) as u32
        );
        // SAFETY: COM calls on live test objects with valid buffers.
        unsafe { s.Close() }.ok().unwrap();
        // SAFETY: COM calls on live test objects with valid buffers.
        unsafe { s.Close() }.ok().unwrap();
        assert_eq!(read(&s, 8), [0, 0, 0xff, 0xff]);
        // SAFETY: COM calls on live test objects with valid buffers.
        assert_eq!(unsafe { s.GetCurrentPosition() }.unwrap(), 4);
        // SAFETY: COM calls on live test objects with valid buffers.
        assert!(unsafe { s.IsEndOfStream() }.unwrap().as_bool());
        // SAFETY: COM calls on live test objects with valid buffers.
        assert_eq!(unsafe { s.Seek(msoBegin, 2, 0) }.unwrap(), 2);
        // SAFETY: COM calls on live test objects with valid buffers.
        assert!(!unsafe { s.IsEndOfStream() }.unwrap().as_bool());
        assert_eq!(read(&s, 1), [0xff]);
        // SAFETY: COM calls on live test objects with valid buffers.
        let before_start = unsafe { s.Seek(msoCurrent, -4, 0) };
        assert_eq!(before_start.unwrap_err().code(), E_INVALIDARG);
        // SAFETY: COM calls on live test objects with valid buffers.
        assert_eq!(unsafe { s.GetLength() }.unwrap(), 4);
    }

    #[test]
    fn byte_stream_has_attributes_and_no_other_interfaces() {
        let s = StreamByteStream::create(memory(&[], 0, STGM_READ));
        let attributes: IMFAttributes = s.cast().unwrap();
        // SAFETY: COM calls on live test objects with valid buffers.
        assert_eq!(unsafe { attributes.GetCount() }.unwrap(), 0);
        let a: IUnknown = attributes.cast().unwrap();
        let b: IUnknown = s.cast().unwrap();
        assert_eq!(a.as_raw(), b.as_raw());
        assert_eq!(s.cast::<IStream>().unwrap_err().code(), E_NOINTERFACE);
    }

    #[test]
    fn byte_stream_writes_through_when_the_stream_is_writable() {
        let s = StreamByteStream::create(memory(&[1, 2, 3], 0, STGM_READWRITE));
        // SAFETY: COM calls on live test objects with valid buffers.
        let caps = unsafe { s.GetCapabilities() }.unwrap();
        assert_ne!(caps & MFBYTESTREAM_IS_WRITABLE as u32, 0);
        // SAFETY: COM calls on live test objects with valid buffers.
        unsafe { s.SetCurrentPosition(2) }.unwrap();
        // SAFETY: COM calls on live test objects with valid buffers.
        assert_eq!(unsafe { s.Write([9, 9].as_ptr(), 2) }.unwrap(), 2);
        // SAFETY: COM calls on live test objects with valid buffers.
        assert_eq!(unsafe { s.GetLength() }.unwrap(), 4);
        // SAFETY: COM calls on live test objects with valid buffers.
        unsafe { s.SetCurrentPosition(0) }.unwrap();
        assert_eq!(read(&s, 4), [1, 2, 9, 9]);
        // SAFETY: COM calls on live test objects with valid buffers.
        unsafe { s.SetLength(1) }.unwrap();
        // SAFETY: COM calls on live test objects with valid buffers.
        assert_eq!(unsafe { s.GetLength() }.unwrap(), 1);
        let mut n = 0;
        // SAFETY: COM calls on live test objects with valid buffers.
        let hr = unsafe { s.Read(std::ptr::null_mut(), 1, &mut n) };
        assert_eq!(hr, E_POINTER);
    }

    fn temp_bytes() -> IMFByteStream {
        let path = std::env::temp_dir().join(format!(
            "mfplat-stream-test-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let s = FileByteStream::open(MF_ACCESSMODE_READWRITE, MF_OPENMODE_DELETE_IF_EXIST, &path)
            .unwrap();
        std::fs::remove_file(&path).unwrap();
        s
    }

    #[test]
    fn stream_over_byte_stream_reads_writes_and_seeks() {
        let bytes = temp_bytes();
        let s = ByteStreamStream::create(bytes.clone());
        let mut n = 0;
        // SAFETY: COM calls on live test objects with valid buffers.
        unsafe { s.Write(b"hello".as_ptr().cast(), 5, Some(&mut n)) }
            .ok()
            .unwrap();
        assert_eq!(n, 5);
        let mut pos = 0;
        // SAFETY: COM calls on live test objects with valid buffers.
        unsafe { s.Seek(-2, STREAM_SEEK_END as u32, Some(&mut pos)) }
            .ok()
            .unwrap();
        assert_eq!(pos, 3);
        // SAFETY: COM calls on live test objects with valid buffers.
        assert_eq!(unsafe { bytes.GetCurrentPosition() }.unwrap(), 3);
        let mut buf = [0u8; 8];
        // SAFETY: COM calls on live test objects with valid buffers.
        unsafe { s.Read(buf.as_mut_ptr().cast(), 8, Some(&mut n)) }
            .ok()
            .unwrap();
        assert_eq!(&buf[..n as usize], b"lo");
        // SAFETY: COM calls on live test objects with valid buffers.
        let hr = unsafe { s.Seek(-1, STREAM_SEEK_SET as u32, None) };
        assert_eq!(hr, STG_E_INVALIDFUNCTION);
        // SAFETY: COM calls on live test objects with valid buffers.
        let hr = unsafe { s.Seek(0, 7, None) };
        assert_eq!(hr, STG_E_INVALIDFUNCTION);
        // SAFETY: COM calls on live test objects with valid buffers.
        let hr = unsafe { s.Read(std::ptr::null_mut(), 1, None) };
        assert_eq!(hr, STG_E_INVALIDPOINTER);
        // SAFETY: COM calls on live test objects with valid buffers.
        unsafe { s.SetSize(2) }.ok().unwrap();
        let mut stat = STATSTG::default();
        // SAFETY: COM calls on live test objects with valid buffers.
        unsafe { s.Stat(&mut stat, 0) }.ok().unwrap();
        assert_eq!(stat.cbSize, 2);
        assert_eq!(stat.r#type, STGTY_STREAM as u32);
        assert_eq!(stat.grfMode, STGM_READWRITE as u32);
        assert!(stat.pwcsName.is_null());
        // SAFETY: COM calls on live test objects with valid buffers.
        let null_stat = unsafe { s.Stat(std::ptr::null_mut(), 0) };
        assert_eq!(null_stat, STG_E_INVALIDPOINTER);
        // SAFETY: COM calls on live test objects with valid buffers.
        assert_eq!(unsafe { s.Clone() }.unwrap_err().code(), E_NOTIMPL);
        // SAFETY: COM calls on live test objects with valid buffers.
        assert_eq!(unsafe { s.LockRegion(0, 1, 0) }, STG_E_INVALIDFUNCTION);
        // SAFETY: COM calls on live test objects with valid buffers.
        unsafe { s.Commit(0) }.ok().unwrap();
    }

    #[test]
    fn stream_over_byte_stream_copies_to_another_stream() {
        let s = ByteStreamStream::create(temp_bytes());
        // SAFETY: COM calls on live test objects with valid buffers.
        unsafe { s.Write(b"abcdef".as_ptr().cast(), 6, None) }
            .ok()
            .unwrap();
        // SAFETY: COM calls on live test objects with valid buffers.
        unsafe { s.Seek(1, STREAM_SEEK_SET as u32, None) }
            .ok()
            .unwrap();
        let target = memory(&[], 0, STGM_READWRITE);
        let (mut r, mut w) = (0, 0);
        // SAFETY: COM calls on live test objects with valid buffers.
        unsafe { s.CopyTo(&target, 3, Some(&mut r), Some(&mut w)) }
            .ok()
            .unwrap();
        assert_eq!((r, w), (3, 3));
        // SAFETY: COM calls on live test objects with valid buffers.
        unsafe { target.Seek(0, STREAM_SEEK_SET as u32, None) }
            .ok()
            .unwrap();
        let mut buf = [0u8; 8];
        let mut n = 0;
        // SAFETY: COM calls on live test objects with valid buffers.
        unsafe { target.Read(buf.as_mut_ptr().cast(), 8, Some(&mut n)) }
            .ok()
            .unwrap();
        assert_eq!(&buf[..n as usize], b"bcd");
        // SAFETY: COM calls on live test objects with valid buffers.
        let hr = unsafe { s.CopyTo(None, 1, None, None) };
        assert_eq!(hr, STG_E_INVALIDPOINTER);
    }

    #[test]
    fn stream_as_answers_the_stream_interfaces_only() {
        let out = stream_as(temp_bytes(), &crate::bindings::ISequentialStream::IID).unwrap();
        // SAFETY: an owned reference QueryInterface gave.
        drop(unsafe { IUnknown::from_raw(out) });
        let err = stream_as(temp_bytes(), &IMFByteStream::IID).unwrap_err();
        assert_eq!(err.code(), E_NOINTERFACE);
    }
}
