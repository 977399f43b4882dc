//! Sending a purchase order by mail: the draft is marked sent and a message to the
//! supplier's first e-mail address — its PDF (rendered by the caller, since documents sit
//! outside the core) attached as `BE-….pdf` — is queued in the outbox, both in one
//! transaction, so the order is sent exactly when its mail exists. A supplier without an
//! address, or no sender configured, is refused before anything is written. The subject
//! and body are in the current language; the outbox's delivery (`kontor mail send`, the
//! server) hands it to SMTP. Room: core.

use time::OffsetDateTime;

use super::access::{self, Access, Area};
use super::mail_settings::MailSettings;
use super::outbox::{self, Draft};
use super::{Actor, CoreError};
use crate::domain::Supplier;
use crate::domain::outbox::{Attachment, Origin};
use crate::domain::purchase::PurchaseOrder;
use crate::store::{Store, StoreError, abort};

/// The outbox origin kind of a mailed purchase order (its id is the order's).
pub const ORIGIN: &str = "purchase";

/// Where the order numbered (or with id) `order` would be mailed: the supplier's first
/// e-mail address; a supplier without one is refused in one line.
pub fn recipient(store: &Store, actor: &Actor, order: &str) -> Result<String, CoreError> {
    access::require(actor, Area::Purchasing, Access::Read)?;
    let id = super::purchase::order_id(store, order)?;
    let order = store.require::<PurchaseOrder>(id)?;
    let supplier = store.require::<Supplier>(order.supplier_id)?;
    first_email(&supplier, &order.number).map_err(CoreError::Refused)
}

/// The supplier's first e-mail address, else the one-line refusal.
fn first_email(supplier: &Supplier, number: &str) -> Result<String, String> {
    match supplier
        .emails
        .iter()
        .map(|e| e.trim())
        .find(|e| !e.is_empty())
    {
        Some(email) => Ok(email.to_string()),
        None => Err(crate::t!(
            "purchase-mail-no-address",
            supplier = supplier_name(supplier),
            number = number
        )),
    }
}

fn supplier_name(supplier: &Supplier) -> String {
    match supplier.number.is_empty() {
        true => supplier.name.clone(),
        false => format!("{} {}", supplier.number, supplier.name),
    }
}

/// Marks draft `order` sent and queues its mail with `pdf` attached, as `actor` at `now`.
pub(super) fn send(
    store: &Store,
    actor: &Actor,
    order: &str,
    pdf: &[u8],
    now: OffsetDateTime,
) -> Result<PurchaseOrder, CoreError> {
    let id = super::purchase::order_id(store, order)?;
    let settings = MailSettings::load(store)?;
    let sent = store.transaction(|tx| {
        let mut order = tx.require::<PurchaseOrder>(id)?;
        let supplier = tx.require::<Supplier>(order.supplier_id)?;
        let to = first_email(&supplier, &order.number)
            .map_err(StoreError::Refused)
            .or_else(abort)?;
        order
            .send(now, &actor.name)
            .map_err(super::sales::refusal)
            .or_else(abort)?;
        order.updated = now;
        tx.update(&mut order, None)?;
        let draft = draft(&order, &to, pdf);
        if let Err(error) = outbox::check(&settings, &draft) {
            return abort(match error {
                CoreError::Invalid(problems) => StoreError::Invalid(problems),
                other => StoreError::Refused(other.to_string()),
            });
        }
        outbox::enqueue_in(tx, &settings, now, &draft)?;
        Ok(order)
    })?;
    store.flush()?;
    Ok(sent)
}

/// The message of `order` to `to`.
fn draft(order: &PurchaseOrder, to: &str, pdf: &[u8]) -> Draft {
    let number = order.number.as_str();
    Draft {
        to: vec![to.to_string()],
        subject: crate::t!("purchase-mail-subject", number = number),
        body: crate::t!("purchase-mail-body", number = number),
        attachments: vec![Attachment {
            name: format!("{number}.pdf"),
            mime: "application/pdf".to_string(),
            bytes: pdf.to_vec(),
        }],
        origin: Some(Origin {
            kind: ORIGIN.to_string(),
            id: order.id,
            seq: 0,
        }),
        ..Draft::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_supplier_without_an_address_is_refused_naming_it_and_the_order() {
        let mut supplier = Supplier::new("Exotic Liquids", time::OffsetDateTime::UNIX_EPOCH);
        supplier.number = "L-1".into();
        let message = first_email(&supplier, "BE-2026-00001").unwrap_err();
        assert!(message.contains("L-1 Exotic Liquids"), "{message}");
        assert!(message.contains("BE-2026-00001"), "{message}");
        assert!(!message.contains('\n'), "{message}");
        supplier.emails = vec![" ".into(), "orders@exotic.uk".into()];
        assert_eq!(
            first_email(&supplier, "BE-2026-00001").unwrap(),
            "orders@exotic.uk"
        );
    }
}
