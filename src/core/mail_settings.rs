//! The settings of mail out (`kontor settings`): the SMTP server (`smtp_host`, `smtp_port`,
//! `smtp_security` none | starttls | tls, `smtp_user`, `smtp_password` — never shown, only
//! whether it is set), the sender (`mail_from`), the domain of Message-IDs
//! (`mail_domain`), the `X-Loop` value of automatic answers (`mail_loop_tag`) and the
//! outbox's retry schedule (`mail_retry_first`, `mail_retry_cap` in minutes,
//! `mail_retry_attempts`), and `smtp_ca_file`, a PEM file of a certificate authority to
//! trust besides the public ones (a company's own CA); for marketing mail the links' base
//! (`marketing_link_base`) and the limits `mailing_per_minute` and `mailing_per_domain`.
//! Each is checked when set; empty clears it. Room: core.

use super::CoreError;
use crate::domain::Invalid;
use crate::domain::outbox::{RetrySchedule, is_mailbox};
use crate::store::Store;

pub const SMTP_HOST: &str = "smtp_host";
pub const SMTP_PORT: &str = "smtp_port";
pub const SMTP_SECURITY: &str = "smtp_security";
pub const SMTP_USER: &str = "smtp_user";
pub const SMTP_PASSWORD: &str = "smtp_password";
pub const MAIL_FROM: &str = "mail_from";
pub const MAIL_DOMAIN: &str = "mail_domain";
pub const MAIL_LOOP_TAG: &str = "mail_loop_tag";
pub const RETRY_FIRST: &str = "mail_retry_first";
pub const RETRY_CAP: &str = "mail_retry_cap";
pub const RETRY_ATTEMPTS: &str = "mail_retry_attempts";
pub const SMTP_CA_FILE: &str = "smtp_ca_file";
/// The base of the links in marketing mail (`https://crm.example.com`): `BASE/u/TOKEN`.
pub const MARKETING_LINK_BASE: &str = "marketing_link_base";
/// Marketing messages handed over per minute at most (empty: no limit).
pub const MAILING_PER_MINUTE: &str = "mailing_per_minute";
/// Marketing messages to one recipient domain per minute at most (empty: no limit).
pub const MAILING_PER_DOMAIN: &str = "mailing_per_domain";

pub const MAIL_SETTINGS: [&str; 15] = [
    SMTP_HOST,
    SMTP_PORT,
    SMTP_SECURITY,
    SMTP_USER,
    SMTP_PASSWORD,
    SMTP_CA_FILE,
    MAIL_FROM,
    MAIL_DOMAIN,
    MAIL_LOOP_TAG,
    RETRY_FIRST,
    RETRY_CAP,
    RETRY_ATTEMPTS,
    MARKETING_LINK_BASE,
    MAILING_PER_MINUTE,
    MAILING_PER_DOMAIN,
];

/// How the connection to the SMTP server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// Plain SMTP (a relay on the same host or network).
    None,
    /// Plain, then STARTTLS, required (port 587).
    StartTls,
    /// TLS from the first byte (port 465).
    Tls,
}

impl Security {
    const NAMES: [(&'static str, Security); 3] = [
        ("none", Security::None),
        ("starttls", Security::StartTls),
        ("tls", Security::Tls),
    ];

    /// The port when `smtp_port` is not set.
    pub fn default_port(self) -> u16 {
        match self {
            Security::None => 25,
            Security::StartTls => 587,
            Security::Tls => 465,
        }
    }
}

/// Everything mail out needs, read at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailSettings {
    /// Empty: no SMTP server configured.
    pub host: String,
    pub port: u16,
    pub security: Security,
    /// Empty: no authentication.
    pub user: String,
    pub password: String,
    /// A PEM file of a certificate authority trusted besides the public ones; empty: none.
    pub ca_file: String,
    /// The sender mailbox; empty until set.
    pub from: String,
    /// The domain of Message-IDs: `mail_domain`, else the sender address's domain.
    pub domain: String,
    /// The `X-Loop` value: `mail_loop_tag`, else the sender's address.
    pub loop_tag: String,
    pub retry: RetrySchedule,
    /// The start of the links in marketing mail, without a trailing `/`; empty until set.
    pub link_base: String,
}

