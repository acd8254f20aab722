//! The one token rewrite the acceptor needs: a DCE-style Kerberos AP-REQ
//! arrives with or without the GSS-API framing of RFC 2743 3.1 (`0x60`,
//! the mechanism OID, RFC 1964 1.1's token id `01 00`). sspi's DCE-style
//! acceptor takes only the bare AP-REQ its own initiator sends, while
//! initiators that frame it (Impacket, MIT's and Windows' GSS layers) are
//! accepted by MIT's and Windows' acceptors; so the framing is removed,
//! also from the mechToken of a SPNEGO NegTokenInit (RFC 4178 4.2.1).
//! And a later SPNEGO token without its optional negState gets one (see
//! `with_neg_state`). Only DER framing is touched, never a key or a
//! checksum.

/// 1.2.840.113554.1.2.2 (RFC 1964) and 1.2.840.48018.1.2.2 (Microsoft's
/// Kerberos OID, [MS-KILE] 3.1.5.1), DER-encoded contents.
const KRB5_OIDS: [&[u8]; 2] = [
    &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x12, 0x01, 0x02, 0x02],
    &[0x2a, 0x86, 0x48, 0x82, 0xf7, 0x12, 0x01, 0x02, 0x02],
];
/// 1.3.6.1.5.5.2, SPNEGO.
const SPNEGO_OID: &[u8] = &[0x2b, 0x06, 0x01, 0x05, 0x05, 0x02];
/// RFC 1964 1.1.1: KRB_AP_REQ's token id.
const AP_REQ_TOKEN_ID: [u8; 2] = [0x01, 0x00];

const TAG_APPLICATION_0: u8 = 0x60;
const TAG_OID: u8 = 0x06;
const TAG_SEQUENCE: u8 = 0x30;
const TAG_OCTET_STRING: u8 = 0x04;
/// NegotiationToken's negTokenInit choice, and NegTokenInit's mechToken.
const TAG_NEG_TOKEN_INIT: u8 = 0xa0;
const TAG_MECH_TOKEN: u8 = 0xa2;

/// One DER TLV: its tag, contents, and what follows it.
fn tlv(data: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = data.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (usize::from(first), rest)
    } else {
        // X.690 8.1.3.5: 0x81..0x84 bytes of length follow.
        let count = usize::from(first & 0x7f);
        if count == 0 || count > 4 || rest.len() < count {
            return None;
        }
        let (bytes, rest) = rest.split_at(count);
        let len = bytes
            .iter()
            .fold(0usize, |len, &b| (len << 8) | usize::from(b));
        (len, rest)
    };
    if rest.len() < len {
        return None;
    }
    let (contents, rest) = rest.split_at(len);
    Some((tag, contents, rest))
}

/// The only TLV in `data`, with `tag`.
fn whole(data: &[u8], tag: u8) -> Option<&[u8]> {
    match tlv(data)? {
        (found, contents, []) if found == tag => Some(contents),
        _ => None,
    }
}

fn encode(tag: u8, contents: &[u8], out: &mut Vec<u8>) {
    out.push(tag);
    let len = contents.len();
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes = len.to_be_bytes();
        let skip = bytes.iter().take_while(|&&b| b == 0).count();
        out.push(0x80 | (bytes.len() - skip) as u8);
        out.extend_from_slice(&bytes[skip..]);
    }
    out.extend_from_slice(contents);
}

fn wrap(tag: u8, contents: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(contents.len() + 6);
    encode(tag, contents, &mut out);
    out
}

/// The bare AP-REQ inside a framed Kerberos initial context token.
pub(crate) fn unframe_ap_req(token: &[u8]) -> Option<&[u8]> {
    let inner = whole(token, TAG_APPLICATION_0)?;
    let (tag, oid, rest) = tlv(inner)?;
    if tag != TAG_OID || !KRB5_OIDS.contains(&oid) {
        return None;
    }
    rest.strip_prefix(&AP_REQ_TOKEN_ID[..])
}

