//! The `kontor` binary: make what the process creates owner-only (the umask, see
//! `cli::owner_only_from_now_on`), read what the process gives (arguments, local offset, the test
//! pin, the login name, whether stderr is a terminal) and hand it to `cli::parse` and
//! `cli::execute`, which tests also run in process. Room: main (thin).

use std::io::IsTerminal;
use std::process::ExitCode;

use kontor::cli::{self, Environment, Streams};
use kontor::core::Clock;

/// sled allocates and frees a node copy per write; mimalloc does that several times faster
/// than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::owner_only_from_now_on();
    let offset = time::UtcOffset::current_local_offset().unwrap_or(time::UtcOffset::UTC);
    let mut streams = Streams::process();
    let cli = match cli::parse(std::env::args_os(), &mut streams) {
        Ok(cli) => cli,
        Err(code) => return ExitCode::from(code),
    };
    let pin = std::env::var(kontor::core::PIN_VARIABLE).ok();
    let clock = match Clock::from_pin(pin.as_deref(), time::OffsetDateTime::now_utc) {
        Ok(clock) => clock,
        Err(message) => {
            eprintln!("kontor: {message}");
            return ExitCode::from(2);
        }
    };
    let environment = Environment {
        clock,
        offset,
        user: cli::user_name(),
        progress: std::io::stderr().is_terminal(),
    };
    ExitCode::from(cli::execute(cli, environment, streams))
}
