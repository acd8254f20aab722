//! Threads: CreateThread on raw pthreads, thread objects (waitable, signalled
//! at exit), exit codes, APC queues, ids, priorities, and TLS slots.
//!
//! Every thread that touches kernel32 has a [`Thread`] object: those
//! CreateThread starts get theirs first, any other (the main thread, threads
//! a library started) gets one the first time it asks. It records the exit
//! code and abandons the mutexes the thread still owns when it exits, from
//! the thread's start routine or from a thread-local destructor.

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::VecDeque;
use std::ffi::c_void;
use std::sync::atomic::{AtomicI32, AtomicU32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, Weak};

use win32::abi::{bool_call, guard};
use win32::{Win32Error, Win32Result, set_last_error, sync};
use windows_sys::Win32::Foundation::{
    ERROR_GEN_FAILURE, ERROR_NO_MORE_ITEMS, ERROR_SIGNAL_REFUSED, HANDLE, PAPCFUNC, STILL_ACTIVE,
};
use windows_sys::Win32::Security::SECURITY_ATTRIBUTES;
use windows_sys::Win32::System::Threading::{
    CREATE_SUSPENDED, THREAD_MODE_BACKGROUND_BEGIN, THREAD_MODE_BACKGROUND_END,
    THREAD_PRIORITY_HIGHEST, THREAD_PRIORITY_IDLE, THREAD_PRIORITY_LOWEST,
    THREAD_PRIORITY_TIME_CRITICAL, TLS_OUT_OF_INDEXES,
};
use windows_sys::Win32::System::WindowsProgramming::THREAD_PRIORITY_ERROR_RETURN;
use windows_sys::core::BOOL;

use crate::mutex::Mutant;
use crate::object::{self, KernelObject, handle_call};
use crate::wait::{Waitable, signal, wait_until};

/// LPTHREAD_START_ROUTINE, declared "-unwind": the routine may leave by
/// ExitThread's forced unwind, which must pass through its frame.
pub type ThreadRoutine = unsafe extern "system-unwind" fn(*mut c_void) -> u32;
type ApcRoutine = unsafe extern "system" fn(usize);

/// A thread object.
pub struct Thread {
    /// The Linux thread id (GetCurrentThreadId); 0 until the thread runs.
    tid: AtomicU32,
    state: Mutex<ThreadState>,
    apcs: Mutex<VecDeque<(ApcRoutine, usize)>>,
    owned: Mutex<Vec<Weak<Mutant>>>,
    priority: AtomicI32,
}

struct ThreadState {
    exit_code: Option<u32>,
    suspend_count: u32,
}

impl Thread {
    fn new(tid: u32, suspend_count: u32) -> Arc<Self> {
        Arc::new(Self {
            tid: AtomicU32::new(tid),
            state: Mutex::new(ThreadState {
                exit_code: None,
                suspend_count,
            }),
            apcs: Mutex::default(),
            owned: Mutex::default(),
            priority: AtomicI32::new(0),
        })
    }

    pub fn tid(&self) -> u32 {
        self.tid.load(Ordering::Acquire)
    }

    fn state(&self) -> MutexGuard<'_, ThreadState> {
        sync::lock(&self.state)
    }

    /// Record that the thread owns `mutex`, to abandon it at exit.
    pub fn own(&self, mutex: Weak<Mutant>) {
        sync::lock(&self.owned).push(mutex);
    }

    pub fn disown(&self, mutex: &Weak<Mutant>) {
        sync::lock(&self.owned).retain(|m| !m.ptr_eq(mutex));
    }

    /// The thread has exited with `code` (the first call counts): the object
    /// becomes signalled and the mutexes it owns abandoned.
    fn finish(&self, code: u32) {
        signal(|| {
            let mut state = self.state();
            if state.exit_code.is_some() {
                return;
            }
            state.exit_code = Some(code);
            drop(state);
            let owned = std::mem::take(&mut *sync::lock(&self.owned));
            let tid = self.tid();
            for mutex in owned.iter().filter_map(Weak::upgrade) {
                mutex.abandon_locked(tid);
            }
        });
    }

    /// Whether APCs wait to run (read with the wait lock held).
    pub fn has_apcs(&self) -> bool {
        !sync::lock(&self.apcs).is_empty()
    }

    /// Run the queued APCs, oldest first, including any queued meanwhile.
    /// Called by the thread itself, without the wait lock.
    pub fn run_apcs(&self) {
        loop {
            let next = sync::lock(&self.apcs).pop_front();
            let Some((routine, data)) = next else { break };
            // SAFETY: QueueUserAPC's caller gave a routine taking this data.
            unsafe { routine(data) };
        }
    }
}

