//! WINHTTP_OPTION_MAX_CONNS_PER_SERVER: at most so many connections of a
//! session to one server are open at once ("Option Flags": requests
//! beyond the limit wait for a connection). A connection holds a
//! [`Permit`] for its whole life; dropping it (the connection closed)
//! lets a waiting request open one, and a connection going back to the
//! pool idle lets a waiting request take it ([`Gate::notify`]).

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use win32::sync::lock;

/// What wakes a request waiting for a connection.
pub type Waker = Box<dyn FnOnce() + Send>;

#[derive(Default)]
pub struct Gate {
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    open: usize,
    waiters: VecDeque<Waker>,
}

/// One open connection's place under the limit.
pub struct Permit(Arc<Gate>);

impl Gate {
    /// A place for a new connection while fewer than `limit` are open;
    /// else `None`, and `wake` runs once a connection closes or goes idle.
    pub fn try_open(self: &Arc<Self>, limit: usize, wake: Waker) -> Option<Permit> {
        let mut s = lock(&self.state);
        if s.open < limit {
            s.open += 1;
            return Some(Permit(Arc::clone(self)));
        }
        s.waiters.push_back(wake);
        None
    }

    /// A connection went back to the pool: the first waiter may take it.
    pub fn notify(&self) {
        let waiter = lock(&self.state).waiters.pop_front();
        if let Some(wake) = waiter {
            wake();
        }
    }

    /// Connections open now.
    #[cfg(test)]
    fn open(&self) -> usize {
        lock(&self.state).open
    }
}

impl Drop for Permit {
    fn drop(&mut self) {
        let waiter = {
            let mut s = lock(&self.0.state);
            s.open = s.open.saturating_sub(1);
            s.waiters.pop_front()
        };
        if let Some(wake) = waiter {
            wake();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn waiters_get_places_as_connections_close_or_go_idle() {
        let gate = Arc::new(Gate::default());
        let woken = Arc::new(AtomicUsize::new(0));
        let waker = || -> Waker {
            let woken = Arc::clone(&woken);
            Box::new(move || {
                woken.fetch_add(1, Ordering::SeqCst);
            })
        };
        let first = gate.try_open(2, waker()).unwrap();
        let second = gate.try_open(2, waker()).unwrap();
        assert!(gate.try_open(2, waker()).is_none());
        assert!(gate.try_open(2, waker()).is_none());
        assert_eq!((gate.open(), woken.load(Ordering::SeqCst)), (2, 0));
        drop(first);
        assert_eq!((gate.open(), woken.load(Ordering::SeqCst)), (1, 1));
        gate.notify();
        assert_eq!(woken.load(Ordering::SeqCst), 2);
        gate.notify();
        assert_eq!(woken.load(Ordering::SeqCst), 2, "no waiter left");
        drop(second);
        assert_eq!(gate.open(), 0);
    }
}
