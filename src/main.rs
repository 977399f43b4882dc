//! The `kontor` binary: parse the command line, run it, map errors to exit codes
//! (2 usage/validation, 1 other). Room: main (thin).

use std::process::ExitCode;

use clap::Parser;
use kontor::cli::{self, args::Cli};
use kontor::core::Clock;

/// sled allocates and frees a node copy per write; mimalloc does that several times faster
/// than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let offset = time::UtcOffset::current_local_offset().unwrap_or(time::UtcOffset::UTC);
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => match cli::usage::one_line(&error) {
            Some(line) => {
                eprintln!("kontor: {line}");
                return ExitCode::from(2);
            }
            None => error.exit(),
        },
    };
    let pin = std::env::var(kontor::core::PIN_VARIABLE).ok();
    let clock = match Clock::from_pin(pin.as_deref(), time::OffsetDateTime::now_utc) {
        Ok(clock) => clock,
        Err(message) => {
            eprintln!("kontor: {message}");
            return ExitCode::from(2);
        }
    };
    match cli::run(cli, offset, clock) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("kontor: {error}");
            ExitCode::from(error.exit_code())
        }
    }
}
