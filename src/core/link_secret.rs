//! The database's link secret: the key of the tokens in unsubscribe and confirmation links
//! (`domain::link_token`). 32 random bytes made on first use and kept as a setting, so
//! links stay valid across restarts, backups and restores; whoever reads the database can
//! sign links — the database is owner-only. Room: core.

use std::sync::Mutex;

use super::CoreError;
use crate::domain::link_token::{self, LinkPurpose};
use crate::store::Store;

const LINK_SECRET: &str = "link_secret";
const SECRET_BYTES: usize = 32;

/// Serializes the first creation, so two threads never keep two secrets.
static CREATING: Mutex<()> = Mutex::new(());

/// The secret, made and stored when the database has none yet.
pub fn secret(store: &Store) -> Result<Vec<u8>, CoreError> {
    if let Some(secret) = stored(store)? {
        return Ok(secret);
    }
    let _creating = CREATING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(secret) = stored(store)? {
        return Ok(secret);
    }
    let mut secret = [0u8; SECRET_BYTES];
    getrandom::fill(&mut secret).map_err(|error| {
        CoreError::Refused(crate::t!(
            "core-link-secret-random",
            error = error.to_string()
        ))
    })?;
    store.set_setting(LINK_SECRET, &link_token::hex(&secret))?;
    Ok(secret.to_vec())
}

/// A token for `id` and `purpose` under this database's secret.
pub fn sign(store: &Store, purpose: LinkPurpose, id: u64) -> Result<String, CoreError> {
    Ok(link_token::sign(&secret(store)?, purpose, id))
}

/// The id a token names for `purpose` in this database, `None` when it names none.
pub fn verify(store: &Store, purpose: LinkPurpose, token: &str) -> Result<Option<u64>, CoreError> {
    Ok(link_token::verify(&secret(store)?, purpose, token))
}

fn stored(store: &Store) -> Result<Option<Vec<u8>>, CoreError> {
    let Some(text) = store.setting(LINK_SECRET)? else {
        return Ok(None);
    };
    Ok(link_token::unhex(&text).filter(|bytes| bytes.len() == SECRET_BYTES))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_secret_is_made_once_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let token = sign(&store, LinkPurpose::Unsubscribe, 7).unwrap();
        assert_eq!(secret(&store).unwrap().len(), SECRET_BYTES);
        drop(store);
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(
            verify(&store, LinkPurpose::Unsubscribe, &token).unwrap(),
            Some(7)
        );
        assert_eq!(
            verify(&store, LinkPurpose::ConfirmConsent, &token).unwrap(),
            None
        );
        let other = tempfile::tempdir().unwrap();
        let other = Store::open(other.path()).unwrap();
        assert_eq!(
            verify(&other, LinkPurpose::Unsubscribe, &token).unwrap(),
            None
        );
    }
}