impl MailSettings {
    pub fn load(store: &Store) -> Result<MailSettings, CoreError> {
        let text = |name| -> Result<String, CoreError> {
            Ok(store.setting(name)?.unwrap_or_default().trim().to_string())
        };
        let number = |name, default: u32| -> Result<u32, CoreError> {
            Ok(text(name)?.parse().unwrap_or(default))
        };
        let security = Security::NAMES
            .into_iter()
            .find(|(name, _)| *name == text(SMTP_SECURITY).unwrap_or_default())
            .map_or(Security::None, |(_, security)| security);
        let port = text(SMTP_PORT)?
            .parse()
            .unwrap_or_else(|_| security.default_port());
        let from = text(MAIL_FROM)?;
        let address = address_of(&from).to_string();
        let domain = match text(MAIL_DOMAIN)? {
            domain if domain.is_empty() => address.rsplit('@').next().unwrap_or("").to_string(),
            domain => domain,
        };
        let loop_tag = match text(MAIL_LOOP_TAG)? {
            tag if tag.is_empty() => address,
            tag => tag,
        };
        let defaults = RetrySchedule::default();
        Ok(MailSettings {
            host: text(SMTP_HOST)?,
            port,
            security,
            user: text(SMTP_USER)?,
            password: store.setting(SMTP_PASSWORD)?.unwrap_or_default(),
            ca_file: text(SMTP_CA_FILE)?,
            from,
            domain,
            loop_tag,
            retry: RetrySchedule {
                first_minutes: number(RETRY_FIRST, defaults.first_minutes)?,
                cap_minutes: number(RETRY_CAP, defaults.cap_minutes)?,
                max_attempts: number(RETRY_ATTEMPTS, defaults.max_attempts)?,
            },
            link_base: text(MARKETING_LINK_BASE)?,
        })
    }
}

/// The pace of marketing mail: the limits per minute overall and per recipient domain (0:
/// none). The links' base is `MailSettings::link_base`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MarketingSettings {
    pub per_minute: u32,
    pub per_domain: u32,
}

impl MarketingSettings {
    pub fn load(store: &Store) -> Result<MarketingSettings, CoreError> {
        let text = |name| -> Result<String, CoreError> {
            Ok(store.setting(name)?.unwrap_or_default().trim().to_string())
        };
        Ok(MarketingSettings {
            per_minute: text(MAILING_PER_MINUTE)?.parse().unwrap_or(0),
            per_domain: text(MAILING_PER_DOMAIN)?.parse().unwrap_or(0),
        })
    }
}

/// The address of a mailbox (`Name <a@b>` → `a@b`).
pub fn address_of(mailbox: &str) -> &str {
    let mailbox = mailbox.trim();
    match (mailbox.rfind('<'), mailbox.strip_suffix('>')) {
        (Some(open), Some(inner)) => inner.get(open + 1..).unwrap_or(inner).trim(),
        _ => mailbox,
    }
}

/// Each mail setting with its value as `kontor settings` shows it (the password as set or
/// not set).
pub fn settings(store: &Store) -> Result<Vec<(&'static str, String)>, CoreError> {
    MAIL_SETTINGS
        .into_iter()
        .map(|name| Ok((name, shown(name, &store.setting(name)?.unwrap_or_default()))))
        .collect()
}

/// A setting's value as it may be printed: the SMTP password only as set / not set.
pub fn shown(name: &str, value: &str) -> String {
    match (name, value.is_empty()) {
        (SMTP_PASSWORD, true) => crate::t!("mail-password-unset"),
        (SMTP_PASSWORD, false) => crate::t!("mail-password-set"),
        _ => value.to_string(),
    }
}

