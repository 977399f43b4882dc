//! CLI: clap definitions, the handlers of each subcommand, output formats, import and
//! export. Talks to data only through `core` (commands and queries) — never sled.
//! Room: cli.

mod admin;
pub mod args;
mod audit;
mod backup;
mod bom;
mod calendar;
mod call_list;
mod campaign;
mod confirmation;
mod consent;
mod consent_evidence;
mod csv_text;
mod customer;
mod customer_merge;
mod data_kind;
mod delivery;
mod dunning;
mod export;
#[cfg(test)]
mod families;
pub mod help;
mod import;
mod import_builder;
mod import_orders;
mod interaction;
mod invoice;
mod invoice_files;
mod invoice_show;
mod kept_ids;
mod keys;
mod kind;
mod kind_args;
mod lead;
pub mod locale;
mod mail;
mod mailgate;
mod mailing;
mod migrate;
mod mrp;
mod opportunity;
mod order;
mod order_holds;
pub mod output;
mod payment;
mod payroll;
mod price;
mod production;
mod purchase;
mod queue;
mod quote;
mod report;
mod sales;
mod search;
mod segment;
mod segment_members;
mod server;
mod stdout;
mod stock;
mod stock_available;
mod supplier_item;
mod ticket;
mod ticket_sla;
pub mod usage;
mod vat;

use std::io::Write;
use std::path::{Path, PathBuf};

use time::UtcOffset;

use crate::core::{Actor, Clock, CoreError, Settings};
use crate::lang::{Locale, Zone};
use crate::store::{OpenStep, Store, StoreError, owner_only};
use args::{Cli, Format, Top};

/// Makes every file, directory and socket this process creates owner-only (umask 0o077);
/// `main` calls it first (see `store::owner_only`).
pub use crate::store::owner_only::for_this_process as owner_only_from_now_on;

/// A failure to report: one line on stderr and an exit code.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The user asked for something invalid (exit 2).
    #[error("{0}")]
    Usage(String),
    #[error("{}", core_message(.0))]
    Core(#[from] CoreError),
    /// `check` found problems (exit 1); they are already printed.
    #[error("{}", crate::t!("cli-error-inconsistent", count = *.0))]
    Inconsistent(usize),
    /// Anything else that went wrong (exit 1).
    #[error("{0}")]
    Failed(String),
    /// A temporary failure: try again later (exit 75, EX_TEMPFAIL — the mailgate).
    #[error("{0}")]
    TempFail(String),
}

/// The core's message, with what to do next where the CLI knows it; a record that does
/// not exist named in the current language.
fn core_message(error: &CoreError) -> String {
    match error {
        CoreError::Changed { version, .. } => crate::t!(
            "cli-error-changed",
            error = error.to_string(),
            version = version.to_string()
        ),
        CoreError::Store(StoreError::NotFound { kind, id }) => crate::t!(
            "cli-error-not-found",
            kind = kind_word(kind),
            id = id.to_string()
        ),
        other => other.to_string(),
    }
}

/// A kind of record as the current language names it (`Kunde`); English its name.
pub fn kind_word(kind: &str) -> String {
    let key = format!("cli-kind-{}", kind.replace(' ', "-"));
    let word = crate::lang::text(&key);
    if word == key { kind.to_string() } else { word }
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
            CliError::TempFail(_) => mailgate::TEMPFAIL,
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
    /// The time zone instants are shown and typed in.
    pub zone: Zone,
    pub out: Box<dyn Write>,
    /// Where notices and problem lists go (the process's stderr for the binary).
    pub err: Box<dyn Write>,
    /// Whether `err` is a terminal a progress bar may draw on.
    pub progress: bool,
}

impl Context {
    /// The offset the rows of a query show their instants in: the zone's offset now, as
    /// CSV and JSON have always written them (tables show each instant by the zone's rules
    /// at that instant, `output`).
    pub fn offset(&self) -> UtcOffset {
        self.zone.offset_at(self.clock.now())
    }
}

/// The database directory: `--db`, else `KONTOR_DB` (both via clap), else the platform
/// data directory.
pub fn database_dir(given: Option<PathBuf>) -> Result<PathBuf, CliError> {
    given
        .or_else(|| {
            directories::ProjectDirs::from("", "", "kontor")
                .map(|dirs| dirs.data_dir().to_path_buf())
        })
        .ok_or_else(|| CliError::Usage(crate::t!("cli-error-no-data-dir")))
}

