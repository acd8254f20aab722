//! IMFMediaEvent (MFCreateMediaEvent) and the event queue behind every
//! event generator (MFCreateEventQueue, and the Media Session's own events).

use std::collections::VecDeque;
use std::sync::{Condvar, Mutex};

use windows_core::{GUID, HRESULT, IUnknown, Interface, Ref, Result, implement};

use crate::async_result::AsyncResult;
use crate::attributes::AttributeStore;
use crate::bindings::{
    IMFAsyncCallback, IMFAsyncResult, IMFMediaEvent, IMFMediaEvent_Impl, IMFMediaEventQueue,
    IMFMediaEventQueue_Impl, MF_E_MULTIPLE_BEGIN, MF_E_MULTIPLE_SUBSCRIBERS,
    MF_E_NO_EVENTS_AVAILABLE, MF_E_SHUTDOWN, MF_EVENT_FLAG_NO_WAIT, MF_S_MULTIPLE_BEGIN,
    MediaEventType, PROPVARIANT,
};
use crate::com::{Agile, E_FAIL, E_INVALIDARG, E_POINTER, fail};
use crate::impl_attributes;
use crate::propvariant::Value;
use crate::work_queue;
use win32::sync::lock;

#[implement(IMFMediaEvent)]
pub struct MediaEvent {
    pub attributes: AttributeStore,
    kind: u32,
    extended: GUID,
    status: HRESULT,
    value: Value,
}

impl_attributes!(MediaEvent_Impl);

impl MediaEvent {
    pub fn create(kind: u32, extended: GUID, status: HRESULT, value: Value) -> IMFMediaEvent {
        Self::with_attributes(kind, extended, status, value, Vec::new())
    }

    pub fn with_attributes(
        kind: u32,
        extended: GUID,
        status: HRESULT,
        value: Value,
        attributes: Vec<(GUID, Value)>,
    ) -> IMFMediaEvent {
        let store = AttributeStore::default();
        for (k, v) in attributes {
            store.set(k, v);
        }
        MediaEvent {
            attributes: store,
            kind,
            extended,
            status,
            value,
        }
        .into()
    }
}

impl IMFMediaEvent_Impl for MediaEvent_Impl {
    fn GetType(&self) -> Result<MediaEventType> {
        Ok(MediaEventType(self.kind))
    }

    fn GetExtendedType(&self) -> Result<GUID> {
        Ok(self.extended)
    }

    fn GetStatus(&self) -> Result<HRESULT> {
        Ok(self.status)
    }

    fn GetValue(&self) -> Result<PROPVARIANT> {
        self.value.to_raw()
    }
}

pub use direct::{IDirectSubscriber, IDirectSubscriber_Impl};

// The interface macro names the method as COM does.
#[allow(non_snake_case)]
mod direct {
    use std::ffi::c_void;

    use windows_core::{HRESULT, IUnknown, interface};

    /// A subscriber that takes its events on the queuing thread, with no
    /// callback through the work queue: the Media Session's forwarders, which
    /// the mf crate implements. Not an SDK interface; an event queue asks each
    /// BeginGetEvent callback for it, and an application's never has it. A
    /// forwarder's reference is released when its queue shuts down, where an
    /// application's callback keeps the queue's (CONFORMANCE B8).
    #[interface("5b0e7f2a-3c41-4d7e-9e0a-6a8f1c2d3b47")]
    pub unsafe trait IDirectSubscriber: IUnknown {
        /// Takes `event`'s reference: S_OK, or S_FALSE once the subscriber's
        /// session has gone.
        pub unsafe fn Take(&self, event: *mut c_void) -> HRESULT;
    }
}

/// The one BeginGetEvent request a generator may have.
struct Subscriber {
    callback: IMFAsyncCallback,
    state: Option<IUnknown>,
    /// The result handed to the callback, which EndGetEvent must bring
    /// back. It carries no object: GetObject on it is E_POINTER, as on
    /// Windows (Wine's mfplat test_event_queue).
    notified: Option<IMFAsyncResult>,
    /// A Media Session's own forwarder: it gets every event at once on the
    /// queuing thread, with no callback through the work queue; nothing
    /// outside the session can observe the difference.
    direct: Option<IDirectSubscriber>,
}

