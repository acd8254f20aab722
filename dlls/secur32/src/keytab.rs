//! The MIT keytab file, read for the Kerberos acceptor's service key
//! (format: MIT krb5 documentation, "Keytab file format"; version 0x502,
//! big-endian, the one `kadmin ktadd` and `ktutil` write). Only parsing
//! lives here: the key is handed to sspi unchanged.

use windows_sys::Win32::Foundation::{SEC_E_NO_CREDENTIALS, SEC_E_UNKNOWN_CREDENTIALS};

use crate::error::{SecError, SecResult};

/// RFC 3962 enctypes sspi's Kerberos handles, strongest first.
const AES256_CTS_HMAC_SHA1_96: u16 = 18;
const AES128_CTS_HMAC_SHA1_96: u16 = 17;

/// One service principal's long-term key.
#[derive(Clone, PartialEq, Eq)]
pub struct ServiceKey {
    /// `service/host`, without the realm.
    pub components: Vec<String>,
    pub realm: String,
    pub enctype: u16,
    pub kvno: u32,
    pub key: Vec<u8>,
}

impl std::fmt::Debug for ServiceKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServiceKey")
            .field("components", &self.components)
            .field("realm", &self.realm)
            .field("enctype", &self.enctype)
            .field("kvno", &self.kvno)
            .finish_non_exhaustive()
    }
}

pub struct Keytab {
    pub entries: Vec<ServiceKey>,
}

fn malformed(what: &str) -> SecError {
    SecError::new(
        SEC_E_UNKNOWN_CREDENTIALS,
        format!("malformed keytab: {what}"),
    )
}

struct Reader<'a> {
    data: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> SecResult<&'a [u8]> {
        if self.data.len() < n {
            return Err(malformed("truncated entry"));
        }
        let (head, tail) = self.data.split_at(n);
        self.data = tail;
        Ok(head)
    }

    fn u8(&mut self) -> SecResult<u8> {
        Ok(self.take(1)?[0])
    }

    fn u16(&mut self) -> SecResult<u16> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> SecResult<u32> {
        let b = self.take(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn counted(&mut self) -> SecResult<&'a [u8]> {
        let len = usize::from(self.u16()?);
        self.take(len)
    }

    fn string(&mut self) -> SecResult<String> {
        String::from_utf8(self.counted()?.to_vec()).map_err(|_| malformed("name is not UTF-8"))
    }
}

impl Keytab {
    pub fn parse(data: &[u8]) -> SecResult<Self> {
        let mut file = Reader { data };
        if file.take(2)? != [5, 2] {
            return Err(malformed("not a version 0x502 keytab"));
        }
        let mut entries = Vec::new();
        while !file.data.is_empty() {
            let size = i32::from_be_bytes(file.u32()?.to_be_bytes());
            let len = usize::try_from(size.unsigned_abs()).map_err(|_| malformed("entry size"))?;
            let record = file.take(len)?;
            // A negative size marks a hole left by a deleted entry.
            if size > 0 {
                entries.push(Self::parse_entry(record)?);
            }
        }
        Ok(Self { entries })
    }

    fn parse_entry(record: &[u8]) -> SecResult<ServiceKey> {
        let mut entry = Reader { data: record };
        let count = entry.u16()?;
        let realm = entry.string()?;
        let components = (0..count)
            .map(|_| entry.string())
            .collect::<SecResult<Vec<_>>>()?;
        let _name_type = entry.u32()?;
        let _timestamp = entry.u32()?;
        let vno8 = entry.u8()?;
        let enctype = entry.u16()?;
        let key = entry.counted()?.to_vec();
        // A 32-bit kvno follows when the record has room for it and, if
        // nonzero, supersedes the 8-bit one.
        let kvno = match entry.data.len() {
            4.. => Some(entry.u32()?)
                .filter(|&kvno| kvno != 0)
                .unwrap_or(u32::from(vno8)),
            _ => u32::from(vno8),
        };
        Ok(ServiceKey {
            components,
            realm,
            enctype,
            kvno,
            key,
        })
    }

