//! The accepted MRP plan: one value in `meta` (`mrp.accepted_plan`), a bincode envelope
//! with its own schema version, written whole by each run, firm and convert in the
//! transaction of the change. It is not a record kind: there is one of it, it has no id and
//! no index. A plan stored by a newer kontor is refused (`TooNew`), never guessed at.
//! Room: store.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::domain::audit::FieldChange;
use crate::domain::mrp::Plan;
use crate::store::record::{decode_payload, encode_with_schema, split_envelope};
use crate::store::{Store, StoreError, StoreResult, Tx, TxResult, abort};

const KEY: &str = "mrp.accepted_plan";
const KIND: &str = "mrp_plan";
/// The kind the audit log names the plan's changes with.
pub const AUDITED_AS: &str = "mrp plan";
/// The schema of `AcceptedPlanV1`.
pub const SCHEMA: u16 = 1;

/// The plan as the last run accepted it, with when, by whom and over what it was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredPlan {
    /// The run's today.
    pub today: Date,
    pub horizon_days: u32,
    pub run_at: OffsetDateTime,
    pub run_by: String,
    pub plan: Plan,
}

/// The accepted plan, if a run stored one.
pub fn read(store: &Store) -> StoreResult<Option<StoredPlan>> {
    store.transaction(read_in)
}

/// The accepted plan, read inside a transaction.
pub fn read_in(tx: &Tx) -> TxResult<Option<StoredPlan>> {
    match tx.meta_get(KEY)? {
        Some(bytes) => decode(&bytes).map(Some).or_else(abort),
        None => Ok(None),
    }
}

/// Replaces the accepted plan, noting `what` changed in the audit entry (kind `mrp plan`).
pub fn write_in(tx: &Tx, plan: &StoredPlan, what: Vec<FieldChange>) -> TxResult<()> {
    tx.note(AUDITED_AS, what);
    match encode_with_schema(plan, SCHEMA, KIND) {
        Ok(bytes) => tx.meta_put(KEY, &bytes),
        Err(error) => abort(error),
    }
}

fn decode(bytes: &[u8]) -> StoreResult<StoredPlan> {
    let (schema, payload) = split_envelope(bytes, KIND)?;
    match schema {
        SCHEMA => decode_payload(payload, KIND),
        found => Err(StoreError::TooNew {
            kind: KIND,
            found,
            known: SCHEMA,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_comes_back_as_it_was_written_and_a_newer_schema_is_refused() {
        let plan = StoredPlan {
            today: time::macros::date!(2026 - 12 - 07),
            horizon_days: 90,
            run_at: time::macros::datetime!(2026-12-07 08:00 UTC),
            run_by: "pia".into(),
            plan: Plan::default(),
        };
        let bytes = encode_with_schema(&plan, SCHEMA, KIND).unwrap();
        assert_eq!(decode(&bytes).unwrap(), plan);
        let newer = encode_with_schema(&plan, SCHEMA + 1, KIND).unwrap();
        assert!(matches!(
            decode(&newer),
            Err(StoreError::TooNew { found: 2, .. })
        ));
    }
}
