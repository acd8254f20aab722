//! The local host as a session source: utmp for sessions, /proc for
//! processes (the fallback CONFORMANCE.md §6.3 describes; it is what a host
//! without a running systemd-logind has).
//!
//! Session ids: the kernel audit session id (`/proc/PID/sessionid`) of the
//! utmp record's process, which every process of the login inherits. A
//! login without an audit id (a kernel without audit) falls back to its
//! POSIX session id. Processes in no login session belong to session 0,
//! "Services", which is Disconnected, as on Windows.

use std::collections::HashSet;
use std::fs::OpenOptions;
use std::io::Write;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use win32::{Win32Error, Win32Result};
use windows_sys::Win32::System::RemoteDesktop as rd;

use crate::model::{ConnectState, Message, MessageResponse, Process, Session};
use crate::procfs::{self, ProcEntry};
use crate::source::SessionSource;
use crate::utmp;

/// MessageBox answers (winuser.h) and WTSSendMessage's own two.
const IDOK: i32 = 1;
const IDTIMEOUT: i32 = 32000;
const IDASYNC: i32 = 32001;
/// The button-set bits of a MessageBox style, and the two sets with an OK
/// button.
const MB_TYPEMASK: u32 = 0x0F;
const MB_OK: u32 = 0x00;
const MB_OKCANCEL: u32 = 0x01;

/// How long a logoff waits after SIGTERM before SIGKILL, and after SIGKILL.
const LOGOFF_GRACE: Duration = Duration::from_secs(5);

/// A live login from utmp, with its session id and whether that id is the
/// kernel audit session id (else the POSIX session id).
struct Login {
    id: u32,
    audited: bool,
    record: utmp::Record,
}

pub struct LocalHost {
    utmp: PathBuf,
    proc_root: PathBuf,
}

impl Default for LocalHost {
    fn default() -> Self {
        let utmp = ["/run/utmp", "/var/run/utmp"]
            .iter()
            .map(PathBuf::from)
            .find(|p| p.exists())
            .unwrap_or_else(|| PathBuf::from("/run/utmp"));
        Self::with_paths(utmp, "/proc")
    }
}

/// The session a process belongs to, given the fallback (non-audit) ids.
fn process_session(p: &ProcEntry, fallback: &HashSet<u32>) -> u32 {
    match p.audit_session {
        Some(id) => id,
        None if fallback.contains(&p.sid) => p.sid,
        None => 0,
    }
}

/// A virtual console, the console device or a local X display is the
/// physical console: Windows calls that session "Console".
fn station_name(line: &str) -> String {
    let vt = line
        .strip_prefix("tty")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    if vt || line == "console" || line.starts_with(':') {
        "Console".into()
    } else {
        line.to_string()
    }
}

pub fn host_name() -> Win32Result<String> {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer and its length are valid.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
    if rc != 0 {
        return Err(std::io::Error::last_os_error().into());
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    Ok(String::from_utf8_lossy(&buf[..end]).into_owned())
}

pub use win32::account::user_name;

fn signal(pid: u32, sig: i32) -> Result<(), i32> {
    let pid = i32::try_from(pid).map_err(|_| libc::ESRCH)?;
    // SAFETY: kill has no memory preconditions.
    if unsafe { libc::kill(pid, sig) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EPERM))
    }
}

/// Make terminal text safe: no escape sequences, CR-LF line ends.
fn terminal_text(s: &str) -> String {
    s.replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\n' => "\r\n".to_string(),
            '\t' => c.to_string(),
            c if c.is_control() => format!("^{}", char::from(((c as u32 & 0x1F) as u8) + b'@')),
            c => c.to_string(),
        })
        .collect()
}

/// Show a message on terminals like `write(1)`, and give WTSSendMessage's
/// answer.
pub(crate) fn write_message(lines: &[String], message: &Message) -> Win32Result<MessageResponse> {
    if lines.is_empty() {
        return Err(Win32Error::NOT_SUPPORTED);
    }
    // SAFETY: geteuid has no preconditions.
    let sender = user_name(unsafe { libc::geteuid() }).unwrap_or_else(|| "root".into());
    let text = format!(
        "\r\n\x07Message from {sender}@{host}: {title}\r\n{body}\r\n",
        host = host_name()?,
        title = terminal_text(&message.title),
        body = terminal_text(&message.text),
    );
    let mut delivered = false;
    let mut last_err = Win32Error::ACCESS_DENIED;
    for line in lines {
        let tty = OpenOptions::new()
            .write(true)
            .custom_flags(libc::O_NOCTTY | libc::O_NONBLOCK)
            .open(Path::new("/dev").join(line));
        match tty.and_then(|mut t| t.write_all(text.as_bytes())) {
            Ok(()) => delivered = true,
            Err(e) => last_err = e.into(),
        }
    }
    if !delivered {
        return Err(last_err);
    }
    // A terminal cannot answer a message box. Without bWait the answer
    // is IDASYNC; with it, a message whose only choice is OK counts as
    // acknowledged once shown, and any other style times out at once
    // rather than blocking on an answer that cannot come.
    Ok(if !message.wait {
        IDASYNC
    } else if matches!(message.style & MB_TYPEMASK, MB_OK | MB_OKCANCEL) {
        IDOK
    } else {
        IDTIMEOUT
    })
}

