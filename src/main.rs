//! The `kontor` binary: make what the process creates owner-only (the umask, see
//! `cli::owner_only_from_now_on`), read what the process gives (arguments, the language and
//! time zone, the test pin, the login name, whether stderr is a terminal) and hand it to
//! `cli::parse` and `cli::execute`, which tests also run in process — both inside the
//! user's language, so `--help` and clap's refusals speak it too. Room: main (thin).

use std::ffi::OsString;
use std::io::IsTerminal;
use std::process::ExitCode;

use kontor::cli::{self, Environment, Streams, locale};
use kontor::core::Clock;
use kontor::lang::{self, Locale};

/// sled allocates and frees a node copy per write; mimalloc does that several times faster
/// than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::owner_only_from_now_on();
    let args: Vec<OsString> = std::env::args_os().collect();
    let variable = |name: &str| std::env::var(name).ok();
    let lang = match locale::lang_of(&args, variable) {
        Ok(lang) => lang,
        Err(message) => return refuse(&message),
    };
    let localtime = std::fs::read_link("/etc/localtime").ok();
    let zone = lang::scope(Locale::new(lang, lang::Zone::UTC), || {
        locale::zone_of(variable, localtime.as_deref())
    });
    let locale = match zone {
        Ok(zone) => Locale::new(lang, zone),
        Err(message) => return refuse(&message),
    };
    lang::scope(locale, || run(args, locale))
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
