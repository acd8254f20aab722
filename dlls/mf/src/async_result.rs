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
