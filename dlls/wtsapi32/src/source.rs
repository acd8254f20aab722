//! The session-source trait: where a server's sessions come from.
//!
//! The local host, a remote host over SSH, or a session host that registers
//! its own source (as WinPR lets a host register a function table) all
//! implement it. Event waiting has a default built on polling `sessions()`.

use std::collections::HashMap;
use std::time::Duration;

use win32::{Win32Error, Win32Result};
use windows_sys::Win32::System::RemoteDesktop as rd;

use crate::events::EventGate;
use crate::model::{CURRENT_SESSION, ConnectState, Message, MessageResponse, Process, Session};

pub trait SessionSource: Send + Sync {
    /// Every session, session 0 included.
    fn sessions(&self) -> Win32Result<Vec<Session>>;

    /// The session the calling process runs in.
    fn current_session_id(&self) -> Win32Result<u32>;

    fn processes(&self) -> Win32Result<Vec<Process>>;

    fn logoff(&self, session: u32, wait: bool) -> Win32Result<()>;

    fn disconnect(&self, session: u32, wait: bool) -> Win32Result<()>;

    fn terminate_process(&self, pid: u32, exit_code: u32) -> Win32Result<()>;

    fn send_message(&self, session: u32, message: &Message) -> Win32Result<MessageResponse>;

    /// The session on the physical console, or 0xFFFFFFFF.
    fn active_console_session(&self) -> u32;

    /// The host's name, which is also the domain of local accounts.
    fn host_name(&self) -> Win32Result<String>;

    /// A session selector as the API takes it: WTS_CURRENT_SESSION is the
    /// caller's session.
    fn session_id(&self, session: u32) -> Win32Result<u32> {
        if session == CURRENT_SESSION {
            self.current_session_id()
        } else {
            Ok(session)
        }
    }

    /// One session; a missing one is ERROR_CTX_WINSTATION_NOT_FOUND.
    fn session(&self, session: u32) -> Win32Result<Session> {
        let id = self.session_id(session)?;
        self.sessions()?
            .into_iter()
            .find(|s| s.id == id)
            .ok_or(Win32Error::CTX_WINSTATION_NOT_FOUND)
    }

    /// Block until an event in `mask` happens (returning the events seen)
    /// or the gate is flushed (returning WTS_EVENT_NONE).
    fn wait_event(&self, mask: u32, gate: &EventGate) -> Win32Result<u32> {
        let before = snapshot(self)?;
        self.wait_event_since(mask, gate, before)
    }

    /// As `wait_event`, counting changes from `before`: the sessions as
    /// they were when the caller's wait began (a remote wait is armed on
    /// the far side later than that).
    fn wait_event_since(&self, mask: u32, gate: &EventGate, before: Snapshot) -> Win32Result<u32> {
        poll_events(self, mask, gate, Duration::from_millis(200), before)
    }
}

/// Each session's state, as the event wait compares them.
pub type Snapshot = HashMap<u32, ConnectState>;

fn snapshot<S: SessionSource + ?Sized>(source: &S) -> Win32Result<Snapshot> {
    Ok(states(&source.sessions()?))
}

/// The snapshot of a session list.
pub fn states(sessions: &[Session]) -> Snapshot {
    sessions.iter().map(|s| (s.id, s.state)).collect()
}

/// The WTS_EVENT_* bits that turn `before` into `after`.
pub fn diff_events(before: &Snapshot, after: &Snapshot) -> u32 {
    let mut events = 0;
    for (id, state) in after {
        match before.get(id) {
            None => {
                events |= rd::WTS_EVENT_CREATE | rd::WTS_EVENT_LOGON;
                if *state == ConnectState::Active || *state == ConnectState::Connected {
                    events |= rd::WTS_EVENT_CONNECT;
                }
            }
            Some(old) if old != state => {
                events |= rd::WTS_EVENT_STATECHANGE;
                if *state == ConnectState::Disconnected {
                    events |= rd::WTS_EVENT_DISCONNECT;
                } else if *old == ConnectState::Disconnected {
                    events |= rd::WTS_EVENT_CONNECT;
                }
            }
            Some(_) => {}
        }
    }
    if before.keys().any(|id| !after.contains_key(id)) {
        events |= rd::WTS_EVENT_DELETE | rd::WTS_EVENT_LOGOFF;
    }
    events
}

