//! Standard output that notices when its reader went away (`kontor export … | head -1`):
//! the command then ends quietly with success instead of reporting the broken pipe.
//! Room: cli.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Stdout whose writes record a broken pipe in a flag shared with `Closed`.
pub struct Stdout {
    inner: io::Stdout,
    closed: Arc<AtomicBool>,
}

/// Whether the reader of stdout has gone away.
#[derive(Clone)]
pub struct Closed(Arc<AtomicBool>);

impl Closed {
    /// The flag of a writer whose reader never goes away (a buffer).
    pub fn never() -> Closed {
        Closed(Arc::new(AtomicBool::new(false)))
    }

    pub fn get(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

impl Stdout {
    pub fn new() -> (Stdout, Closed) {
        let closed = Arc::new(AtomicBool::new(false));
        let stdout = Stdout {
            inner: io::stdout(),
            closed: Arc::clone(&closed),
        };
        (stdout, Closed(closed))
    }

    fn noting<T>(&self, result: io::Result<T>) -> io::Result<T> {
        if let Err(error) = &result
            && error.kind() == io::ErrorKind::BrokenPipe
        {
            self.closed.store(true, Ordering::Relaxed);
        }
        result
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let result = self.inner.write(buf);
        self.noting(result)
    }

    fn flush(&mut self) -> io::Result<()> {
        let result = self.inner.flush();
        self.noting(result)
    }
}
