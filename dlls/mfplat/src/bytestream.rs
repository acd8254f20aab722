//! IMFByteStream over a file (MFCreateFile), which the WAVE sink writes and
//! the source resolver reads.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::sync::Mutex;

use windows_core::{BOOL, HRESULT, IUnknown, Ref, Result, implement};

use crate::async_result::Completions;
use crate::bindings::{
    IMFAsyncCallback, IMFAsyncResult, IMFByteStream, IMFByteStream_Impl, MF_ACCESSMODE_READ,
    MF_ACCESSMODE_READWRITE, MF_ACCESSMODE_WRITE, MF_FILE_ACCESSMODE, MF_FILE_OPENMODE,
    MF_OPENMODE_APPEND_IF_EXIST, MF_OPENMODE_DELETE_IF_EXIST, MF_OPENMODE_FAIL_IF_EXIST,
    MF_OPENMODE_FAIL_IF_NOT_EXIST, MF_OPENMODE_RESET_IF_EXIST, MFBYTESTREAM_IS_READABLE,
    MFBYTESTREAM_IS_SEEKABLE, MFBYTESTREAM_IS_WRITABLE, MFBYTESTREAM_SEEK_ORIGIN, msoBegin,
    msoCurrent,
};
use crate::com::{E_INVALIDARG, E_POINTER, fail};
use win32::sync::lock;

/// An I/O error as the HRESULT Windows gives for it (HRESULT_FROM_WIN32 of
/// the matching Win32 error).
pub fn io_hresult(e: &std::io::Error) -> HRESULT {
    let win32 = match e.kind() {
        std::io::ErrorKind::NotFound => 2,         // ERROR_FILE_NOT_FOUND
        std::io::ErrorKind::PermissionDenied => 5, // ERROR_ACCESS_DENIED
        std::io::ErrorKind::AlreadyExists => 80,   // ERROR_FILE_EXISTS
        std::io::ErrorKind::IsADirectory => 5,     // ERROR_ACCESS_DENIED
        std::io::ErrorKind::StorageFull => 112,    // ERROR_DISK_FULL
        _ => 1117,                                 // ERROR_IO_DEVICE
    };
    HRESULT((0x8007_0000_u32 | win32) as i32)
}

fn io_error(e: std::io::Error) -> windows_core::Error {
    io_hresult(&e).into()
}

/// IMFByteStream's Read, BeginRead, EndRead, Write, BeginWrite and
/// EndWrite for an `_Impl` whose object is [`BlockingIo`] (used inside the
/// `impl IMFByteStream_Impl` block).
macro_rules! blocking_io_methods {
    () => {
        fn Read(&self, buf: *mut u8, len: u32, read: *mut u32) -> Result<()> {
            self.read(buf, len, read)
        }

        fn BeginRead(
            &self,
            buf: *mut u8,
            len: u32,
            callback: Ref<IMFAsyncCallback>,
            state: Ref<IUnknown>,
        ) -> Result<()> {
            self.begin_read(buf, len, callback, state)
        }

        fn EndRead(&self, result: Ref<IMFAsyncResult>) -> Result<u32> {
            self.reads().take(result.as_ref())?
        }

        fn Write(&self, buf: *const u8, len: u32) -> Result<u32> {
            self.write_from(buf, len)
        }

        fn BeginWrite(
            &self,
            buf: *const u8,
            len: u32,
            callback: Ref<IMFAsyncCallback>,
            state: Ref<IUnknown>,
        ) -> Result<()> {
            self.begin_write(buf, len, callback, state)
        }

        fn EndWrite(&self, result: Ref<IMFAsyncResult>) -> Result<u32> {
            self.writes().take(result.as_ref())?
        }
    };
}
pub(crate) use blocking_io_methods;

/// IMFByteStream's reads and writes over a blocking reader and writer, as
/// every byte stream here does them: Read, and the Begin/End pairs, which
/// do the work in the call and complete through the work queue.
pub trait BlockingIo {
    /// Reads up to `len` bytes into `buf` (E_POINTER for NULL).
    fn read_into(&self, buf: *mut u8, len: u32) -> Result<u32>;
    /// Writes `len` bytes from `buf` (E_POINTER for NULL).
    fn write_from(&self, buf: *const u8, len: u32) -> Result<u32>;
    fn reads(&self) -> &Completions<Result<u32>>;
    fn writes(&self) -> &Completions<Result<u32>>;

    fn read(&self, buf: *mut u8, len: u32, read: *mut u32) -> Result<()> {
        if read.is_null() {
            return fail(E_POINTER);
        }
        let n = self.read_into(buf, len)?;
        // SAFETY: checked above; the caller gives a writable DWORD.
        unsafe { read.write(n) };
        Ok(())
    }

    fn begin_read(
        &self,
        buf: *mut u8,
        len: u32,
        callback: Ref<IMFAsyncCallback>,
        state: Ref<IUnknown>,
    ) -> Result<()> {
        // A NULL buffer fails in the call, as Read's does, not at EndRead.
        if buf.is_null() {
            return fail(E_POINTER);
        }
        let outcome = self.read_into(buf, len);
        self.reads()
            .complete(outcome, callback.cloned(), state.cloned())
    }

    fn begin_write(
        &self,
        buf: *const u8,
        len: u32,
        callback: Ref<IMFAsyncCallback>,
        state: Ref<IUnknown>,
    ) -> Result<()> {
        if buf.is_null() {
            return fail(E_POINTER);
        }
        let outcome = self.write_from(buf, len);
        self.writes()
            .complete(outcome, callback.cloned(), state.cloned())
    }
}

