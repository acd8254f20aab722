//! The IMFTransform the topology loader's transforms share (the decoder and
//! the converter): one input and one output stream with fixed ids, output
//! samples it provides itself (MFT_OUTPUT_STREAM_PROVIDES_SAMPLES), one
//! input sample held at a time, a flush that drops it and a drain that
//! gives what the engine still owes. What differs, the types and the work
//! on each sample, is the `Engine`.

use std::sync::Mutex;

use windows_core::{IUnknown, Ref, Result, implement};

use mfplat::bindings::{
    IMFAttributes, IMFMediaEvent, IMFMediaType, IMFSample, IMFTransform, IMFTransform_Impl,
    MF_E_INVALIDSTREAMNUMBER, MF_E_NOTACCEPTING, MF_E_TRANSFORM_NEED_MORE_INPUT,
    MF_E_TRANSFORM_TYPE_NOT_SET, MFT_INPUT_STATUS_ACCEPT_DATA, MFT_INPUT_STREAM_INFO,
    MFT_MESSAGE_COMMAND_DRAIN, MFT_MESSAGE_COMMAND_FLUSH, MFT_MESSAGE_TYPE, MFT_OUTPUT_DATA_BUFFER,
    MFT_OUTPUT_STATUS_SAMPLE_READY, MFT_OUTPUT_STREAM_INFO, MFT_OUTPUT_STREAM_PROVIDES_SAMPLES,
    MFT_OUTPUT_STREAM_WHOLE_SAMPLES, MFT_SET_TYPE_TEST_ONLY,
};
use mfplat::com::{Agile, E_INVALIDARG, E_NOTIMPL, E_POINTER, fail};
use win32::sync::lock;

/// What a transform does with its types and samples.
pub trait Engine: Send {
    fn input_type(&self) -> Option<IMFMediaType>;
    fn output_type(&self) -> Option<IMFMediaType>;
    /// Both types are set.
    fn ready(&self) -> bool;
    /// Checks `t` (None clears the side) and, unless `test_only`, sets it.
    fn set_input(&mut self, t: Option<&IMFMediaType>, test_only: bool) -> Result<()>;
    fn set_output(&mut self, t: Option<&IMFMediaType>, test_only: bool) -> Result<()>;
    /// The index-th input type it takes, or MF_E_NO_MORE_TYPES.
    fn input_available(&self, index: u32) -> Result<IMFMediaType>;
    fn output_available(&self, index: u32) -> Result<IMFMediaType>;
    /// The input and output stream info's cbSize (a frame's bytes, or 0).
    fn sizes(&self) -> (u32, u32);
    /// The output for one input sample; None when it gives nothing yet.
    fn process(&mut self, sample: &IMFSample) -> Result<Option<IMFSample>>;
    /// What it still holds at the end of the stream.
    fn drain(&mut self) -> Result<Option<IMFSample>>;
    /// Forgets the stream so far.
    fn flush(&mut self);
}

struct Shell {
    engine: Box<dyn Engine>,
    pending: Option<Agile<IMFSample>>,
    draining: bool,
}

#[implement(IMFTransform)]
pub struct Transform {
    state: Mutex<Shell>,
}

impl Transform {
    pub fn create(engine: Box<dyn Engine>) -> IMFTransform {
        Transform {
            state: Mutex::new(Shell {
                engine,
                pending: None,
                draining: false,
            }),
        }
        .into()
    }

    /// A transform with its types set, as IUnknown for a topology node.
    pub fn node_object(
        engine: Box<dyn Engine>,
        from: &IMFMediaType,
        to: &IMFMediaType,
    ) -> Result<IUnknown> {
        let t = Self::create(engine);
        // SAFETY: plain COM calls on live interfaces.
        unsafe {
            t.SetInputType(0, from, 0).ok()?;
            t.SetOutputType(0, to, 0).ok()?;
        }
        windows_core::Interface::cast(&t)
    }
}

fn only_stream(id: u32) -> Result<()> {
    if id != 0 {
        return fail(MF_E_INVALIDSTREAMNUMBER);
    }
    Ok(())
}

fn is_test_only(flags: u32) -> bool {
    flags & MFT_SET_TYPE_TEST_ONLY as u32 != 0
}

fn current(t: Option<IMFMediaType>) -> Result<IMFMediaType> {
    t.ok_or_else(|| windows_core::Error::from(MF_E_TRANSFORM_TYPE_NOT_SET))
}

impl IMFTransform_Impl for Transform_Impl {
    fn GetStreamLimits(&self, a: *mut u32, b: *mut u32, c: *mut u32, d: *mut u32) -> Result<()> {
        for p in [a, b, c, d] {
            if p.is_null() {
                return fail(E_POINTER);
            }
            // SAFETY: checked above.
            unsafe { p.write(1) };
        }
        Ok(())
    }

    fn GetStreamCount(&self, inputs: *mut u32, outputs: *mut u32) -> Result<()> {
        if inputs.is_null() || outputs.is_null() {
            return fail(E_POINTER);
        }
        // SAFETY: checked above.
        unsafe {
            inputs.write(1);
            outputs.write(1);
        }
        Ok(())
    }

    /// Stream ids are 0 (the method page: E_NOTIMPL for fixed, consecutive
    /// ids from 0).
    fn GetStreamIDs(&self, _: u32, _: *mut u32, _: u32, _: *mut u32) -> Result<()> {
        fail(E_NOTIMPL)
    }

    fn GetInputStreamInfo(&self, id: u32, info: *mut MFT_INPUT_STREAM_INFO) -> Result<()> {
        only_stream(id)?;
        if info.is_null() {
            return fail(E_POINTER);
        }
        let (size, _) = lock(&self.state).engine.sizes();
        // SAFETY: checked above.
        unsafe {
            info.write(MFT_INPUT_STREAM_INFO {
                cbSize: size,
                cbAlignment: 1,
                ..Default::default()
            })
        };
        Ok(())
    }

