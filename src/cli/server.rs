//! `serve` and `user`: clap definitions and handlers. `serve` hands the open database to
//! the SSH server; `user` manages its accounts directly in the database (so the server
//! must not be running). Room: cli.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand};

use super::args::Format;
use super::{CliError, Context, output};
use crate::core::users::{self, UserCommand, UserEvent};
use crate::core::{Clock, Command, CoreError, Event, Role, execute};
use crate::domain::datetime::{format_instant, parse_duration};
use crate::domain::fields::{Row, Value};
use crate::domain::user::User;
use crate::lang::Lang;
use crate::server::config::{DEFAULT_LISTEN, Limits, ServeOptions};
use crate::store::Store;
use crate::t;
use crate::tui::keymap::Keymap;

use super::output::heading;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on
    #[arg(long, value_name = "ADDR:PORT", default_value = DEFAULT_LISTEN)]
    pub listen: SocketAddr,
    /// Host key file [default: ssh_host_ed25519_key in the database directory, made on first start]
    #[arg(long, value_name = "FILE")]
    pub host_key: Option<PathBuf>,
    /// End sessions without input for this long (30m, 1h, 90s)
    #[arg(long, value_name = "DURATION", default_value = "30m", value_parser = positive)]
    pub idle_timeout: Duration,
    /// Keep a session whose connection dropped this long, for its user to resume (0s: keep none)
    #[arg(long, value_name = "DURATION", default_value = "10m", value_parser = duration)]
    pub resume_within: Duration,
    /// Close connections not logged in this long after they connect (like OpenSSH's LoginGraceTime)
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = positive)]
    pub login_grace_time: Duration,
    /// Failed logins one address may make before its connections are refused
    #[arg(long, value_name = "N", default_value_t = 10,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub max_login_failures: u32,
    /// The time in which a refused address gets its attempts back, one at a time
    #[arg(long, value_name = "DURATION", default_value = "1m", value_parser = positive)]
    pub login_failure_window: Duration,
    /// Also serve the links of marketing mail (unsubscribe, confirm consent) over plain HTTP here, behind a reverse proxy that does TLS [default: off]
    #[arg(long, value_name = "ADDR:PORT")]
    pub http: Option<SocketAddr>,
    /// A reverse proxy whose X-Forwarded-For names the HTTP client (repeatable)
    #[arg(long, value_name = "IP")]
    pub http_trusted_proxy: Vec<std::net::IpAddr>,
}

/// Reads a duration option: longer than zero.
fn positive(text: &str) -> Result<Duration, String> {
    match duration(text)? {
        Duration::ZERO => Err(t!("cli-serve-not-positive")),
        longer => Ok(longer),
    }
}

/// Reads a duration option (30m, 1h, 90s, 0s).
fn duration(text: &str) -> Result<Duration, String> {
    parse_duration("duration", text)
        .map(|seconds| Duration::from_secs(u64::from(seconds)))
        .map_err(|invalid| invalid.message)
}

