//! The random back-offs the protocol asks for (NACK, QCR, POLLACK, LEAVE)
//! and the server's first ClientId. Not cryptographic: splitmix64, seeded
//! from the OS, or fixed in tests so runs repeat.

pub struct Rng(u64);

impl Rng {
    pub fn from_os() -> Self {
        let mut seed = [0u8; 8];
        // Without OS randomness every client would back off alike; that
        // only costs efficiency, so a fixed seed is an acceptable fallback.
        let _ = getrandom::fill(&mut seed);
        Rng(u64::from_ne_bytes(seed))
    }

    pub fn seeded(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..=hi` (or `lo` when `hi <= lo`).
    pub fn between(&mut self, lo: u64, hi: u64) -> u64 {
        if hi <= lo {
            lo
        } else {
            lo + self.next_u64() % (hi - lo + 1)
        }
    }
}