#[implement(IMFByteStream)]
pub struct FileByteStream {
    file: Mutex<Option<File>>,
    caps: u32,
    reads: Completions<Result<u32>>,
    writes: Completions<Result<u32>>,
}

impl FileByteStream {
    pub fn open(
        access: MF_FILE_ACCESSMODE,
        mode: MF_FILE_OPENMODE,
        path: &Path,
    ) -> Result<IMFByteStream> {
        let (read, write) = match access {
            MF_ACCESSMODE_READ => (true, false),
            MF_ACCESSMODE_WRITE => (false, true),
            MF_ACCESSMODE_READWRITE => (true, true),
            _ => return fail(E_INVALIDARG),
        };
        let mut options = OpenOptions::new();
        options.read(read).write(write);
        match mode {
            MF_OPENMODE_FAIL_IF_NOT_EXIST => {}
            MF_OPENMODE_FAIL_IF_EXIST => {
                options.create_new(true);
            }
            MF_OPENMODE_RESET_IF_EXIST => {
                options.create(true).truncate(true);
            }
            MF_OPENMODE_APPEND_IF_EXIST => {
                options.create(true);
            }
            MF_OPENMODE_DELETE_IF_EXIST => {
                if path.exists() {
                    std::fs::remove_file(path).map_err(io_error)?;
                }
                options.create(true);
            }
            _ => return fail(E_INVALIDARG),
        }
        if !write && mode != MF_OPENMODE_FAIL_IF_NOT_EXIST {
            // Creating a file needs write access.
            return fail(E_INVALIDARG);
        }
        let mut file = options.open(path).map_err(io_error)?;
        if mode == MF_OPENMODE_APPEND_IF_EXIST {
            file.seek(SeekFrom::End(0)).map_err(io_error)?;
        }
        let mut caps = MFBYTESTREAM_IS_SEEKABLE as u32;
        if read {
            caps |= MFBYTESTREAM_IS_READABLE as u32;
        }
        if write {
            caps |= MFBYTESTREAM_IS_WRITABLE as u32;
        }
        Ok(FileByteStream {
            file: Mutex::new(Some(file)),
            caps,
            reads: Completions::default(),
            writes: Completions::default(),
        }
        .into())
    }

    fn with_file<T>(&self, f: impl FnOnce(&mut File) -> std::io::Result<T>) -> Result<T> {
        match lock(&self.file).as_mut() {
            // A closed stream answers as Windows' does.
            None => fail(crate::bindings::MF_E_INVALIDREQUEST),
            Some(file) => f(file).map_err(io_error),
        }
    }
}

impl BlockingIo for FileByteStream {
    fn read_into(&self, buf: *mut u8, len: u32) -> Result<u32> {
        if buf.is_null() {
            return fail(E_POINTER);
        }
        // SAFETY: the caller gives `len` writable bytes at `buf`.
        let buf = unsafe { std::slice::from_raw_parts_mut(buf, len as usize) };
        self.with_file(|f| {
            let mut done = 0;
            while done < buf.len() {
                match f.read(&mut buf[done..])? {
                    0 => break,
                    n => done += n,
                }
            }
            Ok(done as u32)
        })
    }

    fn write_from(&self, buf: *const u8, len: u32) -> Result<u32> {
        if buf.is_null() {
            return fail(E_POINTER);
        }
        // SAFETY: the caller gives `len` readable bytes at `buf`.
        let buf = unsafe { std::slice::from_raw_parts(buf, len as usize) };
        self.with_file(|f| f.write_all(buf).map(|()| len))
    }

    fn reads(&self) -> &Completions<Result<u32>> {
        &self.reads
    }

    fn writes(&self) -> &Completions<Result<u32>> {
        &self.writes
    }
}

impl IMFByteStream_Impl for FileByteStream_Impl {
    fn GetCapabilities(&self) -> Result<u32> {
        Ok(self.caps)
    }

    fn GetLength(&self) -> Result<u64> {
        self.with_file(|f| f.metadata().map(|m| m.len()))
    }

    fn SetLength(&self, length: u64) -> Result<()> {
        self.with_file(|f| f.set_len(length))
    }

    fn GetCurrentPosition(&self) -> Result<u64> {
        self.with_file(|f| f.stream_position())
    }

    fn SetCurrentPosition(&self, position: u64) -> Result<()> {
        self.with_file(|f| f.seek(SeekFrom::Start(position)).map(drop))
    }

    fn IsEndOfStream(&self) -> Result<BOOL> {
        self.with_file(|f| Ok(BOOL::from(f.stream_position()? >= f.metadata()?.len())))
    }

    blocking_io_methods!();

    fn Seek(&self, origin: MFBYTESTREAM_SEEK_ORIGIN, offset: i64, _flags: u32) -> Result<u64> {
        let to = match origin {
            o if o == msoBegin => SeekFrom::Start(u64::try_from(offset).map_err(|_| E_INVALIDARG)?),
            o if o == msoCurrent => SeekFrom::Current(offset),
            _ => return fail(E_INVALIDARG),
        };
        self.with_file(|f| f.seek(to))
    }

    fn Flush(&self) -> Result<()> {
        self.with_file(|f| f.flush())
    }

    fn Close(&self) -> Result<()> {
        lock(&self.file).take();
        Ok(())
    }
}

/// Everything a byte stream holds from its current position on.
pub fn read_to_end(stream: &IMFByteStream) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let mut chunk = vec![0u8; 1 << 16];
    loop {
        let mut n = 0;
        // SAFETY: `chunk` has room for its length.
        unsafe { stream.Read(chunk.as_mut_ptr(), chunk.len() as u32, &mut n) }.ok()?;
        if n == 0 {
            return Ok(bytes);
        }
        bytes.extend_from_slice(&chunk[..n as usize]);
    }
}
