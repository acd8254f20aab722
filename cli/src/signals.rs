//! SIGINT and SIGTERM as an event: blocked in every thread, then waited
//! for by one, so the tools can end cleanly (half-close a WebSocket,
//! cancel a multicast session, stop a server).

/// Block SIGINT and SIGTERM in every thread started from now on and run
/// `f` on a thread of its own when the first of them arrives.
pub fn on_interrupt(f: impl FnOnce() + Send + 'static) -> Result<(), String> {
    // SAFETY: sigset_t is plain data, filled by sigemptyset/sigaddset.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is a valid sigset_t for these calls.
    unsafe {
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::sigaddset(&mut set, libc::SIGTERM);
        if libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut()) != 0 {
            return Err("cannot block signals".into());
        }
    }
    std::thread::spawn(move || {
        let mut sig = 0;
        // SAFETY: `set` and `sig` are valid for sigwait.
        if unsafe { libc::sigwait(&set, &mut sig) } == 0 {
            f();
        }
    });
    Ok(())
}
