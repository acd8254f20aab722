//! The utmp decoder on arbitrary bytes: whole records only, never a panic,
//! and decoding is stable under re-encoding.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wtsapi32::utmp::{self, RECORD_SIZE, Record};

fuzz_target!(|data: &[u8]| {
    let records = utmp::decode_all(data);
    assert_eq!(records.len(), data.len() / RECORD_SIZE);
    for r in records {
        let again = Record::decode(&r.encode());
        assert_eq!(
            again.map(|a| (a.kind, a.pid, a.session)),
            Some((r.kind, r.pid, r.session))
        );
    }
});
