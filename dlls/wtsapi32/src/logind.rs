//! systemd-logind over D-Bus (`org.freedesktop.login1`) as a session
//! source, used when logind runs (CONFORMANCE.md §6.2).
//!
//! Sessions are logind's, plus utmp logins logind does not know (a login
//! whose PAM stack has no pam_systemd, or whose registration failed), so
//! nothing a user can see with `who` is missing. Processes, process
//! termination and the host name come from the local host.
//!
//! Mapping decisions (README, Terminal Services):
//! - session id: logind's `Audit` id when set, else `Id` if it is a number,
//!   else a stable number derived from `Id` ("c1") with bit 30 set;
//! - name: "Console" for a seat0 session on a VT or a graphical display,
//!   else the TTY, else the display, else logind's id;
//! - state: `active` → WTSActive, `online` → WTSConnected, `closing` (the
//!   user left, processes remain) → WTSDisconnected.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use win32::{Win32Error, Win32Result};
use windows_sys::Win32::System::RemoteDesktop as rd;
use zbus::blocking::{Connection, Proxy};
use zbus::zvariant::{OwnedObjectPath, OwnedValue};

use crate::local::{self, LocalHost};
use crate::model::{ConnectState, Message, MessageResponse, Process, Session};
use crate::source::SessionSource;

const DEST: &str = "org.freedesktop.login1";
const MANAGER_PATH: &str = "/org/freedesktop/login1";
const MANAGER: &str = "org.freedesktop.login1.Manager";
const SESSION: &str = "org.freedesktop.login1.Session";
const SEAT: &str = "org.freedesktop.login1.Seat";

/// How long a waited logoff gives logind to remove the session.
const LOGOFF_WAIT: Duration = Duration::from_secs(15);

/// The logind session properties the mapping uses.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LogindSession {
    pub id: String,
    pub user: String,
    pub seat: String,
    pub tty: String,
    pub display: String,
    pub remote: bool,
    pub remote_host: String,
    pub vtnr: u32,
    pub leader: u32,
    pub audit: u32,
    pub state: String,
    pub session_type: String,
    /// Microseconds since the Unix epoch.
    pub timestamp_us: u64,
    pub idle_since_us: u64,
}