#[derive(Debug, Subcommand)]
pub enum UserCmd {
    /// Add an account that logs in over SSH with a public key
    Add {
        /// Name of the account, the SSH login: 1–32 of a-z, 0-9, `.`, `_`, `-`
        name: String,
        /// agent, sales, warehouse, payroll, purchasing or admin
        #[arg(long)]
        role: String,
        #[command(flatten)]
        key: KeyArgs,
        /// The language of the account's sessions: the global `--lang` given with the
        /// command (without it: the language the SSH client sends in LANG, else the
        /// server's)
        #[arg(skip)]
        lang: Option<Lang>,
    },
    /// List accounts, their roles and key fingerprints
    List,
    /// Remove an account
    Remove {
        /// Name of the account
        name: String,
    },
    /// Change an account's role
    SetRole {
        /// Name of the account
        name: String,
        /// agent, sales, warehouse, payroll, purchasing or admin
        role: String,
    },
    /// Set the language of an account's sessions: --lang de|en, or --client
    SetLang {
        /// Name of the account
        name: String,
        /// Let the SSH client's LANG choose again (else the server's language)
        #[arg(long)]
        client: bool,
        /// The language given with the global `--lang`
        #[arg(skip)]
        lang: Option<Lang>,
    },
    /// Let an account log in with another key
    AddKey {
        /// Name of the account
        name: String,
        #[command(flatten)]
        key: KeyArgs,
    },
    /// Remove one of an account's keys by its fingerprint (SHA256:…, see `user list`)
    RemoveKey {
        /// Name of the account
        name: String,
        /// Fingerprint of the key, SHA256:…
        fingerprint: String,
    },
}

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct KeyArgs {
    /// The public key line, e.g. "ssh-ed25519 AAAA… anna@desk"
    #[arg(long, value_name = "KEY")]
    pub key: Option<String>,
    /// A file with public key lines, e.g. ~/.ssh/id_ed25519.pub
    #[arg(long, value_name = "FILE")]
    pub key_file: Option<PathBuf>,
}

impl KeyArgs {
    /// The key lines given: the one `--key`, or every key line of `--key-file`.
    fn lines(self) -> Result<Vec<String>, CliError> {
        let Some(path) = self.key_file else {
            return Ok(self.key.into_iter().collect());
        };
        let text = std::fs::read_to_string(&path).map_err(|error| {
            let path = path.display().to_string();
            CliError::Usage(t!(
                "cli-user-key-file-unread",
                path = path,
                error = error.to_string()
            ))
        })?;
        let lines: Vec<String> = text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .map(str::to_string)
            .collect();
        if lines.is_empty() {
            let path = path.display().to_string();
            return Err(CliError::Usage(t!("cli-user-key-file-empty", path = path)));
        }
        Ok(lines)
    }
}

/// `kontor serve`: runs the SSH server on the open database until SIGTERM or Ctrl-C.
pub fn serve(store: Store, args: ServeArgs, clock: Clock) -> Result<(), CliError> {
    let keymap = Keymap::load(None, None).map_err(|error| CliError::Failed(error.to_string()))?;
    let options = ServeOptions {
        listen: args.listen,
        host_key: args.host_key,
        limits: Limits {
            idle_timeout: args.idle_timeout,
            resume_within: args.resume_within,
            login_grace: args.login_grace_time,
            max_login_failures: args.max_login_failures,
            login_failure_window: args.login_failure_window,
        },
        clock,
        http: args.http,
        trusted_proxies: args.http_trusted_proxy,
    };
    crate::server::serve(store, keymap, options).map_err(|error| match error {
        crate::server::ServerError::Core(error) => CliError::Core(error),
        other => CliError::Failed(other.to_string()),
    })
}

impl UserCmd {
    /// The command with the global `--lang` as the account's language where it sets one
    /// (`user add`, `user set-lang`): `kontor user set-lang anna --lang de`.
    pub fn with_lang(self, given: Option<Lang>) -> UserCmd {
        match self {
            UserCmd::Add {
                name, role, key, ..
            } => UserCmd::Add {
                name,
                role,
                key,
                lang: given,
            },
            UserCmd::SetLang { name, client, .. } => UserCmd::SetLang {
                name,
                client,
                lang: given,
            },
            other => other,
        }
    }
}

