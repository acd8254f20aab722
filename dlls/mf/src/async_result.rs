//! IMFAsyncResult (MFCreateAsyncResult): the object, callback and state of
//! one asynchronous operation, and its status.

use std::sync::Mutex;

use windows_core::{HRESULT, IUnknown, Result, implement};

use crate::bindings::{IMFAsyncCallback, IMFAsyncResult, IMFAsyncResult_Impl};
use crate::com::{E_POINTER, fail};
use win32::sync::lock;

#[implement(IMFAsyncResult)]
pub struct AsyncResult {
    object: Option<IUnknown>,
    pub callback: Option<IMFAsyncCallback>,
    state: Option<IUnknown>,
    status: Mutex<HRESULT>,
}

impl AsyncResult {
    pub fn create(
        object: Option<IUnknown>,
        callback: Option<IMFAsyncCallback>,
        state: Option<IUnknown>,
    ) -> IMFAsyncResult {
        AsyncResult {
            object,
            callback,
            state,
            status: Mutex::new(HRESULT(0)),
        }
        .into()
    }
}

impl IMFAsyncResult_Impl for AsyncResult_Impl {
    fn GetState(&self) -> Result<IUnknown> {
        match &self.state {
            Some(s) => Ok(s.clone()),
            None => fail(E_POINTER),
        }
    }

    fn GetStatus(&self) -> Result<()> {
        lock(&self.status).ok()
    }

    fn SetStatus(&self, status: HRESULT) -> Result<()> {
        *lock(&self.status) = status;
        Ok(())
    }

    fn GetObject(&self) -> Result<IUnknown> {
        match &self.object {
            Some(o) => Ok(o.clone()),
            None => fail(E_POINTER),
        }
    }

    fn GetStateNoAddRef(&self) -> Option<IUnknown> {
        // SAFETY: a bitwise copy of the pointer without AddRef, which is
        // what this method promises; the shim hands it to C without
        // dropping it, and `self.state` keeps the reference.
        unsafe { std::mem::transmute_copy(&self.state) }
    }
}

/// Outcomes of Begin*/End* operations that finish at once: the outcome is
/// kept under the IMFAsyncResult handed to the callback until End* collects
/// it with that result.
pub struct Completions<T> {
    done: Mutex<Vec<(usize, T)>>,
}

impl<T> Default for Completions<T> {
    fn default() -> Self {
        Completions {
            done: Mutex::new(Vec::new()),
        }
    }
}

impl<T> Completions<T> {
    /// Records `outcome` and invokes `callback` from the work queue.
    pub fn complete(
        &self,
        outcome: T,
        callback: Option<IMFAsyncCallback>,
        state: Option<IUnknown>,
    ) -> Result<()> {
        let Some(callback) = callback else {
            return fail(E_POINTER);
        };
        let result = AsyncResult::create(None, Some(callback.clone()), state);
        lock(&self.done).push((windows_core::Interface::as_raw(&result) as usize, outcome));
        crate::work_queue::invoke(callback, result);
        Ok(())
    }

    /// The outcome recorded for `result`; E_INVALIDARG for a result this
    /// object did not hand out (or one already collected).
    pub fn take(&self, result: Option<&IMFAsyncResult>) -> Result<T> {
        let Some(result) = result else {
            return fail(E_POINTER);
        };
        let key = windows_core::Interface::as_raw(result) as usize;
        let mut done = lock(&self.done);
        match done.iter().position(|(k, _)| *k == key) {
            Some(i) => Ok(done.remove(i).1),
            None => fail(crate::com::E_INVALIDARG),
        }
    }
}