/// A SPNEGO NegTokenInit whose mechToken is a framed Kerberos AP-REQ,
/// re-encoded with the bare AP-REQ; `None` leaves the token as it is.
pub(crate) fn unframe_neg_token_init(token: &[u8]) -> Option<Vec<u8>> {
    let inner = whole(token, TAG_APPLICATION_0)?;
    let (tag, oid, rest) = tlv(inner)?;
    if tag != TAG_OID || oid != SPNEGO_OID {
        return None;
    }
    let mut fields = whole(whole(rest, TAG_NEG_TOKEN_INIT)?, TAG_SEQUENCE)?;
    let mut rebuilt = Vec::with_capacity(fields.len());
    let mut changed = false;
    while !fields.is_empty() {
        let (tag, contents, rest) = tlv(fields)?;
        let field = &fields[..fields.len() - rest.len()];
        match whole(contents, TAG_OCTET_STRING).and_then(unframe_ap_req) {
            Some(ap_req) if tag == TAG_MECH_TOKEN => {
                encode(tag, &wrap(TAG_OCTET_STRING, ap_req), &mut rebuilt);
                changed = true;
            }
            _ => rebuilt.extend_from_slice(field),
        }
        fields = rest;
    }
    if !changed {
        return None;
    }
    let mut body = wrap(TAG_OID, SPNEGO_OID);
    encode(TAG_NEG_TOKEN_INIT, &wrap(TAG_SEQUENCE, &rebuilt), &mut body);
    Some(wrap(TAG_APPLICATION_0, &body))
}

/// NegTokenResp's negState values (RFC 4178 4.2.2).
pub(crate) const ACCEPT_COMPLETED: u8 = 0;
const ACCEPT_INCOMPLETE: u8 = 1;
const TAG_NEG_TOKEN_RESP: u8 = 0xa1;
const TAG_NEG_STATE: u8 = 0xa0;
const TAG_ENUMERATED: u8 = 0x0a;
const TAG_MECH_LIST_MIC: u8 = 0xa3;

/// A NegTokenResp's fields.
fn neg_token_resp_fields(token: &[u8]) -> Option<&[u8]> {
    whole(whole(token, TAG_NEG_TOKEN_RESP)?, TAG_SEQUENCE)
}

/// `token` with negState `state`: inserted when absent, replaced when
/// `replace`; `None` when nothing changes or the token is malformed.
fn set_neg_state(token: &[u8], state: u8, replace: bool) -> Option<Vec<u8>> {
    let fields = neg_token_resp_fields(token)?;
    let (first, contents, rest) = tlv(fields)?;
    let kept = match first {
        TAG_NEG_STATE if !replace || whole(contents, TAG_ENUMERATED) == Some(&[state]) => {
            return None;
        }
        TAG_NEG_STATE => rest,
        _ => fields,
    };
    let mut sequence = Vec::with_capacity(kept.len() + 5);
    encode(
        TAG_NEG_STATE,
        &wrap(TAG_ENUMERATED, &[state]),
        &mut sequence,
    );
    sequence.extend_from_slice(kept);
    Some(wrap(TAG_NEG_TOKEN_RESP, &wrap(TAG_SEQUENCE, &sequence)))
}

/// A later SPNEGO token (NegTokenResp) without negState, given the
/// accept-incomplete one. RFC 4178 4.2.2 makes negState OPTIONAL after
/// the acceptor's first reply, and Impacket leaves it out, but sspi's
/// decoder (picky-krb's NegTokenTarg) fails when the first field is
/// absent. accept-incomplete is what sspi's own initiator sends there,
/// and the acceptor does not act on it otherwise.
pub(crate) fn with_neg_state(token: &[u8]) -> Option<Vec<u8>> {
    set_neg_state(token, ACCEPT_INCOMPLETE, false)
}

/// The acceptor's NegTokenResp saying accept-completed.
pub(crate) fn completed(token: &[u8]) -> Option<Vec<u8>> {
    set_neg_state(token, ACCEPT_COMPLETED, true)
}

