//! Where identities come from: the caller, or files named by the same
//! environment variables gss-ntlmssp and MIT krb5 read.

use std::path::{Path, PathBuf};

use windows_sys::Win32::Foundation::{SEC_E_NO_CREDENTIALS, SEC_E_UNKNOWN_CREDENTIALS};

use crate::error::{SecError, SecResult};
use crate::keytab::{Keytab, ServiceKey};

/// gss-ntlmssp's variable naming the `DOMAIN:user:password` file.
pub const NTLM_USER_FILE: &str = "NTLM_USER_FILE";
/// MIT krb5's variable naming the acceptor keytab.
pub const KRB5_KTNAME: &str = "KRB5_KTNAME";
/// MIT krb5's default acceptor keytab.
const DEFAULT_KEYTAB: &str = "/etc/krb5.keytab";

/// A client's identity: a password for `domain\user` (NTLM) or
/// `user@domain` (Kerberos, where `domain` is the realm).
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub domain: String,
    pub user: String,
    pub password: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("domain", &self.domain)
            .field("user", &self.user)
            .finish_non_exhaustive()
    }
}

impl Credentials {
    pub fn new(domain: &str, user: &str, password: &str) -> Self {
        Self {
            domain: domain.to_owned(),
            user: user.to_owned(),
            password: password.to_owned(),
        }
    }

    /// The first entry of the file `NTLM_USER_FILE` names, as gss-ntlmssp
    /// takes a client's default NTLM credentials from it.
    pub fn from_environment() -> SecResult<Self> {
        let path = std::env::var_os(NTLM_USER_FILE).ok_or_else(|| {
            SecError::new(
                SEC_E_NO_CREDENTIALS,
                format!("no credentials given and {NTLM_USER_FILE} is not set"),
            )
        })?;
        read_user_file(Path::new(&path))?
            .into_iter()
            .next()
            .ok_or_else(|| SecError::new(SEC_E_NO_CREDENTIALS, "the NTLM user file has no entry"))
    }

    /// `DOMAIN\user` for every package, Kerberos included: sspi's
    /// Kerberos client sends a UPN (`user@REALM`) as an NT-ENTERPRISE
    /// name, which an MIT KDC does not resolve without an alias, while a
    /// down-level name is the NT-PRINCIPAL `user` in realm `DOMAIN`, as
    /// Windows sends for an explicit user and domain. A user written as a
    /// UPN with no domain stays a UPN (for AD KDCs, which resolve it).
    pub(crate) fn to_sspi(&self) -> SecResult<sspi::AuthIdentity> {
        let username = sspi::Username::new(&self.user, Some(&self.domain))
            .map_err(|e| SecError::new(SEC_E_UNKNOWN_CREDENTIALS, e.to_string()))?;
        Ok(sspi::AuthIdentity {
            username,
            password: self.password.clone().into(),
        })
    }

    /// Whether this entry names the account the peer authenticated as:
    /// names compare case-insensitively as Windows account names do, and an
    /// entry without a domain matches the user in any domain.
    pub(crate) fn names(&self, user: &str, domain: Option<&str>) -> bool {
        self.user.eq_ignore_ascii_case(user)
            && (self.domain.is_empty()
                || domain.is_some_and(|d| self.domain.eq_ignore_ascii_case(d)))
    }
}

/// Parses gss-ntlmssp's user file: one `DOMAIN:user:password` a line (the
/// password may itself contain `:`), `#` comments and blank lines ignored.
pub fn parse_user_file(text: &str) -> SecResult<Vec<Credentials>> {
    let mut users = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut fields = line.splitn(3, ':');
        match (fields.next(), fields.next(), fields.next()) {
            (Some(domain), Some(user), Some(password)) if !user.is_empty() => {
                users.push(Credentials::new(domain, user, password));
            }
            _ => {
                return Err(SecError::new(
                    SEC_E_UNKNOWN_CREDENTIALS,
                    format!(
                        "user file line {}: expected DOMAIN:user:password",
                        number + 1
                    ),
                ));
            }
        }
    }
    Ok(users)
}

pub fn read_user_file(path: &Path) -> SecResult<Vec<Credentials>> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        SecError::new(
            SEC_E_NO_CREDENTIALS,
            format!("cannot read the user file {}: {e}", path.display()),
        )
    })?;
    parse_user_file(&text)
}

/// What a server accepts: NTLM users with their passwords, and for
/// Kerberos the service's key from a keytab.
#[derive(Debug, Clone, Default)]
pub struct ServerCredentials {
    pub(crate) users: Vec<Credentials>,
    pub(crate) service_key: Option<ServiceKey>,
}