/// Checks a mail setting's value (`None`: not a mail setting); empty clears it.
pub fn validate(name: &str, value: &str) -> Option<Result<String, Invalid>> {
    let field = MAIL_SETTINGS.into_iter().find(|setting| *setting == name)?;
    if field == SMTP_PASSWORD {
        return Some(Ok(value.to_string()));
    }
    let value = value.trim();
    if value.is_empty() {
        return Some(Ok(String::new()));
    }
    let positive = |max: u32| {
        value
            .parse::<u32>()
            .ok()
            .filter(|number| (1..=max).contains(number))
            .map(|number| number.to_string())
            .ok_or_else(|| {
                Invalid::new(
                    field,
                    crate::t!("mail-setting-number", max = max.to_string()),
                )
            })
    };
    Some(match field {
        SMTP_PORT => positive(u32::from(u16::MAX)),
        SMTP_SECURITY => Security::NAMES
            .into_iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(value))
            .map(|(name, _)| name.to_string())
            .ok_or_else(|| Invalid::new(field, crate::t!("mail-setting-security"))),
        MAIL_FROM => match is_mailbox(value) {
            true => Ok(value.to_string()),
            false => Err(Invalid::new(field, crate::t!("mail-setting-mailbox"))),
        },
        SMTP_HOST | MAIL_DOMAIN => match value.chars().any(|c| c.is_whitespace() || c == '@') {
            false => Ok(value.to_ascii_lowercase()),
            true => Err(Invalid::new(field, crate::t!("mail-setting-host"))),
        },
        RETRY_FIRST | RETRY_CAP => positive(7 * 24 * 60),
        RETRY_ATTEMPTS => positive(100),
        MAILING_PER_MINUTE | MAILING_PER_DOMAIN => positive(1_000_000),
        MARKETING_LINK_BASE => link_base(value)
            .ok_or_else(|| Invalid::new(field, crate::t!("consent-setting-link-base"))),
        _ => Ok(value.to_string()),
    })
}

/// A link base as kept: `http://` or `https://`, a host, no whitespace, query or fragment,
/// without a trailing `/`.
fn link_base(value: &str) -> Option<String> {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))?;
    let host = rest.split('/').next().unwrap_or("");
    let clean =
        !host.is_empty() && !value.contains(|c: char| c.is_whitespace() || c == '?' || c == '#');
    clean.then(|| value.trim_end_matches('/').to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_checked_and_normalised() {
        let ok = |name, value| validate(name, value).and_then(Result::ok);
        assert_eq!(ok(SMTP_SECURITY, "STARTTLS").as_deref(), Some("starttls"));
        assert_eq!(ok(SMTP_PORT, "2525").as_deref(), Some("2525"));
        assert_eq!(ok(SMTP_PORT, "70000"), None);
        assert_eq!(
            ok(SMTP_HOST, "Mail.Example.ORG").as_deref(),
            Some("mail.example.org")
        );
        assert_eq!(ok(MAIL_FROM, "no address"), None);
        assert_eq!(ok(SMTP_PASSWORD, " spaced ").as_deref(), Some(" spaced "));
        assert_eq!(ok(RETRY_ATTEMPTS, "0"), None);
        assert!(validate("currency", "EUR").is_none());
        assert_eq!(
            ok(MARKETING_LINK_BASE, "https://kontor.example/m/").as_deref(),
            Some("https://kontor.example/m")
        );
        assert_eq!(ok(MARKETING_LINK_BASE, "kontor.example"), None);
        assert_eq!(ok(MARKETING_LINK_BASE, "https:///x"), None);
    }

    #[test]
    fn the_address_of_a_mailbox() {
        assert_eq!(
            address_of("Kontor GmbH <info@kontor.example>"),
            "info@kontor.example"
        );
        assert_eq!(address_of(" info@kontor.example "), "info@kontor.example");
    }
}
