//! Bounces of marketing mail as the core records them (the mailgate matched the report to
//! its send by the VERP address): each bounce is a record naming its send; a hard bounce
//! suppresses the address at once, soft ones once `SoftRule` says so (settings
//! `bounce_soft_count`, `bounce_soft_weeks`, `bounce_soft_spread_days`; defaults five
//! within 13 weeks spread over more than 7 days). A bounce never records a consent event:
//! an address that does not work withdrew nothing. Room: core.

use time::OffsetDateTime;

use super::CoreError;
use super::mailing::suppress_address;
use crate::domain::mailing::bounce::{MailingBounce, SoftRule};
use crate::domain::mailing::send::{MailingSend, SuppressReason};
use crate::store::Store;
use crate::store::kinds::mailing::bounces_of;

/// The settings of the soft-bounce rule.
pub const SOFT_COUNT: &str = "bounce_soft_count";
pub const SOFT_WEEKS: &str = "bounce_soft_weeks";
pub const SOFT_SPREAD_DAYS: &str = "bounce_soft_spread_days";

/// The suppression's `via` for bounces.
pub const VIA: &str = "dsn";

/// What one bounce did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bounced {
    pub bounce: u64,
    pub send: u64,
    pub address: String,
    pub hard: bool,
    /// Whether the address was newly suppressed by this bounce.
    pub suppressed: bool,
}

/// The soft-bounce rule of this database (defaults where a setting is unset or not a
/// positive number).
pub fn soft_rule(store: &Store) -> Result<SoftRule, CoreError> {
    let mut rule = SoftRule::default();
    for (name, field) in [
        (SOFT_COUNT, &mut rule.count),
        (SOFT_WEEKS, &mut rule.weeks),
        (SOFT_SPREAD_DAYS, &mut rule.spread_days),
    ] {
        if let Some(value) = store.setting(name)?
            && let Ok(number) = value.trim().parse::<u32>()
            && number > 0
        {
            *field = number;
        }
    }
    Ok(rule)
}

/// Records a bounce of `send` and suppresses its address when it is hard or the soft
/// rule is reached.
pub fn record(
    store: &Store,
    send: &MailingSend,
    now: OffsetDateTime,
    hard: bool,
    status: &str,
    diagnostic: &str,
) -> Result<Bounced, CoreError> {
    let bounce = store.transaction(|tx| {
        let mut bounce = MailingBounce {
            id: 0,
            version: 0,
            send: send.id,
            address: send.address.clone(),
            at: now,
            hard,
            status: status.trim().to_string(),
            diagnostic: diagnostic.trim().to_string(),
        };
        tx.insert(&mut bounce)?;
        Ok(bounce.id)
    })?;
    let reason = match hard {
        true => Some(SuppressReason::HardBounce),
        false => {
            let soft: Vec<OffsetDateTime> = bounces_of(store, &send.address)?
                .into_iter()
                .map(|id| store.require::<MailingBounce>(id))
                .filter_map(|bounce| match bounce {
                    Ok(bounce) if !bounce.hard => Some(Ok(bounce.at)),
                    Ok(_) => None,
                    Err(error) => Some(Err(error)),
                })
                .collect::<Result<_, _>>()?;
            soft_rule(store)?
                .reached(&soft, now)
                .then_some(SuppressReason::SoftBounces)
        }
    };
    let suppressed = match reason {
        Some(reason) => suppress_address(store, &send.address, reason, now, Some(send.id), VIA)?,
        None => false,
    };
    store.flush()?;
    Ok(Bounced {
        bounce,
        send: send.id,
        address: send.address.clone(),
        hard,
        suppressed,
    })
}

/// Every bounce of `address` (an address key), oldest first.
pub fn of_address(store: &Store, address: &str) -> Result<Vec<MailingBounce>, CoreError> {
    let mut bounces = bounces_of(store, address)?
        .into_iter()
        .map(|id| store.require::<MailingBounce>(id))
        .collect::<Result<Vec<_>, _>>()?;
    bounces.sort_by_key(|bounce| (bounce.at, bounce.id));
    Ok(bounces)
}
