//! The server's host key: an Ed25519 key in OpenSSH format, generated on first start
//! readable by the owner only (mode 0600, see `store::owner_only`), so clients see the same
//! host every time. A key others may read is used, with a warning naming the `chmod` that
//! fixes it. Room: server — files only; never touches the database.

use crate::t;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use russh::keys::PrivateKey;
use russh::keys::ssh_key::LineEnding;
use russh::keys::ssh_key::private::{Ed25519Keypair, Ed25519PrivateKey};

use super::ServerError;
use crate::store::owner_only;

/// Where the host key lives when `--host-key` is not given: in the database directory.
pub fn default_path(database: &Path) -> PathBuf {
    database.join("ssh_host_ed25519_key")
}

/// Reads the host key at `path`, or creates one there (mode 0600) when there is none.
pub fn load_or_create(path: &Path) -> Result<PrivateKey, ServerError> {
    let shown = path.display().to_string();
    let failed = |error: &dyn std::fmt::Display, message: fn(&str, String) -> String| {
        ServerError::HostKey(message(&shown, error.to_string()))
    };
    let cannot_read =
        |path: &str, error| t!("server-hostkey-cannot-read", path = path, error = error);
    let cannot_write =
        |path: &str, error| t!("server-hostkey-cannot-write", path = path, error = error);
    match fs::read_to_string(path) {
        Ok(text) => {
            if let Some(warning) = owner_only::warning(&t!("server-hostkey-word"), path) {
                eprintln!("kontor serve: {warning}");
            }
            let key = PrivateKey::from_openssh(text.trim())
                .map_err(|error| failed(&error, cannot_read))?;
            if key.is_encrypted() {
                return Err(ServerError::HostKey(t!(
                    "server-hostkey-encrypted",
                    path = &shown
                )));
            }
            Ok(key)
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            let key = generate().map_err(|error| {
                failed(&error, |path, error| {
                    t!("server-hostkey-cannot-generate", path = path, error = error)
                })
            })?;
            let text = key
                .to_openssh(LineEnding::LF)
                .map_err(|error| failed(&error, cannot_write))?;
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                owner_only::create_dir(parent).map_err(|error| failed(&error, cannot_write))?;
            }
            write_private(path, text.as_bytes()).map_err(|error| failed(&error, cannot_write))?;
            Ok(key)
        }
        Err(error) => Err(failed(&error, cannot_read)),
    }
}

/// A new Ed25519 key from the operating system's randomness.
fn generate() -> Result<PrivateKey, getrandom::Error> {
    let mut seed = [0u8; Ed25519PrivateKey::BYTE_SIZE];
    getrandom::fill(&mut seed)?;
    let keypair = Ed25519Keypair::from(Ed25519PrivateKey::from_bytes(&seed));
    seed.fill(0);
    Ok(PrivateKey::from(keypair))
}

/// Creates `path` (never overwriting) readable and writable by the owner only.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = owner_only::create_file(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_created_once_with_mode_0600_and_kept_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = default_path(dir.path());
        let first = load_or_create(&path).unwrap();
        let again = load_or_create(&path).unwrap();
        assert_eq!(first.public_key(), again.public_key());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
            fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
            load_or_create(&path).unwrap();
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o640, "the owner's file, the owner's choice");
        }
        fs::write(&path, "garbage").unwrap();
        assert!(load_or_create(&path).is_err());
    }
}
