//! Remote servers over SSH.
//!
//! `WTSOpenServer("[user@]host[:port]")` runs `winsession wts rpc` on the
//! far host through the user's own `ssh` (as `loginctl -H` does), so
//! authentication, host keys and encryption are the user's SSH setup. The
//! two ends exchange one JSON object per line: a [`Request`] out, a
//! [`Reply`] back. [MS-TSTS] (RPC over SMB to a Windows host) is not
//! implemented; CONFORMANCE.md §5 explains why.
//!
//! Environment: `WINSESSION_SSH` replaces the `ssh` command (with options,
//! split on whitespace); `WINSESSION_REMOTE_COMMAND` replaces the command
//! run on the far side.

use std::io::{BufRead, BufReader, Read, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::net::UnixStream;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::Mutex;
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use win32::sync::lock;
use win32::{Win32Error, Win32Result};
use windows_sys::Win32::System::RemoteDesktop as rd;

use crate::events::EventGate;
use crate::model::{ConnectState, Message, MessageResponse, Process, Session};
use crate::source::{SessionSource, Snapshot};

pub const PROTOCOL_VERSION: u32 = 1;

/// Where an SSH connection goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub user: Option<String>,
    pub host: String,
    pub port: Option<u16>,
}

fn valid_word(s: &str) -> bool {
    // A leading '-' would be read by ssh as an option.
    !s.is_empty()
        && !s.starts_with('-')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-:%".contains(c))
}

impl Target {
    /// `Ok(None)` for names that mean this host.
    pub fn parse(name: &str, own_host: Option<&str>) -> Result<Option<Target>, String> {
        let name = name.trim();
        let name = name.strip_prefix("ssh://").unwrap_or(name);
        let name = name.trim_start_matches('\\');
        if name.is_empty()
            || name == "."
            || name.eq_ignore_ascii_case("localhost")
            || own_host.is_some_and(|h| h.eq_ignore_ascii_case(name))
        {
            return Ok(None);
        }
        let (user, rest) = match name.rsplit_once('@') {
            Some((u, r)) => (Some(u.to_string()), r),
            None => (None, name),
        };
        let (host, port) = if let Some(v6) = rest.strip_prefix('[') {
            let (h, after) = v6
                .split_once(']')
                .ok_or_else(|| format!("invalid server name {name:?}"))?;
            let port = match after.strip_prefix(':') {
                Some(p) => Some(p),
                None if after.is_empty() => None,
                None => return Err(format!("invalid server name {name:?}")),
            };
            (h.to_string(), port)
        } else if rest.matches(':').count() == 1 {
            let (h, p) = rest.split_once(':').unwrap_or((rest, ""));
            (h.to_string(), Some(p))
        } else {
            (rest.to_string(), None)
        };
        let port = port
            .map(|p| p.parse::<u16>().ok().filter(|&p| p != 0))
            .map(|p| p.ok_or_else(|| format!("invalid port in server name {name:?}")))
            .transpose()?;
        if !valid_word(&host) || user.as_deref().is_some_and(|u| !valid_word(u)) {
            return Err(format!("invalid server name {name:?}"));
        }
        Ok(Some(Target { user, host, port }))
    }
}

/// One call to the far side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Request {
    Hello {
        version: u32,
    },
    Sessions,
    CurrentSession,
    Processes,
    Logoff {
        session: u32,
        wait: bool,
    },
    Disconnect {
        session: u32,
        wait: bool,
    },
    Terminate {
        pid: u32,
        exit_code: u32,
    },
    SendMessage {
        session: u32,
        message: Message,
    },
    WaitEvent {
        mask: u32,
        /// Each session's id and state when the caller's wait began (a
        /// list: a map's keys would be strings inside this tagged enum);
        /// absent from older clients, and then the far side's own first
        /// look counts.
        #[serde(default)]
        since: Option<Vec<(u32, ConnectState)>>,
    },
    ActiveConsole,
    HostName,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reply {
    Ok(serde_json::Value),
    Error(u32),
}

