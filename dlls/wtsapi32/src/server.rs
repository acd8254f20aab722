//! The idiomatic API: a `Server` is what a WTS server handle names.

use std::net::IpAddr;
use std::sync::{Arc, OnceLock};
use std::time::SystemTime;

use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Networking::WinSock::{AF_INET, AF_INET6, AF_UNSPEC};
use windows_sys::Win32::System::RemoteDesktop as rd;

use crate::events::EventGate;
use crate::local::LocalHost;
use crate::model::{ANY_SESSION, Message, MessageResponse, Process, Session};
use crate::remote::{self, Target};
use crate::source::{SessionSource, Unreachable, states};

/// The answer to one WTS_INFO_CLASS query, before it is laid out for C.
#[derive(Debug, Clone, PartialEq)]
pub enum Info {
    Text(String),
    U32(u32),
    U16(u16),
    Bool(bool),
    State(i32),
    /// Windows address family (AF_INET 2, AF_INET6 23) and the 20 bytes
    /// of WTS_CLIENT_ADDRESS.Address.
    ClientAddress {
        family: u32,
        address: [u8; 20],
    },
    ClientDisplay {
        width: u32,
        height: u32,
        depth: u32,
    },
    /// WTSSessionInfo, WTSSessionInfoEx, WTSClientInfo and WTSConfigInfo
    /// are laid out from the whole session.
    Session {
        session: Box<Session>,
        now_us: i64,
    },
}

pub struct Server {
    name: Option<String>,
    source: Arc<dyn SessionSource>,
    gate: EventGate,
    unreachable: Option<String>,
}

static REGISTERED: OnceLock<Arc<dyn SessionSource>> = OnceLock::new();

/// Let a session host (xrdp, say) supply the local host's sessions, as
/// WinPR's WTSRegisterWtsApiFunctionTable does. Only the first call, made
/// before the local server is first used, takes effect.
pub fn register_session_source(source: Arc<dyn SessionSource>) -> Result<(), Win32Error> {
    REGISTERED
        .set(source)
        .map_err(|_| Win32Error::from_errno(libc::EBUSY))
}

/// This host's session source: a registered one, else systemd-logind when
/// it runs, else utmp and /proc.
pub fn local_source() -> Arc<dyn SessionSource> {
    if let Some(s) = REGISTERED.get() {
        return Arc::clone(s);
    }
    match crate::logind::Logind::connect() {
        Some(logind) => Arc::new(logind),
        None => Arc::new(LocalHost::default()),
    }
}

fn now_us() -> i64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_micros() as i64)
        .unwrap_or(0)
}

impl Server {
    pub fn with_source(name: Option<String>, source: Arc<dyn SessionSource>) -> Self {
        Self {
            name,
            source,
            gate: EventGate::default(),
            unreachable: None,
        }
    }

    /// The server WTS_CURRENT_SERVER_HANDLE names. It lives for the whole
    /// process; closing it is not possible.
    pub fn current() -> Arc<Server> {
        static CURRENT: OnceLock<Arc<Server>> = OnceLock::new();
        Arc::clone(CURRENT.get_or_init(|| Arc::new(Server::with_source(None, local_source()))))
    }

    /// Open a server by name. NULL, "", "." and "localhost" and the host's
    /// own name are this host; anything else is reached over SSH
    /// (`[user@]host[:port]`). A host that cannot be reached still gives a
    /// server, whose every call fails with RPC_S_SERVER_UNAVAILABLE.
    pub fn open(name: Option<&str>) -> Server {
        let own = crate::local::host_name().ok();
        match Target::parse(name.unwrap_or(""), own.as_deref()) {
            Ok(None) => Server::with_source(name.map(str::to_string), local_source()),
            Ok(Some(target)) => {
                match remote::RemoteHost::connect(target, remote::SshCommand::from_env()) {
                    Ok(host) => Server::with_source(name.map(str::to_string), Arc::new(host)),
                    Err(reason) => Self::unreachable(name, reason),
                }
            }
            Err(reason) => Self::unreachable(name, reason),
        }
    }

