//! The systemd-logind source against a real systemd-logind.
//!
//! Ignored by a plain `cargo test`: it needs logind on a system bus.
//! `tests/wts-sessions.sh` starts `dbus-daemon --system` and
//! `systemd-logind` in a private mount namespace (no init system) and runs
//! it with `--ignored`. Without systemd as PID 1 logind cannot register
//! new sessions, so a `login` there is known to utmp only: the test checks
//! the D-Bus path against logind and that such a login is still listed and
//! can be logged off.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use win32::Win32Error;
use windows_sys::Win32::System::RemoteDesktop as rd;
use wtsapi32::logind::Logind;
use wtsapi32::{ConnectState, Server, SessionSource};

#[test]
#[ignore = "needs systemd-logind on a system bus; run by tests/wts-sessions.sh"]
fn real_logind_and_a_utmp_only_login() {
    let logind = Logind::connect().expect("systemd-logind answers on the system bus");
    assert_eq!(
        logind.list().unwrap(),
        vec![],
        "logind has sessions already"
    );
    assert_eq!(
        logind.terminate("c9"),
        Err(Win32Error::CTX_WINSTATION_NOT_FOUND)
    );
    assert_eq!(logind.active_console_session(), rd::WTS_CURRENT_SESSION);
    assert_eq!(logind.current_session_id(), Ok(0));
    let before = logind.sessions().unwrap();
    assert_eq!(before.len(), 1);
    assert_eq!(before[0].station, "Services");

    let mut login = Command::new("script")
        .args(["-qfec", "login -f root", "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = login.stdin.take().unwrap();
    stdin
        .write_all(b"echo LOGIND-$((40+2)); exec sleep 600\n")
        .unwrap();
    let mut stdout = login.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut seen = Vec::new();
        let mut buf = [0u8; 512];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 {
                break;
            }
            seen.extend_from_slice(&buf[..n]);
            if String::from_utf8_lossy(&seen).contains("LOGIND-42") {
                return true;
            }
        }
        false
    });
    assert!(reader.join().unwrap(), "the login shell never ran");

    let server = Server::with_source(None, Arc::new(logind));
    let deadline = Instant::now() + Duration::from_secs(10);
    let session = loop {
        let found = server
            .sessions()
            .unwrap()
            .into_iter()
            .find(|s| s.user == "root" && s.station.starts_with("pts/"));
        if let Some(s) = found {
            break s;
        }
        assert!(Instant::now() < deadline, "the utmp login is not listed");
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(session.state, ConnectState::Active);
    assert!(
        server
            .processes(session.id)
            .unwrap()
            .iter()
            .any(|p| p.name == "sleep"),
        "the login's processes are not in its session"
    );
    server.logoff(session.id, true).unwrap();
    assert!(
        server
            .sessions()
            .unwrap()
            .iter()
            .all(|s| s.id != session.id)
    );
    let status = login.wait().unwrap();
    assert!(!status.success() || status.code().is_some());
}
