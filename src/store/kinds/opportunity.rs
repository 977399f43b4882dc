//! Opportunities in the store: tree `opportunities`, schema 2 (the campaign they are
//! attributed to; schema 1 and its migration below, released, never edited), their index
//! entries, and the typed reads the core asks (a customer's, a stage's, a campaign's, the
//! pipeline's sums); their key shapes live here only. `opportunities.pipeline` is summed:
//! under (owner folded, stage, currency) the count, the amounts and the weighted amounts of
//! those opportunities, so the pipeline reads a few entries, never every opportunity.
//! Room: store.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use super::dedup;
use crate::domain::fold::fold;
use crate::domain::{Currency, Money, Opportunity, Stage};
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, decode_payload, id_and_version};
use crate::store::sums::decode as decode_sums;
use crate::store::{Store, StoreError, StoreResult};

pub(in crate::store) const BY_STAGE: &str = "opportunities.by_stage";
pub(in crate::store) const BY_CUSTOMER: &str = "opportunities.by_customer";
pub(in crate::store) const BY_CLOSE: &str = "opportunities.by_close";
pub(in crate::store) const BY_CAMPAIGN: &str = "opportunities.by_campaign";
pub(in crate::store) const PIPELINE: &str = "opportunities.pipeline";

/// Schema 1: opportunities had no campaign. Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OpportunityV1 {
    pub id: u64,
    pub customer_id: u64,
    pub title: String,
    pub amount: Money,
    pub stage: Stage,
    pub probability: u8,
    pub expected_close: Option<Date>,
    pub owner: String,
    pub lost_reason: String,
    pub closed_at: Option<OffsetDateTime>,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

/// An opportunity of schema 1 is attributed to no campaign.
impl From<OpportunityV1> for Opportunity {
    fn from(old: OpportunityV1) -> Opportunity {
        Opportunity {
            id: old.id,
            customer_id: old.customer_id,
            title: old.title,
            amount: old.amount,
            stage: old.stage,
            probability: old.probability,
            expected_close: old.expected_close,
            owner: old.owner,
            lost_reason: old.lost_reason,
            campaign: None,
            closed_at: old.closed_at,
            created: old.created,
            updated: old.updated,
            version: old.version,
        }
    }
}

impl Record for Opportunity {
    const TREE: &'static str = "opportunities";
    const NAME: &'static str = "opportunity";
    const SCHEMA: u16 = 2;
    const INDEXES: &'static [&'static str] =
        &[BY_STAGE, BY_CUSTOMER, BY_CLOSE, BY_CAMPAIGN, PIPELINE];

    id_and_version!();

    /// By stage, by customer, by expected close date and by campaign when there is one;
    /// its share of its owner's pipeline sums.
    fn index_entries(&self) -> Vec<IndexEntry> {
        let id = self.id;
        let share = [Decimal::ONE, self.amount.amount, self.weighted()];
        let mut entries = vec![
            IndexEntry::plain(BY_STAGE, Key::new().u8(self.stage as u8), id),
            IndexEntry::plain(BY_CUSTOMER, Key::new().u64(self.customer_id), id),
            IndexEntry::summed(
                PIPELINE,
                pipeline_key(&self.owner, self.stage, self.amount.currency),
                &share,
            ),
        ];
        if let Some(close) = self.expected_close {
            entries.push(IndexEntry::plain(BY_CLOSE, Key::new().date(close), id));
        }
        if let Some(campaign) = self.campaign {
            entries.push(IndexEntry::plain(BY_CAMPAIGN, Key::new().u64(campaign), id));
        }
        dedup(entries)
    }

    fn migrate(schema: u16, payload: &[u8]) -> StoreResult<Self> {
        match schema {
            1 => decode_payload::<OpportunityV1>(payload, Self::NAME).map(Opportunity::from),
            other => Err(StoreError::Corrupt {
                kind: Self::NAME,
                reason: format!("unknown schema version {other}"),
            }),
        }
    }
}

fn pipeline_key(owner: &str, stage: Stage, currency: Currency) -> Key {
    Key::new()
        .str(&fold(owner))
        .u8(stage as u8)
        .str(currency.code())
}

/// One entry of the pipeline's sums: the opportunities of one owner in one stage and
/// currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PipelineSum {
    pub stage: Stage,
    pub currency: Currency,
    pub count: u64,
    pub amount: Decimal,
    /// Σ of each opportunity's weighted amount (`Opportunity::weighted`).
    pub weighted: Decimal,
}