impl KernelObject for Thread {
    fn waitable(&self) -> Option<&dyn Waitable> {
        Some(self)
    }
}

impl Waitable for Thread {
    fn is_signaled(&self, _waiter: &Thread) -> bool {
        self.state().exit_code.is_some()
    }
}

/// The current thread's object; its drop (a thread-local destructor) is the
/// exit of threads that CreateThread did not start.
struct CurrentThread(Arc<Thread>);

impl Drop for CurrentThread {
    fn drop(&mut self) {
        self.0.finish(0);
    }
}

thread_local! {
    static CURRENT: OnceCell<CurrentThread> = const { OnceCell::new() };
    static TID: Cell<u32> = const { Cell::new(0) };
}

/// The calling thread's Linux thread id (what `gettid` says).
pub fn current_tid() -> u32 {
    let cached = TID.try_with(Cell::get).unwrap_or(0);
    if cached != 0 {
        return cached;
    }
    // SAFETY: gettid has no preconditions.
    let tid = unsafe { libc::gettid() } as u32;
    let _ = TID.try_with(|t| t.set(tid));
    tid
}

/// The calling thread's object.
pub fn current() -> Arc<Thread> {
    CURRENT
        .try_with(|c| {
            Arc::clone(
                &c.get_or_init(|| CurrentThread(Thread::new(current_tid(), 0)))
                    .0,
            )
        })
        // During thread teardown: an object that lives only for this call.
        .unwrap_or_else(|_| Thread::new(current_tid(), 0))
}

// ---- CreateThread ---------------------------------------------------------------

/// What CreateThread hands its new pthread.
struct Start {
    thread: Arc<Thread>,
    routine: ThreadRoutine,
    parameter: *mut c_void,
}

#[repr(C)]
struct Entry {
    routine: ThreadRoutine,
    parameter: *mut c_void,
}

unsafe extern "C-unwind" {
    /// pthread_exit unwinds the stack (a forced unwind); declared so, the
    /// frames it passes get no abort-on-unwind landing pads.
    fn pthread_exit(value: *mut c_void) -> !;
}

/// The pthread start routine. ExitThread leaves it by pthread_exit's forced
/// unwind, so it is "C-unwind" (no abort-on-unwind landing pad) and holds
/// nothing that needs dropping around the routine's call.
extern "C-unwind" fn thread_main(start: *mut c_void) -> *mut c_void {
    let entry = thread_begin(start);
    // SAFETY: the routine and parameter CreateThread was given.
    let code = unsafe { (entry.routine)(entry.parameter) };
    thread_end(code);
    std::ptr::null_mut()
}

/// Adopt the thread object, publish the thread id, and wait while suspended.
extern "C" fn thread_begin(start: *mut c_void) -> Entry {
    // SAFETY: `start` is the Box<Start> CreateThread leaked for this thread.
    let start = unsafe { Box::from_raw(start.cast::<Start>()) };
    let Start {
        thread,
        routine,
        parameter,
    } = *start;
    let tid = current_tid();
    let _ = CURRENT.try_with(|c| c.set(CurrentThread(Arc::clone(&thread))));
    signal(|| thread.tid.store(tid, Ordering::Release));
    wait_until(|| thread.state().suspend_count == 0);
    Entry { routine, parameter }
}

/// The thread returned or called ExitThread with `code`.
extern "C" fn thread_end(code: u32) {
    guard("ExitThread", (), || current().finish(code));
}

