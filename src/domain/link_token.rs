//! Tokens for the links in marketing mail (unsubscribe, confirm a double opt-in): a record
//! id and an HMAC-SHA256 over the link's purpose and that id, keyed with the database's
//! link secret. A token is unguessable without the secret, names one record, and serves
//! one purpose only: an unsubscribe token never confirms a consent. Nothing is stored per
//! token. Format: `<id in hex>.<first 128 bits of the MAC in hex>`, URL-safe as it is.
//! Room: domain (pure; the secret comes in).

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

/// What a link does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkPurpose {
    /// Unsubscribe the address of one sent marketing mail (the id is the send's).
    Unsubscribe,
    /// Confirm one requested consent (the id is the consent request's).
    ConfirmConsent,
    /// Match a bounce to the send it answers: the VERP envelope sender of one marketing
    /// mail (the id is the send's).
    Bounce,
}

impl LinkPurpose {
    fn tag(self) -> &'static [u8] {
        match self {
            Self::Unsubscribe => b"kontor/unsubscribe",
            Self::ConfirmConsent => b"kontor/confirm-consent",
            Self::Bounce => b"kontor/bounce",
        }
    }
}

/// The bytes of the MAC a token keeps (128 bits).
const MAC_BYTES: usize = 16;

/// The token for `id` and `purpose` under `secret`.
pub fn sign(secret: &[u8], purpose: LinkPurpose, id: u64) -> String {
    let mac = mac(secret, purpose, id);
    format!("{id:x}.{}", hex(&mac[..MAC_BYTES]))
}

/// The id a token names when it was signed with `secret` for `purpose`; `None` for
/// anything else (another purpose, a forged or altered token, garbage).
pub fn verify(secret: &[u8], purpose: LinkPurpose, token: &str) -> Option<u64> {
    let (id_text, mac_text) = token.split_once('.')?;
    let id_ok = !id_text.is_empty()
        && id_text.len() <= 16
        && id_text
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase());
    if !id_ok || mac_text.len() != MAC_BYTES * 2 {
        return None;
    }
    let id = u64::from_str_radix(id_text, 16).ok()?;
    if id_text != format!("{id:x}") {
        return None;
    }
    let given = unhex(mac_text)?;
    let mut mac = keyed(secret);
    mac.update(purpose.tag());
    mac.update(&id.to_be_bytes());
    mac.verify_truncated_left(&given).ok().map(|()| id)
}

fn keyed(secret: &[u8]) -> Hmac<Sha256> {
    // HMAC takes keys of any length; `new_from_slice` cannot fail for it.
    <Hmac<Sha256> as KeyInit>::new_from_slice(secret).unwrap_or_else(|_| unreachable!())
}

fn mac(secret: &[u8], purpose: LinkPurpose, id: u64) -> Vec<u8> {
    let mut mac = keyed(secret);
    mac.update(purpose.tag());
    mac.update(&id.to_be_bytes());
    mac.finalize().into_bytes().to_vec()
}

/// Lower-case hex of `bytes`.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The bytes of lower-case hex text; `None` for anything else.
pub(crate) fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text
        .bytes()
        .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|at| u8::from_str_radix(text.get(at..at + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &[u8] = b"0123456789abcdef0123456789abcdef";

    #[test]
    fn a_token_names_its_id_for_its_purpose_only() {
        let token = sign(SECRET, LinkPurpose::Unsubscribe, 4711);
        assert_eq!(verify(SECRET, LinkPurpose::Unsubscribe, &token), Some(4711));
        assert_eq!(verify(SECRET, LinkPurpose::ConfirmConsent, &token), None);
        assert_eq!(
            verify(b"another secret", LinkPurpose::Unsubscribe, &token),
            None
        );
    }

    #[test]
    fn altered_and_forged_tokens_are_refused() {
        let token = sign(SECRET, LinkPurpose::ConfirmConsent, 42);
        let (id, mac) = token.split_once('.').unwrap();
        let other_id = format!("{:x}.{mac}", 43);
        assert_eq!(verify(SECRET, LinkPurpose::ConfirmConsent, &other_id), None);
        let mut flipped = mac.as_bytes().to_vec();
        flipped[0] = if flipped[0] == b'0' { b'1' } else { b'0' };
        let flipped = format!("{id}.{}", String::from_utf8(flipped).unwrap());
        assert_eq!(verify(SECRET, LinkPurpose::ConfirmConsent, &flipped), None);
        for garbage in [
            "",
            ".",
            "2a.",
            "2a",
            "zz.00",
            "02a.x",
            &token.to_uppercase(),
        ] {
            assert_eq!(
                verify(SECRET, LinkPurpose::ConfirmConsent, garbage),
                None,
                "{garbage}"
            );
        }
    }
}