impl LocalHost {
    pub fn with_paths(utmp: impl Into<PathBuf>, proc_root: impl Into<PathBuf>) -> Self {
        Self {
            utmp: utmp.into(),
            proc_root: proc_root.into(),
        }
    }

    /// Live login records: USER_PROCESS with a user and a running process.
    /// `login` leaves its record as USER_PROCESS when it dies (§6.3), so a
    /// record whose process is gone is stale and dropped.
    fn live_records(&self) -> Win32Result<Vec<Login>> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for r in utmp::read(&self.utmp)? {
            if r.kind != utmp::USER_PROCESS || r.user.is_empty() || r.pid <= 0 {
                continue;
            }
            let pid = r.pid as u32;
            if !procfs::alive(&self.proc_root, pid) {
                continue;
            }
            let audit = procfs::audit_session(&self.proc_root.join(pid.to_string()));
            let id = audit.unwrap_or(if r.session > 0 { r.session as u32 } else { pid });
            if id != 0 && seen.insert(id) {
                out.push(Login {
                    id,
                    audited: audit.is_some(),
                    record: r,
                });
            }
        }
        Ok(out)
    }

    /// The ids that are POSIX session ids, not audit ids.
    fn fallback_ids(logins: &[Login]) -> HashSet<u32> {
        logins.iter().filter(|l| !l.audited).map(|l| l.id).collect()
    }

    pub(crate) fn services_session(host: &str) -> Session {
        Session {
            id: 0,
            station: "Services".into(),
            state: ConnectState::Disconnected,
            user: String::new(),
            domain: host.to_string(),
            terminal: None,
            client_name: String::new(),
            client_address: None,
            logon_time_us: None,
            last_input_us: None,
            leader_pid: None,
            remote: false,
        }
    }

    fn session_from_record(id: u32, r: &utmp::Record, host: &str) -> Session {
        let last_input_us = std::fs::metadata(Path::new("/dev").join(&r.line))
            .ok()
            .map(|m| m.atime() * 1_000_000 + m.atime_nsec() / 1000);
        let client_address = r.addr.or_else(|| r.host.parse().ok());
        Session {
            id,
            station: station_name(&r.line),
            state: ConnectState::Active,
            user: r.user.clone(),
            domain: host.to_string(),
            terminal: Some(r.line.clone()).filter(|l| !l.is_empty()),
            client_name: r.host.clone(),
            client_address,
            logon_time_us: Some(i64::from(r.tv_sec) * 1_000_000 + i64::from(r.tv_usec)),
            last_input_us,
            leader_pid: Some(r.pid as u32),
            remote: !r.host.is_empty(),
        }
    }

    fn session_pids(&self, id: u32) -> Win32Result<Vec<u32>> {
        let records = self.live_records()?;
        let fallback = Self::fallback_ids(&records);
        Ok(procfs::list(&self.proc_root)?
            .iter()
            .filter(|p| process_session(p, &fallback) == id)
            .map(|p| p.pid)
            .collect())
    }

    fn wait_gone(&self, pids: &[u32], limit: Duration) -> bool {
        let deadline = Instant::now() + limit;
        loop {
            if pids.iter().all(|&p| !procfs::alive(&self.proc_root, p)) {
                return true;
            }
            if Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// End a login: hang up and terminate every process of the session (an
/// interactive shell ignores SIGTERM but not SIGHUP), then SIGKILL what is
/// left after a grace period. Our own process, if it is in the session,
/// is signalled last.
fn end_processes(host: &LocalHost, mut pids: Vec<u32>) -> Win32Result<()> {
    let me = std::process::id();
    pids.sort_by_key(|&p| p == me);
    let mut permitted = 0;
    let mut denied = false;
    for &pid in &pids {
        for sig in [libc::SIGHUP, libc::SIGCONT, libc::SIGTERM] {
            match signal(pid, sig) {
                Ok(()) => permitted += 1,
                Err(libc::EPERM) => denied = true,
                Err(_) => {}
            }
        }
    }
    if permitted == 0 && denied {
        return Err(Win32Error::ACCESS_DENIED);
    }
    if !host.wait_gone(&pids, LOGOFF_GRACE) {
        for &pid in &pids {
            let _ = signal(pid, libc::SIGKILL);
        }
        if !host.wait_gone(&pids, LOGOFF_GRACE) {
            return Err(Win32Error::TIMEOUT);
        }
    }
    Ok(())
}

impl SessionSource for LocalHost {
    fn sessions(&self) -> Win32Result<Vec<Session>> {
        let host = host_name()?;
        let mut out = vec![Self::services_session(&host)];
        for l in self.live_records()? {
            out.push(Self::session_from_record(l.id, &l.record, &host));
        }
        Ok(out)
    }

    fn current_session_id(&self) -> Win32Result<u32> {
        let records = self.live_records()?;
        let me = procfs::read_entry(&self.proc_root, std::process::id())
            .ok_or(Win32Error::INTERNAL_ERROR)?;
        let id = process_session(&me, &Self::fallback_ids(&records));
        Ok(if records.iter().any(|l| l.id == id) {
            id
        } else {
            0
        })
    }

    fn processes(&self) -> Win32Result<Vec<Process>> {
        let records = self.live_records()?;
        let fallback = Self::fallback_ids(&records);
        let ticks = procfs::clock_ticks_per_second();
        Ok(procfs::list(&self.proc_root)?
            .into_iter()
            .filter(|p| p.state != 'Z')
            .map(|p| Process {
                session_id: process_session(&p, &fallback),
                pid: p.pid,
                name: p.name,
                uid: p.uid,
                threads: p.threads,
                handles: p.fds,
                pagefile_bytes: p.vm_size_kb * 1024,
                peak_pagefile_bytes: p.vm_peak_kb * 1024,
                working_set_bytes: p.vm_rss_kb * 1024,
                peak_working_set_bytes: p.vm_hwm_kb * 1024,
                user_time_ms: p.utime_ticks * 1000 / ticks,
                kernel_time_ms: p.stime_ticks * 1000 / ticks,
            })
            .collect())
    }

    fn logoff(&self, session: u32, wait: bool) -> Win32Result<()> {
        let s = self.session(session)?;
        if s.id == 0 {
            // Session 0 holds the system's services, not a login.
            return Err(Win32Error::ACCESS_DENIED);
        }
        let pids = self.session_pids(s.id)?;
        if wait {
            return end_processes(self, pids);
        }
        let host = Self::with_paths(self.utmp.clone(), self.proc_root.clone());
        // Signal now so the caller's next query sees the logoff under way;
        // the escalation to SIGKILL runs in the background.
        for &pid in &pids {
            let _ = signal(pid, libc::SIGHUP);
        }
        std::thread::spawn(move || {
            let _ = end_processes(&host, pids);
        });
        Ok(())
    }

    fn disconnect(&self, session: u32, _wait: bool) -> Win32Result<()> {
        // A terminal login has no disconnected state to move to.
        self.session(session)?;
        Err(Win32Error::NOT_SUPPORTED)
    }

    fn terminate_process(&self, pid: u32, _exit_code: u32) -> Win32Result<()> {
        // Linux cannot impose an exit code: the process dies of SIGKILL.
        if pid == 0 || i32::try_from(pid).is_err() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        if pid == 1 {
            return Err(Win32Error::ACCESS_DENIED);
        }
        match signal(pid, libc::SIGKILL) {
            Ok(()) => Ok(()),
            Err(libc::ESRCH) => Err(Win32Error::INVALID_PARAMETER),
            Err(e) => Err(Win32Error::from_errno(e)),
        }
    }

    fn send_message(&self, session: u32, message: &Message) -> Win32Result<MessageResponse> {
        let s = self.session(session)?;
        let lines: Vec<String> = self
            .live_records()?
            .into_iter()
            .filter(|l| l.id == s.id)
            .map(|l| l.record.line)
            .filter(|l| !l.is_empty() && !l.contains(".."))
            .collect();
        write_message(&lines, message)
    }

    fn active_console_session(&self) -> u32 {
        self.sessions()
            .ok()
            .and_then(|all| all.into_iter().find(|s| s.station == "Console"))
            .map(|s| s.id)
            .unwrap_or(rd::WTS_CURRENT_SESSION)
    }

    fn host_name(&self) -> Win32Result<String> {
        host_name()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::utmp::Record;

    fn record(pid: i32, line: &str, user: &str, kind: i16) -> Record {
        Record {
            kind,
            pid,
            line: line.into(),
            id: [0; 4],
            user: user.into(),
            host: String::new(),
            session: pid,
            tv_sec: 1_700_000_000,
            tv_usec: 0,
            addr: None,
        }
    }

    fn fixture(name: &str, records: &[Record], trailing: &[u8]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("wts-utmp-{}-{name}", std::process::id()));
        let mut data: Vec<u8> = records.iter().flat_map(|r| r.encode()).collect();
        data.extend_from_slice(trailing);
        std::fs::write(&dir, data).unwrap();
        dir
    }

    #[test]
    fn stale_dead_and_malformed_records_are_dropped() {
        let me = std::process::id() as i32;
        let path = fixture(
            "stale",
            &[
                record(me, "pts/7", "alice", utmp::USER_PROCESS),
                record(0x7FFF_FFF0, "pts/8", "ghost", utmp::USER_PROCESS),
                record(me, "pts/9", "bob", utmp::DEAD_PROCESS),
                record(me, "pts/10", "", utmp::USER_PROCESS),
            ],
            &[0xAB; 77],
        );
        let host = LocalHost::with_paths(&path, "/proc");
        let sessions = host.sessions().unwrap();
        let _ = std::fs::remove_file(&path);
        assert_eq!(sessions[0].id, 0);
        assert_eq!(sessions[0].station, "Services");
        assert_eq!(sessions[0].state, ConnectState::Disconnected);
        let users: Vec<_> = sessions[1..].iter().map(|s| s.user.as_str()).collect();
        assert_eq!(users, ["alice"]);
        assert_eq!(sessions[1].terminal.as_deref(), Some("pts/7"));
        assert_eq!(sessions[1].state, ConnectState::Active);
    }

    /// Arbitrary bytes, whole records or torn, never break the source:
    /// every answer is a list that starts with session 0.
    #[test]
    fn arbitrary_utmp_contents_are_survived() {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let path = std::env::temp_dir().join(format!("wts-utmp-{}-random", std::process::id()));
        for round in 0..200 {
            let len = (next() % (utmp::RECORD_SIZE as u64 * 4)) as usize;
            let mut data: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            if round % 2 == 0 && data.len() >= 8 {
                // Make some records claim to be live logins of this process.
                data[0..2].copy_from_slice(&utmp::USER_PROCESS.to_ne_bytes());
                data[4..8].copy_from_slice(&(std::process::id() as i32).to_ne_bytes());
            }
            std::fs::write(&path, &data).unwrap();
            let host = LocalHost::with_paths(&path, "/proc");
            let sessions = host.sessions().unwrap();
            assert_eq!(sessions[0].station, "Services");
            assert!(sessions.len() <= 1 + data.len() / utmp::RECORD_SIZE);
        }
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn missing_utmp_means_only_services() {
        let host = LocalHost::with_paths("/nonexistent/utmp", "/proc");
        let s = host.sessions().unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(
            host.logoff(12345, true),
            Err(Win32Error::CTX_WINSTATION_NOT_FOUND)
        );
        assert_eq!(host.logoff(0, true), Err(Win32Error::ACCESS_DENIED));
        assert_eq!(host.disconnect(0, true), Err(Win32Error::NOT_SUPPORTED));
    }

    #[test]
    fn console_naming() {
        assert_eq!(station_name("tty1"), "Console");
        assert_eq!(station_name(":0"), "Console");
        assert_eq!(station_name("pts/3"), "pts/3");
        assert_eq!(station_name("ttyS0"), "ttyS0");
    }

    #[test]
    fn terminal_text_neutralises_escapes() {
        assert_eq!(terminal_text("a\x1b[2Jb\nc"), "a^[[2Jb\r\nc");
    }

    #[test]
    fn terminate_process_argument_errors() {
        let host = LocalHost::default();
        assert_eq!(
            host.terminate_process(0, 0),
            Err(Win32Error::INVALID_PARAMETER)
        );
        assert_eq!(
            host.terminate_process(u32::MAX, 0),
            Err(Win32Error::INVALID_PARAMETER)
        );
        assert_eq!(
            host.terminate_process(0x7FFF_FFF0, 0),
            Err(Win32Error::INVALID_PARAMETER)
        );
        let mut child = std::process::Command::new("sleep")
            .arg("30")
            .spawn()
            .unwrap();
        assert_eq!(host.terminate_process(child.id(), 3), Ok(()));
        let status = child.wait().unwrap();
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(status.signal(), Some(libc::SIGKILL));
    }
}
