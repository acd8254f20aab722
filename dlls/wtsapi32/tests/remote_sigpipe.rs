//! A remote whose ssh stops reading must give an error, never SIGPIPE: a C
//! program that calls this library has SIGPIPE at its default action, which
//! kills the process. This test binary restores that default.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use win32::Win32Error;
use wtsapi32::SessionSource;
use wtsapi32::remote::{RemoteHost, SshCommand, Target};

#[test]
fn a_closed_ssh_stdin_fails_the_call_without_sigpipe() {
    // SAFETY: setting a signal disposition has no memory preconditions.
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_DFL) };
    // A stand-in for ssh: answer the hello, then stop reading but stay up.
    let fake = "read line; echo '{\"ok\":\"far\"}'; exec 0<&-; sleep 5";
    let how = SshCommand {
        ssh: vec!["sh".into(), "-c".into(), fake.into()],
        remote: "unused".into(),
    };
    let target = Target {
        user: None,
        host: "far".into(),
        port: None,
    };
    let host = RemoteHost::connect(target, how).expect("hello answered");
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(host.sessions(), Err(Win32Error::RPC_S_CALL_FAILED));
}
