//! The standard work queue (MFASYNC_CALLBACK_QUEUE_STANDARD): one thread
//! that runs asynchronous callbacks in the order they were put, so that
//! callbacks never run on the thread that caused them.

use std::sync::OnceLock;
use std::sync::mpsc::{Sender, channel};

use windows_core::{IUnknown, Result};

use crate::async_result::AsyncResult;
use crate::bindings::{IMFAsyncCallback, IMFAsyncResult};
use crate::com::Agile;
use win32::sync::lock;

type Job = Box<dyn FnOnce() + Send>;

fn queue() -> &'static std::sync::Mutex<Sender<Job>> {
    static QUEUE: OnceLock<std::sync::Mutex<Sender<Job>>> = OnceLock::new();
    QUEUE.get_or_init(|| {
        let (tx, rx) = channel::<Job>();
        std::thread::Builder::new()
            .name("mf-work-queue".into())
            .spawn(move || {
                for job in rx {
                    job();
                }
            })
            .map_err(|e| eprintln!("winsession: cannot start the MF work queue: {e}"))
            .ok();
        std::sync::Mutex::new(tx)
    })
}

/// Runs `job` on the work-queue thread.
pub fn put(job: impl FnOnce() + Send + 'static) {
    // A send fails only if the thread could not start; the job is dropped.
    let _ = lock(queue()).send(Box::new(job));
}

/// Invokes `callback` with `result` on the work-queue thread.
pub fn invoke(callback: IMFAsyncCallback, result: IMFAsyncResult) {
    let job = Agile((callback, result));
    put(move || {
        let (callback, result) = job.into_inner();
        // SAFETY: a plain COM call; the callback's HRESULT has no receiver.
        let _ = unsafe { callback.Invoke(&result) };
    });
}

/// MFPutWorkItem's work: a result carrying `state` handed to `callback`.
pub fn put_work_item(callback: IMFAsyncCallback, state: Option<IUnknown>) -> Result<()> {
    let result = AsyncResult::create(None, Some(callback.clone()), state);
    invoke(callback, result);
    Ok(())
}