/// Start the pthread; the stack is at least `stack_size` bytes (the
/// default pthread stack when that is larger).
fn spawn(start: *mut Start, stack_size: usize) -> Win32Result<()> {
    // SAFETY: a zeroed attribute object is only a buffer for pthread_attr_init.
    let mut attr: libc::pthread_attr_t = unsafe { std::mem::zeroed() };
    // SAFETY: `attr` is a valid buffer.
    if unsafe { libc::pthread_attr_init(&mut attr) } != 0 {
        return Err(Win32Error::NOT_ENOUGH_MEMORY);
    }
    let mut default = 0;
    // SAFETY: `attr` was initialised; `default` is writable.
    unsafe { libc::pthread_attr_getstacksize(&attr, &mut default) };
    let mut r = 0;
    if stack_size > default {
        // SAFETY: sysconf has no preconditions.
        let page = usize::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).unwrap_or(4096);
        let size = stack_size.div_ceil(page).saturating_mul(page);
        // SAFETY: `attr` was initialised.
        r = unsafe { libc::pthread_attr_setstacksize(&mut attr, size) };
    }
    let mut id: libc::pthread_t = 0;
    if r == 0 {
        let main: extern "C-unwind" fn(*mut c_void) -> *mut c_void = thread_main;
        // SAFETY: the same calling convention; only glibc calls it, and it
        // expects this forced unwind.
        let main: extern "C" fn(*mut c_void) -> *mut c_void = unsafe { std::mem::transmute(main) };
        // SAFETY: `attr` was initialised; thread_main takes `start` over.
        r = unsafe { libc::pthread_create(&mut id, &attr, main, start.cast()) };
    }
    // SAFETY: `attr` was initialised and is not used again.
    unsafe { libc::pthread_attr_destroy(&mut attr) };
    match r {
        0 => {
            // Windows threads are never joined; the handle is what waits.
            // SAFETY: `id` is the thread just created, not yet detached.
            unsafe { libc::pthread_detach(id) };
            Ok(())
        }
        libc::EAGAIN => Err(Win32Error::NOT_ENOUGH_MEMORY),
        errno => Err(Win32Error::from_errno(errno)),
    }
}

fn create_thread(
    stack_size: usize,
    routine: Option<ThreadRoutine>,
    parameter: *mut c_void,
    flags: u32,
) -> Win32Result<(HANDLE, u32)> {
    // A NULL routine would crash the new thread: refuse it instead.
    let routine = routine.ok_or(Win32Error::INVALID_PARAMETER)?;
    let suspended = u32::from(flags & CREATE_SUSPENDED != 0);
    let thread = Thread::new(0, suspended);
    let handle = object::insert(thread.clone())?;
    let start = Box::into_raw(Box::new(Start {
        thread: Arc::clone(&thread),
        routine,
        parameter,
    }));
    if let Err(e) = spawn(start, stack_size) {
        // SAFETY: no thread was started, so `start` is still ours.
        drop(unsafe { Box::from_raw(start) });
        let _ = object::close(handle);
        return Err(e);
    }
    // The id is the new thread's own gettid, which it publishes first.
    wait_until(|| thread.tid() != 0);
    Ok((handle, thread.tid()))
}

/// Starts `start_address(parameter)` on a new thread. `stack_size` is a
/// minimum (the default stack is used when larger; with or without
/// STACK_SIZE_PARAM_IS_A_RESERVATION); CREATE_SUSPENDED holds the thread
/// until ResumeThread. The attributes are ignored.
///
/// # Safety
/// `start_address` is NULL or a thread routine; `thread_id` is NULL or points
/// to a writable DWORD.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CreateThread(
    _attributes: *const SECURITY_ATTRIBUTES,
    stack_size: usize,
    start_address: Option<ThreadRoutine>,
    parameter: *const c_void,
    creation_flags: u32,
    thread_id: *mut u32,
) -> HANDLE {
    handle_call("CreateThread", || {
        let (handle, tid) = create_thread(
            stack_size,
            start_address,
            parameter.cast_mut(),
            creation_flags,
        )?;
        if !thread_id.is_null() {
            // SAFETY: the caller passes a writable DWORD, checked non-NULL.
            unsafe { thread_id.write(tid) };
        }
        Ok(handle)
    })
}

/// Decrements the suspend count; returns the previous one, or (DWORD)-1
/// with ERROR_INVALID_HANDLE.
#[unsafe(no_mangle)]
pub extern "system" fn ResumeThread(thread: HANDLE) -> u32 {
    guard("ResumeThread", u32::MAX, || {
        match object::get_as::<Thread>(thread) {
            Ok(thread) => signal(|| {
                let mut state = thread.state();
                let previous = state.suspend_count;
                state.suspend_count = previous.saturating_sub(1);
                previous
            }),
            Err(e) => {
                set_last_error(e.0);
                u32::MAX
            }
        }
    })
}

use windows_sys::Win32::System::SystemServices::MAXIMUM_SUSPEND_COUNT;