#[derive(Default)]
struct QueueState {
    events: VecDeque<IMFMediaEvent>,
    subscriber: Option<Subscriber>,
    shut_down: bool,
}

/// An event queue: GetEvent (blocking or MF_EVENT_FLAG_NO_WAIT), one
/// BeginGetEvent subscriber at a time (the MF_E_MULTIPLE_* rules of the
/// BeginGetEvent page, CONFORMANCE B3-B5), EndGetEvent only with the result
/// this queue produced (B7), and Shutdown (B8-B10).
#[derive(Default)]
pub struct EventQueue {
    state: Mutex<QueueState>,
    arrived: Condvar,
}

// SAFETY: the queue holds MF interface pointers, which are free-threaded by
// contract (see com::Agile); its own state is behind the mutex.
unsafe impl Send for EventQueue {}
// SAFETY: as above.
unsafe impl Sync for EventQueue {}

fn same<I: Interface>(a: &I, b: &I) -> bool {
    a.as_raw() == b.as_raw()
}

fn same_state(a: &Option<IUnknown>, b: &Option<IUnknown>) -> bool {
    a.as_ref().map(Interface::as_raw) == b.as_ref().map(Interface::as_raw)
}

impl EventQueue {
    pub fn get_event(&self, flags: u32) -> Result<IMFMediaEvent> {
        let mut st = lock(&self.state);
        loop {
            if st.shut_down {
                return fail(MF_E_SHUTDOWN);
            }
            if st.subscriber.is_some() {
                return fail(MF_E_MULTIPLE_SUBSCRIBERS);
            }
            if let Some(e) = st.events.pop_front() {
                return Ok(e);
            }
            if flags & MF_EVENT_FLAG_NO_WAIT as u32 != 0 {
                return fail(MF_E_NO_EVENTS_AVAILABLE);
            }
            st = win32::sync::wait(&self.arrived, st, None);
        }
    }

    pub fn begin_get_event(
        &self,
        callback: Option<IMFAsyncCallback>,
        state: Option<IUnknown>,
    ) -> Result<()> {
        let Some(callback) = callback else {
            return fail(E_INVALIDARG);
        };
        let mut st = lock(&self.state);
        if st.shut_down {
            return fail(MF_E_SHUTDOWN);
        }
        if let Some(s) = &st.subscriber {
            return fail(
                match (same(&s.callback, &callback), same_state(&s.state, &state)) {
                    (true, true) => MF_S_MULTIPLE_BEGIN,
                    (true, false) => MF_E_MULTIPLE_BEGIN,
                    (false, _) => MF_E_MULTIPLE_SUBSCRIBERS,
                },
            );
        }
        let direct = callback.cast::<IDirectSubscriber>().ok();
        st.subscriber = Some(Subscriber {
            callback,
            state,
            notified: None,
            direct,
        });
        let gone = self.notify(&mut st);
        drop(st);
        drop(gone);
        Ok(())
    }

    pub fn end_get_event(&self, result: Option<&IMFAsyncResult>) -> Result<IMFMediaEvent> {
        let Some(result) = result else {
            return fail(E_POINTER);
        };
        let mut st = lock(&self.state);
        if st.shut_down {
            return fail(MF_E_SHUTDOWN);
        }
        let ours = st
            .subscriber
            .as_ref()
            .and_then(|s| s.notified.as_ref())
            .is_some_and(|r| same(r, result));
        if !ours {
            return fail(E_FAIL);
        }
        st.subscriber = None;
        match st.events.pop_front() {
            Some(e) => Ok(e),
            None => fail(E_FAIL),
        }
    }

    pub fn queue(&self, event: IMFMediaEvent) -> Result<()> {
        let mut st = lock(&self.state);
        if st.shut_down {
            return fail(MF_E_SHUTDOWN);
        }
        st.events.push_back(event);
        self.arrived.notify_all();
        let gone = self.notify(&mut st);
        drop(st);
        // Released outside the lock (see shutdown).
        drop(gone);
        Ok(())
    }