fn to_reply<T: Serialize>(r: Win32Result<T>) -> Reply {
    match r.and_then(|v| serde_json::to_value(v).map_err(|_| Win32Error::INTERNAL_ERROR)) {
        Ok(v) => Reply::Ok(v),
        Err(e) => Reply::Error(e.0),
    }
}

/// Answer one request from `source`.
pub fn answer(source: &dyn SessionSource, request: Request) -> Reply {
    match request {
        Request::Hello { version } if version == PROTOCOL_VERSION => to_reply(source.host_name()),
        Request::Hello { .. } => Reply::Error(Win32Error::NOT_SUPPORTED.0),
        Request::Sessions => to_reply(source.sessions()),
        Request::CurrentSession => to_reply(source.current_session_id()),
        Request::Processes => to_reply(source.processes()),
        Request::Logoff { session, wait } => to_reply(source.logoff(session, wait)),
        Request::Disconnect { session, wait } => to_reply(source.disconnect(session, wait)),
        Request::Terminate { pid, exit_code } => to_reply(source.terminate_process(pid, exit_code)),
        Request::SendMessage { session, message } => {
            to_reply(source.send_message(session, &message))
        }
        Request::WaitEvent { mask, since } => {
            let gate = EventGate::default();
            to_reply(match since {
                Some(before) => source.wait_event_since(mask, &gate, before.into_iter().collect()),
                None => source.wait_event(mask, &gate),
            })
        }
        Request::ActiveConsole => to_reply(Ok(source.active_console_session())),
        Request::HostName => to_reply(source.host_name()),
    }
}

/// The far side: answer requests line by line until the input ends.
pub fn serve(
    source: &dyn SessionSource,
    input: impl BufRead,
    mut output: impl Write,
) -> std::io::Result<()> {
    for line in input.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let reply = match serde_json::from_str::<Request>(&line) {
            Ok(req) => answer(source, req),
            Err(_) => Reply::Error(Win32Error::INVALID_PARAMETER.0),
        };
        let text = serde_json::to_string(&reply).map_err(std::io::Error::other)?;
        writeln!(output, "{text}")?;
        output.flush()?;
    }
    Ok(())
}

/// The ssh process's stdin: one end of a socket pair, written with
/// MSG_NOSIGNAL. A plain pipe to an ssh that already exited would raise
/// SIGPIPE and kill the program that called into this library.
struct Requests(UnixStream);