/// Increments the suspend count; returns the previous one, or (DWORD)-1
/// with the error. A thread is held where Linux can hold it: the calling
/// thread suspending itself sleeps until ResumeThread, and a thread created
/// suspended stays so. Linux cannot stop another running thread from
/// outside, so that fails with ERROR_NOT_SUPPORTED. Past
/// MAXIMUM_SUSPEND_COUNT: ERROR_SIGNAL_REFUSED, as Windows.
#[unsafe(no_mangle)]
pub extern "system" fn SuspendThread(thread: HANDLE) -> u32 {
    guard("SuspendThread", u32::MAX, || match suspend(thread) {
        Ok(previous) => previous,
        Err(e) => {
            set_last_error(e.0);
            u32::MAX
        }
    })
}

fn suspend(thread: HANDLE) -> Win32Result<u32> {
    let target = object::get_as::<Thread>(thread)?;
    let itself = Arc::ptr_eq(&target, &current());
    let previous = signal(|| {
        let mut state = target.state();
        let previous = state.suspend_count;
        if state.exit_code.is_some() || (previous == 0 && !itself) {
            return Err(Win32Error::NOT_SUPPORTED);
        }
        if previous >= MAXIMUM_SUSPEND_COUNT {
            return Err(Win32Error(ERROR_SIGNAL_REFUSED));
        }
        state.suspend_count = previous + 1;
        Ok(previous)
    })?;
    if itself {
        wait_until(|| target.state().suspend_count == 0);
    }
    Ok(previous)
}

/// STILL_ACTIVE (259) while the thread runs.
///
/// # Safety
/// `exit_code` is NULL or points to a writable DWORD.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetExitCodeThread(thread: HANDLE, exit_code: *mut u32) -> BOOL {
    bool_call("GetExitCodeThread", || {
        let thread = object::get_as::<Thread>(thread)?;
        if exit_code.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let code = thread.state().exit_code.unwrap_or(STILL_ACTIVE as u32);
        // SAFETY: the caller passes a writable DWORD, checked non-NULL.
        unsafe { exit_code.write(code) };
        Ok(())
    })
}

/// Ends the calling thread with `exit_code`: its handle becomes signalled
/// and the mutexes it owns abandoned, then pthread_exit unwinds its stack
/// (running thread-local destructors), as the thread's return would.
///
/// "-unwind" for that unwind to pass through this frame.
#[unsafe(no_mangle)]
pub extern "system-unwind" fn ExitThread(exit_code: u32) -> ! {
    thread_end(exit_code);
    // SAFETY: ends this thread; nothing on this frame needs dropping.
    unsafe { pthread_exit(std::ptr::null_mut()) }
}

#[unsafe(no_mangle)]
pub extern "system" fn GetCurrentThreadId() -> u32 {
    guard("GetCurrentThreadId", 0, current_tid)
}

#[unsafe(no_mangle)]
pub extern "system" fn GetCurrentProcessId() -> u32 {
    std::process::id()
}

/// The thread's id, or 0 with ERROR_INVALID_HANDLE.
#[unsafe(no_mangle)]
pub extern "system" fn GetThreadId(thread: HANDLE) -> u32 {
    guard("GetThreadId", 0, || {
        match object::get_as::<Thread>(thread) {
            Ok(thread) => thread.tid(),
            Err(e) => {
                set_last_error(e.0);
                0
            }
        }
    })
}

/// Yields the processor. Linux does not say whether another thread ran, so
/// this answers TRUE.
#[unsafe(no_mangle)]
pub extern "system" fn SwitchToThread() -> BOOL {
    guard("SwitchToThread", 1, || {
        std::thread::yield_now();
        1
    })
}

/// The levels the SetThreadPriority page lists are recorded (Linux threads
/// keep their scheduling: raising priority needs privileges); the
/// background modes are accepted for the current thread.
#[unsafe(no_mangle)]
pub extern "system" fn SetThreadPriority(thread: HANDLE, priority: i32) -> BOOL {
    bool_call("SetThreadPriority", || {
        let target = object::get_as::<Thread>(thread)?;
        match priority {
            THREAD_MODE_BACKGROUND_BEGIN | THREAD_MODE_BACKGROUND_END
                if Arc::ptr_eq(&target, &current()) =>
            {
                Ok(())
            }
            THREAD_PRIORITY_IDLE
            | THREAD_PRIORITY_LOWEST..=THREAD_PRIORITY_HIGHEST
            | THREAD_PRIORITY_TIME_CRITICAL => {
                target.priority.store(priority, Ordering::Relaxed);
                Ok(())
            }
            _ => Err(Win32Error::INVALID_PARAMETER),
        }
    })
}

