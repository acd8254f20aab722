//! [MS-WDSMSI] session initiation over [MS-WDSC] RPC, both ends: the
//! client's WDSMC_OP_INITIATE call and the server's answer to it (the
//! checks of [MS-WDSC] 3.1.4.1 in their order), and the packet-security
//! modes a reply hands out ([MS-WDSMSI] 2.2.1.1 and 2.2.1.2).

use std::net::{Ipv4Addr, SocketAddrV4};

use dcerpc::security::RPC_C_AUTHN_LEVEL_PKT_PRIVACY;
use dcerpc::server::{Call, CallAuth};
use dcerpc::{SecurityContext, SyntaxId};
use windows_sys::Win32::Foundation as f;
use windows_sys::Win32::System::DeploymentServices as ds;

use crate::codec::msi::Offer;
use crate::codec::mt::Security;
use crate::codec::wdsc::{self, InitiateReply, InitiateRequest, Packet};
use crate::rpc::{self, CallError, CallLimits};

/// [MS-WDSC] 2.1: WdsRpcInterface, version 1.0.
pub const INTERFACE: SyntaxId = SyntaxId {
    uuid: wdsc::INTERFACE,
    major: 1,
    minor: 0,
};

/// `RPC_S_PROTOCOL_ERROR`: a reply we cannot read.
const RPC_S_PROTOCOL_ERROR: u32 = 1728;
/// CryptoAPI's algorithm ids ([MS-WDSMSI] 4.1): HMAC over SHA-256 is the
/// one pair we speak.
pub const CALG_SHA_256: u32 = 0x800C;
pub const CALG_HMAC: u32 = 0x8009;

/// What a client learns from the server.
pub struct Negotiated {
    pub offer: Offer,
    pub client_security: Security,
    pub server_security: Security,
    pub metadata: Option<Vec<u8>>,
}

/// Ask `host` for `request` over RPC, authenticated at PKT_PRIVACY when
/// `auth` is given ([MS-WDSC] 2.1.2), anonymously otherwise; at `port`, or
/// where the endpoint mapper says.
pub fn request_rpc(
    host: Ipv4Addr,
    port: Option<u16>,
    request: &InitiateRequest,
    auth: Option<Box<dyn SecurityContext>>,
    limits: CallLimits,
    cancelled: &dyn Fn() -> Option<u32>,
) -> Result<Negotiated, CallError> {
    let port = match port {
        Some(p) => p,
        None => rpc::resolve(host, INTERFACE, limits, cancelled)?,
    };
    let stub = wdsc::encode_call(&request.to_packet().encode());
    let auth = auth.map(|a| (a, RPC_C_AUTHN_LEVEL_PKT_PRIVACY));
    let out = rpc::call(
        SocketAddrV4::new(host, port),
        INTERFACE,
        auth,
        wdsc::OPNUM_WDS_RPC_MESSAGE,
        &stub,
        limits,
        cancelled,
    )?;
    let protocol = |_| CallError::Failed(RPC_S_PROTOCOL_ERROR);
    let (reply, status) = wdsc::decode_return(&out).map_err(protocol)?;
    if status != 0 {
        return Err(CallError::Failed(status));
    }
    let packet =
        Packet::decode(&reply.ok_or(CallError::Failed(RPC_S_PROTOCOL_ERROR))?).map_err(protocol)?;
    // [MS-WDSC] 3.2.4: the endpoint must be the one asked; a nonzero
    // OpCode-ErrorCode is the operation's failure.
    if packet.endpoint != wdsc::MULTICAST_ENDPOINT {
        return Err(CallError::Failed(RPC_S_PROTOCOL_ERROR));
    }
    if packet.opcode_or_error != 0 {
        return Err(CallError::Failed(packet.opcode_or_error));
    }
    let reply = InitiateReply::from_packet(&packet).map_err(protocol)?;
    let (client_security, server_security) =
        negotiated_modes(&reply.security).map_err(CallError::Failed)?;
    Ok(Negotiated {
        offer: reply.offer,
        client_security,
        server_security,
        metadata: reply.metadata,
    })
}

