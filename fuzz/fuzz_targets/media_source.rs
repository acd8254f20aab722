//! The media source's parsing entry: any bytes given to the source (as a
//! byte stream's content would be) either fail to open or decode to the end
//! without a crash, a hang or unbounded memory; a seek in the middle too.
//! Then the coded path: the packets through the decoder transform the
//! topology loader would insert, made from the stream's media type alone.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mfplat::bindings::{IMFTransform, MFT_OUTPUT_DATA_BUFFER};
use mf::demux::Demuxer;
use windows_core::Interface;

fn through_the_decoder(data: &[u8]) {
    let Ok(mut demuxer) = Demuxer::from_bytes(data.to_vec()) else {
        return;
    };
    let Some(coded) = mf::decoder::coded_media_type(demuxer.params()) else {
        return;
    };
    let decoded =
        mf::decoder::decoded_type(&coded).expect("a coded type the source offers decodes");
    // Setup data the decoder refuses fails here, as an error.
    let Ok(object) = mf::decoder::create_node_object(&coded, &decoded) else {
        return;
    };
    let transform: IMFTransform = object.cast().expect("a transform");
    for _ in 0..256 {
        let Ok(Some(packet)) = demuxer.next_coded() else {
            return;
        };
        let sample =
            mfplat::sample::Sample::with_bytes(packet.data.into_vec(), 0, 0).expect("a sample");
        let mut buffers = [MFT_OUTPUT_DATA_BUFFER::default()];
        let mut status = 0;
        // SAFETY: plain COM calls on live interfaces; the output sample is
        // taken out of its entry and released.
        unsafe {
            transform
                .ProcessInput(0, &sample, 0)
                .ok()
                .expect("the transform takes a sample");
            if transform
                .ProcessOutput(0, 1, buffers.as_mut_ptr(), &mut status)
                .is_ok()
            {
                drop(std::mem::ManuallyDrop::take(&mut buffers[0].pSample));
            }
        }
    }
}

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
    through_the_decoder(data);
});
