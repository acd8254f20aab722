//! How the session hears its objects: every event generator of the current
//! topology is subscribed with an `EventForwarder`, which forwards each
//! event into the session's thread; and the sinks' BeginFinalize completes
//! into that thread too.

use std::ffi::c_void;
use std::sync::Mutex;
use std::sync::mpsc::Sender;

use windows_core::{HRESULT, IUnknown, IUnknownImpl, Interface, Ref, Result, implement};

use mfplat::bindings::{
    IMFAsyncCallback, IMFAsyncCallback_Impl, IMFAsyncResult, IMFMediaEvent, IMFMediaEventGenerator,
};
use mfplat::com::{Agile, fail};
use mfplat::event::{IDirectSubscriber, IDirectSubscriber_Impl};
use win32::sync::lock;

use super::Msg;

/// Forwards every event of one generator into the session's thread, and
/// tells it when the generator goes away (its queue dropped the callback).
/// mfplat's event queues hand it their events directly, on the queuing
/// thread (IDirectSubscriber); other generators call it back as usual.
#[implement(IMFAsyncCallback, IDirectSubscriber)]
pub struct EventForwarder {
    pub(super) key: usize,
    pub(super) generator: Agile<IMFMediaEventGenerator>,
    pub(super) tx: Mutex<Sender<Msg>>,
}

/// The COM identity of an object (its IUnknown pointer), by which the
/// session recognises a generator in any topology.
pub(super) fn identity<I: Interface>(object: &I) -> usize {
    object.cast::<IUnknown>().map_or(0, |u| u.as_raw() as usize)
}

pub(super) fn subscribe(generator: IMFMediaEventGenerator, tx: &Sender<Msg>) -> Result<()> {
    let forwarder: IMFAsyncCallback = EventForwarder {
        key: identity(&generator),
        generator: Agile(generator.clone()),
        tx: Mutex::new(tx.clone()),
    }
    .into();
    // SAFETY: a plain COM call on live interfaces.
    unsafe { generator.BeginGetEvent(&forwarder, None) }.ok()
}

impl IDirectSubscriber_Impl for EventForwarder_Impl {
    unsafe fn Take(&self, event: *mut c_void) -> HRESULT {
        // SAFETY: the queue passes an event's reference (IDirectSubscriber).
        let event = unsafe { IMFMediaEvent::from_raw(event) };
        match lock(&self.tx).send(Msg::Event(self.key, Agile(event))) {
            Ok(()) => HRESULT(0),
            // The session has gone.
            Err(_) => HRESULT(1),
        }
    }
}

impl IMFAsyncCallback_Impl for EventForwarder_Impl {
    fn GetParameters(&self, _flags: *mut u32, _queue: *mut u32) -> Result<()> {
        fail(mfplat::com::E_NOTIMPL)
    }

    fn Invoke(&self, result: Ref<IMFAsyncResult>) -> Result<()> {
        let generator = &self.generator.0;
        // SAFETY: plain COM calls on live interfaces.
        let event = unsafe { generator.EndGetEvent(result.as_ref()) }?;
        let sent = lock(&self.tx)
            .send(Msg::Event(self.key, Agile(event)))
            .is_ok();
        if sent {
            let me: IMFAsyncCallback = self.to_interface();
            // SAFETY: as above. A refusal means the generator shut down.
            let _ = unsafe { generator.BeginGetEvent(&me, None) };
        }
        Ok(())
    }
}

impl Drop for EventForwarder {
    fn drop(&mut self) {
        // The session may be gone already; then nobody needs to know.
        let _ = lock(&self.tx).send(Msg::Gone(self.key));
    }
}

/// Completes a sink's BeginFinalize into the session's thread.
#[implement(IMFAsyncCallback)]
pub(super) struct FinalizeCallback {
    pub(super) index: usize,
    pub(super) tx: Mutex<Sender<Msg>>,
}

impl IMFAsyncCallback_Impl for FinalizeCallback_Impl {
    fn GetParameters(&self, _flags: *mut u32, _queue: *mut u32) -> Result<()> {
        fail(mfplat::com::E_NOTIMPL)
    }

    fn Invoke(&self, result: Ref<IMFAsyncResult>) -> Result<()> {
        if let Some(result) = result.as_ref() {
            let _ = lock(&self.tx).send(Msg::Finalized(self.index, Agile(result.clone())));
        }
        Ok(())
    }
}
