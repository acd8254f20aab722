//! `winsession wts`: qwinsta / rwinsta / logoff / msg / tasklist / kill.

use std::io::Write;
use std::sync::Arc;
use std::time::{Duration, UNIX_EPOCH};

use clap::Subcommand;
use windows_sys::Win32::System::RemoteDesktop as rd;
use wtsapi32::{ANY_SESSION, CURRENT_SESSION, Message, Server, Session};

#[derive(Subcommand)]
pub enum Command {
    /// List sessions (like qwinsta / query session).
    Sessions {
        /// Host to ask: `[user@]host[:port]`, reached over SSH.
        #[arg(long, short)]
        server: Option<String>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// List processes (like query process / tasklist).
    Processes {
        #[arg(long, short)]
        server: Option<String>,
        /// Only this session ("current" for the caller's).
        #[arg(long)]
        session: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Log a session off (like logoff / rwinsta).
    Logoff {
        /// Session id, or "current".
        session: String,
        #[arg(long, short)]
        server: Option<String>,
        /// Return at once instead of waiting until the session has ended.
        #[arg(long)]
        no_wait: bool,
    },
    /// Disconnect a session, leaving it logged on (like tsdiscon).
    Disconnect {
        session: String,
        #[arg(long, short)]
        server: Option<String>,
    },
    /// Show a message on a session's terminals (like msg).
    Message {
        /// Session id, or "current".
        session: String,
        /// The message text.
        text: String,
        #[arg(long, default_value = "Message")]
        title: String,
        #[arg(long, short)]
        server: Option<String>,
    },
    /// End a process (like taskkill /F).
    Terminate {
        pid: u32,
        #[arg(long, short)]
        server: Option<String>,
    },
    /// Print session events as they happen, until interrupted.
    Watch {
        #[arg(long, short)]
        server: Option<String>,
    },
    /// Serve the remote protocol on stdin/stdout (what `--server` runs on
    /// the far host over SSH).
    #[command(hide = true)]
    Rpc,
}

fn open(server: Option<&str>) -> Result<Arc<Server>, String> {
    match server {
        None => Ok(Server::current()),
        Some(name) => {
            let s = Server::open(Some(name));
            match s.unreachable_reason() {
                Some(reason) => Err(format!("cannot reach server {name}: {reason}")),
                None => Ok(Arc::new(s)),
            }
        }
    }
}

fn session_arg(s: &str) -> Result<u32, String> {
    if s.eq_ignore_ascii_case("current") {
        Ok(CURRENT_SESSION)
    } else {
        s.parse()
            .map_err(|_| format!("invalid session id {s:?} (a number or \"current\")"))
    }
}

fn err(what: &str) -> impl Fn(win32::Win32Error) -> String + '_ {
    move |e| format!("{what}: {e}")
}

/// Local time as `who` prints it: YYYY-MM-DD HH:MM.
fn local_time(us: i64) -> String {
    let secs = (us / 1_000_000) as libc::time_t;
    // SAFETY: tm is plain data; localtime_r fills it from valid pointers.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the call.
    if unsafe { libc::localtime_r(&secs, &mut tm) }.is_null() {
        return String::new();
    }
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        tm.tm_year + 1900,
        tm.tm_mon + 1,
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min
    )
}

fn print_table(headers: &[&str], rows: &[Vec<String>]) {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.len()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<String>| {
        let mut out = String::new();
        for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
            if i + 1 == cells.len() {
                out.push_str(cell);
            } else {
                out.push_str(&format!("{cell:<w$}  "));
            }
        }
        out.trim_end().to_string()
    };
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(
        stdout,
        "{}",
        line(headers.iter().map(|h| h.to_string()).collect())
    );
    for row in rows {
        let _ = writeln!(stdout, "{}", line(row.clone()));
    }
}

fn session_row(s: &Session) -> Vec<String> {
    vec![
        s.id.to_string(),
        s.station.clone(),
        s.user.clone(),
        s.state.label().to_string(),
        s.client_address
            .map(|a| a.to_string())
            .unwrap_or_else(|| s.client_name.clone()),
        s.logon_time_us.map(local_time).unwrap_or_default(),
    ]
}

fn event_names(flags: u32) -> String {
    let names = [
        (rd::WTS_EVENT_CREATE, "create"),
        (rd::WTS_EVENT_DELETE, "delete"),
        (rd::WTS_EVENT_RENAME, "rename"),
        (rd::WTS_EVENT_CONNECT, "connect"),
        (rd::WTS_EVENT_DISCONNECT, "disconnect"),
        (rd::WTS_EVENT_LOGON, "logon"),
        (rd::WTS_EVENT_LOGOFF, "logoff"),
        (rd::WTS_EVENT_STATECHANGE, "statechange"),
        (rd::WTS_EVENT_LICENSE, "license"),
    ];
    let list: Vec<&str> = names
        .iter()
        .filter(|(bit, _)| flags & bit != 0)
        .map(|(_, n)| *n)
        .collect();
    if list.is_empty() {
        "none".into()
    } else {
        list.join(",")
    }
}