    pub fn queue_value(
        &self,
        kind: u32,
        extended: GUID,
        status: HRESULT,
        value: Value,
    ) -> Result<()> {
        self.queue(MediaEvent::create(kind, extended, status, value))
    }

    /// Queues an event of the object's own (status, value, GUID_NULL
    /// extended type). After Shutdown nobody may receive it, so that
    /// refusal is not an error for the sender.
    pub fn send(&self, kind: i32, status: HRESULT, value: Value) {
        let _ = self.queue_value(kind as u32, GUID::zeroed(), status, value);
    }

    /// QueueEvent with the generator methods' raw arguments.
    pub fn queue_raw(
        &self,
        kind: MediaEventType,
        extended: *const GUID,
        status: HRESULT,
        value: *const PROPVARIANT,
    ) -> Result<()> {
        // SAFETY: COM callers pass NULL or a valid PROPVARIANT.
        let value = unsafe { Value::from_raw(value) }?;
        let extended = crate::com::guid_or_null(extended);
        self.queue_value(kind.0, extended, status, value)
    }

    /// Hands the first event to the subscriber's callback, once; a
    /// session's forwarder takes every event now. Returns a forwarder whose
    /// session has gone, for the caller to release after the lock.
    fn notify(&self, st: &mut QueueState) -> Option<Subscriber> {
        if st.events.is_empty() {
            return None;
        }
        if let Some(direct) = st.subscriber.as_ref().and_then(|s| s.direct.clone()) {
            while let Some(event) = st.events.pop_front() {
                // SAFETY: the event's reference passes to the subscriber.
                if unsafe { direct.Take(event.into_raw()) } != HRESULT(0) {
                    return st.subscriber.take();
                }
            }
            return None;
        }
        if let Some(s) = st.subscriber.as_mut().filter(|s| s.notified.is_none()) {
            let result = AsyncResult::create(None, Some(s.callback.clone()), s.state.clone());
            s.notified = Some(result.clone());
            work_queue::invoke(s.callback.clone(), result);
        }
        None
    }

    /// Shuts the queue down: queued events go, blocked GetEvent calls wake
    /// with MF_E_SHUTDOWN, and a pending BeginGetEvent is never invoked. Its
    /// callback keeps the reference the queue took, as on Windows
    /// (CONFORMANCE B8: "Shutdown leaks callback").
    pub fn shutdown(&self) -> Result<()> {
        let (events, subscriber) = {
            let mut st = lock(&self.state);
            st.shut_down = true;
            self.arrived.notify_all();
            (std::mem::take(&mut st.events), st.subscriber.take())
        };
        // Released outside the lock: a release may run a destructor that
        // reaches this queue's owner.
        drop(events);
        if let Some(s) = subscriber
            && s.direct.is_none()
        {
            std::mem::forget(Agile(s.callback));
        }
        Ok(())
    }
}

/// MFCreateEventQueue's object.
#[implement(IMFMediaEventQueue)]
#[derive(Default)]
pub struct MediaEventQueue {
    queue: EventQueue,
}

impl IMFMediaEventQueue_Impl for MediaEventQueue_Impl {
    fn GetEvent(&self, flags: u32) -> Result<IMFMediaEvent> {
        self.queue.get_event(flags)
    }

    fn BeginGetEvent(&self, callback: Ref<IMFAsyncCallback>, state: Ref<IUnknown>) -> Result<()> {
        self.queue
            .begin_get_event(callback.cloned(), state.cloned())
    }

    fn EndGetEvent(&self, result: Ref<IMFAsyncResult>) -> Result<IMFMediaEvent> {
        self.queue.end_get_event(result.as_ref())
    }

    fn QueueEvent(&self, event: Ref<IMFMediaEvent>) -> Result<()> {
        self.queue.queue(event.ok()?.clone())
    }

    fn QueueEventParamVar(
        &self,
        kind: MediaEventType,
        extended: *const GUID,
        status: HRESULT,
        value: *const PROPVARIANT,
    ) -> Result<()> {
        self.queue.queue_raw(kind, extended, status, value)
    }