/// The WTS session id for a logind session.
pub fn session_number(s: &LogindSession) -> u32 {
    if s.audit != 0 && s.audit != u32::MAX {
        return s.audit;
    }
    match s.id.parse::<u32>() {
        Ok(n) if n != 0 && n < 0x4000_0000 => n,
        _ => {
            // FNV-1a: the same id gives the same number in every process,
            // which a remote client relies on.
            let hash = s.id.bytes().fold(0x811c_9dc5u32, |h, b| {
                (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
            });
            0x4000_0000 | (hash & 0x3FFF_FFFF)
        }
    }
}

/// Lay a logind session out as a WTS session.
pub fn to_session(s: &LogindSession, host: &str) -> Session {
    let graphical = matches!(s.session_type.as_str(), "x11" | "wayland" | "mir");
    let station = if s.seat == "seat0" && (s.vtnr > 0 || graphical) {
        "Console".to_string()
    } else if !s.tty.is_empty() {
        s.tty.trim_start_matches("/dev/").to_string()
    } else if !s.display.is_empty() {
        s.display.clone()
    } else {
        s.id.clone()
    };
    let state = match s.state.as_str() {
        "active" => ConnectState::Active,
        "online" => ConnectState::Connected,
        "closing" => ConnectState::Disconnected,
        _ => ConnectState::Init,
    };
    let micros = |us: u64| (us > 0).then(|| i64::try_from(us).unwrap_or(i64::MAX));
    Session {
        id: session_number(s),
        station,
        state,
        user: s.user.clone(),
        domain: host.to_string(),
        terminal: (!s.tty.is_empty()).then(|| s.tty.trim_start_matches("/dev/").to_string()),
        client_name: s.remote_host.clone(),
        client_address: s.remote_host.parse().ok(),
        logon_time_us: micros(s.timestamp_us),
        last_input_us: micros(s.idle_since_us),
        leader_pid: (s.leader > 0).then_some(s.leader),
        remote: s.remote,
    }
}

/// The Win32 error for a failed logind call.
fn bus_error(e: zbus::Error) -> Win32Error {
    match &e {
        zbus::Error::MethodError(name, _, _) => match name.as_str() {
            "org.freedesktop.login1.NoSuchSession" | "org.freedesktop.DBus.Error.UnknownObject" => {
                Win32Error::CTX_WINSTATION_NOT_FOUND
            }
            "org.freedesktop.DBus.Error.AccessDenied"
            | "org.freedesktop.DBus.Error.InteractiveAuthorizationRequired" => {
                Win32Error::ACCESS_DENIED
            }
            "org.freedesktop.DBus.Error.ServiceUnknown"
            | "org.freedesktop.DBus.Error.NameHasNoOwner" => Win32Error::RPC_S_SERVER_UNAVAILABLE,
            _ => Win32Error::RPC_S_CALL_FAILED,
        },
        _ => Win32Error::RPC_S_SERVER_UNAVAILABLE,
    }
}

fn text(map: &HashMap<String, OwnedValue>, key: &str) -> String {
    map.get(key)
        .and_then(|v| String::try_from(v.try_clone().ok()?).ok())
        .unwrap_or_default()
}

fn number<T: TryFrom<OwnedValue> + Default>(map: &HashMap<String, OwnedValue>, key: &str) -> T {
    map.get(key)
        .and_then(|v| T::try_from(v.try_clone().ok()?).ok())
        .unwrap_or_default()
}

/// The session of a process according to its cgroup (`session-ID.scope`).
fn cgroup_session(pid: u32) -> Option<String> {
    let cgroup = std::fs::read_to_string(format!("/proc/{pid}/cgroup")).ok()?;
    cgroup.split('/').find_map(|part| {
        part.trim()
            .strip_prefix("session-")
            .and_then(|rest| rest.strip_suffix(".scope"))
            .map(str::to_string)
    })
}

pub struct Logind {
    bus: Connection,
    local: LocalHost,
}

impl Logind {
    /// Connect when logind runs: it keeps `/run/systemd/seats`, and it must
    /// answer on the system bus.
    pub fn connect() -> Option<Logind> {
        if !Path::new("/run/systemd/seats").is_dir() {
            return None;
        }
        let logind = Logind {
            bus: Connection::system().ok()?,
            local: LocalHost::default(),
        };
        logind.list().ok()?;
        Some(logind)
    }

    fn proxy(&self, path: &str, interface: &'static str) -> Win32Result<Proxy<'_>> {
        Proxy::new(&self.bus, DEST, path.to_string(), interface).map_err(bus_error)
    }

    /// Every logind session with its properties. A session that ends
    /// between the list and the property read is left out.
    pub fn list(&self) -> Win32Result<Vec<LogindSession>> {
        let listed: Vec<(String, u32, String, String, OwnedObjectPath)> = self
            .proxy(MANAGER_PATH, MANAGER)?
            .call("ListSessions", &())
            .map_err(bus_error)?;
        let mut out = Vec::new();
        for (_, _, _, seat, path) in listed {
            match self.properties(path.as_str()) {
                Ok(mut s) => {
                    s.seat = seat;
                    out.push(s);
                }
                Err(Win32Error::CTX_WINSTATION_NOT_FOUND) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(out)
    }

    fn properties(&self, path: &str) -> Win32Result<LogindSession> {
        let map: HashMap<String, OwnedValue> = self
            .proxy(path, "org.freedesktop.DBus.Properties")?
            .call("GetAll", &(SESSION,))
            .map_err(bus_error)?;
        Ok(LogindSession {
            id: text(&map, "Id"),
            user: text(&map, "Name"),
            seat: String::new(),
            tty: text(&map, "TTY"),
            display: text(&map, "Display"),
            remote: number(&map, "Remote"),
            remote_host: text(&map, "RemoteHost"),
            vtnr: number(&map, "VTNr"),
            leader: number(&map, "Leader"),
            audit: number(&map, "Audit"),
            state: text(&map, "State"),
            session_type: text(&map, "Type"),
            timestamp_us: number(&map, "Timestamp"),
            idle_since_us: number(&map, "IdleSinceHint"),
        })
    }

    /// Ask logind to end a session (Manager.TerminateSession).
    pub fn terminate(&self, id: &str) -> Win32Result<()> {
        self.proxy(MANAGER_PATH, MANAGER)?
            .call::<_, _, ()>("TerminateSession", &(id,))
            .map_err(bus_error)
    }

    /// The logind session `session` names, if logind has it.
    fn find(&self, session: u32) -> Win32Result<Option<LogindSession>> {
        let id = self.session_id(session)?;
        Ok(self.list()?.into_iter().find(|s| session_number(s) == id))
    }
}

impl SessionSource for Logind {
    fn sessions(&self) -> Win32Result<Vec<Session>> {
        let host = local::host_name()?;
        let mut out = vec![LocalHost::services_session(&host)];
        out.extend(self.list()?.iter().map(|s| to_session(s, &host)));
        for s in self.local.sessions()?.into_iter().skip(1) {
            if !out.iter().any(|o| o.id == s.id) {
                out.push(s);
            }
        }
        Ok(out)
    }

    fn current_session_id(&self) -> Win32Result<u32> {
        let path: Result<OwnedObjectPath, _> = self
            .proxy(MANAGER_PATH, MANAGER)?
            .call("GetSessionByPID", &(std::process::id(),));
        match path {
            Ok(path) => Ok(session_number(&self.properties(path.as_str())?)),
            // Not in a logind session: perhaps a utmp-only login.
            Err(_) => self.local.current_session_id(),
        }
    }

    fn processes(&self) -> Win32Result<Vec<Process>> {
        let sessions = self.list()?;
        let mut procs = self.local.processes()?;
        for p in procs.iter_mut().filter(|p| p.session_id == 0) {
            if let Some(id) = cgroup_session(p.pid)
                && let Some(s) = sessions.iter().find(|s| s.id == id)
            {
                p.session_id = session_number(s);
            }
        }
        Ok(procs)
    }

    fn logoff(&self, session: u32, wait: bool) -> Win32Result<()> {
        let Some(target) = self.find(session)? else {
            return self.local.logoff(session, wait);
        };
        self.terminate(&target.id)?;
        if wait {
            let deadline = Instant::now() + LOGOFF_WAIT;
            while self.list()?.iter().any(|s| s.id == target.id) {
                if Instant::now() >= deadline {
                    return Err(Win32Error::TIMEOUT);
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        Ok(())
    }

    fn disconnect(&self, session: u32, wait: bool) -> Win32Result<()> {
        match self.find(session)? {
            // logind has no generic disconnected state to move a session to.
            Some(_) => Err(Win32Error::NOT_SUPPORTED),
            None => self.local.disconnect(session, wait),
        }
    }

    fn terminate_process(&self, pid: u32, exit_code: u32) -> Win32Result<()> {
        self.local.terminate_process(pid, exit_code)
    }

    fn send_message(&self, session: u32, message: &Message) -> Win32Result<MessageResponse> {
        match self.find(session)? {
            Some(s) if !s.tty.is_empty() => {
                local::write_message(&[s.tty.trim_start_matches("/dev/").to_string()], message)
            }
            Some(_) => Err(Win32Error::NOT_SUPPORTED),
            None => self.local.send_message(session, message),
        }
    }

    fn active_console_session(&self) -> u32 {
        let active: Option<(String, OwnedObjectPath)> = self
            .proxy("/org/freedesktop/login1/seat/seat0", SEAT)
            .ok()
            .and_then(|p| p.get_property("ActiveSession").ok());
        match active {
            Some((id, _)) if !id.is_empty() => self
                .list()
                .ok()
                .and_then(|all| all.into_iter().find(|s| s.id == id))
                .map(|s| session_number(&s))
                .unwrap_or(rd::WTS_CURRENT_SESSION),
            _ => rd::WTS_CURRENT_SESSION,
        }
    }

    fn host_name(&self) -> Win32Result<String> {
        local::host_name()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> LogindSession {
        LogindSession {
            id: "7".into(),
            user: "alice".into(),
            seat: "seat0".into(),
            tty: "tty2".into(),
            vtnr: 2,
            leader: 1234,
            audit: 7,
            state: "active".into(),
            session_type: "tty".into(),
            timestamp_us: 1_700_000_000_000_000,
            ..Default::default()
        }
    }

    #[test]
    fn console_session_on_seat0() {
        let s = to_session(&sample(), "box");
        assert_eq!(
            (s.id, s.station.as_str(), s.state),
            (7, "Console", ConnectState::Active)
        );
        assert_eq!((s.user.as_str(), s.domain.as_str()), ("alice", "box"));
        assert_eq!(s.terminal.as_deref(), Some("tty2"));
        assert_eq!(s.logon_time_us, Some(1_700_000_000_000_000));
        assert!(!s.remote);
    }

    #[test]
    fn remote_ssh_session() {
        let mut l = sample();
        l.seat.clear();
        l.vtnr = 0;
        l.tty = "pts/3".into();
        l.remote = true;
        l.remote_host = "10.2.3.4".into();
        l.state = "online".into();
        let s = to_session(&l, "box");
        assert_eq!(
            (s.station.as_str(), s.state),
            ("pts/3", ConnectState::Connected)
        );
        assert_eq!(s.client_address, Some("10.2.3.4".parse().unwrap()));
        assert!(s.remote);
        l.state = "closing".into();
        assert_eq!(to_session(&l, "box").state, ConnectState::Disconnected);
    }

    #[test]
    fn ids_without_audit() {
        let mut l = sample();
        l.audit = 0;
        l.id = "12".into();
        assert_eq!(session_number(&l), 12);
        l.id = "c1".into();
        let n = session_number(&l);
        assert_eq!(n & 0xC000_0000, 0x4000_0000);
        assert_eq!(n, session_number(&l.clone()));
        l.id = "c2".into();
        assert_ne!(session_number(&l), n);
        l.seat.clear();
        l.tty.clear();
        l.display = ":1".into();
        assert_eq!(to_session(&l, "h").station, ":1");
    }
}
