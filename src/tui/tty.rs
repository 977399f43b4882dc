//! The local terminal's input as bytes: waits on stdin and on SIGWINCH (through a pipe the
//! signal handler writes to) with `poll`, so the local TUI decodes its keys with the same
//! [`Decoder`](super::decode::Decoder) as an SSH session and spends no CPU while idle.
//! Room: tui — the only code that reads the local terminal; it neither decodes nor draws.

use std::io;
use std::os::fd::AsFd;
use std::os::unix::net::UnixStream;
use std::time::Duration;

use rustix::event::{PollFd, PollFlags, Timespec, poll};
use signal_hook::SigId;
use signal_hook::consts::SIGWINCH;

/// What a wait brought.
#[derive(Debug, PartialEq, Eq)]
pub enum Ready {
    /// This many bytes were read into the buffer.
    Bytes(usize),
    /// The terminal changed its size.
    Resized,
    /// The time given passed with neither.
    TimedOut,
}

/// Stdin and the resize signal; the handler is removed on drop.
pub struct Tty {
    resized: UnixStream,
    handler: SigId,
}

impl Tty {
    pub fn new() -> io::Result<Tty> {
        let (resized, write) = UnixStream::pair()?;
        resized.set_nonblocking(true)?;
        let handler = signal_hook::low_level::pipe::register(SIGWINCH, write)?;
        Ok(Tty { resized, handler })
    }

    /// Waits up to `timeout` (`None`: as long as it takes) for input or a resize, and reads
    /// what input there is into `buffer` in one read. End of input (the terminal went away)
    /// is an error.
    pub fn wait(&mut self, timeout: Option<Duration>, buffer: &mut [u8]) -> io::Result<Ready> {
        let stdin = io::stdin();
        let timeout = timeout.and_then(|timeout| Timespec::try_from(timeout).ok());
        let mut fds = [
            PollFd::new(&stdin, PollFlags::IN),
            PollFd::new(&self.resized, PollFlags::IN),
        ];
        loop {
            match poll(&mut fds, timeout.as_ref()) {
                // The signal that interrupted it is in the pipe: poll again to see it.
                Err(rustix::io::Errno::INTR) => continue,
                Err(error) => return Err(error.into()),
                Ok(_) => break,
            }
        }
        let [input, resized] = fds.map(|fd| !fd.revents().is_empty());
        if resized {
            while rustix::io::read(self.resized.as_fd(), &mut [0u8; 64]).is_ok_and(|n| n > 0) {}
            return Ok(Ready::Resized);
        }
        if !input {
            return Ok(Ready::TimedOut);
        }
        match rustix::io::read(stdin.as_fd(), buffer) {
            Ok(0) => Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "the terminal's input ended",
            )),
            Ok(read) => Ok(Ready::Bytes(read)),
            Err(rustix::io::Errno::INTR | rustix::io::Errno::AGAIN) => Ok(Ready::TimedOut),
            Err(error) => Err(error.into()),
        }
    }
}

impl Drop for Tty {
    fn drop(&mut self) {
        signal_hook::low_level::unregister(self.handler);
    }
}