    fn GetOutputStreamInfo(&self, id: u32) -> Result<MFT_OUTPUT_STREAM_INFO> {
        only_stream(id)?;
        Ok(MFT_OUTPUT_STREAM_INFO {
            dwFlags: (MFT_OUTPUT_STREAM_PROVIDES_SAMPLES | MFT_OUTPUT_STREAM_WHOLE_SAMPLES) as u32,
            cbSize: lock(&self.state).engine.sizes().1,
            cbAlignment: 1,
        })
    }

    fn GetAttributes(&self) -> Result<IMFAttributes> {
        fail(E_NOTIMPL)
    }

    fn GetInputStreamAttributes(&self, _: u32) -> Result<IMFAttributes> {
        fail(E_NOTIMPL)
    }

    fn GetOutputStreamAttributes(&self, _: u32) -> Result<IMFAttributes> {
        fail(E_NOTIMPL)
    }

    fn DeleteInputStream(&self, _: u32) -> Result<()> {
        fail(E_NOTIMPL)
    }

    fn AddInputStreams(&self, _: u32, _: *const u32) -> Result<()> {
        fail(E_NOTIMPL)
    }

    fn GetInputAvailableType(&self, id: u32, index: u32) -> Result<IMFMediaType> {
        only_stream(id)?;
        lock(&self.state).engine.input_available(index)
    }

    fn GetOutputAvailableType(&self, id: u32, index: u32) -> Result<IMFMediaType> {
        only_stream(id)?;
        lock(&self.state).engine.output_available(index)
    }

    fn SetInputType(&self, id: u32, t: Ref<IMFMediaType>, flags: u32) -> Result<()> {
        only_stream(id)?;
        lock(&self.state)
            .engine
            .set_input(t.as_ref(), is_test_only(flags))
    }

    fn SetOutputType(&self, id: u32, t: Ref<IMFMediaType>, flags: u32) -> Result<()> {
        only_stream(id)?;
        lock(&self.state)
            .engine
            .set_output(t.as_ref(), is_test_only(flags))
    }

    fn GetInputCurrentType(&self, id: u32) -> Result<IMFMediaType> {
        only_stream(id)?;
        current(lock(&self.state).engine.input_type())
    }

    fn GetOutputCurrentType(&self, id: u32) -> Result<IMFMediaType> {
        only_stream(id)?;
        current(lock(&self.state).engine.output_type())
    }

    fn GetInputStatus(&self, id: u32) -> Result<u32> {
        only_stream(id)?;
        Ok(if lock(&self.state).pending.is_none() {
            MFT_INPUT_STATUS_ACCEPT_DATA as u32
        } else {
            0
        })
    }

    fn GetOutputStatus(&self) -> Result<u32> {
        Ok(if lock(&self.state).pending.is_some() {
            MFT_OUTPUT_STATUS_SAMPLE_READY as u32
        } else {
            0
        })
    }

    fn SetOutputBounds(&self, _: i64, _: i64) -> Result<()> {
        fail(E_NOTIMPL)
    }

    fn ProcessEvent(&self, _: u32, _: Ref<IMFMediaEvent>) -> Result<()> {
        fail(E_NOTIMPL)
    }

    /// A flush drops the held sample and what the engine holds; a drain
    /// makes the next ProcessOutput give the engine's tail.
    fn ProcessMessage(&self, message: MFT_MESSAGE_TYPE, _param: usize) -> Result<()> {
        let mut st = lock(&self.state);
        if message == MFT_MESSAGE_COMMAND_FLUSH {
            st.pending = None;
            st.draining = false;
            st.engine.flush();
        } else if message == MFT_MESSAGE_COMMAND_DRAIN {
            st.draining = true;
        }
        Ok(())
    }

    fn ProcessInput(&self, id: u32, sample: Ref<IMFSample>, _flags: u32) -> Result<()> {
        only_stream(id)?;
        let Some(sample) = sample.as_ref() else {
            return fail(E_POINTER);
        };
        let mut st = lock(&self.state);
        if !st.engine.ready() {
            return fail(MF_E_TRANSFORM_TYPE_NOT_SET);
        }
        if st.pending.is_some() {
            return fail(MF_E_NOTACCEPTING);
        }
        st.pending = Some(Agile(sample.clone()));
        Ok(())
    }

    fn ProcessOutput(
        &self,
        _flags: u32,
        count: u32,
        buffers: *mut MFT_OUTPUT_DATA_BUFFER,
        status: *mut u32,
    ) -> Result<()> {
        if buffers.is_null() || status.is_null() {
            return fail(E_POINTER);
        }
        if count != 1 {
            return fail(E_INVALIDARG);
        }
        let mut st = lock(&self.state);
        if !st.engine.ready() {
            return fail(MF_E_TRANSFORM_TYPE_NOT_SET);
        }
        let out = match st.pending.take() {
            Some(sample) => st.engine.process(&sample.0)?,
            None if st.draining => {
                st.draining = false;
                st.engine.drain()?
            }
            None => None,
        };
        drop(st);
        let Some(out) = out else {
            return fail(MF_E_TRANSFORM_NEED_MORE_INPUT);
        };
        // SAFETY: `buffers` holds `count` (1) entries and `status` is
        // writable, both checked above; the caller owns the sample written.
        unsafe {
            let b = &mut *buffers;
            b.pSample = std::mem::ManuallyDrop::new(Some(out));
            b.dwStatus = 0;
            status.write(0);
        }
        Ok(())
    }
}
