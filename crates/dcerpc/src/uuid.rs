//! UUIDs as RPC carries them: the first three fields in the data
//! representation's byte order (little-endian for every peer we speak to,
//! C706 14.2.5 and [MS-RPCE] 2.2.5.2), then eight bytes as they are.

use std::fmt;

/// A UUID in its textual field order.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Uuid {
    pub data1: u32,
    pub data2: u16,
    pub data3: u16,
    pub data4: [u8; 8],
}

impl Uuid {
    pub const NIL: Uuid = Uuid {
        data1: 0,
        data2: 0,
        data3: 0,
        data4: [0; 8],
    };

    /// `0x1A927394_352E_4553_AE3F_7CF4AAFCA620` style, as windows-sys'
    /// `GUID::from_u128`.
    pub const fn from_u128(v: u128) -> Uuid {
        Uuid {
            data1: (v >> 96) as u32,
            data2: (v >> 80) as u16,
            data3: (v >> 64) as u16,
            data4: (v as u64).to_be_bytes(),
        }
    }

    /// The 16 bytes little-endian (NDR with drep little-endian, MS-DTYP
    /// 2.3.4.2).
    pub fn to_le_bytes(&self) -> [u8; 16] {
        let mut b = [0u8; 16];
        b[0..4].copy_from_slice(&self.data1.to_le_bytes());
        b[4..6].copy_from_slice(&self.data2.to_le_bytes());
        b[6..8].copy_from_slice(&self.data3.to_le_bytes());
        b[8..16].copy_from_slice(&self.data4);
        b
    }

    pub fn from_le_bytes(b: [u8; 16]) -> Uuid {
        let mut data4 = [0u8; 8];
        data4.copy_from_slice(&b[8..16]);
        Uuid {
            data1: u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
            data2: u16::from_le_bytes([b[4], b[5]]),
            data3: u16::from_le_bytes([b[6], b[7]]),
            data4,
        }
    }
}

impl fmt::Display for Uuid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = &self.data4;
        write!(
            f,
            "{:08x}-{:04x}-{:04x}-{:02x}{:02x}-{:02x}{:02x}{:02x}{:02x}{:02x}{:02x}",
            self.data1, self.data2, self.data3, d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]
        )
    }
}

impl fmt::Debug for Uuid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// An interface or transfer syntax: UUID and version (C706 12.6.3.1
/// `p_syntax_id_t`: major in the low 16 bits of `if_version`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct SyntaxId {
    pub uuid: Uuid,
    pub major: u16,
    pub minor: u16,
}

impl SyntaxId {
    /// NDR 2.0, the transfer syntax every peer offers (C706 14).
    pub const NDR: SyntaxId = SyntaxId {
        uuid: Uuid::from_u128(0x8a885d04_1ceb_11c9_9fe8_08002b104860),
        major: 2,
        minor: 0,
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_wire_order() {
        let u = Uuid::from_u128(0x1A927394_352E_4553_AE3F_7CF4AAFCA620);
        assert_eq!(u.to_string(), "1a927394-352e-4553-ae3f-7cf4aafca620");
        let b = u.to_le_bytes();
        assert_eq!(&b[..4], &[0x94, 0x73, 0x92, 0x1A]);
        assert_eq!(&b[8..], &[0xAE, 0x3F, 0x7C, 0xF4, 0xAA, 0xFC, 0xA6, 0x20]);
        assert_eq!(Uuid::from_le_bytes(b), u);
    }
}
