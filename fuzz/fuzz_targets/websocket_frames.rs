//! The WebSocket frame decoder and UTF-8 validator on arbitrary bytes:
//! never a panic, and every accepted header re-encodes to the bytes it came
//! from. The HTTP response path has its own target (http_response).
#![no_main]

use libfuzzer_sys::fuzz_target;
use winhttp::frame::{self, MAX_HEADER};
use winhttp::utf8::Utf8Validator;

fuzz_target!(|data: &[u8]| {
    let mut at = 0;
    while at < data.len() {
        match frame::decode_header(&data[at..]) {
            Ok(Some((header, used))) => {
                assert!(used >= 2 && used <= MAX_HEADER && at + used <= data.len());
                let mut out = [0u8; MAX_HEADER];
                let n = frame::encode_header(&header, &mut out);
                assert_eq!(&out[..n], &data[at..at + used]);
                let payload = usize::try_from(header.len).unwrap_or(usize::MAX);
                at = at.saturating_add(used).saturating_add(payload);
            }
            Ok(None) | Err(_) => break,
        }
    }
    // Any split of the input gives the same UTF-8 verdict as the whole.
    let split = data.first().map_or(0, |b| usize::from(*b)) % (data.len() + 1);
    let mut v = Utf8Validator::default();
    let pieces = v.feed(&data[..split]) && v.feed(&data[split..]) && v.finish();
    assert_eq!(pieces, std::str::from_utf8(data).is_ok());
});
