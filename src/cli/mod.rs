//! CLI: clap definitions, the handlers of each subcommand, output formats, import and
//! export. Talks to data only through `core` (commands and queries) — never sled.
//! Room: cli.

mod admin;
pub mod args;
mod audit;
mod bom;
mod crm;
mod csv_text;
mod export;
mod import;
mod kept_ids;
mod keys;
mod kind_args;
pub mod output;
mod payroll;
mod server;
mod stdout;
mod stock;
mod supplier;
pub mod usage;

use std::io::Write;
use std::path::{Path, PathBuf};

use time::UtcOffset;

use crate::core::{Actor, Clock, CoreError, Settings};
use crate::store::{OpenStep, Store, StoreError};
use args::{Cli, Format, Top};

/// A failure to report: one line on stderr and an exit code.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The user asked for something invalid (exit 2).
    #[error("{0}")]
    Usage(String),
    #[error("{}", core_message(.0))]
    Core(#[from] CoreError),
    /// `check` found problems (exit 1); they are already printed.
    #[error("{0} index problem(s) found; run `kontor reindex` to rebuild the indexes")]
    Inconsistent(usize),
    /// Anything else that went wrong (exit 1).
    #[error("{0}")]
    Failed(String),
}

/// The core's message, with what to do next where the CLI knows it.
fn core_message(error: &CoreError) -> String {
    match error {
        CoreError::Changed { version, .. } => format!(
            "{error}; nothing was saved — look at it again and retry with --expect-version {version}"
        ),
        other => other.to_string(),
    }
}

impl From<StoreError> for CliError {
    fn from(error: StoreError) -> Self {
        CliError::Core(CoreError::from(error))
    }
}

impl From<std::io::Error> for CliError {
    fn from(error: std::io::Error) -> Self {
        CliError::Failed(error.to_string())
    }
}

impl CliError {
    /// 2 for usage and validation errors, 1 for other failures.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => 2,
            CliError::Core(error) if error.is_user_error() => 2,
            _ => 1,
        }
    }
}

/// What every handler needs: the open store, its settings, who acts, how to print.
pub struct Context {
    pub store: Store,
    pub settings: Settings,
    pub actor: Actor,
    /// Where "now" comes from (read by `main`, pinned by tests).
    pub clock: Clock,
    pub format: Format,
    /// The local offset instants are shown in (found before any thread starts).
    pub offset: UtcOffset,
    pub out: Box<dyn Write>,
}

/// The database directory: `--db`, else `KONTOR_DB` (both via clap), else the platform
/// data directory.
pub fn database_dir(given: Option<PathBuf>) -> Result<PathBuf, CliError> {
    given
        .or_else(|| {
            directories::ProjectDirs::from("", "", "kontor")
                .map(|dirs| dirs.data_dir().to_path_buf())
        })
        .ok_or_else(|| {
            CliError::Usage("cannot find a data directory for this user; give --db DIR".into())
        })
}

/// The acting user's name, from the environment (`USER`, `USERNAME`), else `local`.
pub fn user_name() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "local".to_string())
}

/// Runs a parsed command line. `offset` is the local UTC offset; `clock` tells the time.
pub fn run(cli: Cli, offset: UtcOffset, clock: Clock) -> Result<(), CliError> {
    let Some(command) = cli.command else {
        return run_tui(cli.global, cli.tui, clock);
    };
    let command = match command {
        Top::Keys(args) => {
            let (stdout, closed) = stdout::Stdout::new();
            let mut out = std::io::BufWriter::new(stdout);
            let result = keys::run(args, cli.global.format, &mut out);
            return quiet_when_closed(result, out.flush(), &closed);
        }
        command => command,
    };
    let dir = database_dir(cli.global.db)?;
    let store = open_store(&dir)?;
    let command = match command {
        Top::Serve(args) => return server::serve(store, args, clock),
        command => command,
    };
    let settings = Settings::load(&store)?;
    let (stdout, closed) = stdout::Stdout::new();
    let mut context = Context {
        store,
        settings,
        actor: Actor::local(&user_name()),
        clock,
        format: cli.global.format,
        offset,
        out: Box::new(std::io::BufWriter::new(stdout)),
    };
    let result = dispatch(&mut context, command);
    let flushed = context.out.flush();
    quiet_when_closed(result, flushed, &closed)
}

/// A command whose reader closed stdout (`| head`) succeeded as far as anyone reads it:
/// its output error is dropped; otherwise the command's error, then the flush's.
fn quiet_when_closed(
    result: Result<(), CliError>,
    flushed: std::io::Result<()>,
    closed: &stdout::Closed,
) -> Result<(), CliError> {
    if closed.get() {
        return Ok(());
    }
    result?;
    Ok(flushed?)
}

/// Opens the database, saying on stderr what takes long (an index new in this release);
/// when `kontor serve` holds it, says how to connect instead.
fn open_store(dir: &Path) -> Result<Store, CliError> {
    open_store_observed(dir, &mut |step| eprintln!("kontor: {step} …"))
}

fn open_store_observed(dir: &Path, observe: &mut dyn FnMut(OpenStep)) -> Result<Store, CliError> {
    Store::open_observed(dir, observe).map_err(|error| match error {
        StoreError::InUse(_) => crate::server::pidfile::in_use_message(dir)
            .map_or_else(|| error.into(), CliError::Failed),
        other => other.into(),
    })
}

/// `kontor` without a subcommand: the TUI on this terminal.
fn run_tui(global: args::Global, tui: args::TuiArgs, clock: Clock) -> Result<(), CliError> {
    let dir = database_dir(global.db)?;
    let options = crate::tui::run::Options {
        preset: tui.preset,
        keymap: tui.keymap,
        ascii: tui.ascii,
    };
    let label = dir.display().to_string();
    crate::tui::run::run_local(
        |observe| open_store_observed(&dir, observe),
        &label,
        Actor::local(&user_name()),
        clock,
        options,
    )
}

impl From<crate::tui::run::TuiError> for CliError {
    fn from(error: crate::tui::run::TuiError) -> Self {
        match error {
            crate::tui::run::TuiError::Keymap(message) => CliError::Usage(message),
            crate::tui::run::TuiError::Core(error) => CliError::Core(error),
            other => CliError::Failed(other.to_string()),
        }
    }
}

fn dispatch(context: &mut Context, command: Top) -> Result<(), CliError> {
    match command {
        Top::Customer(command) => crm::customer(context, *command),
        Top::Item(command) => stock::item(context, *command),
        Top::Supplier(command) => supplier::supplier(context, command),
        Top::Location(command) => stock::location(context, command),
        Top::Stock(command) => stock::stock_cmd(context, command),
        Top::Bom(command) => bom::bom(context, command),
        Top::Produce(args) => bom::produce(context, args),
        Top::Interaction(command) => crm::interaction(context, command),
        Top::Opportunity(command) => crm::opportunity(context, command),
        Top::Employee(command) => payroll::employee(context, command),
        Top::Payroll(command) => payroll::payroll(context, command),
        Top::Import(args) => import::run(context, args),
        Top::Export(args) => export::run(context, args),
        Top::Demo { customers } => admin::demo(context, customers),
        Top::Check => admin::check(context),
        Top::Audit(args) => audit::run(context, args),
        Top::Reindex => admin::reindex(context),
        Top::Settings { name, value } => admin::settings(context, name, value),
        Top::Keys(args) => keys::run(args, context.format, &mut context.out),
        Top::User(command) => server::user(context, command),
        Top::Serve(_) => Err(CliError::Failed("serve runs on its own".into())),
    }
}
