//! IMFMediaBuffer (MFCreateMemoryBuffer) and IMFSample (MFCreateSample).

use std::cell::UnsafeCell;
use std::sync::Mutex;

use std::ffi::c_void;

use windows_core::{HRESULT, Interface, Ref, Result, implement};

use crate::attributes::AttributeStore;
use crate::bindings::{
    IMFMediaBuffer, IMFMediaBuffer_Impl, IMFSample, IMFSample_Impl, MF_E_BUFFERTOOSMALL,
    MF_E_NO_SAMPLE_DURATION, MF_E_NO_SAMPLE_TIMESTAMP,
};
use crate::com::{E_INVALIDARG, E_POINTER, E_UNEXPECTED, fail};
use win32::sync::lock;

/// A fixed block of memory; Lock hands out its address, which stays valid
/// for the buffer's life because the block never moves.
#[implement(IMFMediaBuffer)]
pub struct MemoryBuffer {
    data: UnsafeCell<Vec<u8>>,
    max: u32,
    current: Mutex<u32>,
}

impl MemoryBuffer {
    pub fn create(max_length: u32) -> IMFMediaBuffer {
        MemoryBuffer {
            data: UnsafeCell::new(vec![0; max_length as usize]),
            max: max_length,
            current: Mutex::new(0),
        }
        .into()
    }

    /// A buffer that takes `bytes` as its memory, without a copy.
    pub fn from_vec(bytes: Vec<u8>) -> Result<IMFMediaBuffer> {
        let len =
            u32::try_from(bytes.len()).map_err(|_| windows_core::Error::from(E_INVALIDARG))?;
        Ok(MemoryBuffer {
            data: UnsafeCell::new(bytes),
            max: len,
            current: Mutex::new(len),
        }
        .into())
    }

    /// A buffer holding a copy of `bytes`.
    pub fn with_bytes(bytes: &[u8]) -> Result<IMFMediaBuffer> {
        let len =
            u32::try_from(bytes.len()).map_err(|_| windows_core::Error::from(E_INVALIDARG))?;
        let buffer = MemoryBuffer::create(len);
        // SAFETY: the buffer was made with room for `len` bytes.
        unsafe {
            let mut p = std::ptr::null_mut();
            buffer.Lock(&mut p, None, None).ok()?;
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len());
            buffer.Unlock().ok()?;
            buffer.SetCurrentLength(len).ok()?;
        }
        Ok(buffer)
    }
}

impl IMFMediaBuffer_Impl for MemoryBuffer_Impl {
    fn Lock(&self, data: *mut *mut u8, max: *mut u32, current: *mut u32) -> Result<()> {
        // Windows refuses a NULL data pointer and leaves the lengths
        // untouched (Wine's mfplat tests accept E_INVALIDARG or E_POINTER).
        if data.is_null() {
            return fail(E_INVALIDARG);
        }
        // SAFETY: `data` is not NULL; the others are optional.
        unsafe {
            data.write((*self.data.get()).as_mut_ptr());
            if let Some(max) = max.as_mut() {
                *max = self.max;
            }
            if let Some(current) = current.as_mut() {
                *current = *lock(&self.current);
            }
        }
        Ok(())
    }

    fn Unlock(&self) -> Result<()> {
        Ok(())
    }

    fn GetCurrentLength(&self) -> Result<u32> {
        Ok(*lock(&self.current))
    }

    fn SetCurrentLength(&self, length: u32) -> Result<()> {
        if length > self.max {
            return fail(E_INVALIDARG);
        }
        *lock(&self.current) = length;
        Ok(())
    }

    fn GetMaxLength(&self) -> Result<u32> {
        Ok(self.max)
    }
}

/// The valid bytes of any IMFMediaBuffer.
pub fn buffer_bytes(buffer: &IMFMediaBuffer) -> Result<Vec<u8>> {
    with_buffer_bytes(buffer, |bytes| Ok(bytes.to_vec()))
}

/// Runs `f` on a buffer's valid bytes in place.
pub fn with_buffer_bytes<T>(
    buffer: &IMFMediaBuffer,
    f: impl FnOnce(&[u8]) -> Result<T>,
) -> Result<T> {
    // SAFETY: Lock gives `current` readable bytes until Unlock, which
    // follows `f`.
    unsafe {
        let mut p = std::ptr::null_mut();
        let mut current = 0;
        buffer.Lock(&mut p, None, Some(&mut current)).ok()?;
        let bytes = if p.is_null() {
            &[][..]
        } else {
            std::slice::from_raw_parts(p, current as usize)
        };
        let result = f(bytes);
        buffer.Unlock().ok()?;
        result
    }
}

