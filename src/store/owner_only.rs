//! Files and directories readable by their owner only: the database directory (0700) and
//! everything in it (0600), the host key, exports and any socket a server binds. Room:
//! store — plain file modes, no sled; the server and the CLI use it for their files too.
//!
//! Two layers, because sled creates files of its own throughout a database's life
//! (snapshots, blobs), long after an open:
//! - `for_this_process` sets the process umask to 0o077 at the one start point (`main`),
//!   before anything is created. Every file, directory and socket the process ever makes
//!   is then owner-only, whoever made it — chmod after an open would miss sled's later
//!   snapshots, and a socket's mode can only be set race-free through the umask.
//! - `create_dir`, `create_file` and `write` set the mode explicitly on what kontor makes
//!   itself, so the library is right without the umask too (tests run it in process).
//!
//! Existing files are never changed behind the owner's back: `warning` says, with the
//! `chmod` that fixes it, when others may enter the database directory or read a file.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// Permission bits of a directory only its owner may enter.
pub const DIR_MODE: u32 = 0o700;
/// Permission bits of a file only its owner may read and write.
pub const FILE_MODE: u32 = 0o600;
/// The bits that give the group or others any access.
const OTHERS: u32 = 0o077;

/// Makes every file, directory and socket this process creates from now on owner-only
/// (umask 0o077). Call once, first thing in `main`.
pub fn for_this_process() {
    #[cfg(unix)]
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(OTHERS));
}

/// Creates `dir` and any missing parents owner-only (0700); an existing one is left as
/// it is.
pub fn create_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, DIR_MODE);
    builder.create(dir)
}

/// Creates the file `path` (never overwriting one) readable and writable by its owner only.
pub fn create_file(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, FILE_MODE);
    options.open(path)
}

/// Writes `bytes` to `path`, replacing what was there, as a file only its owner may read
/// (a replaced file keeps its own mode).
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, FILE_MODE);
    options.open(path)?.write_all(bytes)
}

/// The permission bits of `path` when the group or others have any access to it, else
/// `None` (also when it does not exist). A directory is the gate to what is in it: when it
/// is owner-only, nothing inside can be reached by others, whatever the files' own modes.
pub fn exposure(path: &Path) -> Option<u32> {
    let mode = mode_of(&fs::metadata(path).ok()?);
    (mode & OTHERS != 0).then_some(mode)
}

/// The one line that says `what` (e.g. "database", "host key", in the current language) at
/// `path` is open to others and the `chmod` that closes it, in the current language (for a directory, with everything in it), or `None` when
/// it is owner-only.
pub fn warning(what: &str, path: &Path) -> Option<String> {
    let mode = exposure(path)?;
    let recursive = if path.is_dir() { "-R " } else { "" };
    let shown = path.display();
    Some(crate::t!(
        "core-store-exposed",
        what = what,
        path = shown.to_string(),
        mode = format!("{mode:o}"),
        recursive = recursive
    ))
}

#[cfg(unix)]
fn mode_of(metadata: &fs::Metadata) -> u32 {
    std::os::unix::fs::PermissionsExt::mode(&metadata.permissions()) & 0o777
}

#[cfg(not(unix))]
fn mode_of(_: &fs::Metadata) -> u32 {
    0
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn chmod(path: &Path, mode: u32) {
        fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
    }

    #[test]
    fn what_is_created_here_is_owner_only_whatever_the_umask() {
        let scratch = tempfile::tempdir().unwrap();
        let dir = scratch.path().join("a/b");
        create_dir(&dir).unwrap();
        create_file(&dir.join("key")).unwrap();
        write(&dir.join("pid"), b"1").unwrap();
        assert_eq!(mode_of(&fs::metadata(&dir).unwrap()), DIR_MODE);
        assert_eq!(mode_of(&fs::metadata(dir.join("key")).unwrap()), FILE_MODE);
        assert_eq!(mode_of(&fs::metadata(dir.join("pid")).unwrap()), FILE_MODE);
        assert!(create_file(&dir.join("key")).is_err(), "never overwrites");
        chmod(scratch.path(), DIR_MODE);
        assert_eq!(exposure(scratch.path()), None);
    }

    #[test]
    fn the_directory_is_the_gate() {
        let scratch = tempfile::tempdir().unwrap();
        let dir = scratch.path().join("db");
        create_dir(&dir).unwrap();
        let file = dir.join("conf");
        create_file(&file).unwrap();
        chmod(&file, 0o644);
        assert_eq!(
            exposure(&dir),
            None,
            "nothing in a 0700 directory is reachable"
        );
        assert_eq!(exposure(&file), Some(0o644));
        chmod(&dir, 0o750);
        assert_eq!(exposure(&dir), Some(0o750));
        assert_eq!(exposure(&scratch.path().join("none")), None);
    }

    #[test]
    fn the_warning_names_the_chmod_that_fixes_it() {
        let scratch = tempfile::tempdir().unwrap();
        let dir = scratch.path().join("db");
        create_dir(&dir).unwrap();
        let key = dir.join("key");
        create_file(&key).unwrap();
        assert_eq!(warning("database", &dir), None);
        assert_eq!(warning("host key", &key), None);
        chmod(&dir, 0o755);
        chmod(&key, 0o644);
        let (dir, key) = (dir.display(), key.display());
        assert_eq!(
            warning("database", scratch.path().join("db").as_path()).unwrap(),
            format!(
                "warning: database {dir} is readable by others (mode 755); \
                 fix: chmod -R go-rwx {dir}"
            )
        );
        assert_eq!(
            warning("host key", scratch.path().join("db/key").as_path()).unwrap(),
            format!(
                "warning: host key {key} is readable by others (mode 644); \
                 fix: chmod go-rwx {key}"
            )
        );
    }
}
