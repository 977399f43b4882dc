//! The local terminal's input as bytes: waits on stdin, on SIGWINCH (through a pipe the
//! signal handler writes to) and on a bell other threads ring (`Bell`: another process
//! committed on the same database) with `poll`, so the local TUI decodes its keys with the
//! same [`Decoder`](super::decode::Decoder) as an SSH session and spends no CPU while idle.
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
    /// A `Bell` rang.
    Rung,
    /// The time given passed with neither.
    TimedOut,
}

/// Stdin, the resize signal and the bell; the handler is removed on drop.
pub struct Tty {
    resized: UnixStream,
    handler: SigId,
    rung: UnixStream,
    bell: UnixStream,
}

/// Wakes a waiting `Tty` from another thread.
pub struct Bell(UnixStream);

impl Bell {
    /// Wakes the `Tty` (once, however often it rings before the wait returns).
    pub fn ring(&self) {
        // A full pipe already holds a ring the wait will see.
        let _ = rustix::io::write(self.0.as_fd(), &[1]);
    }
}

impl Tty {
    pub fn new() -> io::Result<Tty> {
        let (resized, write) = UnixStream::pair()?;
        resized.set_nonblocking(true)?;
        let handler = signal_hook::low_level::pipe::register(SIGWINCH, write)?;
        let (rung, bell) = UnixStream::pair()?;
        rung.set_nonblocking(true)?;
        bell.set_nonblocking(true)?;
        Ok(Tty {
            resized,
            handler,
            rung,
            bell,
        })
    }

    /// A bell that wakes this terminal's wait from another thread.
    pub fn bell(&self) -> io::Result<Bell> {
        self.bell.try_clone().map(Bell)
    }

    /// Waits up to `timeout` (`None`: as long as it takes) for input, a resize or the bell,
    /// and reads what input there is into `buffer` in one read. End of input (the terminal went away)
    /// is an error.
    pub fn wait(&mut self, timeout: Option<Duration>, buffer: &mut [u8]) -> io::Result<Ready> {
        let stdin = io::stdin();
        let timeout = timeout.and_then(|timeout| Timespec::try_from(timeout).ok());
        let mut fds = [
            PollFd::new(&stdin, PollFlags::IN),
            PollFd::new(&self.resized, PollFlags::IN),
            PollFd::new(&self.rung, PollFlags::IN),
        ];
        loop {
            match poll(&mut fds, timeout.as_ref()) {
                // The signal that interrupted it is in the pipe: poll again to see it.
                Err(rustix::io::Errno::INTR) => continue,
                Err(error) => return Err(error.into()),
                Ok(_) => break,
            }
        }
        let [input, resized, rung] = fds.map(|fd| !fd.revents().is_empty());
        if resized {
            drain(&self.resized);
            return Ok(Ready::Resized);
        }
        if rung {
            drain(&self.rung);
            return Ok(Ready::Rung);
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

/// Reads what a non-blocking pipe holds, to the end.
fn drain(pipe: &UnixStream) {
    while rustix::io::read(pipe.as_fd(), &mut [0u8; 64]).is_ok_and(|n| n > 0) {}
}

impl Drop for Tty {
    fn drop(&mut self) {
        signal_hook::low_level::unregister(self.handler);
    }
}