/// Wait for session changes from `before` by comparing snapshots every
/// `interval`.
pub fn poll_events<S: SessionSource + ?Sized>(
    source: &S,
    mask: u32,
    gate: &EventGate,
    interval: Duration,
    mut before: Snapshot,
) -> Win32Result<u32> {
    let ticket = gate.ticket()?;
    loop {
        if gate.wait(ticket, interval)? {
            return Ok(rd::WTS_EVENT_NONE);
        }
        let after = snapshot(source)?;
        let seen = diff_events(&before, &after) & mask;
        if seen != 0 {
            return Ok(seen);
        }
        before = after;
    }
}

/// A source for a host that could not be reached: every call fails with
/// RPC_S_SERVER_UNAVAILABLE, as a Windows handle to a dead server does.
pub struct Unreachable {
    pub reason: String,
}

impl SessionSource for Unreachable {
    fn sessions(&self) -> Win32Result<Vec<Session>> {
        Err(Win32Error::RPC_S_SERVER_UNAVAILABLE)
    }
    fn current_session_id(&self) -> Win32Result<u32> {
        Err(Win32Error::RPC_S_SERVER_UNAVAILABLE)
    }
    fn processes(&self) -> Win32Result<Vec<Process>> {
        Err(Win32Error::RPC_S_SERVER_UNAVAILABLE)
    }
    fn logoff(&self, _: u32, _: bool) -> Win32Result<()> {
        Err(Win32Error::RPC_S_SERVER_UNAVAILABLE)
    }
    fn disconnect(&self, _: u32, _: bool) -> Win32Result<()> {
        Err(Win32Error::RPC_S_SERVER_UNAVAILABLE)
    }
    fn terminate_process(&self, _: u32, _: u32) -> Win32Result<()> {
        Err(Win32Error::RPC_S_SERVER_UNAVAILABLE)
    }
    fn send_message(&self, _: u32, _: &Message) -> Win32Result<MessageResponse> {
        Err(Win32Error::RPC_S_SERVER_UNAVAILABLE)
    }
    fn active_console_session(&self) -> u32 {
        rd::WTS_CURRENT_SESSION
    }
    fn host_name(&self) -> Win32Result<String> {
        Err(Win32Error::RPC_S_SERVER_UNAVAILABLE)
    }
    fn wait_event(&self, _: u32, _: &EventGate) -> Win32Result<u32> {
        Err(Win32Error::RPC_S_SERVER_UNAVAILABLE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_reports_logon_logoff_and_state_changes() {
        let a: Snapshot = [(0, ConnectState::Disconnected)].into();
        let b: Snapshot = [(0, ConnectState::Disconnected), (5, ConnectState::Active)].into();
        let e = diff_events(&a, &b);
        assert_eq!(
            e,
            rd::WTS_EVENT_CREATE | rd::WTS_EVENT_LOGON | rd::WTS_EVENT_CONNECT
        );
        assert_eq!(
            diff_events(&b, &a),
            rd::WTS_EVENT_DELETE | rd::WTS_EVENT_LOGOFF
        );
        let c: Snapshot = [
            (0, ConnectState::Disconnected),
            (5, ConnectState::Disconnected),
        ]
        .into();
        assert_eq!(
            diff_events(&b, &c),
            rd::WTS_EVENT_STATECHANGE | rd::WTS_EVENT_DISCONNECT
        );
        assert_eq!(diff_events(&b, &b), 0);
    }
}