/// Runs `f` on a sample's payload in place when it has one buffer (the
/// pipeline's case), else on a joined copy.
pub fn with_sample_bytes<T>(sample: &IMFSample, f: impl FnOnce(&[u8]) -> Result<T>) -> Result<T> {
    // SAFETY: plain COM calls on a live interface.
    unsafe {
        if sample.GetBufferCount()? != 1 {
            return f(&sample_bytes(sample)?);
        }
        with_buffer_bytes(&sample.GetBufferByIndex(0)?, f)
    }
}

/// The payload of any IMFSample, every buffer in order.
pub fn sample_bytes(sample: &IMFSample) -> Result<Vec<u8>> {
    // SAFETY: plain COM calls on a live interface.
    unsafe {
        let mut bytes = Vec::new();
        for i in 0..sample.GetBufferCount()? {
            bytes.extend(buffer_bytes(&sample.GetBufferByIndex(i)?)?);
        }
        Ok(bytes)
    }
}

#[derive(Default)]
struct SampleState {
    flags: u32,
    time: Option<i64>,
    duration: Option<i64>,
    buffers: Vec<IMFMediaBuffer>,
}

#[implement(IMFSample)]
#[derive(Default)]
pub struct Sample {
    pub attributes: AttributeStore,
    state: Mutex<SampleState>,
}

crate::impl_attributes!(Sample_Impl);

impl Sample {
    pub fn create() -> IMFSample {
        Sample::default().into()
    }

    /// A sample of `bytes` at `time` lasting `duration` (100 ns units).
    pub fn with_bytes(bytes: Vec<u8>, time: i64, duration: i64) -> Result<IMFSample> {
        let sample = Sample {
            attributes: AttributeStore::default(),
            state: Mutex::new(SampleState {
                flags: 0,
                time: Some(time),
                duration: Some(duration),
                buffers: vec![MemoryBuffer::from_vec(bytes)?],
            }),
        };
        Ok(sample.into())
    }
}

impl Sample_Impl {
    /// One buffer is the contiguous buffer as it is; several are joined into
    /// a new one, which then replaces them, as the method's page describes.
    /// A sample without buffers has none (E_UNEXPECTED, as on Windows).
    fn contiguous(&self) -> Result<IMFMediaBuffer> {
        let mut st = lock(&self.state);
        match st.buffers.as_slice() {
            [] => fail(E_UNEXPECTED),
            [one] => Ok(one.clone()),
            several => {
                let mut bytes = Vec::new();
                for b in several {
                    bytes.extend(buffer_bytes(b)?);
                }
                let joined = MemoryBuffer::with_bytes(&bytes)?;
                st.buffers = vec![joined.clone()];
                Ok(joined)
            }
        }
    }
}

impl IMFSample_Impl for Sample_Impl {
    fn GetSampleFlags(&self) -> Result<u32> {
        Ok(lock(&self.state).flags)
    }

    fn SetSampleFlags(&self, flags: u32) -> Result<()> {
        lock(&self.state).flags = flags;
        Ok(())
    }

    fn GetSampleTime(&self) -> Result<i64> {
        lock(&self.state)
            .time
            .ok_or_else(|| MF_E_NO_SAMPLE_TIMESTAMP.into())
    }

    fn SetSampleTime(&self, time: i64) -> Result<()> {
        lock(&self.state).time = Some(time);
        Ok(())
    }

    fn GetSampleDuration(&self) -> Result<i64> {
        lock(&self.state)
            .duration
            .ok_or_else(|| MF_E_NO_SAMPLE_DURATION.into())
    }

    fn SetSampleDuration(&self, duration: i64) -> Result<()> {
        lock(&self.state).duration = Some(duration);
        Ok(())
    }

    fn GetBufferCount(&self) -> Result<u32> {
        Ok(lock(&self.state).buffers.len() as u32)
    }

    /// An index past the end is E_INVALIDARG (Wine's test_sample, which
    /// passes on Windows).
    fn GetBufferByIndex(&self, index: u32) -> Result<IMFMediaBuffer> {
        match lock(&self.state).buffers.get(index as usize) {
            Some(b) => Ok(b.clone()),
            None => fail(E_INVALIDARG),
        }
    }

    /// `out` may be NULL: the sample becomes contiguous all the same
    /// (Wine's test_sample, which passes on Windows).
    fn ConvertToContiguousBuffer(&self, out: *mut *mut c_void) -> HRESULT {
        match self.contiguous() {
            Ok(buffer) => {
                if !out.is_null() {
                    // SAFETY: a non-NULL `out` receives an interface pointer,
                    // whose reference passes to the caller.
                    unsafe { out.write(buffer.into_raw()) };
                }
                HRESULT(0)
            }
            Err(e) => e.code(),
        }
    }