/// The recorded priority, or THREAD_PRIORITY_ERROR_RETURN with
/// ERROR_INVALID_HANDLE.
#[unsafe(no_mangle)]
pub extern "system" fn GetThreadPriority(thread: HANDLE) -> i32 {
    let error = THREAD_PRIORITY_ERROR_RETURN as i32;
    guard("GetThreadPriority", error, || {
        match object::get_as::<Thread>(thread) {
            Ok(thread) => thread.priority.load(Ordering::Relaxed),
            Err(e) => {
                set_last_error(e.0);
                error
            }
        }
    })
}

/// Queues `apc(data)` to run on `thread` when it next waits alertably.
/// Returns nonzero; 0 with ERROR_INVALID_PARAMETER for a NULL routine,
/// ERROR_INVALID_HANDLE for a bad handle, ERROR_GEN_FAILURE (Windows'
/// STATUS_UNSUCCESSFUL) when the thread has exited.
#[unsafe(no_mangle)]
pub extern "system" fn QueueUserAPC(apc: PAPCFUNC, thread: HANDLE, data: usize) -> u32 {
    let queued = bool_call("QueueUserAPC", || {
        let routine = apc.ok_or(Win32Error::INVALID_PARAMETER)?;
        let target = object::get_as::<Thread>(thread)?;
        signal(|| {
            if target.state().exit_code.is_some() {
                return Err(Win32Error(ERROR_GEN_FAILURE));
            }
            sync::lock(&target.apcs).push_back((routine, data));
            Ok(())
        })
    });
    queued as u32
}

// ---- thread-local storage -----------------------------------------------------

/// The TlsAlloc page: at most 1,088 indexes per process.
const TLS_SLOTS: usize = 1088;

/// Per index: a generation shifted left by one, with bit 0 set while the
/// index is allocated. A value stored under an older generation reads as
/// NULL, so a reused index starts out NULL in every thread, as TlsAlloc
/// documents.
static TLS_INDEXES: [AtomicU32; TLS_SLOTS] = [const { AtomicU32::new(0) }; TLS_SLOTS];

thread_local! {
    /// This thread's values: (index generation when stored, value).
    static TLS_VALUES: RefCell<Vec<(u32, usize)>> = const { RefCell::new(Vec::new()) };
}

/// A free index, or TLS_OUT_OF_INDEXES with ERROR_NO_MORE_ITEMS.
#[unsafe(no_mangle)]
pub extern "system" fn TlsAlloc() -> u32 {
    guard("TlsAlloc", TLS_OUT_OF_INDEXES, || {
        // A free index (even word) becomes the next generation, allocated.
        let free = TLS_INDEXES.iter().position(|slot| {
            let word = slot.load(Ordering::Acquire);
            word & 1 == 0
                && slot
                    .compare_exchange(
                        word,
                        word.wrapping_add(3),
                        Ordering::AcqRel,
                        Ordering::Acquire,
                    )
                    .is_ok()
        });
        match free {
            Some(index) => {
                set_last_error(0);
                index as u32
            }
            None => {
                set_last_error(ERROR_NO_MORE_ITEMS);
                TLS_OUT_OF_INDEXES
            }
        }
    })
}

/// The generation word of an allocated index.
fn tls_index(index: u32) -> Win32Result<(usize, u32)> {
    let i = index as usize;
    let word = TLS_INDEXES
        .get(i)
        .ok_or(Win32Error::INVALID_PARAMETER)?
        .load(Ordering::Acquire);
    if word & 1 == 0 {
        return Err(Win32Error::INVALID_PARAMETER);
    }
    Ok((i, word))
}

#[unsafe(no_mangle)]
pub extern "system" fn TlsFree(index: u32) -> BOOL {
    bool_call("TlsFree", || {
        let (i, word) = tls_index(index)?;
        TLS_INDEXES[i]
            .compare_exchange(word, word & !1, Ordering::AcqRel, Ordering::Acquire)
            .map(drop)
            .map_err(|_| Win32Error::INVALID_PARAMETER)
    })
}