    fn unreachable(name: Option<&str>, reason: String) -> Server {
        let mut s = Server::with_source(
            name.map(str::to_string),
            Arc::new(Unreachable {
                reason: reason.clone(),
            }),
        );
        s.unreachable = Some(reason);
        s
    }

    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// Why the server could not be reached, for a handle that is not valid.
    pub fn unreachable_reason(&self) -> Option<&str> {
        self.unreachable.as_deref()
    }

    pub fn sessions(&self) -> Win32Result<Vec<Session>> {
        self.source.sessions()
    }

    pub fn current_session_id(&self) -> Win32Result<u32> {
        self.source.current_session_id()
    }

    /// One session; WTS_CURRENT_SESSION is the caller's.
    pub fn session(&self, id: u32) -> Win32Result<Session> {
        self.source.session(id)
    }

    /// WTSQuerySessionInformation's answer for one class.
    pub fn query(&self, id: u32, class: i32) -> Win32Result<Info> {
        // Classes the WTS_INFO_CLASS page says are not supported, or that
        // Linux has no counterpart for (validation data, virtual IPs, the
        // activity id and capability checks of Windows 11).
        let unsupported = [
            rd::WTSIdleTime,
            rd::WTSLogonTime,
            rd::WTSIncomingBytes,
            rd::WTSOutgoingBytes,
            rd::WTSIncomingFrames,
            rd::WTSOutgoingFrames,
            rd::WTSValidationInfo,
            rd::WTSSessionAddressV4,
            30, // WTSSessionActivityId
            31, // WTSCapabilityCheck
        ];
        if unsupported.contains(&class) {
            return Err(Win32Error::NOT_SUPPORTED);
        }
        if !(rd::WTSInitialProgram..=rd::WTSIsRemoteSession).contains(&class) {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let s = self.session(id)?;
        Ok(match class {
            rd::WTSInitialProgram
            | rd::WTSApplicationName
            | rd::WTSWorkingDirectory
            | rd::WTSOEMId
            | rd::WTSClientDirectory => Info::Text(String::new()),
            rd::WTSSessionId => Info::U32(s.id),
            rd::WTSUserName => Info::Text(s.user),
            rd::WTSWinStationName => Info::Text(s.station),
            rd::WTSDomainName => Info::Text(s.domain),
            rd::WTSConnectState => Info::State(s.state.raw()),
            rd::WTSClientBuildNumber | rd::WTSClientHardwareId => Info::U32(0),
            rd::WTSClientName => Info::Text(s.client_name),
            rd::WTSClientProductId => Info::U16(0),
            rd::WTSClientAddress => client_address(s.client_address),
            rd::WTSClientDisplay => Info::ClientDisplay {
                width: 0,
                height: 0,
                depth: 0,
            },
            // 0 is the physical console; a session logged in from another
            // host is a remote one, and RDP (2) is the remote protocol
            // Windows programs test for.
            rd::WTSClientProtocolType => Info::U16(if s.remote {
                rd::WTS_PROTOCOL_TYPE_RDP as u16
            } else {
                rd::WTS_PROTOCOL_TYPE_CONSOLE as u16
            }),
            rd::WTSIsRemoteSession => Info::Bool(s.remote),
            _ => Info::Session {
                session: Box::new(s),
                now_us: now_us(),
            },
        })
    }

    /// Processes of one session, or of all with WTS_ANY_SESSION.
    pub fn processes(&self, session: u32) -> Win32Result<Vec<Process>> {
        let all = self.source.processes()?;
        if session == ANY_SESSION {
            return Ok(all);
        }
        let id = self.session(session)?.id;
        Ok(all.into_iter().filter(|p| p.session_id == id).collect())
    }

    pub fn logoff(&self, session: u32, wait: bool) -> Win32Result<()> {
        self.source.logoff(session, wait)
    }

    pub fn disconnect(&self, session: u32, wait: bool) -> Win32Result<()> {
        self.source.disconnect(session, wait)
    }

    pub fn terminate_process(&self, pid: u32, exit_code: u32) -> Win32Result<()> {
        self.source.terminate_process(pid, exit_code)
    }

    pub fn send_message(&self, session: u32, message: &Message) -> Win32Result<MessageResponse> {
        self.source.send_message(session, message)
    }

    /// WTSWaitSystemEvent: WTS_EVENT_FLUSH wakes every pending wait on this
    /// server with WTS_EVENT_NONE and returns at once.
    pub fn wait_event(&self, mask: u32) -> Win32Result<u32> {
        self.wait(mask, None)
    }

    /// As `wait_event`, counting changes from `sessions` (a list this
    /// server gave earlier), so a caller that lists, reports and waits
    /// again misses nothing that happened in between.
    pub fn wait_event_since(&self, mask: u32, sessions: &[Session]) -> Win32Result<u32> {
        self.wait(mask, Some(sessions))
    }

    fn wait(&self, mask: u32, since: Option<&[Session]>) -> Win32Result<u32> {
        if mask & rd::WTS_EVENT_FLUSH != 0 {
            self.gate.flush();
            return Ok(rd::WTS_EVENT_NONE);
        }
        if mask == 0 {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        match since {
            Some(sessions) => self
                .source
                .wait_event_since(mask, &self.gate, states(sessions)),
            None => self.source.wait_event(mask, &self.gate),
        }
    }

    pub fn active_console_session(&self) -> u32 {
        self.source.active_console_session()
    }

    pub fn host_name(&self) -> Win32Result<String> {
        self.source.host_name()
    }

    /// Called when the handle is closed: pending waits end with
    /// ERROR_INVALID_HANDLE.
    pub fn close(&self) {
        self.gate.close();
    }
}

pub(crate) fn client_address(addr: Option<IpAddr>) -> Info {
    let mut address = [0u8; 20];
    let family = match addr {
        Some(IpAddr::V4(v4)) => {
            // IPv4 sits two bytes into Address (WTS_CLIENT_ADDRESS page).
            address[2..6].copy_from_slice(&v4.octets());
            AF_INET
        }
        Some(IpAddr::V6(v6)) => {
            address[..16].copy_from_slice(&v6.octets());
            AF_INET6
        }
        None => AF_UNSPEC,
    };
    Info::ClientAddress {
        family: u32::from(family),
        address,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CURRENT_SESSION;

    /// A session that ended between a caller's listing and its wait is
    /// reported by wait_event_since; the flush rule still holds.
    #[test]
    fn wait_since_a_listing_reports_what_ended_before_the_wait() {
        let host = LocalHost::with_paths("/nonexistent", "/proc");
        let server = Server::with_source(None, Arc::new(host));
        let mut listed = server.sessions().unwrap();
        let mut ended = listed[0].clone();
        ended.id = 77;
        ended.state = crate::model::ConnectState::Active;
        listed.push(ended);
        assert_eq!(
            server.wait_event_since(rd::WTS_EVENT_ALL, &listed),
            Ok(rd::WTS_EVENT_DELETE | rd::WTS_EVENT_LOGOFF)
        );
        assert_eq!(
            server.wait_event_since(rd::WTS_EVENT_FLUSH, &listed),
            Ok(rd::WTS_EVENT_NONE)
        );
        assert_eq!(
            server.wait_event_since(0, &listed),
            Err(Win32Error::INVALID_PARAMETER)
        );
    }

    #[test]
    fn address_layout_follows_the_page() {
        let Info::ClientAddress { family, address } =
            client_address(Some("192.168.0.1".parse().unwrap()))
        else {
            panic!("not an address")
        };
        assert_eq!(family, 2);
        assert_eq!(&address[..6], &[0, 0, 0xC0, 0xA8, 0, 1]);
        let Info::ClientAddress { family, address } =
            client_address(Some("ffff::1".parse().unwrap()))
        else {
            panic!("not an address")
        };
        assert_eq!(family, 23);
        assert_eq!(&address[..2], &[0xFF, 0xFF]);
        assert_eq!(address[15], 1);
    }

    #[test]
    fn unsupported_and_unknown_classes() {
        let s = Server::current();
        assert_eq!(
            s.query(CURRENT_SESSION, rd::WTSIdleTime),
            Err(Win32Error::NOT_SUPPORTED)
        );
        assert_eq!(
            s.query(CURRENT_SESSION, 99),
            Err(Win32Error::INVALID_PARAMETER)
        );
        assert_eq!(
            s.query(CURRENT_SESSION, -1),
            Err(Win32Error::INVALID_PARAMETER)
        );
        assert_eq!(
            s.query(0x7777_0000, rd::WTSUserName),
            Err(Win32Error::CTX_WINSTATION_NOT_FOUND)
        );
    }
}
