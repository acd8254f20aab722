//! Packet privacy on whole PDUs ([MS-RPCE] 3.3.1.5.2.2): where the stub
//! and the verifier lie, sealing and unsealing through a
//! [`SecurityContext`], and fragmenting a stub into sealed PDUs.

use std::ops::Range;

use super::*;
use crate::security::{SecurityContext, SecurityError};

/// The byte ranges of an encoded stub-carrying PDU with a verifier: the
/// stub with its padding, and where the auth_value starts.
pub(super) fn sealed_layout(pdu: &[u8]) -> Result<(Range<usize>, usize), PduError> {
    let h = Header::decode(pdu)?;
    if usize::from(h.frag_length) != pdu.len() {
        return Err(PduError::BadFragLength(h.frag_length));
    }
    let value_start = pdu
        .len()
        .checked_sub(usize::from(h.auth_length))
        .ok_or(PduError::BadAuthLength(h.auth_length))?;
    let stub_start = h
        .ptype
        .stub_offset(h.flags)
        .ok_or(PduError::BadField("PTYPE"))?;
    let trailer_start = value_start
        .checked_sub(SEC_TRAILER_LEN)
        .filter(|&s| h.auth_length > 0 && s >= stub_start)
        .ok_or(PduError::BadAuthLength(h.auth_length))?;
    Ok((stub_start..trailer_start, value_start))
}

/// The smallest fragment size we negotiate. C706 12.6.3.1 asks every
/// implementation to take 1432 bytes; we go lower so small peers and
/// tests work, but keep room for a sealed stub chunk.
pub const MIN_FRAG: u16 = 256;

/// How [`encode_fragments`] seals: the context and its verifier's fields.
pub(crate) struct Sealer<'a> {
    pub ctx: &'a mut dyn SecurityContext,
    pub auth_type: u8,
    pub auth_level: u8,
    pub auth_context_id: u32,
}

impl<'a> Sealer<'a> {
    /// The sealer of a context bound at packet privacy; none below it
    /// (CONNECT level sends no verifier with requests and responses).
    pub(crate) fn at_privacy(
        ctx: &'a mut dyn SecurityContext,
        auth_type: u8,
        auth_level: u8,
        auth_context_id: u32,
    ) -> Option<Self> {
        (auth_level == crate::security::RPC_C_AUTHN_LEVEL_PKT_PRIVACY).then_some(Sealer {
            ctx,
            auth_type,
            auth_level,
            auth_context_id,
        })
    }
}

/// Encodes a request (without object UUID) or response stub as
/// fragments of at most `max_frag` bytes, each sealed when `sealer` is
/// given. `body` makes a fragment's body from its alloc_hint and chunk.
pub(crate) fn encode_fragments(
    call_id: u32,
    stub: &[u8],
    max_frag: u16,
    mut sealer: Option<Sealer<'_>>,
    body: impl Fn(u32, Vec<u8>) -> Body,
) -> Result<Vec<Vec<u8>>, RpcError> {
    let sig_len = sealer.as_ref().map(|s| s.ctx.signature_len());
    let overhead = HEADER_LEN + 8 + sig_len.map_or(0, |s| SEC_TRAILER_LEN + s);
    // A sealed chunk is a multiple of 16 so only the last one pads.
    let align = if sig_len.is_some() {
        STUB_AUTH_ALIGN
    } else {
        8
    };
    let room = usize::from(max_frag).saturating_sub(overhead) / align * align;
    if room == 0 {
        return Err(RpcError::Protocol(
            "fragment size too small for the signature",
        ));
    }
    let count = stub.len().div_ceil(room).max(1);
    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        let start = i * room;
        let chunk = stub[start..stub.len().min(start + room)].to_vec();
        let mut flags = 0;
        if i == 0 {
            flags |= pfc::FIRST_FRAG;
        }
        if i + 1 == count {
            flags |= pfc::LAST_FRAG;
        }
        // C706 12.6.3.1: alloc_hint is what remains of the stub.
        let alloc_hint = u32::try_from(stub.len() - start).unwrap_or(u32::MAX);
        let auth = match (&sealer, sig_len) {
            (Some(s), Some(n)) => Some(AuthVerifier::new(
                s.auth_type,
                s.auth_level,
                s.auth_context_id,
                vec![0; n],
            )),
            _ => None,
        };
        let mut bytes = Pdu {
            flags,
            call_id,
            body: body(alloc_hint, chunk),
            auth,
        }
        .encode()?;
        if let Some(s) = sealer.as_mut() {
            seal(&mut bytes, &mut *s.ctx)?;
        }
        out.push(bytes);
    }
    Ok(out)
}

/// Seals an encoded request, response or fault whose auth_value is a
/// placeholder of `ctx.signature_len()` bytes: encrypts the stub and its
/// padding and writes the signature over the whole PDU minus the
/// auth_value ([MS-RPCE] 3.3.1.5.2.2, header signing).
pub fn seal(pdu: &mut [u8], ctx: &mut dyn SecurityContext) -> Result<(), RpcError> {
    let (stub, value_start) = sealed_layout(pdu)?;
    let (signed, value) = pdu.split_at_mut(value_start);
    let signature = ctx.seal(signed, stub)?;
    if signature.len() != value.len() {
        return Err(RpcError::Security(SecurityError {
            status: status::RPC_S_PROTOCOL_ERROR,
            message: "signature length differs from signature_len()".into(),
        }));
    }
    value.copy_from_slice(&signature);
    Ok(())
}

/// The inverse of [`seal`] on a received PDU: decrypts the stub in place
/// and checks the signature.
pub fn unseal(pdu: &mut [u8], ctx: &mut dyn SecurityContext) -> Result<(), RpcError> {
    let (stub, value_start) = sealed_layout(pdu)?;
    let (signed, value) = pdu.split_at_mut(value_start);
    ctx.unseal(signed, stub, value)?;
    Ok(())
}