/// The value, with the last error cleared (the page says so, since NULL is
/// a valid value); NULL with ERROR_INVALID_PARAMETER for a bad index.
#[unsafe(no_mangle)]
pub extern "system" fn TlsGetValue(index: u32) -> *mut c_void {
    let value = tls_index(index).map(|(i, word)| {
        TLS_VALUES
            .try_with(|values| match values.borrow().get(i) {
                Some(&(stored, value)) if stored == word => value,
                _ => 0,
            })
            .unwrap_or(0)
    });
    win32::last_error::record(&value);
    value.unwrap_or(0) as *mut c_void
}

#[unsafe(no_mangle)]
pub extern "system" fn TlsSetValue(index: u32, value: *const c_void) -> BOOL {
    bool_call("TlsSetValue", || {
        let (i, word) = tls_index(index)?;
        TLS_VALUES
            .try_with(|values| {
                let mut values = values.borrow_mut();
                if values.len() <= i {
                    values.resize(i + 1, (0, 0));
                }
                values[i] = (word, value as usize);
            })
            .map_err(|_| Win32Error::INVALID_PARAMETER)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::{CloseHandle, GetCurrentThread};
    use crate::wait::{SleepEx, WaitForSingleObject, WaitForSingleObjectEx};
    use std::ptr::{null, null_mut};
    use std::sync::atomic::AtomicUsize;
    use std::time::{Duration, Instant};
    use win32::get_last_error;
    use windows_sys::Win32::Foundation::{
        ERROR_INVALID_HANDLE, WAIT_IO_COMPLETION, WAIT_OBJECT_0, WAIT_TIMEOUT,
    };

    unsafe extern "system-unwind" fn return_parameter(parameter: *mut c_void) -> u32 {
        parameter as usize as u32
    }

    unsafe extern "system-unwind" fn exit_early(parameter: *mut c_void) -> u32 {
        ExitThread(parameter as usize as u32 + 1)
    }

    fn start(routine: ThreadRoutine, parameter: usize, flags: u32) -> (HANDLE, u32) {
        let mut tid = 0;
        // SAFETY: a valid routine; `tid` is writable.
        let h = unsafe {
            CreateThread(
                null(),
                0,
                Some(routine),
                parameter as *const c_void,
                flags,
                &mut tid,
            )
        };
        assert!(!h.is_null());
        (h, tid)
    }

    fn exit_code(h: HANDLE) -> u32 {
        let mut code = 0;
        // SAFETY: `code` is writable.
        assert_eq!(unsafe { GetExitCodeThread(h, &mut code) }, 1);
        code
    }

    #[test]
    fn create_thread_runs_and_reports_its_exit_code() {
        let (h, tid) = start(return_parameter, 42, 0);
        assert_ne!(tid, 0);
        assert_eq!(GetThreadId(h), tid);
        assert_eq!(WaitForSingleObject(h, 5000), WAIT_OBJECT_0);
        assert_eq!(exit_code(h), 42);
        assert_eq!(CloseHandle(h), 1);
    }

    #[test]
    fn exit_thread_ends_the_thread_with_its_code() {
        let (h, _) = start(exit_early, 6, 0);
        assert_eq!(WaitForSingleObject(h, 5000), WAIT_OBJECT_0);
        assert_eq!(exit_code(h), 7);
        assert_eq!(CloseHandle(h), 1);
    }

    #[test]
    fn suspended_threads_wait_for_resume() {
        let (h, _) = start(return_parameter, 3, CREATE_SUSPENDED);
        assert_eq!(WaitForSingleObject(h, 100), WAIT_TIMEOUT);
        assert_eq!(exit_code(h), STILL_ACTIVE as u32);
        assert_eq!(ResumeThread(h), 1);
        assert_eq!(WaitForSingleObject(h, 5000), WAIT_OBJECT_0);
        assert_eq!(exit_code(h), 3);
        assert_eq!(ResumeThread(h), 0);
        assert_eq!(CloseHandle(h), 1);
        assert_eq!(ResumeThread(h), u32::MAX);
        assert_eq!(get_last_error(), ERROR_INVALID_HANDLE);
    }

    unsafe extern "system-unwind" fn suspend_itself(_: *mut c_void) -> u32 {
        SuspendThread(GetCurrentThread()) + 100
    }

    #[test]
    fn suspend_counts_and_self_suspension() {
        let (h, _) = start(return_parameter, 9, CREATE_SUSPENDED);
        assert_eq!(SuspendThread(h), 1);
        assert_eq!(ResumeThread(h), 2);
        assert_eq!(WaitForSingleObject(h, 50), WAIT_TIMEOUT);
        assert_eq!(ResumeThread(h), 1);
        assert_eq!(WaitForSingleObject(h, 5000), WAIT_OBJECT_0);
        // An exited thread cannot be suspended.
        assert_eq!(SuspendThread(h), u32::MAX);
        assert_eq!(get_last_error(), Win32Error::NOT_SUPPORTED.0);
        assert_eq!(CloseHandle(h), 1);

        let (h, _) = start(suspend_itself, 0, 0);
        // It suspends itself: once its count is up, resume it.
        let deadline = Instant::now() + Duration::from_secs(5);
        while get_as_thread(h).state().suspend_count == 0 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(1));
        }
        assert_eq!(WaitForSingleObject(h, 50), WAIT_TIMEOUT);
        assert_eq!(ResumeThread(h), 1);
        assert_eq!(WaitForSingleObject(h, 5000), WAIT_OBJECT_0);
        assert_eq!(exit_code(h), 100);
        assert_eq!(CloseHandle(h), 1);
    }

    fn get_as_thread(h: HANDLE) -> Arc<Thread> {
        object::get_as::<Thread>(h).unwrap()
    }

    #[test]
    fn suspending_another_running_thread_is_not_supported() {
        assert_eq!(SuspendThread(null_mut()), u32::MAX);
        assert_eq!(get_last_error(), ERROR_INVALID_HANDLE);
        let mut dup = null_mut();
        let process = object::GetCurrentProcess();
        // SAFETY: `dup` is writable.
        let ok = unsafe {
            object::DuplicateHandle(process, GetCurrentThread(), process, &mut dup, 0, 0, 0)
        };
        assert_eq!(ok, 1);
        let me = dup as usize;
        let r = std::thread::spawn(move || (SuspendThread(me as HANDLE), get_last_error()));
        assert_eq!(r.join().unwrap(), (u32::MAX, Win32Error::NOT_SUPPORTED.0));
        assert_eq!(CloseHandle(dup), 1);
    }

    unsafe extern "system-unwind" fn deep_stack(_: *mut c_void) -> u32 {
        // Touch 4 MiB of stack: fine with the 16 MiB asked for.
        let mut big = [0u8; 4 << 20];
        big[0] = 1;
        std::hint::black_box(&mut big);
        u32::from(big[0])
    }

    #[test]
    fn stack_size_is_a_minimum() {
        let mut tid = 0;
        // SAFETY: a valid routine; `tid` is writable.
        let h = unsafe { CreateThread(null(), 16 << 20, Some(deep_stack), null(), 0, &mut tid) };
        assert_eq!(WaitForSingleObject(h, 5000), WAIT_OBJECT_0);
        assert_eq!(exit_code(h), 1);
        assert_eq!(CloseHandle(h), 1);
    }

    #[test]
    fn create_thread_refuses_a_null_routine() {
        // SAFETY: NULL routine is refused before use.
        let h = unsafe { CreateThread(null(), 0, None, null(), 0, null_mut()) };
        assert!(h.is_null());
        assert_eq!(get_last_error(), Win32Error::INVALID_PARAMETER.0);
    }

    #[test]
    fn ids_are_gettid_and_getpid() {
        // SAFETY: gettid has no preconditions.
        assert_eq!(GetCurrentThreadId(), unsafe { libc::gettid() } as u32);
        assert_eq!(GetCurrentProcessId(), std::process::id());
        assert_eq!(GetThreadId(GetCurrentThread()), GetCurrentThreadId());
        assert_eq!(GetThreadId(null_mut()), 0);
        assert_eq!(SwitchToThread(), 1);
    }

    #[test]
    fn priorities_are_recorded() {
        let me = GetCurrentThread();
        assert_eq!(GetThreadPriority(me), 0);
        assert_eq!(SetThreadPriority(me, THREAD_PRIORITY_HIGHEST), 1);
        assert_eq!(GetThreadPriority(me), THREAD_PRIORITY_HIGHEST);
        assert_eq!(SetThreadPriority(me, 7), 0);
        assert_eq!(get_last_error(), Win32Error::INVALID_PARAMETER.0);
        assert_eq!(SetThreadPriority(me, THREAD_MODE_BACKGROUND_BEGIN), 1);
        assert_eq!(
            GetThreadPriority(null_mut()),
            THREAD_PRIORITY_ERROR_RETURN as i32
        );
        assert_eq!(get_last_error(), ERROR_INVALID_HANDLE);
    }

    static APC_SUM: AtomicUsize = AtomicUsize::new(0);

    unsafe extern "system" fn add_apc(data: usize) {
        APC_SUM.fetch_add(data, Ordering::SeqCst);
    }

    #[test]
    fn apcs_run_in_alertable_waits_only() {
        let me = GetCurrentThread();
        assert_eq!(QueueUserAPC(Some(add_apc), me, 1), 1);
        assert_eq!(QueueUserAPC(Some(add_apc), me, 10), 1);
        // A plain sleep or wait does not run them.
        assert_eq!(SleepEx(1, 0), 0);
        assert_eq!(WaitForSingleObject(me, 0), WAIT_TIMEOUT);
        assert_eq!(APC_SUM.load(Ordering::SeqCst), 0);
        // An alertable one runs both and says so.
        assert_eq!(SleepEx(5000, 1), WAIT_IO_COMPLETION);
        assert_eq!(APC_SUM.load(Ordering::SeqCst), 11);
        assert_eq!(SleepEx(0, 1), 0);
        assert_eq!(QueueUserAPC(None, me, 0), 0);
        assert_eq!(get_last_error(), Win32Error::INVALID_PARAMETER.0);
    }

    #[test]
    fn an_apc_from_another_thread_wakes_an_alertable_wait() {
        let mut dup = null_mut();
        let process = object::GetCurrentProcess();
        // SAFETY: `dup` is writable.
        let ok = unsafe {
            object::DuplicateHandle(process, GetCurrentThread(), process, &mut dup, 0, 0, 0)
        };
        assert_eq!(ok, 1);
        let target = dup as usize;
        let queuer = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            QueueUserAPC(Some(add_apc_elsewhere), target as HANDLE, 5)
        });
        let start = Instant::now();
        assert_eq!(
            WaitForSingleObjectEx(GetCurrentThread(), 10_000, 1),
            WAIT_IO_COMPLETION
        );
        assert!(start.elapsed() < Duration::from_secs(5));
        assert_eq!(queuer.join().unwrap(), 1);
        assert_eq!(APC_ELSEWHERE.load(Ordering::SeqCst), 5);
        assert_eq!(CloseHandle(dup), 1);
    }

    static APC_ELSEWHERE: AtomicUsize = AtomicUsize::new(0);

    unsafe extern "system" fn add_apc_elsewhere(data: usize) {
        APC_ELSEWHERE.fetch_add(data, Ordering::SeqCst);
    }

    #[test]
    fn apcs_to_an_exited_thread_fail() {
        let (h, _) = start(return_parameter, 0, 0);
        assert_eq!(WaitForSingleObject(h, 5000), WAIT_OBJECT_0);
        assert_eq!(QueueUserAPC(Some(add_apc), h, 1), 0);
        assert_eq!(get_last_error(), ERROR_GEN_FAILURE);
        assert_eq!(CloseHandle(h), 1);
    }

    #[test]
    fn tls_values_are_per_thread_and_reset_on_reuse() {
        let index = TlsAlloc();
        assert_ne!(index, TLS_OUT_OF_INDEXES);
        assert!(TlsGetValue(index).is_null());
        assert_eq!(get_last_error(), 0);
        assert_eq!(TlsSetValue(index, 0x1234 as *const c_void), 1);
        assert_eq!(TlsGetValue(index) as usize, 0x1234);
        let other = std::thread::spawn(move || TlsGetValue(index) as usize)
            .join()
            .unwrap();
        assert_eq!(other, 0);
        assert_eq!(TlsFree(index), 1);
        assert_eq!(TlsFree(index), 0);
        assert_eq!(get_last_error(), Win32Error::INVALID_PARAMETER.0);
        assert!(TlsGetValue(index).is_null());
        assert_eq!(get_last_error(), Win32Error::INVALID_PARAMETER.0);
        assert_eq!(TlsSetValue(index, null()), 0);
        // The lowest free index comes back, NULL in every thread again.
        let again = TlsAlloc();
        assert_eq!(again, index);
        assert!(TlsGetValue(again).is_null());
        assert_eq!(TlsFree(again), 1);
        assert!(TlsGetValue(TLS_SLOTS as u32).is_null());
        assert_eq!(get_last_error(), Win32Error::INVALID_PARAMETER.0);
    }
}
