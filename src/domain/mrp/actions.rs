//! Action messages for existing supply (open purchase order lines, open production orders,
//! firm planned orders): what netting made of each says whether to expedite or defer it
//! (its first need is earlier or later than its due date), cancel it (nothing needs it),
//! increase it (a need on its due date is short) or decrease it (only part is needed),
//! release it now (its release date for the date it is needed has come) or that it is past
//! due. Room: domain (pure).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::Date;

use super::SupplyRef;
use super::peg::Use;

/// What to do about one existing supply.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ActionKind {
    /// Due after the first day it is needed: bring it forward.
    Expedite { from: Date, to: Date },
    /// Due before the first day it is needed: push it back.
    Defer { from: Date, to: Date },
    /// Nothing needs it.
    Cancel { quantity: Decimal },
    /// A need on its due date is short: order more on it.
    IncreaseTo { from: Decimal, to: Decimal },
    /// Only part of it is needed.
    DecreaseTo { from: Decimal, to: Decimal },
    /// Not yet released and its release date (lead time before the day it is needed) has
    /// come or passed.
    ReleaseNow { release: Date },
    /// Its due date lies before today and it has not come.
    PastDue { due: Date, quantity: Decimal },
}

/// An action message: for which item and which supply, what.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Action {
    pub item: u64,
    pub supply: SupplyRef,
    pub kind: ActionKind,
}

impl ActionKind {
    /// The message in the user's language, dates and quantities as people read them.
    pub fn describe(&self) -> String {
        use crate::lang::format::{date, decimal};
        match self {
            ActionKind::Expedite { from, to } => {
                crate::t!("mrp-action-expedite", from = date(*from), to = date(*to))
            }
            ActionKind::Defer { from, to } => {
                crate::t!("mrp-action-defer", from = date(*from), to = date(*to))
            }
            ActionKind::Cancel { quantity } => {
                crate::t!("mrp-action-cancel", quantity = decimal(*quantity))
            }
            ActionKind::IncreaseTo { from, to } => crate::t!(
                "mrp-action-increase",
                from = decimal(*from),
                to = decimal(*to)
            ),
            ActionKind::DecreaseTo { from, to } => crate::t!(
                "mrp-action-decrease",
                from = decimal(*from),
                to = decimal(*to)
            ),
            ActionKind::ReleaseNow { release } => {
                crate::t!("mrp-action-release", release = date(*release))
            }
            ActionKind::PastDue { due, quantity } => crate::t!(
                "mrp-action-past-due",
                due = date(*due),
                quantity = decimal(*quantity)
            ),
        }
    }
}

/// One existing supply as the action messages see it.
pub(super) struct Judged<'a> {
    pub due: Date,
    pub quantity: Decimal,
    /// `None` when it is already released.
    pub unreleased: Option<Release>,
    pub used: &'a Use,
}

/// How to find the release date of an unreleased supply.
pub(super) enum Release {
    /// A firm planned order: its own release date.
    Fixed(Date),
    /// Lead time working days before the day it is needed.
    LeadDays(u32),
}

/// The messages for one existing supply, in a fixed order: past due or the date change,
/// then cancel or the quantity change, then release now. `release_for` computes lead time
/// working days before a date.
pub(super) fn judge(
    supply: &Judged<'_>,
    today: Date,
    release_for: &mut dyn FnMut(Date, u32) -> Result<Date, super::MrpError>,
) -> Result<Vec<ActionKind>, super::MrpError> {
    let mut out = Vec::new();
    let used = supply.used;
    if used.allocated.is_zero() && used.increase.is_zero() {
        out.push(ActionKind::Cancel {
            quantity: supply.quantity,
        });
        return Ok(out);
    }
    let needed = used.first_need.unwrap_or(supply.due);
    if supply.due < today {
        out.push(ActionKind::PastDue {
            due: supply.due,
            quantity: supply.quantity,
        });
    } else if needed < supply.due {
        out.push(ActionKind::Expedite {
            from: supply.due,
            to: needed,
        });
    } else if needed > supply.due {
        out.push(ActionKind::Defer {
            from: supply.due,
            to: needed,
        });
    }
    if used.increase > Decimal::ZERO {
        out.push(ActionKind::IncreaseTo {
            from: supply.quantity,
            to: supply.quantity + used.increase,
        });
    } else if used.allocated < supply.quantity {
        out.push(ActionKind::DecreaseTo {
            from: supply.quantity,
            to: used.allocated,
        });
    }
    let release = match supply.unreleased {
        None => None,
        Some(Release::Fixed(date)) => Some(date),
        Some(Release::LeadDays(days)) => Some(release_for(needed.max(today), days)?),
    };
    if let Some(release) = release.filter(|r| *r <= today) {
        out.push(ActionKind::ReleaseNow { release });
    }
    Ok(out)
}
