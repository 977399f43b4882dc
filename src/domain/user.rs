//! Accounts of `kontor serve`: a user's name, role and the SSH public keys they log in
//! with, each kept as the OpenSSH line it was given and its SHA-256 fingerprint. Also the
//! rules for names and for reading a key line. Room: domain (pure).

use russh::keys::ssh_key::{Algorithm, HashAlg, PublicKey};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::Invalid;
use crate::lang::Lang;

/// Longest account name (it is typed after `ssh -p PORT` and shown in every title bar).
pub const MAX_NAME: usize = 32;

/// An account. `name` is unique, lowercase `[a-z0-9._-]`; `role` is a role's name
/// (`agent`, `sales`, `warehouse`, `payroll`, `admin`), checked by the core; every key's
/// fingerprint is unique across all accounts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub id: u64,
    pub name: String,
    pub role: String,
    pub keys: Vec<UserKey>,
    pub created: OffsetDateTime,
    pub version: u64,
    /// The language the account's sessions are shown in; `None`: the language the SSH
    /// client sends (`LANG`), else the server's.
    pub lang: Option<Lang>,
}

/// One public key an account logs in with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserKey {
    /// `ssh-ed25519 AAAA… comment`, normalized to one line.
    pub line: String,
    /// `SHA256:…` as `ssh-keygen -l` prints it.
    pub fingerprint: String,
}

impl User {
    /// Whether one of the account's keys has this fingerprint.
    pub fn has_key(&self, fingerprint: &str) -> bool {
        self.keys.iter().any(|key| key.fingerprint == fingerprint)
    }
}

/// Checks an account name: 1 to 32 characters of `a-z`, `0-9`, `.`, `_`, `-`, starting
/// with a letter or digit. Uppercase is refused, not folded, so that what the admin typed
/// is what users type after `ssh`.
pub fn validate_name(name: &str) -> Result<(), Invalid> {
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c);
    if name.is_empty() {
        return Err(Invalid::new("name", crate::t!("domain-must-not-be-empty")));
    }
    if name.len() > MAX_NAME {
        return Err(Invalid::new(
            "name",
            crate::t!("domain-user-name-too-long", name = name, most = MAX_NAME),
        ));
    }
    if !name.chars().all(allowed) || name.starts_with(['.', '_', '-']) {
        return Err(Invalid::new(
            "name",
            crate::t!("domain-user-name-characters", name = name),
        ));
    }
    Ok(())
}

/// The SHA-256 fingerprint of a public key, as `ssh-keygen -l` prints it.
pub fn fingerprint(key: &PublicKey) -> String {
    key.fingerprint(HashAlg::Sha256).to_string()
}

/// Reads one OpenSSH public key line (`ssh-ed25519 AAAA… comment`). Ed25519 and ECDSA keys
/// are accepted; RSA and DSA keys are refused because the server cannot verify them.
pub fn parse_key(text: &str) -> Result<UserKey, Invalid> {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.is_empty() {
        return Err(Invalid::new("key", crate::t!("domain-user-key-empty")));
    }
    let shown: String = line.chars().take(24).collect();
    let key = PublicKey::from_openssh(&line).map_err(|_| {
        Invalid::new(
            "key",
            crate::t!("domain-user-key-not-openssh", shown = shown.as_str()),
        )
    })?;
    match key.algorithm() {
        Algorithm::Ed25519 | Algorithm::Ecdsa { .. } => {}
        other => {
            return Err(Invalid::new(
                "key",
                crate::t!("domain-user-key-unsupported", algorithm = other.as_str()),
            ));
        }
    }
    Ok(UserKey {
        line,
        fingerprint: fingerprint(&key),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A real key (`ssh-keygen -t ed25519`) and its fingerprint as `ssh-keygen -l` prints it.
    const KEY: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPCLpRGQGdzzch+1625KX0g/Z+jT5YDHzv93RptwMZeA anna@desk";
    const FINGERPRINT: &str = "SHA256:u6EwBCGDMHwjrsmsWmGpjq+Uyvf3OT+VgyPT7F07rKA";

    #[test]
    fn names_are_checked() {
        for good in ["anna", "a.b-c_d", "agent7", "7"] {
            assert!(validate_name(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "Anna",
            "an na",
            "-x",
            ".x",
            "anna!",
            "ä",
            &"x".repeat(33),
        ] {
            assert!(validate_name(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn keys_are_read_with_their_fingerprint() {
        let key = parse_key(&format!("  {KEY}\n")).unwrap();
        assert_eq!(key.line, KEY);
        assert_eq!(key.fingerprint, FINGERPRINT);
        let without_comment = KEY.rsplit_once(' ').unwrap().0;
        assert_eq!(
            parse_key(without_comment).unwrap().fingerprint,
            key.fingerprint
        );
    }

    #[test]
    fn garbage_and_unsupported_keys_are_refused() {
        for bad in ["", "hello", "ssh-ed25519 AAAA", "ssh-ed25519 !!!! x"] {
            let error = parse_key(bad).unwrap_err();
            assert_eq!(error.field, "key");
        }
        let rsa = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDUTzLF5ChuM/0xf5vcwKJjYiyT4hEm2w05FqyvQ18tHPmnRYgepcB2AS54F47k/C6dhdvgnoDyyJt1/zMzE8MYpSF91mn3lYO8/C/tfV3IFcv+oHzFEF7Huvlj4LEuZP/QR0n6hyxdWiJ6vliJuBQRBOHIaCpv3hx1bG4nCBA9ow== x@vm";
        let error = parse_key(rsa).unwrap_err();
        assert!(error.message.contains("ed25519"), "{error}");
    }
}
