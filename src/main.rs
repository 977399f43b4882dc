//! The `kontor` binary: make what the process creates owner-only (the umask, see
//! `cli::owner_only_from_now_on`), read what the process gives (arguments, the language and
//! time zone, the test pin, the login name, whether stderr is a terminal) and hand it to
//! `cli::parse` and `cli::execute`, which tests also run in process — both inside the
//! user's language, so `--help` and clap's refusals speak it too. Room: main (thin).

use std::ffi::OsString;
use std::io::IsTerminal;
use std::process::ExitCode;

use kontor::cli::locale::{self, Locale};
use kontor::cli::{self, Environment, Streams};
use kontor::core::Clock;

/// sled allocates and frees a node copy per write; mimalloc does that several times faster
/// than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::owner_only_from_now_on();
    let args: Vec<OsString> = std::env::args_os().collect();
    let localtime = std::fs::read_link("/etc/localtime").ok();
    let variable = |name: &str| std::env::var(name).ok();
    match locale::of_process(&args, variable, localtime.as_deref()) {
        Ok(locale) => locale::scope(locale, || run(args, locale)),
        Err(message) => refuse(&message),
    }
}

fn run(args: Vec<OsString>, locale: Locale) -> ExitCode {
    let mut streams = Streams::process();
    let cli = match cli::parse(args, &mut streams) {
        Ok(cli) => cli,
        Err(code) => return ExitCode::from(code),
    };
    let pin = std::env::var(kontor::core::PIN_VARIABLE).ok();
    let clock = match Clock::from_pin(pin.as_deref(), time::OffsetDateTime::now_utc) {
        Ok(clock) => clock,
        Err(message) => return refuse(&message),
    };
    let environment = Environment {
        clock,
        locale,
        user: cli::user_name(),
        progress: std::io::stderr().is_terminal(),
    };
    ExitCode::from(cli::execute(cli, environment, streams))
}

/// One `kontor: …` line on stderr, exit code 2.
fn refuse(message: &str) -> ExitCode {
    eprintln!("kontor: {message}");
    ExitCode::from(2)
}