/// [MS-WDSMSI] 2.2.1.1 and 2.2.1.2 (the flowcharts; CONFORMANCE 3.3):
/// SecMode decides when present, else the keys present do. Returns the
/// client's mode, then the server's.
pub fn negotiated_modes(sec: &wdsc::ReplySecurity) -> Result<(Security, Security), u32> {
    let unsupported = ds::WDSMCS_E_CLIENT_DOESNOT_SUPPORT_SECURITY_MODE as u32;
    let hmac = || -> Result<Security, u32> {
        if sec.hash_alg.is_some_and(|a| a != CALG_SHA_256)
            || sec.hmac_alg.is_some_and(|a| a != CALG_HMAC)
        {
            return Err(unsupported);
        }
        let blob = sec.sym_key.as_deref().ok_or(unsupported)?;
        let key = crate::codec::keyblob::parse_plaintext_key(blob).map_err(|_| unsupported)?;
        Ok(Security::hmac(key))
    };
    let sign = || -> Result<Security, u32> {
        // The signature is over a SHA-256 hash (keyblob.rs); another
        // HashAlgId is a mode we cannot check.
        if sec.hash_alg.is_some_and(|a| a != CALG_SHA_256) {
            return Err(unsupported);
        }
        let blob = sec.sign_key.as_deref().ok_or(unsupported)?;
        Security::verifier(blob).map_err(|_| unsupported)
    };
    let mode = |m: u16, signer: bool| match m {
        wdsc::SEC_NONE => Ok(Security::None),
        wdsc::SEC_CHECKSUM => Ok(Security::Checksum),
        wdsc::SEC_HASH => hmac(),
        // Only the server signs ([MS-WDSMSI] 3.1.5.1's table).
        wdsc::SEC_SIGN if signer => sign(),
        _ => Err(unsupported),
    };
    match sec.modes {
        Some((client, server)) => Ok((mode(client, false)?, mode(server, true)?)),
        None => {
            let client = if sec.sym_key.is_some() {
                hmac()?
            } else {
                Security::None
            };
            let server = if sec.sign_key.is_some() {
                sign()?
            } else if sec.sym_key.is_some() {
                hmac()?
            } else {
                Security::None
            };
            Ok((client, server))
        }
    }
}

/// Who made an initiation request, as the server's policy sees it.
pub struct Caller<'a> {
    /// The authenticated identity, `None` for an anonymous call.
    pub auth: Option<&'a CallAuth>,
    /// [MS-WDSMSI] 3.1.5.1.1: a UDP request, or Cap with BOOT_DEVICE.
    pub pre_os: bool,
}

/// The server's answer to a WdsRpcMessage call ([MS-WDSC] 3.1.4.1 and
/// 3.1.4.2): failures before the provider, and the provider's own, are
/// the call's return value with no reply packet. `initiate` is the
/// multicast provider: it checks access and sets the session up.
pub fn serve_call(
    call: &Call,
    initiate: &dyn Fn(&InitiateRequest, &Caller<'_>) -> Result<InitiateReply, u32>,
) -> Result<Vec<u8>, u32> {
    if call.opnum != wdsc::OPNUM_WDS_RPC_MESSAGE {
        return Err(dcerpc::pdu::status::NCA_S_OP_RNG_ERROR);
    }
    // An [in] stub that is not WdsRpcMessage's is the RPC layer's fault,
    // not the service's.
    let bytes = wdsc::decode_call(&call.stub).map_err(|_| f::RPC_X_BAD_STUB_DATA as u32)?;
    let fail = |code: u32| Ok(wdsc::encode_return(None, code));
    let Ok(packet) = Packet::decode(bytes) else {
        return fail(f::ERROR_INVALID_DATA);
    };
    if packet.endpoint != wdsc::MULTICAST_ENDPOINT {
        return fail(f::ERROR_NOT_FOUND);
    }
    // "For authenticated clients, server MUST enforce PKT_PRIVACY".
    if call
        .auth
        .as_ref()
        .is_some_and(|a| a.auth_level != RPC_C_AUTHN_LEVEL_PKT_PRIVACY)
    {
        return fail(f::ERROR_ACCESS_DENIED);
    }
    if packet.opcode_or_error != wdsc::OP_INITIATE {
        return fail(f::ERROR_NOT_SUPPORTED);
    }
    let Ok(request) = InitiateRequest::from_packet(&packet) else {
        return fail(f::ERROR_INVALID_DATA);
    };
    let caller = Caller {
        auth: call.auth.as_ref(),
        pre_os: request.cap.is_some_and(|c| c & wdsc::CAP_BOOT_DEVICE != 0),
    };
    match initiate(&request, &caller) {
        Ok(reply) => Ok(wdsc::encode_return(Some(&reply.to_packet().encode()), 0)),
        Err(code) => fail(code),
    }
}