/// The acting user's name, from the environment (`USER`, `USERNAME`), else `local`.
pub fn user_name() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "local".to_string())
}

/// What a command line reads from its surroundings besides its arguments: `main` takes
/// it from the process, tests pass it in (`run_in_process`).
pub struct Environment {
    /// Where "now" comes from.
    pub clock: Clock,
    /// The language and time zone the command runs in.
    pub locale: Locale,
    /// Who acts: the login name for the binary (`user_name`).
    pub user: String,
    /// Whether stderr is a terminal a progress bar may draw on.
    pub progress: bool,
}

/// Where a command line writes: stdout (noticing a reader that went away) and stderr.
pub struct Streams {
    pub out: Box<dyn Write>,
    pub err: Box<dyn Write>,
    closed: stdout::Closed,
}

impl Streams {
    /// The process's stdout (buffered) and stderr.
    pub fn process() -> Streams {
        let (stdout, closed) = stdout::Stdout::new();
        Streams {
            out: Box::new(std::io::BufWriter::new(stdout)),
            err: Box::new(std::io::stderr()),
            closed,
        }
    }

    /// Any two writers; their reader never goes away.
    pub fn new(out: Box<dyn Write>, err: Box<dyn Write>) -> Streams {
        Streams {
            out,
            err,
            closed: stdout::Closed::never(),
        }
    }
}

/// Parses a command line (program name first) as the binary does, in the current language
/// (`--help` in German for German). A refusal is written as one `kontor: …` line on `err`
/// (exit code 2); `--help` and `--version` as clap renders them on `out` (exit code 0).
/// Either way the exit code comes back instead of a command.
pub fn parse<I, T>(args: I, streams: &mut Streams) -> Result<Cli, u8>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let error = match help::parse(args) {
        Ok(cli) => return Ok(cli),
        Err(error) => error,
    };
    match usage::one_line(&error) {
        Some(line) => {
            let _ = writeln!(streams.err, "kontor: {line}");
            let _ = streams.err.flush();
            Err(2)
        }
        None => {
            let written =
                write!(streams.out, "{}", error.render()).and_then(|()| streams.out.flush());
            match written {
                Err(_) if !streams.closed.get() => Err(1),
                _ => Err(u8::try_from(error.exit_code()).unwrap_or(1)),
            }
        }
    }
}

/// Runs a parsed command line and reports a failure as the binary does: one
/// `kontor: {error}` line on `err`. Returns the exit code (0; 2 usage/validation; 1 other).
pub fn execute(cli: Cli, environment: Environment, streams: Streams) -> u8 {
    crate::lang::scope(environment.locale, || {
        execute_here(cli, environment, streams)
    })
}

fn execute_here(cli: Cli, environment: Environment, streams: Streams) -> u8 {
    crate::core::mailgate::set_reprocessor(crate::mail::gate::reprocess_words);
    let Streams {
        out,
        mut err,
        closed,
    } = streams;
    let (result, mut err) = match prepare(cli, environment, out, &mut err) {
        Ok(Prepared::Done(result)) => (quiet_when_closed(result, Ok(()), &closed), err),
        Ok(Prepared::Context(mut context, command)) => {
            context.err = err;
            let result = dispatch(&mut context, *command);
            let flushed = context.out.flush();
            (quiet_when_closed(result, flushed, &closed), context.err)
        }
        Err(error) => (quiet_when_closed(Err(error), Ok(()), &closed), err),
    };
    match result {
        Ok(()) => 0,
        Err(error) => {
            let _ = writeln!(err, "kontor: {error}");
            let _ = err.flush();
            error.exit_code()
        }
    }
}