/// Whether a NegTokenResp carries a mechListMIC.
pub(crate) fn has_mech_list_mic(token: &[u8]) -> bool {
    let Some(mut fields) = neg_token_resp_fields(token) else {
        return false;
    };
    while let Some((tag, _, rest)) = tlv(fields) {
        if tag == TAG_MECH_LIST_MIC {
            return true;
        }
        fields = rest;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn framed(ap_req: &[u8]) -> Vec<u8> {
        let mut inner = wrap(TAG_OID, KRB5_OIDS[0]);
        inner.extend_from_slice(&AP_REQ_TOKEN_ID);
        inner.extend_from_slice(ap_req);
        wrap(TAG_APPLICATION_0, &inner)
    }

    fn neg_token_init(mech_token: &[u8]) -> Vec<u8> {
        let mut fields = wrap(0xa0, &wrap(TAG_SEQUENCE, &wrap(TAG_OID, KRB5_OIDS[1])));
        encode(
            TAG_MECH_TOKEN,
            &wrap(TAG_OCTET_STRING, mech_token),
            &mut fields,
        );
        let mut body = wrap(TAG_OID, SPNEGO_OID);
        encode(TAG_NEG_TOKEN_INIT, &wrap(TAG_SEQUENCE, &fields), &mut body);
        wrap(TAG_APPLICATION_0, &body)
    }

    #[test]
    fn framing_comes_off_an_ap_req_and_a_neg_token_init() {
        // Long enough for two-byte DER lengths at every level.
        let ap_req = wrap(0x6e, &[0x55; 300]);
        assert_eq!(unframe_ap_req(&framed(&ap_req)), Some(&ap_req[..]));
        assert_eq!(unframe_ap_req(&ap_req), None, "already bare");
        let rewritten = unframe_neg_token_init(&neg_token_init(&framed(&ap_req))).unwrap();
        assert_eq!(rewritten, neg_token_init(&ap_req));
        assert_eq!(unframe_neg_token_init(&neg_token_init(&ap_req)), None);
    }

    fn neg_token_resp(neg_state: Option<u8>, mic: bool) -> Vec<u8> {
        let mut fields = Vec::new();
        if let Some(state) = neg_state {
            encode(TAG_NEG_STATE, &wrap(TAG_ENUMERATED, &[state]), &mut fields);
        }
        encode(
            TAG_MECH_TOKEN,
            &wrap(TAG_OCTET_STRING, &[0x6f; 200]),
            &mut fields,
        );
        if mic {
            encode(
                TAG_MECH_LIST_MIC,
                &wrap(TAG_OCTET_STRING, &[4; 28]),
                &mut fields,
            );
        }
        wrap(TAG_NEG_TOKEN_RESP, &wrap(TAG_SEQUENCE, &fields))
    }

    #[test]
    fn neg_state_is_added_when_absent_and_set_to_completed() {
        let bare = neg_token_resp(None, false);
        let incomplete = neg_token_resp(Some(ACCEPT_INCOMPLETE), false);
        assert_eq!(with_neg_state(&bare), Some(incomplete.clone()));
        assert_eq!(with_neg_state(&incomplete), None, "already there");
        assert_eq!(with_neg_state(&bare[..bare.len() - 1]), None);
        let done = neg_token_resp(Some(ACCEPT_COMPLETED), true);
        assert_eq!(
            completed(&neg_token_resp(Some(ACCEPT_INCOMPLETE), true)),
            Some(done.clone())
        );
        assert_eq!(completed(&done), None);
        assert_eq!(
            completed(&bare),
            Some(neg_token_resp(Some(ACCEPT_COMPLETED), false))
        );
    }

    #[test]
    fn a_mech_list_mic_is_found() {
        assert!(has_mech_list_mic(&neg_token_resp(Some(1), true)));
        assert!(!has_mech_list_mic(&neg_token_resp(Some(1), false)));
        assert!(!has_mech_list_mic(&neg_token_resp(None, false)));
        assert!(!has_mech_list_mic(b"\xa1\x03\x30\x01"));
    }

    #[test]
    fn malformed_tokens_are_left_alone() {
        let good = neg_token_init(&framed(&wrap(0x6e, &[1; 40])));
        for len in 0..good.len() {
            assert_eq!(unframe_neg_token_init(&good[..len]), None, "cut at {len}");
        }
        // A length field claiming more than there is.
        assert_eq!(unframe_ap_req(&[0x60, 0x84, 0xff, 0xff, 0xff, 0xff]), None);
        // A NTLM mechToken is not a Kerberos one.
        assert_eq!(unframe_neg_token_init(&neg_token_init(b"NTLMSSP\0")), None);
    }
}