/// `kontor user …`.
pub fn user(context: &mut Context, command: UserCmd) -> Result<(), CliError> {
    let role = |text: &str| text.parse::<Role>().map_err(CoreError::from);
    let commands = match command {
        UserCmd::List => {
            let users = users::list(&context.store, &context.actor)?;
            return list(context, &users);
        }
        UserCmd::Add {
            name,
            role: text,
            key,
            lang,
        } => vec![UserCommand::Add {
            name,
            role: role(&text)?,
            keys: key.lines()?,
            lang,
        }],
        UserCmd::SetLang { name, client, lang } => {
            if client == lang.is_some() {
                return Err(CliError::Usage(crate::t!("cli-user-set-lang-either")));
            }
            vec![UserCommand::SetLang { name, lang }]
        }
        UserCmd::Remove { name } => vec![UserCommand::Remove { name }],
        UserCmd::SetRole { name, role: text } => vec![UserCommand::SetRole {
            name,
            role: role(&text)?,
        }],
        UserCmd::AddKey { name, key } => key
            .lines()?
            .into_iter()
            .map(|key| UserCommand::AddKey {
                name: name.clone(),
                key,
            })
            .collect(),
        UserCmd::RemoveKey { name, fingerprint } => {
            vec![UserCommand::RemoveKey { name, fingerprint }]
        }
    };
    let mut last = None;
    for command in commands {
        last = Some(execute(
            &context.store,
            &context.clock,
            &context.actor,
            Command::Users(command),
        )?);
    }
    match last {
        Some(Event::Users(UserEvent::Removed(user))) => {
            writeln!(context.out, "{}", t!("cli-user-removed", name = user.name))?;
            Ok(())
        }
        Some(Event::Users(UserEvent::Added(user) | UserEvent::Changed(user))) => {
            let row = row(context, &user);
            output::record(&mut context.out, context.format, &row)?;
            Ok(())
        }
        _ => Ok(()),
    }
}

fn row(context: &Context, user: &User) -> Row {
    vec![
        ("name", Value::Text(user.name.clone())),
        ("role", Value::Text(user.role.clone())),
        (
            "lang",
            Value::Text(user.lang.map(Lang::code).unwrap_or_default().to_string()),
        ),
        (
            "fingerprints",
            Value::List(user.keys.iter().map(|k| k.fingerprint.clone()).collect()),
        ),
        (
            "keys",
            Value::List(user.keys.iter().map(|k| k.line.clone()).collect()),
        ),
        (
            "created",
            Value::Text(format_instant(user.created, context.offset())),
        ),
    ]
}

/// The accounts: JSON and CSV as everywhere; the table shows one line per key with the
/// whole fingerprint (it is what `user remove-key` takes).
fn list(context: &mut Context, users: &[User]) -> Result<(), CliError> {
    if context.format != Format::Table {
        let rows: Vec<Row> = users.iter().map(|user| row(context, user)).collect();
        output::list(&mut context.out, context.format, &rows, &[])?;
        return Ok(());
    }
    let width = users
        .iter()
        .map(|user| user.name.len())
        .chain([4])
        .max()
        .unwrap_or(4);
    let (name, role, key) = (heading("name"), heading("role"), heading("key"));
    let width = width.max(name.chars().count());
    writeln!(context.out, "{name:<width$}  {role:<9}  {key}")?;
    for user in users {
        let mut keys = user.keys.iter().map(|key| {
            let comment = key.line.splitn(3, ' ').nth(2).unwrap_or("");
            format!("{} {comment}", key.fingerprint)
                .trim_end()
                .to_string()
        });
        let first = keys.next().unwrap_or_else(|| t!("cli-user-no-key"));
        writeln!(
            context.out,
            "{:<width$}  {:<9}  {first}",
            user.name,
            Role::label_of(&user.role)
        )?;
        for key in keys {
            writeln!(context.out, "{:<width$}  {:<9}  {key}", "", "")?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::domain::datetime::format_duration;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn a_duration_option_is_positive_or_refused_naming_the_text(text in "\\PC{0,12}") {
            match positive(&text) {
                Ok(duration) => prop_assert!(duration > Duration::ZERO),
                Err(message) => prop_assert!(
                    message.contains(&format!("\"{}\"", text.trim())) || message.contains("0s"),
                    "{message}"
                ),
            }
        }

        #[test]
        fn a_duration_option_reads_back_as_written(seconds in 1..=u32::MAX) {
            let read = positive(&format_duration(seconds));
            prop_assert_eq!(read, Ok(Duration::from_secs(u64::from(seconds))));
        }
    }
}