impl ServerCredentials {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add_user(&mut self, user: Credentials) {
        self.users.push(user);
    }

    pub fn add_user_file(&mut self, path: &Path) -> SecResult<()> {
        self.users.extend(read_user_file(path)?);
        Ok(())
    }

    pub fn set_service_key(&mut self, key: ServiceKey) {
        self.service_key = Some(key);
    }

    /// Takes the key of `spn` (`service/host`, or the keytab's first
    /// principal if `None`) from a keytab, strongest enctype first.
    pub fn set_keytab(&mut self, path: &Path, spn: Option<&str>) -> SecResult<()> {
        let data = std::fs::read(path).map_err(|e| {
            SecError::new(
                SEC_E_NO_CREDENTIALS,
                format!("cannot read the keytab {}: {e}", path.display()),
            )
        })?;
        let keytab = Keytab::parse(&data)?;
        self.service_key = Some(keytab.service_key(spn)?);
        Ok(())
    }

    /// The server's identities from the environment: users from
    /// `NTLM_USER_FILE`, the service key from `KRB5_KTNAME` (or
    /// `/etc/krb5.keytab`) when that keytab exists. Neither present is
    /// `SEC_E_NO_CREDENTIALS`.
    pub fn from_environment(spn: Option<&str>) -> SecResult<Self> {
        let mut credentials = Self::new();
        if let Some(path) = std::env::var_os(NTLM_USER_FILE) {
            credentials.add_user_file(Path::new(&path))?;
        }
        let keytab = match std::env::var_os(KRB5_KTNAME) {
            // MIT accepts "FILE:path" and a bare path.
            Some(name) => {
                let name = name.to_string_lossy().into_owned();
                Some(PathBuf::from(name.strip_prefix("FILE:").unwrap_or(&name)))
            }
            None => Some(PathBuf::from(DEFAULT_KEYTAB)).filter(|p| p.exists()),
        };
        if let Some(path) = keytab {
            credentials.set_keytab(&path, spn)?;
        }
        if credentials.users.is_empty() && credentials.service_key.is_none() {
            return Err(SecError::new(
                SEC_E_NO_CREDENTIALS,
                format!("neither {NTLM_USER_FILE} nor a keytab gives the server any identity"),
            ));
        }
        Ok(credentials)
    }

    pub(crate) fn find_user(&self, user: &str, domain: Option<&str>) -> Option<&Credentials> {
        self.users.iter().find(|entry| entry.names(user, domain))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_file_lines_split_at_the_first_two_colons() {
        let users = parse_user_file("# users\n\nWDS:alice:pa:ss\n:bob:secret\r\n").unwrap();
        assert_eq!(users.len(), 2);
        assert_eq!(users[0], Credentials::new("WDS", "alice", "pa:ss"));
        assert_eq!(users[1], Credentials::new("", "bob", "secret"));
    }

    #[test]
    fn malformed_user_file_line_is_refused() {
        let err = parse_user_file("WDS:alice\n").unwrap_err();
        assert_eq!(err.status(), SEC_E_UNKNOWN_CREDENTIALS);
    }

    #[test]
    fn names_match_case_insensitively_and_empty_domain_is_any() {
        let alice = Credentials::new("WDS", "alice", "x");
        assert!(alice.names("ALICE", Some("wds")));
        assert!(!alice.names("alice", Some("OTHER")));
        assert!(!alice.names("alice", None));
        assert!(Credentials::new("", "bob", "x").names("Bob", Some("ANY")));
    }

    #[test]
    fn a_domain_makes_a_down_level_name_and_a_bare_upn_stays_one() {
        // Kerberos too: the NT-PRINCIPAL `alice` in realm WDS.TEST.
        let identity = Credentials::new("WDS.TEST", "alice", "x")
            .to_sspi()
            .unwrap();
        assert_eq!(identity.username.inner(), "WDS.TEST\\alice");
        let identity = Credentials::new("", "alice@WDS.TEST", "x")
            .to_sspi()
            .unwrap();
        assert!(matches!(
            identity.username.parts(),
            sspi::UsernameParts::UserPrincipalName(_)
        ));
        let identity = Credentials::new("", "alice", "x").to_sspi().unwrap();
        assert_eq!(identity.username.inner(), "alice");
    }

    #[test]
    fn debug_output_hides_the_password() {
        let shown = format!("{:?}", Credentials::new("D", "u", "hunter2"));
        assert!(!shown.contains("hunter2"));
    }
}