fn json<T: serde::Serialize>(value: &T) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    println!("{text}");
    Ok(())
}

pub fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Sessions {
            server,
            json: as_json,
        } => {
            let srv = open(server.as_deref())?;
            let sessions = srv.sessions().map_err(err("cannot list sessions"))?;
            if as_json {
                return json(&sessions);
            }
            let rows: Vec<_> = sessions.iter().map(session_row).collect();
            print_table(
                &[
                    "ID",
                    "SESSIONNAME",
                    "USERNAME",
                    "STATE",
                    "CLIENT",
                    "LOGON TIME",
                ],
                &rows,
            );
            Ok(())
        }
        Command::Processes {
            server,
            session,
            json: as_json,
        } => {
            let srv = open(server.as_deref())?;
            let id = session
                .as_deref()
                .map(session_arg)
                .transpose()?
                .unwrap_or(ANY_SESSION);
            let procs = srv.processes(id).map_err(err("cannot list processes"))?;
            if as_json {
                return json(&procs);
            }
            let rows: Vec<_> = procs
                .iter()
                .map(|p| {
                    vec![
                        p.session_id.to_string(),
                        p.pid.to_string(),
                        p.uid
                            .and_then(wtsapi32::local::user_name)
                            .or_else(|| p.uid.map(|u| u.to_string()))
                            .unwrap_or_default(),
                        format!("{} K", p.working_set_bytes / 1024),
                        p.name.clone(),
                    ]
                })
                .collect();
            print_table(&["SESSION", "PID", "USER", "MEM USAGE", "IMAGE"], &rows);
            Ok(())
        }
        Command::Logoff {
            session,
            server,
            no_wait,
        } => {
            let srv = open(server.as_deref())?;
            let id = session_arg(&session)?;
            srv.logoff(id, !no_wait).map_err(err("cannot log off"))?;
            Ok(())
        }
        Command::Disconnect { session, server } => {
            let srv = open(server.as_deref())?;
            srv.disconnect(session_arg(&session)?, true)
                .map_err(err("cannot disconnect"))
        }
        Command::Message {
            session,
            text,
            title,
            server,
        } => {
            let srv = open(server.as_deref())?;
            let message = Message {
                title,
                text,
                style: 0,
                timeout_secs: 0,
                wait: false,
            };
            srv.send_message(session_arg(&session)?, &message)
                .map(|_| ())
                .map_err(err("cannot send the message"))
        }
        Command::Terminate { pid, server } => {
            let srv = open(server.as_deref())?;
            srv.terminate_process(pid, 1)
                .map_err(err("cannot terminate"))
        }
        Command::Watch { server } => {
            let srv = open(server.as_deref())?;
            let mut before = srv.sessions().map_err(err("cannot list sessions"))?;
            eprintln!("watching {} session(s); Ctrl-C ends", before.len());
            loop {
                // From `before`, so a change while the last one was being
                // printed is reported too.
                let flags = srv
                    .wait_event_since(rd::WTS_EVENT_ALL, &before)
                    .map_err(err("cannot wait for events"))?;
                let after = srv.sessions().map_err(err("cannot list sessions"))?;
                let now = std::time::SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .unwrap_or(Duration::ZERO);
                let stamp = local_time(now.as_micros() as i64);
                let mut out = std::io::stdout().lock();
                let events = event_names(flags);
                let appeared = after
                    .iter()
                    .filter(|s| !before.iter().any(|b| b.id == s.id));
                let gone = before
                    .iter()
                    .filter(|b| !after.iter().any(|s| s.id == b.id));
                for (s, what) in appeared
                    .map(|s| (s, s.state.label()))
                    .chain(gone.map(|s| (s, "gone")))
                {
                    let _ = writeln!(
                        out,
                        "{stamp}  {events}  session {} {} {} {what}",
                        s.id, s.station, s.user
                    );
                }
                let _ = out.flush();
                before = after;
            }
        }
        Command::Rpc => {
            let source = wtsapi32::server::local_source();
            wtsapi32::remote::serve(
                source.as_ref(),
                std::io::stdin().lock(),
                std::io::stdout().lock(),
            )
            .map_err(|e| format!("rpc: {e}"))
        }
    }
}