    /// The key for `spn` (`service/host` or `service/host@REALM`; the
    /// first principal if `None`): the newest kvno, AES-256 before AES-128.
    pub fn service_key(&self, spn: Option<&str>) -> SecResult<ServiceKey> {
        let wanted: Option<Vec<String>> = spn.map(|spn| {
            let name = spn.split('@').next().unwrap_or(spn);
            name.split('/').map(str::to_owned).collect()
        });
        let usable = |e: &&ServiceKey| {
            matches!(e.enctype, AES256_CTS_HMAC_SHA1_96 | AES128_CTS_HMAC_SHA1_96)
        };
        let principal = match wanted {
            Some(components) => components,
            None => self
                .entries
                .iter()
                .find(usable)
                .map(|e| e.components.clone())
                .ok_or_else(|| {
                    SecError::new(SEC_E_NO_CREDENTIALS, "the keytab holds no AES key")
                })?,
        };
        self.entries
            .iter()
            .filter(usable)
            .filter(|e| e.components == principal)
            .max_by_key(|e| (e.kvno, e.enctype == AES256_CTS_HMAC_SHA1_96))
            .cloned()
            .ok_or_else(|| {
                SecError::new(
                    SEC_E_NO_CREDENTIALS,
                    format!("the keytab holds no AES key for {}", principal.join("/")),
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(components: &[&str], realm: &str, enctype: u16, kvno: u8, key: &[u8]) -> Vec<u8> {
        let mut record = Vec::new();
        record.extend_from_slice(&(components.len() as u16).to_be_bytes());
        for part in std::iter::once(&realm).chain(components) {
            record.extend_from_slice(&(part.len() as u16).to_be_bytes());
            record.extend_from_slice(part.as_bytes());
        }
        record.extend_from_slice(&1u32.to_be_bytes()); // KRB5_NT_PRINCIPAL
        record.extend_from_slice(&0u32.to_be_bytes());
        record.push(kvno);
        record.extend_from_slice(&enctype.to_be_bytes());
        record.extend_from_slice(&(key.len() as u16).to_be_bytes());
        record.extend_from_slice(key);
        let mut out = (record.len() as i32).to_be_bytes().to_vec();
        out.extend(record);
        out
    }

    #[test]
    fn newest_strongest_key_of_the_named_principal_is_chosen() {
        let mut file = vec![5, 2];
        file.extend(entry(&["host", "srv"], "EX.TEST", 18, 2, &[1; 32]));
        file.extend((-7i32).to_be_bytes()); // a hole
        file.extend([0; 7]);
        file.extend(entry(&["wds", "srv"], "EX.TEST", 17, 3, &[2; 16]));
        file.extend(entry(&["wds", "srv"], "EX.TEST", 18, 3, &[3; 32]));
        file.extend(entry(&["wds", "srv"], "EX.TEST", 23, 4, &[4; 16]));
        let keytab = Keytab::parse(&file).unwrap();
        assert_eq!(keytab.entries.len(), 4);
        let key = keytab.service_key(Some("wds/srv@EX.TEST")).unwrap();
        assert_eq!(
            (key.enctype, key.kvno, key.key.as_slice()),
            (18, 3, &[3; 32][..])
        );
        assert_eq!(
            keytab.service_key(None).unwrap().components,
            ["host", "srv"]
        );
        let err = keytab.service_key(Some("cifs/srv")).unwrap_err();
        assert_eq!(err.status(), SEC_E_NO_CREDENTIALS);
    }

    #[test]
    fn truncated_or_foreign_files_are_errors() {
        assert!(Keytab::parse(&[5, 1]).is_err());
        let mut file = vec![5, 2];
        file.extend(entry(&["host", "srv"], "EX.TEST", 18, 2, &[1; 32]));
        file.truncate(file.len() - 3);
        assert!(Keytab::parse(&file).is_err());
        // A size field larger than the file allocates nothing.
        assert!(Keytab::parse(&[5, 2, 0x7f, 0xff, 0xff, 0xff]).is_err());
    }
}