    fn QueueEventParamUnk(
        &self,
        kind: MediaEventType,
        extended: *const GUID,
        status: HRESULT,
        unk: Ref<IUnknown>,
    ) -> Result<()> {
        let value = unk.cloned().map_or(Value::Empty, Value::Unknown);
        let extended = crate::com::guid_or_null(extended);
        self.queue.queue_value(kind.0, extended, status, value)
    }

    fn Shutdown(&self) -> Result<()> {
        self.queue.shutdown()
    }
}

pub fn create_queue() -> IMFMediaEventQueue {
    MediaEventQueue::default().into()
}

/// Implements IMFMediaEventGenerator for `$impl` by forwarding the four
/// methods to the EventQueue `$queue` names (with `$s` bound to `self`).
#[macro_export]
macro_rules! impl_generator {
    ($impl:ty, $s:ident => $queue:expr) => {
        impl $crate::bindings::IMFMediaEventGenerator_Impl for $impl {
            fn GetEvent(
                &self,
                flags: u32,
            ) -> windows_core::Result<$crate::bindings::IMFMediaEvent> {
                let $s = self;
                $queue.get_event(flags)
            }

            fn BeginGetEvent(
                &self,
                callback: windows_core::Ref<$crate::bindings::IMFAsyncCallback>,
                state: windows_core::Ref<windows_core::IUnknown>,
            ) -> windows_core::Result<()> {
                let $s = self;
                $queue.begin_get_event(callback.cloned(), state.cloned())
            }

            fn EndGetEvent(
                &self,
                result: windows_core::Ref<$crate::bindings::IMFAsyncResult>,
            ) -> windows_core::Result<$crate::bindings::IMFMediaEvent> {
                let $s = self;
                $queue.end_get_event(result.as_ref())
            }

            /// An application may queue its own events (CONFORMANCE B11).
            fn QueueEvent(
                &self,
                kind: $crate::bindings::MediaEventType,
                extended: *const windows_core::GUID,
                status: windows_core::HRESULT,
                value: *const $crate::bindings::PROPVARIANT,
            ) -> windows_core::Result<()> {
                let $s = self;
                $queue.queue_raw(kind, extended, status, value)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bindings::{IMFAsyncCallback_Impl, MEError};
    use std::sync::mpsc;

    #[implement(IMFAsyncCallback)]
    struct Waiter(Mutex<mpsc::Sender<IMFAsyncResult>>);

    impl IMFAsyncCallback_Impl for Waiter_Impl {
        fn GetParameters(&self, _flags: *mut u32, _queue: *mut u32) -> Result<()> {
            fail(crate::com::E_NOTIMPL)
        }
        fn Invoke(&self, result: Ref<IMFAsyncResult>) -> Result<()> {
            let _ = lock(&self.0).send(result.ok()?.clone());
            Ok(())
        }
    }

    /// Wine's test_event_queue: the result a queue hands out carries no
    /// object (GetObject is E_POINTER), and only that result ends the get.
    #[test]
    fn the_queue_recognises_its_result_without_an_object() {
        let queue = create_queue();
        let (send, receive) = mpsc::channel();
        let callback: IMFAsyncCallback = Waiter(Mutex::new(send)).into();
        // SAFETY: plain COM calls.
        unsafe {
            queue.BeginGetEvent(&callback, None).unwrap();
            queue
                .QueueEventParamVar(
                    MediaEventType(MEError as u32),
                    &GUID::zeroed(),
                    E_FAIL,
                    std::ptr::null(),
                )
                .unwrap();
            let result = receive
                .recv_timeout(std::time::Duration::from_secs(5))
                .unwrap();
            assert_eq!(result.GetObject().unwrap_err().code(), E_POINTER);
            let foreign = AsyncResult::create(None, Some(callback.clone()), None);
            assert_eq!(queue.EndGetEvent(&foreign).unwrap_err().code(), E_FAIL);
            let event = queue.EndGetEvent(&result).unwrap();
            assert_eq!(event.GetStatus().unwrap(), E_FAIL);
            assert_eq!(queue.EndGetEvent(&result).unwrap_err().code(), E_FAIL);
        }
    }
}
