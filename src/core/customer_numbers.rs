//! Customer numbers: the customer holding a number (case and accents ignored), and the
//! refusal of a number another customer holds, naming that customer — inside a
//! transaction (add, edit) and over a list to import. Room: core.

use std::collections::HashMap;

use super::access::CustomerSight;
use super::{Actor, CoreError};
use crate::domain::fold::fold;
use crate::domain::{Customer, Invalid};
use crate::store::kinds::customer::{by_number, number_holder};
use crate::store::{Store, Tx, TxResult, abort};

/// The customer with this number (case and accents ignored), as the actor sees it.
pub fn find_customer_by_number(
    store: &Store,
    actor: &Actor,
    number: &str,
) -> Result<Option<Customer>, CoreError> {
    let sight = CustomerSight::of(actor)?;
    Ok(holder(store, number)?.map(|customer| sight.show(customer)))
}

/// The stored customer holding `number`, whoever asks (callers apply the actor's sight).
pub(crate) fn holder(store: &Store, number: &str) -> Result<Option<Customer>, CoreError> {
    match by_number(store, number)? {
        Some(id) => Ok(store.get::<Customer>(id)?),
        None => Ok(None),
    }
}

/// The refusal of a number that `holder` (another customer) has:
/// `number "ALFKI" is already used by customer 1 (Alfreds Futterkiste)`.
pub fn number_taken(number: &str, holder: &Customer) -> String {
    format!(
        "number \"{}\" is already used by customer {} ({})",
        number.trim(),
        holder.id,
        holder.name
    )
}

/// Aborts the transaction when another customer holds this customer's number, as a problem
/// of the `number` field (a form shows it under that field); call it before `tx.insert` /
/// `tx.update` so the refusal names the holder.
pub fn refuse_taken_number(tx: &Tx, customer: &Customer) -> TxResult<()> {
    match number_holder(tx, &customer.number)? {
        Some(holder) if holder != customer.id => {
            let other = tx.require::<Customer>(holder)?;
            abort(Invalid::new(
                "number",
                number_taken(&customer.number, &other),
            ))
        }
        _ => Ok(()),
    }
}

/// Refuses an import in which two customers share a number, or one has the number of a
/// stored customer (other than itself, when ids are kept); every problem is named.
pub fn refuse_numbers_in_use(store: &Store, customers: &[Customer]) -> Result<(), CoreError> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut problems = Vec::new();
    for (index, customer) in customers.iter().enumerate() {
        let folded = fold(&customer.number);
        if folded.is_empty() {
            continue;
        }
        if let Some(first) = seen.insert(folded, index) {
            problems.push(Invalid::new(
                "number",
                format!(
                    "\"{}\" is the number of both {} and {}",
                    customer.number.trim(),
                    customers[first].name,
                    customer.name
                ),
            ));
            continue;
        }
        if let Some(other) = holder(store, &customer.number)?
            && other.id != customer.id
        {
            problems.push(Invalid::new(
                "number",
                number_taken(&customer.number, &other),
            ));
        }
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(CoreError::Invalid(problems)),
    }
}
