//! The media source's parsing entry: any bytes given to the source (as a
//! byte stream's content would be) either fail to open or decode to the end
//! without a crash, a hang or unbounded memory; a seek in the middle too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mf::demux::Demuxer;

fuzz_target!(|data: &[u8]| {
    // The demuxer turns symphonia's panics into errors (demux::guarded);
    // libFuzzer's hook would abort before that, so it is replaced once. A
    // panic that escapes still aborts (libfuzzer-sys catches it).
    static QUIET: std::sync::Once = std::sync::Once::new();
    QUIET.call_once(|| std::panic::set_hook(Box::new(|_| {})));
    let Ok(mut demuxer) = Demuxer::from_bytes(data.to_vec()) else {
        return;
    };
    let format = demuxer.info().format;
    assert!(format.channels > 0 && format.rate > 0 && format.block_align() > 0);
    for round in 0..2 {
        for _ in 0..256 {
            match demuxer.next_chunk() {
                Ok(Some(chunk)) => {
                    assert_eq!(chunk.bytes.len() % format.block_align() as usize, 0);
                }
                _ => break,
            }
        }
        if round == 0 && demuxer.seek(5_000_000).is_err() {
            break;
        }
    }
});
