//! What a session source reports, independent of the C layout.

use std::net::IpAddr;

use serde::{Deserialize, Serialize};
use windows_sys::Win32::System::RemoteDesktop as rd;

/// WTS_CONNECTSTATE_CLASS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConnectState {
    Active,
    Connected,
    ConnectQuery,
    Shadow,
    Disconnected,
    Idle,
    Listen,
    Reset,
    Down,
    Init,
}

impl ConnectState {
    /// The SDK's enum value.
    pub fn raw(self) -> i32 {
        match self {
            Self::Active => rd::WTSActive,
            Self::Connected => rd::WTSConnected,
            Self::ConnectQuery => rd::WTSConnectQuery,
            Self::Shadow => rd::WTSShadow,
            Self::Disconnected => rd::WTSDisconnected,
            Self::Idle => rd::WTSIdle,
            Self::Listen => rd::WTSListen,
            Self::Reset => rd::WTSReset,
            Self::Down => rd::WTSDown,
            Self::Init => rd::WTSInit,
        }
    }

    /// The name `qwinsta` prints.
    pub fn label(self) -> &'static str {
        match self {
            Self::Active => "Active",
            Self::Connected => "Conn",
            Self::ConnectQuery => "ConnQ",
            Self::Shadow => "Shadow",
            Self::Disconnected => "Disc",
            Self::Idle => "Idle",
            Self::Listen => "Listen",
            Self::Reset => "Reset",
            Self::Down => "Down",
            Self::Init => "Init",
        }
    }
}

/// One session on a host.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub id: u32,
    /// WinStationName: "Console" for a session on a virtual console,
    /// "Services" for session 0, otherwise the terminal ("pts/3").
    pub station: String,
    pub state: ConnectState,
    pub user: String,
    /// Local accounts report the host name, as Windows reports the
    /// computer name.
    pub domain: String,
    /// The terminal line, without `/dev/`.
    pub terminal: Option<String>,
    /// Where the user connected from: host name or address as logged.
    pub client_name: String,
    pub client_address: Option<IpAddr>,
    /// Microseconds since the Unix epoch.
    pub logon_time_us: Option<i64>,
    /// Last input on the terminal (its access time), µs since the epoch.
    pub last_input_us: Option<i64>,
    /// The process that holds the session (the utmp record's pid).
    pub leader_pid: Option<u32>,
    pub remote: bool,
}

/// One process, for WTSEnumerateProcesses(Ex).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Process {
    pub session_id: u32,
    pub pid: u32,
    pub name: String,
    pub uid: Option<u32>,
    pub threads: u32,
    pub handles: u32,
    pub pagefile_bytes: u64,
    pub peak_pagefile_bytes: u64,
    pub working_set_bytes: u64,
    pub peak_working_set_bytes: u64,
    /// Milliseconds, the unit the WTS_PROCESS_INFO_EX page gives.
    pub user_time_ms: u64,
    pub kernel_time_ms: u64,
}

/// A message for WTSSendMessage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    pub title: String,
    pub text: String,
    /// MessageBox style bits (MB_OK, MB_YESNO, ...).
    pub style: u32,
    pub timeout_secs: u32,
    pub wait: bool,
}

/// The answer WTSSendMessage reports (IDOK, IDASYNC, IDTIMEOUT, ...).
pub type MessageResponse = i32;

/// The session selector for "the caller's session".
pub const CURRENT_SESSION: u32 = rd::WTS_CURRENT_SESSION;
/// The selector for "every session" (WTSEnumerateProcessesEx).
pub const ANY_SESSION: u32 = 0xFFFF_FFFE;
