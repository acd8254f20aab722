#![allow(clippy::unwrap_used, clippy::expect_used)]
//! include/wtsapi32.h must agree with windows-sys (generated from
//! Microsoft's metadata): every struct size, many field offsets, and every
//! constant. The Rust values are written into C `_Static_assert`s and
//! compiled with the system compiler against the header.

use std::fmt::Write;
use std::path::PathBuf;
use std::process::Command;

use windows_sys::Win32::Foundation as f;
use windows_sys::Win32::System::RemoteDesktop as rd;

fn include_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../include")
}

#[test]
fn wtsapi32_h_matches_windows_sys() {
    let mut c = String::from(
        "#include <wtsapi32.h>\n#include <stddef.h>\n#ifdef __cplusplus\n#define _Static_assert static_assert\n#endif\n",
    );
    macro_rules! size {
        ($($t:ident),*) => {$(
            writeln!(c, "_Static_assert(sizeof({}) == {}, \"sizeof {}\");",
                stringify!($t), size_of::<rd::$t>(), stringify!($t)).unwrap();
        )*};
    }
    size!(
        WTS_SESSION_INFOW,
        WTS_SESSION_INFOA,
        WTS_SESSION_INFO_1W,
        WTS_SESSION_INFO_1A,
        WTS_PROCESS_INFOW,
        WTS_PROCESS_INFOA,
        WTS_PROCESS_INFO_EXW,
        WTS_PROCESS_INFO_EXA,
        WTS_SERVER_INFOW,
        WTS_SERVER_INFOA,
        WTS_CLIENT_ADDRESS,
        WTS_CLIENT_DISPLAY,
        WTSINFOW,
        WTSINFOA,
        WTSINFOEXW,
        WTSINFOEXA,
        WTSINFOEX_LEVEL1_W,
        WTSINFOEX_LEVEL1_A,
        WTSCLIENTW,
        WTSCLIENTA,
        WTSCONFIGINFOW,
        WTSCONFIGINFOA
    );
    macro_rules! offset {
        ($($t:ident . $field:ident),*) => {$(
            writeln!(c, "_Static_assert(offsetof({t}, {fl}) == {}, \"offsetof {t}.{fl}\");",
                std::mem::offset_of!(rd::$t, $field), t = stringify!($t), fl = stringify!($field)).unwrap();
        )*};
    }
    offset!(
        WTS_SESSION_INFOW.pWinStationName,
        WTS_SESSION_INFOW.State,
        WTS_SESSION_INFO_1W.pSessionName,
        WTS_SESSION_INFO_1W.pFarmName,
        WTS_PROCESS_INFO_EXW.UserTime,
        WTS_PROCESS_INFO_EXW.KernelTime,
        WTSINFOW.WinStationName,
        WTSINFOW.Domain,
        WTSINFOW.UserName,
        WTSINFOW.ConnectTime,
        WTSINFOW.CurrentTime,
        WTSINFOA.UserName,
        WTSINFOA.ConnectTime,
        WTSINFOEX_LEVEL1_W.UserName,
        WTSINFOEX_LEVEL1_W.LogonTime,
        WTSINFOEX_LEVEL1_W.OutgoingCompressedBytes,
        WTSINFOEX_LEVEL1_A.LogonTime,
        WTSCLIENTW.EncryptionLevel,
        WTSCLIENTW.ClientAddressFamily,
        WTSCLIENTW.ClientAddress,
        WTSCLIENTW.ClientDirectory,
        WTSCLIENTW.ClientBuildNumber,
        WTSCLIENTW.DeviceId,
        WTSCLIENTA.ClientAddressFamily,
        WTSCLIENTA.DeviceId,
        WTSCONFIGINFOW.LogonUserName,
        WTSCONFIGINFOW.ApplicationName,
        WTSCONFIGINFOA.ApplicationName
    );
    macro_rules! constant {
        ($($m:ident :: $name:ident),*) => {$(
            writeln!(c, "_Static_assert((long long)({n}) == (long long)({}), \"value of {n}\");",
                $m::$name as i64, n = stringify!($name)).unwrap();
        )*};
    }
    constant!(
        rd::WTS_CURRENT_SESSION,
        rd::USERNAME_LENGTH,
        rd::CLIENTNAME_LENGTH,
        rd::CLIENTADDRESS_LENGTH,
        rd::WINSTATIONNAME_LENGTH,
        rd::DOMAIN_LENGTH,
        rd::WTS_WSD_LOGOFF,
        rd::WTS_WSD_SHUTDOWN,
        rd::WTS_WSD_REBOOT,
        rd::WTS_WSD_POWEROFF,
        rd::WTS_WSD_FASTREBOOT,
        rd::WTS_PROTOCOL_TYPE_CONSOLE,
        rd::WTS_PROTOCOL_TYPE_ICA,
        rd::WTS_PROTOCOL_TYPE_RDP,
        rd::WTS_SESSIONSTATE_UNKNOWN,
        rd::WTS_SESSIONSTATE_LOCK,
        rd::WTS_SESSIONSTATE_UNLOCK,
        rd::WTS_EVENT_NONE,
        rd::WTS_EVENT_CREATE,
        rd::WTS_EVENT_DELETE,
        rd::WTS_EVENT_RENAME,
        rd::WTS_EVENT_CONNECT,
        rd::WTS_EVENT_DISCONNECT,
        rd::WTS_EVENT_LOGON,
        rd::WTS_EVENT_LOGOFF,
        rd::WTS_EVENT_STATECHANGE,
        rd::WTS_EVENT_LICENSE,
        rd::WTS_EVENT_ALL,
        rd::WTS_EVENT_FLUSH,
        rd::WTS_PROCESS_INFO_LEVEL_0,
        rd::WTS_PROCESS_INFO_LEVEL_1,
        rd::NOTIFY_FOR_THIS_SESSION,
        rd::NOTIFY_FOR_ALL_SESSIONS,
        rd::WTSActive,
        rd::WTSConnected,
        rd::WTSConnectQuery,
        rd::WTSShadow,
        rd::WTSDisconnected,
        rd::WTSIdle,
        rd::WTSListen,
        rd::WTSReset,
        rd::WTSDown,
        rd::WTSInit,
        rd::WTSInitialProgram,
        rd::WTSApplicationName,
        rd::WTSWorkingDirectory,
        rd::WTSOEMId,
        rd::WTSSessionId,
        rd::WTSUserName,
        rd::WTSWinStationName,
        rd::WTSDomainName,
        rd::WTSConnectState,
        rd::WTSClientBuildNumber,
        rd::WTSClientName,
        rd::WTSClientDirectory,
        rd::WTSClientProductId,
        rd::WTSClientHardwareId,
        rd::WTSClientAddress,
        rd::WTSClientDisplay,
        rd::WTSClientProtocolType,
        rd::WTSIdleTime,
        rd::WTSLogonTime,
        rd::WTSIncomingBytes,
        rd::WTSOutgoingBytes,
        rd::WTSIncomingFrames,
        rd::WTSOutgoingFrames,
        rd::WTSClientInfo,
        rd::WTSSessionInfo,
        rd::WTSSessionInfoEx,
        rd::WTSConfigInfo,
        rd::WTSValidationInfo,
        rd::WTSSessionAddressV4,
        rd::WTSIsRemoteSession,
        rd::WTSTypeProcessInfoLevel0,
        rd::WTSTypeProcessInfoLevel1,
        rd::WTSTypeSessionInfoLevel1,
        f::ERROR_SUCCESS,
        f::ERROR_FILE_NOT_FOUND,
        f::ERROR_ACCESS_DENIED,
        f::ERROR_INVALID_HANDLE,
        f::ERROR_NOT_ENOUGH_MEMORY,
        f::ERROR_INVALID_DATA,
        f::ERROR_OUTOFMEMORY,
        f::ERROR_GEN_FAILURE,
        f::ERROR_NOT_SUPPORTED,
        f::ERROR_BAD_NETPATH,
        f::ERROR_INVALID_PARAMETER,
        f::ERROR_BROKEN_PIPE,
        f::ERROR_DISK_FULL,
        f::ERROR_CALL_NOT_IMPLEMENTED,
        f::ERROR_INSUFFICIENT_BUFFER,
        f::ERROR_BUSY,
        f::ERROR_NO_TOKEN,
        f::ERROR_NOT_FOUND,
        f::ERROR_INVALID_COMPUTERNAME,
        f::ERROR_PRIVILEGE_NOT_HELD,
        f::ERROR_INTERNAL_ERROR,
        f::ERROR_TIMEOUT,
        f::ERROR_INVALID_USER_BUFFER,
        f::ERROR_CTX_WINSTATION_NAME_INVALID,
        f::ERROR_CTX_WINSTATION_NOT_FOUND,
        f::ERROR_CTX_WINSTATION_BUSY
    );
    use windows_sys::Win32::System::Rpc as rpc;
    use windows_sys::Win32::UI::WindowsAndMessaging as ui;
    constant!(
        rpc::RPC_S_SERVER_UNAVAILABLE,
        rpc::RPC_S_CALL_FAILED,
        ui::MB_OK,
        ui::MB_OKCANCEL,
        ui::MB_ABORTRETRYIGNORE,
        ui::MB_YESNOCANCEL,
        ui::MB_YESNO,
        ui::MB_RETRYCANCEL,
        ui::MB_CANCELTRYCONTINUE,
        ui::MB_ICONERROR,
        ui::MB_ICONQUESTION,
        ui::MB_ICONWARNING,
        ui::MB_ICONINFORMATION,
        ui::IDOK,
        ui::IDCANCEL,
        ui::IDABORT,
        ui::IDRETRY,
        ui::IDIGNORE,
        ui::IDYES,
        ui::IDNO,
        ui::IDTRYAGAIN,
        ui::IDCONTINUE,
        ui::IDTIMEOUT,
        ui::IDASYNC
    );
    // DOMAIN_LENGTH = 17 puts WTSINFOW at 216 bytes (CONFORMANCE.md §10).
    assert_eq!(size_of::<rd::WTSINFOW>(), 216);
    assert_eq!(size_of::<rd::WTSINFOA>(), 144);

    let dir = std::env::temp_dir().join(format!("wts-header-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("check.c");
    std::fs::write(&src, &c).unwrap();
    for lang in ["c", "c++"] {
        let out = Command::new("cc")
            .args([
                "-fshort-wchar",
                "-fsyntax-only",
                "-Wall",
                "-Werror",
                "-x",
                lang,
            ])
            .arg("-I")
            .arg(include_dir())
            .arg(&src)
            .output()
            .expect("run cc");
        assert!(
            out.status.success(),
            "header disagrees with windows-sys ({lang}):\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
