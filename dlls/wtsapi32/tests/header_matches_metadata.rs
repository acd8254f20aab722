//! include/wtsapi32.h must agree with windows-sys (generated from
//! Microsoft's metadata): every struct size, many field offsets, and every
//! constant, checked by the C and C++ compilers.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use win32::header_check::HeaderCheck;
use win32::{header_constants, header_offsets, header_sizes};
use windows_sys::Win32::Foundation as f;
use windows_sys::Win32::System::RemoteDesktop as rd;
use windows_sys::Win32::System::Rpc as rpc;
use windows_sys::Win32::UI::WindowsAndMessaging as ui;

#[test]
fn wtsapi32_h_matches_windows_sys() {
    let mut c = HeaderCheck::new("wtsapi32.h");
    header_sizes!(
        c,
        rd,
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
    header_sizes!(
        c,
        rd,
        WTSLISTENERCONFIGA,
        WTSLISTENERCONFIGW,
        WTS_CONFIG_CLASS,
        WTS_VIRTUAL_CLASS
    );
    // The SDK's WTSLISTENERNAME arrays, which the metadata flattens to
    // pointers: WTS_LISTENER_NAME_LENGTH + 1 characters.
    let listener_name = rd::WTS_LISTENER_NAME_LENGTH as usize + 1;
    c.size("WTSLISTENERNAMEA", listener_name);
    c.size("WTSLISTENERNAMEW", 2 * listener_name);
    header_offsets!(
        c,
        rd,
        WTSLISTENERCONFIGA.UserAuthentication,
        WTSLISTENERCONFIGA.Comment,
        WTSLISTENERCONFIGA.InitialProgram,
        WTSLISTENERCONFIGW.UserAuthentication,
        WTSLISTENERCONFIGW.Comment,
        WTSLISTENERCONFIGW.InitialProgram
    );
    header_constants!(
        c,
        rd,
        WTSVirtualClientData,
        WTSVirtualFileHandle,
        WTSUserConfigInitialProgram,
        WTSUserConfigWorkingDirectory,
        WTSUserConfigfInheritInitialProgram,
        WTSUserConfigfAllowLogonTerminalServer,
        WTSUserConfigTimeoutSettingsConnections,
        WTSUserConfigTimeoutSettingsDisconnections,
        WTSUserConfigTimeoutSettingsIdle,
        WTSUserConfigfDeviceClientDrives,
        WTSUserConfigfDeviceClientPrinters,
        WTSUserConfigfDeviceClientDefaultPrinter,
        WTSUserConfigBrokenTimeoutSettings,
        WTSUserConfigReconnectSettings,
        WTSUserConfigModemCallbackSettings,
        WTSUserConfigModemCallbackPhoneNumber,
        WTSUserConfigShadowingSettings,
        WTSUserConfigTerminalServerProfilePath,
        WTSUserConfigTerminalServerHomeDir,
        WTSUserConfigTerminalServerHomeDirDrive,
        WTSUserConfigfTerminalServerRemoteHomeDir,
        WTSUserConfigUser
    );
    header_offsets!(
        c,
        rd,
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
    header_constants!(
        c,
        rd,
        WTS_CURRENT_SESSION,
        USERNAME_LENGTH,
        CLIENTNAME_LENGTH,
        CLIENTADDRESS_LENGTH,
        WINSTATIONNAME_LENGTH,
        DOMAIN_LENGTH,
        WTS_WSD_LOGOFF,
        WTS_WSD_SHUTDOWN,
        WTS_WSD_REBOOT,
        WTS_WSD_POWEROFF,
        WTS_WSD_FASTREBOOT,
        WTS_PROTOCOL_TYPE_CONSOLE,
        WTS_PROTOCOL_TYPE_ICA,
        WTS_PROTOCOL_TYPE_RDP,
        WTS_SESSIONSTATE_UNKNOWN,
        WTS_SESSIONSTATE_LOCK,
        WTS_SESSIONSTATE_UNLOCK,
        WTS_EVENT_NONE,
        WTS_EVENT_CREATE,
        WTS_EVENT_DELETE,
        WTS_EVENT_RENAME,
        WTS_EVENT_CONNECT,
        WTS_EVENT_DISCONNECT,
        WTS_EVENT_LOGON,
        WTS_EVENT_LOGOFF,
        WTS_EVENT_STATECHANGE,
        WTS_EVENT_LICENSE,
        WTS_EVENT_ALL,
        WTS_EVENT_FLUSH,
        WTS_PROCESS_INFO_LEVEL_0,
        WTS_PROCESS_INFO_LEVEL_1,
        NOTIFY_FOR_THIS_SESSION,
        NOTIFY_FOR_ALL_SESSIONS,
        WTSActive,
        WTSConnected,
        WTSConnectQuery,
        WTSShadow,
        WTSDisconnected,
        WTSIdle,
        WTSListen,
        WTSReset,
        WTSDown,
        WTSInit,
        WTSInitialProgram,
        WTSApplicationName,
        WTSWorkingDirectory,
        WTSOEMId,
        WTSSessionId,
        WTSUserName,
        WTSWinStationName,
        WTSDomainName,
        WTSConnectState,
        WTSClientBuildNumber,
        WTSClientName,
        WTSClientDirectory,
        WTSClientProductId,
        WTSClientHardwareId,
        WTSClientAddress,
        WTSClientDisplay,
        WTSClientProtocolType,
        WTSIdleTime,
        WTSLogonTime,
        WTSIncomingBytes,
        WTSOutgoingBytes,
        WTSIncomingFrames,
        WTSOutgoingFrames,
        WTSClientInfo,
        WTSSessionInfo,
        WTSSessionInfoEx,
        WTSConfigInfo,
        WTSValidationInfo,
        WTSSessionAddressV4,
        WTSIsRemoteSession,
        WTSTypeProcessInfoLevel0,
        WTSTypeProcessInfoLevel1,
        WTSTypeSessionInfoLevel1
    );
    header_constants!(
        c,
        f,
        ERROR_SUCCESS,
        ERROR_FILE_NOT_FOUND,
        ERROR_ACCESS_DENIED,
        ERROR_INVALID_HANDLE,
        ERROR_NOT_ENOUGH_MEMORY,
        ERROR_INVALID_DATA,
        ERROR_OUTOFMEMORY,
        ERROR_GEN_FAILURE,
        ERROR_NOT_SUPPORTED,
        ERROR_BAD_NETPATH,
        ERROR_INVALID_PARAMETER,
        ERROR_BROKEN_PIPE,
        ERROR_DISK_FULL,
        ERROR_CALL_NOT_IMPLEMENTED,
        ERROR_INSUFFICIENT_BUFFER,
        ERROR_BUSY,
        ERROR_NO_TOKEN,
        ERROR_NOT_FOUND,
        ERROR_INVALID_COMPUTERNAME,
        ERROR_PRIVILEGE_NOT_HELD,
        ERROR_INTERNAL_ERROR,
        ERROR_TIMEOUT,
        ERROR_INVALID_USER_BUFFER,
        ERROR_CTX_WINSTATION_NAME_INVALID,
        ERROR_CTX_WINSTATION_NOT_FOUND,
        ERROR_CTX_WINSTATION_BUSY
    );
    header_constants!(c, rpc, RPC_S_SERVER_UNAVAILABLE, RPC_S_CALL_FAILED);
    header_constants!(
        c,
        ui,
        MB_OK,
        MB_OKCANCEL,
        MB_ABORTRETRYIGNORE,
        MB_YESNOCANCEL,
        MB_YESNO,
        MB_RETRYCANCEL,
        MB_CANCELTRYCONTINUE,
        MB_ICONERROR,
        MB_ICONQUESTION,
        MB_ICONWARNING,
        MB_ICONINFORMATION,
        IDOK,
        IDCANCEL,
        IDABORT,
        IDRETRY,
        IDIGNORE,
        IDYES,
        IDNO,
        IDTRYAGAIN,
        IDCONTINUE,
        IDTIMEOUT,
        IDASYNC
    );
    // DOMAIN_LENGTH = 17 puts WTSINFOW at 216 bytes (CONFORMANCE.md §10).
    assert_eq!(size_of::<rd::WTSINFOW>(), 216);
    assert_eq!(size_of::<rd::WTSINFOA>(), 144);

    let include = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../include");
    if let Err(e) = c.compile(&include) {
        panic!("wtsapi32.h disagrees with windows-sys: {e}");
    }
}