/// What a command line run inside this process left behind.
#[derive(Debug)]
pub struct Captured {
    pub code: u8,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// Runs `kontor ARGS…` inside this process — the binary's parsing and path — with stdout
/// and stderr captured. The environment is given, never read from the process, except
/// `KONTOR_DB`, which clap reads when no `--db` is given; a `--lang` among the arguments
/// wins over the environment's language, as in the binary.
pub fn run_in_process(args: &[&str], mut environment: Environment) -> Captured {
    let out = SharedBuffer::default();
    let err = SharedBuffer::default();
    let mut streams = Streams::new(Box::new(out.clone()), Box::new(err.clone()));
    let argv: Vec<std::ffi::OsString> = std::iter::once("kontor")
        .chain(args.iter().copied())
        .map(Into::into)
        .collect();
    let code = crate::lang::scope(environment.locale, || match locale::lang_flag(&argv) {
        Ok(flag) => {
            environment.locale.lang = flag.unwrap_or(environment.locale.lang);
            crate::lang::scope(environment.locale, || match parse(argv, &mut streams) {
                Ok(cli) => execute(cli, environment, streams),
                Err(code) => code,
            })
        }
        Err(message) => {
            let _ = writeln!(streams.err, "kontor: {message}");
            2
        }
    });
    Captured {
        code,
        stdout: out.take(),
        stderr: err.take(),
    }
}

/// A byte buffer a command writes into while the caller keeps a handle to read it.
#[derive(Clone, Default)]
struct SharedBuffer(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl SharedBuffer {
    fn take(&self) -> Vec<u8> {
        self.0
            .lock()
            .map(|mut bytes| std::mem::take(&mut *bytes))
            .unwrap_or_default()
    }
}

impl Write for SharedBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut bytes = self
            .0
            .lock()
            .map_err(|_| std::io::Error::other("output buffer poisoned"))?;
        bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A command line ready to dispatch on an open store, or one already run.
enum Prepared {
    Done(Result<(), CliError>),
    Context(Box<Context>, Box<Top>),
}

/// Opens the store for a command line (saying on `err` what takes long) and builds its
/// context; the TUI, `keys` and `serve` run here to the end.
fn prepare(
    cli: Cli,
    environment: Environment,
    mut out: Box<dyn Write>,
    err: &mut Box<dyn Write>,
) -> Result<Prepared, CliError> {
    let Environment {
        clock,
        locale,
        user,
        progress,
    } = environment;
    let Some(command) = cli.command else {
        let tui = run_tui(cli.global, cli.tui, clock, &user, err.as_mut());
        return Ok(Prepared::Done(tui));
    };
    let command = match command {
        Top::Keys(args) => {
            let result = keys::run(args, cli.global.format, &mut out);
            return Ok(Prepared::Done(result.and(Ok(out.flush()?))));
        }
        Top::Vat(command) => {
            let result = vat::run(command, cli.global.format, &mut out);
            return Ok(Prepared::Done(result.and(Ok(out.flush()?))));
        }
        command => command,
    };
    let dir = database_dir(cli.global.db)?;
    let command = match command {
        Top::Backup(args) => {
            let actor = Actor::local(&user);
            let result = backup::backup(
                (&dir, cli.global.store_url.as_deref()),
                args,
                &actor,
                progress,
                &mut out,
                err.as_mut(),
            );
            return Ok(Prepared::Done(result.and(Ok(out.flush()?))));
        }
        Top::Restore(args) => {
            let place = (dir.as_path(), cli.global.store_url.as_deref());
            let result = backup::restore(place, args, progress, &mut out);
            return Ok(Prepared::Done(result.and(Ok(out.flush()?))));
        }
        Top::Migrate(args) => {
            let actor = Actor::local(&user);
            let result = migrate::migrate(&dir, args, &actor, progress, &mut out);
            return Ok(Prepared::Done(result.and(Ok(out.flush()?))));
        }
        Top::Mailgate(args) => {
            let place = (dir.as_path(), cli.global.store_url.as_deref());
            let result = mailgate::mailgate(place, &args, clock, cli.global.format, &mut out);
            return Ok(Prepared::Done(result.and(Ok(out.flush()?))));
        }
        command => command,
    };
    let store = open_store((&dir, cli.global.store_url.as_deref()), err.as_mut())?;
    let command = match command {
        Top::Serve(args) => return Ok(Prepared::Done(server::serve(store, args, clock))),
        Top::User(command) => Top::User(command.with_lang(cli.global.lang)),
        command => command,
    };
    let settings = Settings::load(&store)?;
    let context = Context {
        store,
        settings,
        actor: Actor::local(&user),
        clock,
        format: cli.global.format,
        zone: locale.zone,
        out,
        err: Box::new(std::io::sink()),
        progress,
    };
    Ok(Prepared::Context(Box::new(context), Box::new(command)))
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

/// Where the records are: the data directory, and the PostgreSQL database (`--store`)
/// that holds them instead of sled in it, if given.
pub type Place<'a> = (&'a Path, Option<&'a str>);

/// Opens the database, saying on stderr when others may read it and what takes long (an
/// index new in this release); when `kontor serve` holds it, says how to connect instead.
fn open_store(place: Place<'_>, err: &mut dyn Write) -> Result<Store, CliError> {
    if place.1.is_none() {
        warn_if_exposed(place.0, err);
    }
    open_store_observed(place, &mut |step| {
        let _ = writeln!(err, "kontor: {step} …");
    })
}

fn open_store_observed(
    (dir, url): Place<'_>,
    observe: &mut dyn FnMut(OpenStep),
) -> Result<Store, CliError> {
    Store::open_at(dir, url, observe).map_err(|error| match error {
        StoreError::InUse(_) => crate::server::pidfile::in_use_message(dir)
            .map_or_else(|| error.into(), CliError::Failed),
        other => other.into(),
    })
}

/// One line on `err` when the group or others may read the database in `dir`, with the
/// `chmod` that fixes it; nothing on an owner-only one (see `store::owner_only`).
fn warn_if_exposed(dir: &Path, err: &mut dyn Write) {
    if let Some(warning) = owner_only::warning(&crate::t!("cli-word-database"), dir) {
        let _ = writeln!(err, "kontor: {warning}");
        let _ = err.flush();
    }
}

/// `kontor` without a subcommand: the TUI on this terminal, after the warning about a
/// database others may read (on `err`, before the terminal turns to the app's screen).
fn run_tui(
    global: args::Global,
    tui: args::TuiArgs,
    clock: Clock,
    user: &str,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let dir = database_dir(global.db)?;
    let url = global.store_url;
    if url.is_none() {
        warn_if_exposed(&dir, err);
    }
    let options = crate::tui::run::Options {
        preset: tui.preset,
        keymap: tui.keymap,
        ascii: tui.ascii,
    };
    let label = url.clone().unwrap_or_else(|| dir.display().to_string());
    crate::tui::run::run_local(
        |observe| open_store_observed((&dir, url.as_deref()), observe),
        &label,
        Actor::local(user),
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
        Top::Record(command) => kind::record(context, command),
        Top::Stock(command) => stock::stock_cmd(context, command),
        Top::Bom(command) => bom::bom(context, command),
        Top::Produce(args) => bom::produce(context, args),
        Top::Production(command) => production::production(context, command),
        Top::Payroll(command) => payroll::payroll(context, command),
        Top::Price(command) => price::price(context, command),
        Top::Calendar(command) => calendar::calendar(context, command),
        Top::Quote(command) => quote::quote(context, command),
        Top::Order(command) => order::order(context, command),
        Top::Delivery(command) => delivery::delivery(context, command),
        Top::Purchase(command) => purchase::purchase(context, command),
        Top::Mrp(command) => mrp::mrp(context, command),
        Top::Payment(command) => payment::payment(context, command),
        Top::Invoice(command) => invoice::invoice(context, command),
        Top::Dunning(command) => dunning::dunning(context, command),
        Top::Report(command) => report::report(context, command),
        Top::Ticket(command) => ticket::ticket(context, command),
        Top::Lead(command) => lead::lead(context, command),
        Top::Queue(command) => queue::queue(context, command),
        Top::Campaign(command) => campaign::campaign(context, command),
        Top::Segment(command) => segment::segment(context, command),
        Top::Import(args) => import::run(context, args),
        Top::Export(args) => export::run(context, args),
        Top::Demo { customers } => admin::demo(context, customers),
        Top::Check => admin::check(context),
        Top::Audit(args) => audit::run(context, args),
        Top::Reindex => admin::reindex(context),
        Top::Settings { name, value } => admin::settings(context, name, value),
        Top::Keys(args) => keys::run(args, context.format, &mut context.out),
        Top::Search(args) => search::run(context, args),
        Top::User(command) => server::user(context, command),
        Top::Mail(command) => mail::mail(context, command),
        Top::Consent(command) => consent::consent_cmd(context, command),
        Top::Mailing(command) => mailing::mailing(context, command),
        Top::Serve(_)
        | Top::Backup(_)
        | Top::Restore(_)
        | Top::Migrate(_)
        | Top::Vat(_)
        | Top::Mailgate(_) => Err(CliError::Failed(crate::t!("cli-error-runs-before-open"))),
    }
}
