//! include/wdstci.h must agree with windows-sys (generated from Microsoft's
//! metadata): struct sizes and offsets and every constant it defines,
//! checked by the C and C++ compilers.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use win32::header_check::HeaderCheck;
use win32::{header_constants, header_offsets, header_sizes};
use windows_sys::Win32::System::DeploymentServices as ds;

#[test]
fn wdstci_h_matches_windows_sys() {
    let mut c = HeaderCheck::new("wdstci.h");
    header_sizes!(
        c,
        ds,
        TRANSPORTCLIENT_SESSION_INFO,
        WDS_TRANSPORTCLIENT_REQUEST,
        WDS_TRANSPORTCLIENT_CALLBACKS
    );
    header_offsets!(
        c,
        ds,
        TRANSPORTCLIENT_SESSION_INFO.ullFileSize,
        TRANSPORTCLIENT_SESSION_INFO.ulBlockSize,
        WDS_TRANSPORTCLIENT_REQUEST.ulApiVersion,
        WDS_TRANSPORTCLIENT_REQUEST.ulAuthLevel,
        WDS_TRANSPORTCLIENT_REQUEST.pwszServer,
        WDS_TRANSPORTCLIENT_REQUEST.pwszNamespace,
        WDS_TRANSPORTCLIENT_REQUEST.pwszObjectName,
        WDS_TRANSPORTCLIENT_REQUEST.ulCacheSize,
        WDS_TRANSPORTCLIENT_REQUEST.ulProtocol,
        WDS_TRANSPORTCLIENT_REQUEST.pvProtocolData,
        WDS_TRANSPORTCLIENT_REQUEST.ulProtocolDataLength,
        WDS_TRANSPORTCLIENT_CALLBACKS.SessionStartEx,
        WDS_TRANSPORTCLIENT_CALLBACKS.ReceiveContents,
        WDS_TRANSPORTCLIENT_CALLBACKS.ReceiveMetadata,
        WDS_TRANSPORTCLIENT_CALLBACKS.SessionComplete,
        WDS_TRANSPORTCLIENT_CALLBACKS.SessionNegotiate
    );
    header_constants!(
        c,
        ds,
        WDS_TRANSPORTCLIENT_CURRENT_API_VERSION,
        WDS_TRANSPORTCLIENT_PROTOCOL_MULTICAST,
        WDS_TRANSPORTCLIENT_AUTH,
        WDS_TRANSPORTCLIENT_NO_AUTH,
        WDS_TRANSPORTCLIENT_NO_CACHE,
        WDS_TRANSPORTCLIENT_STATUS_IN_PROGRESS,
        WDS_TRANSPORTCLIENT_STATUS_SUCCESS,
        WDS_TRANSPORTCLIENT_STATUS_FAILURE,
        WDS_TRANSPORTCLIENT_SESSION_START,
        WDS_TRANSPORTCLIENT_RECEIVE_CONTENTS,
        WDS_TRANSPORTCLIENT_SESSION_COMPLETE,
        WDS_TRANSPORTCLIENT_RECEIVE_METADATA,
        WDS_TRANSPORTCLIENT_SESSION_STARTEX,
        WDS_TRANSPORTCLIENT_SESSION_NEGOTIATE,
        WDS_TRANSPORTCLIENT_MAX_CALLBACKS,
        WDSTPC_E_CALLBACKS_NOT_REG,
        WDSTPC_E_ALREADY_COMPLETED,
        WDSTPC_E_ALREADY_IN_PROGRESS,
        WDSTPC_E_UNKNOWN_ERROR,
        WDSTPC_E_NOT_INITIALIZED,
        WDSTPC_E_KICKED_POLICY_NOT_MET,
        WDSTPC_E_KICKED_FALLBACK,
        WDSTPC_E_KICKED_FAIL,
        WDSTPC_E_KICKED_UNKNOWN,
        WDSTPC_E_MULTISTREAM_NOT_ENABLED,
        WDSTPC_E_ALREADY_IN_LOWEST_SESSION,
        WDSTPC_E_CLIENT_DEMOTE_NOT_SUPPORTED,
        WDSTPC_E_NO_IP4_INTERFACE,
        WDSMCS_E_CONTENT_NOT_FOUND,
        WDSMCS_E_NAMESPACE_NOT_FOUND
    );
    let include = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../include");
    c.compile(&include).unwrap();
}