impl Write for Requests {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        // SAFETY: the pointer and length describe `buf`; the fd is open.
        let n = unsafe {
            libc::send(
                self.0.as_raw_fd(),
                buf.as_ptr().cast(),
                buf.len(),
                libc::MSG_NOSIGNAL,
            )
        };
        if n < 0 {
            Err(std::io::Error::last_os_error())
        } else {
            Ok(n as usize)
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

struct Connection {
    child: Child,
    stdin: Requests,
    /// Taken by a wait, whose reply is read on another thread.
    stdout: Option<BufReader<ChildStdout>>,
    /// Collects what ssh prints, to explain a failed connection.
    stderr: Option<JoinHandle<String>>,
}

impl Connection {
    /// End the ssh process and return what it printed. A process ssh
    /// started (a ProxyCommand, say) may keep stderr open after ssh is
    /// gone, so the reader gets a second to finish and is otherwise left.
    fn finish(&mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let Some(reader) = self.stderr.take() else {
            return String::new();
        };
        for _ in 0..100 {
            if reader.is_finished() {
                return reader.join().unwrap_or_default();
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        String::new()
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        self.finish();
    }
}

/// The local ssh command and the command it runs on the far side.
#[derive(Debug, Clone)]
pub struct SshCommand {
    pub ssh: Vec<String>,
    pub remote: String,
}

impl SshCommand {
    pub fn from_env() -> SshCommand {
        let ssh = std::env::var("WINSESSION_SSH").unwrap_or_else(|_| "ssh".into());
        SshCommand {
            ssh: ssh.split_whitespace().map(str::to_string).collect(),
            remote: std::env::var("WINSESSION_REMOTE_COMMAND")
                .unwrap_or_else(|_| "winsession wts rpc".into()),
        }
    }
}

impl Connection {
    fn spawn(target: &Target, how: &SshCommand) -> Result<Connection, String> {
        let (program, options) = how.ssh.split_first().ok_or("WINSESSION_SSH is empty")?;
        let mut cmd = Command::new(program);
        cmd.args(options)
            .args(["-o", "BatchMode=yes", "-o", "ConnectTimeout=10"])
            .args(["-o", "ServerAliveInterval=15", "-T"]);
        if let Some(port) = target.port {
            cmd.args(["-p", &port.to_string()]);
        }
        if let Some(user) = &target.user {
            cmd.args(["-l", user]);
        }
        cmd.arg("--").arg(&target.host).arg(&how.remote);
        let (ours, theirs) =
            UnixStream::pair().map_err(|e| format!("cannot create a socket pair: {e}"))?;
        let mut child = cmd
            .stdin(Stdio::from(OwnedFd::from(theirs)))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot run {program}: {e}"))?;
        let (Some(stdout), Some(mut err)) = (child.stdout.take(), child.stderr.take()) else {
            return Err("ssh pipes missing".into());
        };
        let stderr = std::thread::spawn(move || {
            let mut text = String::new();
            let mut buf = [0u8; 1024];
            while let Ok(n) = err.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if text.len() < 4096 {
                    text.push_str(&String::from_utf8_lossy(&buf[..n]));
                }
            }
            text
        });
        let mut conn = Connection {
            child,
            stdin: Requests(ours),
            stdout: Some(BufReader::new(stdout)),
            stderr: Some(stderr),
        };
        match conn.exchange(&Request::Hello {
            version: PROTOCOL_VERSION,
        }) {
            Ok(Reply::Ok(_)) => Ok(conn),
            Ok(Reply::Error(code)) => {
                Err(format!("{}: remote refused (error {code})", target.host))
            }
            Err(_) => {
                let why = conn.finish().trim().to_string();
                Err(format!(
                    "{}: {}",
                    target.host,
                    if why.is_empty() {
                        "connection failed"
                    } else {
                        &why
                    }
                ))
            }
        }
    }

    fn send(&mut self, request: &Request) -> std::io::Result<()> {
        let text = serde_json::to_string(request).map_err(std::io::Error::other)?;
        writeln!(self.stdin, "{text}")?;
        self.stdin.flush()
    }

    fn exchange(&mut self, request: &Request) -> std::io::Result<Reply> {
        self.send(request)?;
        let stdout = self.stdout.as_mut().ok_or(std::io::ErrorKind::BrokenPipe)?;
        read_reply(stdout)
    }
}

fn read_reply(input: &mut impl BufRead) -> std::io::Result<Reply> {
    let mut line = String::new();
    if input.read_line(&mut line)? == 0 {
        return Err(std::io::ErrorKind::UnexpectedEof.into());
    }
    serde_json::from_str(&line).map_err(std::io::Error::other)
}

/// A host reached over SSH.
pub struct RemoteHost {
    target: Target,
    how: SshCommand,
    conn: Mutex<Option<Connection>>,
}

impl RemoteHost {
    /// Connect now, so that an unreachable host is known at open time.
    pub fn connect(target: Target, how: SshCommand) -> Result<RemoteHost, String> {
        let conn = Connection::spawn(&target, &how)?;
        Ok(RemoteHost {
            target,
            how,
            conn: Mutex::new(Some(conn)),
        })
    }

    /// One request. A connection lost earlier is re-established first; a
    /// connection lost during the call fails it with RPC_S_CALL_FAILED
    /// rather than repeating a call that may have run.
    fn call<T: DeserializeOwned>(&self, request: Request) -> Win32Result<T> {
        let mut guard = lock(&self.conn);
        if guard.is_none() {
            *guard = Some(
                Connection::spawn(&self.target, &self.how)
                    .map_err(|_| Win32Error::RPC_S_SERVER_UNAVAILABLE)?,
            );
        }
        let conn = guard.as_mut().ok_or(Win32Error::RPC_S_SERVER_UNAVAILABLE)?;
        match conn.exchange(&request) {
            Ok(Reply::Ok(v)) => {
                serde_json::from_value(v).map_err(|_| Win32Error::RPC_S_CALL_FAILED)
            }
            Ok(Reply::Error(code)) => Err(Win32Error(code)),
            Err(_) => {
                *guard = None;
                Err(Win32Error::RPC_S_CALL_FAILED)
            }
        }
    }
}

impl SessionSource for RemoteHost {
    fn sessions(&self) -> Win32Result<Vec<Session>> {
        self.call(Request::Sessions)
    }
    fn current_session_id(&self) -> Win32Result<u32> {
        self.call(Request::CurrentSession)
    }
    fn processes(&self) -> Win32Result<Vec<Process>> {
        self.call(Request::Processes)
    }
    fn logoff(&self, session: u32, wait: bool) -> Win32Result<()> {
        self.call(Request::Logoff { session, wait })
    }
    fn disconnect(&self, session: u32, wait: bool) -> Win32Result<()> {
        self.call(Request::Disconnect { session, wait })
    }
    fn terminate_process(&self, pid: u32, exit_code: u32) -> Win32Result<()> {
        self.call(Request::Terminate { pid, exit_code })
    }
    fn send_message(&self, session: u32, message: &Message) -> Win32Result<MessageResponse> {
        self.call(Request::SendMessage {
            session,
            message: message.clone(),
        })
    }
    fn active_console_session(&self) -> u32 {
        self.call(Request::ActiveConsole)
            .unwrap_or(rd::WTS_CURRENT_SESSION)
    }
    fn host_name(&self) -> Win32Result<String> {
        self.call(Request::HostName)
    }

    /// A wait gets its own connection, so other calls on the handle go on;
    /// a flush or close ends it by killing that connection. Starting ssh
    /// takes long enough for a change to slip in before the far side looks,
    /// so the far side counts from `before`, taken on the handle's open
    /// connection when the wait began.
    fn wait_event_since(&self, mask: u32, gate: &EventGate, before: Snapshot) -> Win32Result<u32> {
        let ticket = gate.ticket()?;
        let mut conn = Connection::spawn(&self.target, &self.how)
            .map_err(|_| Win32Error::RPC_S_SERVER_UNAVAILABLE)?;
        conn.send(&Request::WaitEvent {
            mask,
            since: Some(before.into_iter().collect()),
        })
        .map_err(|_| Win32Error::RPC_S_CALL_FAILED)?;
        let (tx, rx) = mpsc::channel();
        let mut stdout = conn.stdout.take().ok_or(Win32Error::RPC_S_CALL_FAILED)?;
        std::thread::spawn(move || {
            let _ = tx.send(read_reply(&mut stdout));
        });
        loop {
            match rx.try_recv() {
                Ok(Ok(Reply::Ok(v))) => {
                    return serde_json::from_value(v).map_err(|_| Win32Error::RPC_S_CALL_FAILED);
                }
                Ok(Ok(Reply::Error(code))) => return Err(Win32Error(code)),
                Ok(Err(_)) | Err(mpsc::TryRecvError::Disconnected) => {
                    return Err(Win32Error::RPC_S_CALL_FAILED);
                }
                Err(mpsc::TryRecvError::Empty) => {}
            }
            // Dropping `conn` on return kills the remote wait.
            if gate.wait(ticket, Duration::from_millis(100))? {
                return Ok(rd::WTS_EVENT_NONE);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::local::LocalHost;

    #[test]
    fn target_names() {
        let t = |s| Target::parse(s, Some("myhost"));
        assert_eq!(t(""), Ok(None));
        assert_eq!(t("."), Ok(None));
        assert_eq!(t("LOCALHOST"), Ok(None));
        assert_eq!(t("MyHost"), Ok(None));
        assert_eq!(
            t("alice@10.1.2.3:2222"),
            Ok(Some(Target {
                user: Some("alice".into()),
                host: "10.1.2.3".into(),
                port: Some(2222)
            }))
        );
        assert_eq!(
            t("\\\\server"),
            Ok(Some(Target {
                user: None,
                host: "server".into(),
                port: None
            }))
        );
        assert_eq!(
            t("[fd00::1]:22"),
            Ok(Some(Target {
                user: None,
                host: "fd00::1".into(),
                port: Some(22)
            }))
        );
        assert_eq!(
            t("fd00::1"),
            Ok(Some(Target {
                user: None,
                host: "fd00::1".into(),
                port: None
            }))
        );
        assert!(t("-oProxyCommand=evil").is_err());
        assert!(t("-x@host").is_err());
        assert!(t("host:0").is_err());
        assert!(t("host:99999").is_err());
        assert!(t("two words").is_err());
    }

    #[test]
    fn serve_answers_requests_and_rejects_garbage() {
        let host = LocalHost::with_paths("/nonexistent", "/proc");
        let input = b"{\"op\":\"sessions\"}\nnot json\n{\"op\":\"logoff\",\"session\":77,\"wait\":true}\n{\"op\":\"hello\",\"version\":9}\n";
        let mut out = Vec::new();
        serve(&host, &input[..], &mut out).unwrap();
        let replies: Vec<Reply> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let Reply::Ok(v) = &replies[0] else {
            panic!("{replies:?}")
        };
        let sessions: Vec<Session> = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(sessions[0].station, "Services");
        assert_eq!(replies[1], Reply::Error(87));
        assert_eq!(replies[2], Reply::Error(7022));
        assert_eq!(replies[3], Reply::Error(50));
    }

    /// A session the caller saw when its wait began, and that ended before
    /// the far side first looked, is still reported as a logoff.
    #[test]
    fn far_side_wait_counts_from_the_callers_baseline() {
        let host = LocalHost::with_paths("/nonexistent", "/proc");
        let input = format!(
            "{{\"op\":\"wait_event\",\"mask\":{},\"since\":[[0,\"Disconnected\"],[77,\"Active\"]]}}\n",
            rd::WTS_EVENT_LOGOFF
        );
        let mut out = Vec::new();
        serve(&host, input.as_bytes(), &mut out).unwrap();
        let reply: Reply = serde_json::from_slice(&out).unwrap();
        assert_eq!(reply, Reply::Ok(rd::WTS_EVENT_LOGOFF.into()));
        // An older client's request, without a baseline, still parses.
        let old: Request = serde_json::from_str("{\"op\":\"wait_event\",\"mask\":4}").unwrap();
        assert_eq!(
            old,
            Request::WaitEvent {
                mask: 4,
                since: None
            }
        );
    }

    #[test]
    fn unreachable_ssh_is_reported_at_connect() {
        let t = Target {
            user: None,
            host: "h".into(),
            port: None,
        };
        // `false` stands in for an ssh that cannot connect.
        let how = SshCommand {
            ssh: vec!["false".into()],
            remote: "x".into(),
        };
        assert!(RemoteHost::connect(t.clone(), how).is_err());
        let how = SshCommand {
            ssh: vec!["/nonexistent/ssh".into()],
            remote: "x".into(),
        };
        let err = RemoteHost::connect(t, how).err().unwrap_or_default();
        assert!(err.contains("cannot run"), "{err}");
    }
}
