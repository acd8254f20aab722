//! The per-server event gate behind WTSWaitSystemEvent's WTS_EVENT_FLUSH.
//!
//! Waiters take a ticket (the flush generation); a flush bumps the
//! generation and wakes them all, and they return WTS_EVENT_NONE. Closing
//! the server handle closes the gate, and pending waits fail with
//! ERROR_INVALID_HANDLE.

use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use win32::{Win32Error, Win32Result};

#[derive(Default)]
struct GateState {
    generation: u64,
    closed: bool,
}

#[derive(Default)]
pub struct EventGate {
    state: Mutex<GateState>,
    wake: Condvar,
}

impl EventGate {
    fn lock(&self) -> MutexGuard<'_, GateState> {
        win32::sync::lock(&self.state)
    }

    /// The generation a new wait belongs to.
    pub fn ticket(&self) -> Win32Result<u64> {
        let s = self.lock();
        if s.closed {
            return Err(Win32Error::INVALID_HANDLE);
        }
        Ok(s.generation)
    }

    /// Sleep up to `timeout`; `Ok(true)` when flushed since `ticket`.
    pub fn wait(&self, ticket: u64, timeout: Duration) -> Win32Result<bool> {
        let deadline = Instant::now() + timeout;
        let mut s = self.lock();
        loop {
            if s.closed {
                return Err(Win32Error::INVALID_HANDLE);
            }
            if s.generation != ticket {
                return Ok(true);
            }
            let now = Instant::now();
            if now >= deadline {
                return Ok(false);
            }
            s = self
                .wake
                .wait_timeout(s, deadline - now)
                .map(|(g, _)| g)
                .unwrap_or_else(|poisoned| poisoned.into_inner().0);
        }
    }

    /// Wake every pending wait with WTS_EVENT_NONE.
    pub fn flush(&self) {
        self.lock().generation += 1;
        self.wake.notify_all();
    }

    /// Fail every pending and later wait.
    pub fn close(&self) {
        self.lock().closed = true;
        self.wake.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn flush_wakes_waiters_and_close_fails_them() {
        let gate = Arc::new(EventGate::default());
        let t = gate.ticket().unwrap();
        let g = Arc::clone(&gate);
        let waiter = std::thread::spawn(move || g.wait(t, Duration::from_secs(30)));
        std::thread::sleep(Duration::from_millis(50));
        gate.flush();
        assert_eq!(waiter.join().ok(), Some(Ok(true)));
        let t = gate.ticket().unwrap();
        assert_eq!(gate.wait(t, Duration::from_millis(10)), Ok(false));
        gate.close();
        assert_eq!(
            gate.wait(t, Duration::ZERO),
            Err(Win32Error::INVALID_HANDLE)
        );
        assert_eq!(gate.ticket(), Err(Win32Error::INVALID_HANDLE));
    }
}
