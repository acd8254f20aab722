//! Incremental UTF-8 validation of text messages that arrive in pieces.
//!
//! Decision: text messages from the server are validated (RFC 6455 §8.1;
//! Autobahn section 6 expects it). Invalid UTF-8 fails the connection with
//! close status 1007. Windows' own behaviour is not documented; Wine does
//! not validate.

/// Carries an incomplete trailing sequence (at most 3 bytes) between pieces.
#[derive(Default, Debug, Clone)]
pub struct Utf8Validator {
    pending: [u8; 4],
    pending_len: usize,
}

impl Utf8Validator {
    /// Check the next piece; `false` as soon as the text cannot be UTF-8.
    pub fn feed(&mut self, mut data: &[u8]) -> bool {
        // Complete a sequence left over from the last piece first.
        while self.pending_len > 0 && !data.is_empty() {
            self.pending[self.pending_len] = data[0];
            self.pending_len += 1;
            data = &data[1..];
            match std::str::from_utf8(&self.pending[..self.pending_len]) {
                Ok(_) => self.pending_len = 0,
                Err(e) if e.error_len().is_some() => return false,
                Err(_) if self.pending_len == 4 => return false,
                Err(_) => {}
            }
        }
        match std::str::from_utf8(data) {
            Ok(_) => true,
            Err(e) if e.error_len().is_some() => false,
            Err(e) => {
                let tail = &data[e.valid_up_to()..];
                self.pending[..tail.len()].copy_from_slice(tail);
                self.pending_len = tail.len();
                true
            }
        }
    }

    /// The message ended: nothing may be left half-way.
    pub fn finish(&mut self) -> bool {
        let complete = self.pending_len == 0;
        self.pending_len = 0;
        complete
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid_in_pieces(data: &[u8], piece: usize) -> bool {
        let mut v = Utf8Validator::default();
        data.chunks(piece.max(1)).all(|c| v.feed(c)) && v.finish()
    }

    #[test]
    fn split_anywhere() {
        let text = "κόσμε € 🎉 done".as_bytes();
        for piece in 1..text.len() {
            assert!(valid_in_pieces(text, piece), "piece {piece}");
        }
    }

    #[test]
    fn invalid_sequences_fail_early() {
        // Autobahn 6.x samples: overlong, surrogate, beyond U+10FFFF, stray
        // continuation, truncated at the end.
        for bad in [
            &b"\xc0\xaf"[..],
            b"\xed\xa0\x80",
            b"\xf4\x90\x80\x80",
            b"\x80",
            b"abc\xce",
            b"\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5\xed\xa0\x80edited",
        ] {
            for piece in 1..=bad.len() {
                assert!(!valid_in_pieces(bad, piece), "{bad:?} in pieces of {piece}");
            }
        }
        let mut v = Utf8Validator::default();
        assert!(!v.feed(b"\xf8"));
    }
}