    fn AddBuffer(&self, buffer: Ref<IMFMediaBuffer>) -> Result<()> {
        let Some(buffer) = buffer.as_ref() else {
            return fail(E_POINTER);
        };
        lock(&self.state).buffers.push(buffer.clone());
        Ok(())
    }

    fn RemoveBufferByIndex(&self, index: u32) -> Result<()> {
        let mut st = lock(&self.state);
        if index as usize >= st.buffers.len() {
            return fail(E_INVALIDARG);
        }
        st.buffers.remove(index as usize);
        Ok(())
    }

    fn RemoveAllBuffers(&self) -> Result<()> {
        lock(&self.state).buffers.clear();
        Ok(())
    }

    fn GetTotalLength(&self) -> Result<u32> {
        let mut total = 0u32;
        for b in &lock(&self.state).buffers {
            // SAFETY: a plain COM call on a live interface.
            total = total.saturating_add(unsafe { b.GetCurrentLength() }?);
        }
        Ok(total)
    }

    fn CopyToBuffer(&self, target: Ref<IMFMediaBuffer>) -> Result<()> {
        let Some(target) = target.as_ref() else {
            return fail(E_POINTER);
        };
        let mut bytes = Vec::new();
        for b in &lock(&self.state).buffers {
            bytes.extend(buffer_bytes(b)?);
        }
        // SAFETY: Lock gives `max` writable bytes until Unlock.
        unsafe {
            let mut p = std::ptr::null_mut();
            let mut max = 0;
            target.Lock(&mut p, Some(&mut max), None).ok()?;
            if bytes.len() > max as usize || p.is_null() {
                target.Unlock().ok()?;
                return fail(MF_E_BUFFERTOOSMALL);
            }
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len());
            target.Unlock().ok()?;
            target.SetCurrentLength(bytes.len() as u32).ok()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sample_joins_its_buffers_and_keeps_its_times() {
        let s = Sample::with_bytes(vec![1, 2, 3], 10, 20).unwrap();
        // SAFETY: plain COM calls.
        unsafe {
            s.AddBuffer(&MemoryBuffer::with_bytes(&[4, 5]).unwrap())
                .ok()
                .unwrap();
            assert_eq!(s.GetTotalLength().unwrap(), 5);
            assert_eq!(sample_bytes(&s).unwrap(), vec![1, 2, 3, 4, 5]);
            let joined = s.ConvertToContiguousBuffer().unwrap();
            assert_eq!(buffer_bytes(&joined).unwrap(), vec![1, 2, 3, 4, 5]);
            assert_eq!(s.GetBufferCount().unwrap(), 1);
            assert_eq!(s.GetSampleTime().unwrap(), 10);
            assert_eq!(s.GetSampleDuration().unwrap(), 20);
            let small = MemoryBuffer::create(4);
            assert_eq!(s.CopyToBuffer(&small), MF_E_BUFFERTOOSMALL);
            let (mut max, mut current) = (7u32, 7u32);
            assert_eq!(
                small.Lock(std::ptr::null_mut(), Some(&mut max), Some(&mut current)),
                E_INVALIDARG
            );
            assert_eq!((max, current), (7, 7));
            let empty = Sample::create();
            assert_eq!(
                empty.GetSampleTime().unwrap_err().code(),
                MF_E_NO_SAMPLE_TIMESTAMP
            );
        }
    }

    /// Wine's test_sample, which passes on Windows.
    #[test]
    fn an_empty_sample_answers_as_windows_does() {
        let s = Sample::create();
        let vtable = Interface::vtable(&s);
        let null = std::ptr::null_mut::<*mut c_void>();
        // SAFETY: plain COM calls; the out pointers are valid or NULL where
        // the method allows it.
        unsafe {
            assert_eq!(
                (vtable.GetBufferCount)(s.as_raw(), null.cast()),
                E_INVALIDARG
            );
            assert_eq!(s.GetBufferByIndex(0).unwrap_err().code(), E_INVALIDARG);
            let mut out = std::ptr::dangling_mut::<c_void>();
            let convert = vtable.ConvertToContiguousBuffer;
            assert_eq!(convert(s.as_raw(), &mut out), E_UNEXPECTED);
            assert_eq!(out, std::ptr::dangling_mut());
            s.AddBuffer(&MemoryBuffer::with_bytes(&[1, 2]).unwrap())
                .unwrap();
            s.AddBuffer(&MemoryBuffer::with_bytes(&[3]).unwrap())
                .unwrap();
            // NULL is allowed and still joins the buffers.
            assert_eq!(convert(s.as_raw(), null), HRESULT(0));
            assert_eq!(s.GetBufferCount().unwrap(), 1);
            assert_eq!(sample_bytes(&s).unwrap(), vec![1, 2, 3]);
        }
    }
}
