//! The HTTP/1.1 response path on arbitrary bytes, as the client meets a
//! server's answer: the head (with a small size limit, so the overflow
//! path runs too), then the body it announces fed in two pieces, then the
//! gzip/deflate decoder in small steps. Never a panic, never more output
//! per decoder step than asked, and the body split at any point gives the
//! same bytes as the body whole.
#![no_main]

use libfuzzer_sys::fuzz_target;
use winhttp::decode::Decoder;
use winhttp::http::{self, Body};
use windows_sys::Win32::Networking::WinHttp as wh;

/// WINHTTP_DECOMPRESSION_FLAG_ALL (winhttp.h; not in windows-sys).
const ALL: u32 = wh::WINHTTP_DECOMPRESSION_FLAG_GZIP | wh::WINHTTP_DECOMPRESSION_FLAG_DEFLATE;

fn body_of(body: &Body, pieces: &[&[u8]]) -> Result<(Vec<u8>, Body), win32::Win32Error> {
    let mut body = body.clone();
    let mut buf = Vec::new();
    let mut out = Vec::new();
    for piece in pieces {
        buf.extend_from_slice(piece);
        http::take_body(&mut body, &mut buf, &mut out)?;
    }
    Ok((out, body))
}

fuzz_target!(|data: &[u8]| {
    let max_head = 64 + usize::from(data.first().copied().unwrap_or(0)) * 16;
    let Ok(Some((response, used))) = http::parse_response(data, max_head) else {
        return;
    };
    assert!(used <= data.len() && used <= max_head);
    let rest = &data[used..];
    let body = Body::of("GET", &response);
    let split = usize::from(data[data.len() - 1]) % (rest.len() + 1);
    let whole = body_of(&body, &[rest]);
    let pieces = body_of(&body, &[&rest[..split], &rest[split..]]);
    if let (Ok(whole), Ok(pieces)) = (&whole, &pieces) {
        assert_eq!(whole, pieces);
    }
    let Ok((mut encoded, _)) = whole else {
        return;
    };
    let encoding = response.headers.get("Content-Encoding");
    let Some(mut decoder) = Decoder::for_response(ALL, encoding) else {
        return;
    };
    let mut out = Vec::new();
    for _ in 0..64 {
        let before = out.len();
        if decoder.decode(&mut encoded, &mut out, 4096).is_err() || decoder.finished() {
            break;
        }
        assert!(out.len() - before <= 4096);
        if out.len() == before && encoded.is_empty() {
            break;
        }
    }
});
