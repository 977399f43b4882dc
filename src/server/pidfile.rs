//! `serve.pid` in the database directory: which process serves the database and where to
//! connect (`pid=`, `port=`, `host=` lines). Written when `kontor serve` starts, removed
//! when it ends, and read by the local `kontor` and the CLI to say, when the database is
//! locked, how to reach the server instead. Room: server — one small file, no database.

use std::fs;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use crate::store::owner_only;

/// The file's name inside the database directory.
pub const FILE: &str = "serve.pid";

/// What the file says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServeInfo {
    pub pid: u32,
    pub port: u16,
    /// The host to give to `ssh` (the listening address, `localhost` for a wildcard).
    pub host: String,
}

impl ServeInfo {
    /// This process, serving on `listen`.
    pub fn of_this_process(listen: SocketAddr) -> ServeInfo {
        let host = if listen.ip().is_unspecified() {
            "localhost".to_string()
        } else {
            listen.ip().to_string()
        };
        ServeInfo {
            pid: std::process::id(),
            port: listen.port(),
            host,
        }
    }

    fn render(&self) -> String {
        format!("pid={}\nport={}\nhost={}\n", self.pid, self.port, self.host)
    }

    fn parse(text: &str) -> Option<ServeInfo> {
        let value = |name: &str| {
            text.lines()
                .find_map(|line| line.strip_prefix(name)?.strip_prefix('='))
                .map(str::trim)
        };
        Some(ServeInfo {
            pid: value("pid")?.parse().ok()?,
            port: value("port")?.parse().ok()?,
            host: value("host")?.to_string(),
        })
    }
}

/// The written file; removed again when dropped (unless another server replaced it).
#[derive(Debug)]
pub struct PidFile {
    path: PathBuf,
    info: ServeInfo,
}

impl PidFile {
    /// Writes `info` to the database directory `dir`.
    pub fn write(dir: &Path, info: ServeInfo) -> std::io::Result<PidFile> {
        let path = dir.join(FILE);
        owner_only::write(&path, info.render().as_bytes())?;
        Ok(PidFile { path, info })
    }
}

impl Drop for PidFile {
    fn drop(&mut self) {
        let ours = fs::read_to_string(&self.path)
            .ok()
            .and_then(|text| ServeInfo::parse(&text))
            .is_some_and(|info| info == self.info);
        if ours {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// The server holding the database in `dir`, if its file is there and its process lives.
pub fn running_server(dir: &Path) -> Option<ServeInfo> {
    let info = ServeInfo::parse(&fs::read_to_string(dir.join(FILE)).ok()?)?;
    is_alive(info.pid).then_some(info)
}

/// Whether a process with this id runs. Where `/proc` is missing nothing can be told, so
/// the answer is yes (the database lock says someone holds it anyway).
fn is_alive(pid: u32) -> bool {
    let proc = Path::new("/proc");
    !proc.is_dir() || proc.join(pid.to_string()).exists()
}

/// The one line the CLI prints, in the current language, when the database in `dir` is held
/// by `kontor serve`.
pub fn in_use_message(dir: &Path) -> Option<String> {
    running_server(dir).map(|info| {
        crate::t!(
            "server-in-use",
            database = dir.display().to_string(),
            pid = info.pid.to_string(),
            port = info.port.to_string(),
            host = info.host
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_read_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let info = ServeInfo::of_this_process("0.0.0.0:2222".parse().unwrap());
        assert_eq!(info.host, "localhost");
        let file = PidFile::write(dir.path(), info.clone()).unwrap();
        assert_eq!(running_server(dir.path()), Some(info.clone()));
        let message = in_use_message(dir.path()).unwrap();
        assert!(
            message.ends_with(&format!(
                "is in use by kontor serve (pid {}); connect with: ssh -p 2222 USER@localhost",
                info.pid
            )),
            "{message}"
        );
        drop(file);
        assert!(!dir.path().join(FILE).exists());
        assert_eq!(in_use_message(dir.path()), None);
    }

    #[test]
    fn a_dead_or_garbled_file_says_nothing() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(FILE), "pid=4000000000\nport=1\nhost=x\n").unwrap();
        if Path::new("/proc").is_dir() {
            assert_eq!(running_server(dir.path()), None);
        }
        fs::write(dir.path().join(FILE), "nonsense").unwrap();
        assert_eq!(running_server(dir.path()), None);
    }
}