/// The pipeline's sums of the opportunities whose owner folds to `fold(owner)`, or of every
/// owner's (`None`, an entry per owner, stage and currency).
pub fn pipeline_sums(store: &Store, owner: Option<&str>) -> StoreResult<Vec<PipelineSum>> {
    let prefix = owner
        .map(|owner| Key::new().str(&fold(owner)).into_bytes())
        .unwrap_or_default();
    let mut sums = Vec::new();
    for entry in store.tree(PIPELINE)?.scan_prefix(&prefix) {
        let (key, value) = entry?;
        let (stage, currency) = stage_and_currency(&key).ok_or_else(|| StoreError::Corrupt {
            kind: "index",
            reason: format!("pipeline entry {key:?}"),
        })?;
        let [count, amount, weighted] =
            <[Decimal; 3]>::try_from(decode_sums(&value)?).map_err(|figures| {
                StoreError::Corrupt {
                    kind: "index",
                    reason: format!("pipeline entry with {} figures", figures.len()),
                }
            })?;
        sums.push(PipelineSum {
            stage,
            currency,
            count: u64::try_from(count).unwrap_or(0),
            amount,
            weighted,
        });
    }
    Ok(sums)
}

/// The stage and currency of a pipeline key: past the owner's terminator.
fn stage_and_currency(key: &[u8]) -> Option<(Stage, Currency)> {
    let owner_end = key.iter().position(|&b| b == 0)?;
    let (&stage, currency) = key.get(owner_end + 1..)?.split_first()?;
    let stage = Stage::ALL.into_iter().find(|s| *s as u8 == stage)?;
    let currency = std::str::from_utf8(currency.strip_suffix(&[0])?).ok()?;
    Some((stage, currency.parse().ok()?))
}

/// Ids of the opportunities attributed to `campaign`, in id order.
pub fn of_campaign(
    store: &Store,
    campaign: u64,
) -> StoreResult<impl Iterator<Item = StoreResult<u64>> + '_> {
    store.index_ids(BY_CAMPAIGN, Key::new().u64(campaign))
}

/// Ids of a customer's opportunities, in id order.
pub fn of_customer(
    store: &Store,
    customer: u64,
) -> StoreResult<impl Iterator<Item = StoreResult<u64>> + '_> {
    store.index_ids(BY_CUSTOMER, Key::new().u64(customer))
}

/// Ids of the opportunities in `stage`, in id order.
pub fn in_stage(
    store: &Store,
    stage: Stage,
) -> StoreResult<impl Iterator<Item = StoreResult<u64>> + '_> {
    store.index_ids(BY_STAGE, Key::new().u8(stage as u8))
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;
    use time::macros::{date, datetime};

    use super::*;
    use crate::store::record::{decode, encode, encode_with_schema};

    #[test]
    fn a_schema_1_opportunity_keeps_everything_and_has_no_campaign() {
        let old = OpportunityV1 {
            id: 7,
            customer_id: 3,
            title: "Wartungsvertrag".into(),
            amount: Money::new(dec!(1200.50), Currency::EUR),
            stage: Stage::Lost,
            probability: 0,
            expected_close: Some(date!(2026 - 12 - 15)),
            owner: "anna".into(),
            lost_reason: "Preis".into(),
            closed_at: Some(datetime!(2026-11-30 10:00 UTC)),
            created: datetime!(2026-10-01 08:00 UTC),
            updated: datetime!(2026-11-30 10:00 UTC),
            version: 4,
        };
        let bytes = encode_with_schema(&old, 1, "opportunity").unwrap();
        let migrated: Opportunity = decode(&bytes).unwrap();
        assert_eq!(migrated.campaign, None);
        assert_eq!(
            (migrated.id, migrated.customer_id, migrated.version),
            (7, 3, 4)
        );
        assert_eq!(migrated.title, "Wartungsvertrag");
        assert_eq!(migrated.amount.amount, dec!(1200.50));
        assert_eq!(migrated.stage, Stage::Lost);
        assert_eq!(migrated.lost_reason, "Preis");
        assert_eq!(migrated.expected_close, Some(date!(2026 - 12 - 15)));
        assert_eq!(migrated.closed_at, old.closed_at);
        assert_eq!(migrated.owner, "anna");
        let mut attributed = migrated.clone();
        attributed.campaign = Some(2);
        let again: Opportunity = decode(&encode(&attributed).unwrap()).unwrap();
        assert_eq!(again, attributed);
        let by_campaign = |o: &Opportunity| {
            o.index_entries()
                .iter()
                .filter(|entry| entry.tree == BY_CAMPAIGN)
                .count()
        };
        assert_eq!((by_campaign(&migrated), by_campaign(&attributed)), (0, 1));
    }
}
