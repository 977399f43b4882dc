//! The order confirmation preview (`v` on an order's detail) over the sales fixture with a
//! letterhead: the draft of an order not confirmed yet, then — confirmed through the core —
//! the confirmation issued, scrolled down to its totals and notes; in English and German,
//! each in the 256-colour and the mono/ASCII profile.

use kontor::core::Command;
use kontor::core::sales::SalesCommand;

use super::harness::{Harness, both, in_german};
use super::sales::sales;

/// The sales fixture with the company's name, address and register for the letterhead.
fn letterhead(harness: &mut Harness) {
    sales(harness);
    for (name, value) in [
        ("company_name", "Kontor Handel GmbH"),
        ("company_street", "Hafenstraße 1"),
        ("company_postal_code", "20457"),
        ("company_city", "Hamburg"),
        ("company_register_court", "Amtsgericht Hamburg"),
        ("company_register_number", "HRB 12345"),
    ] {
        harness.saved_by_ben(Command::SetSetting {
            name: name.into(),
            value: value.into(),
        });
    }
}

fn confirmed(harness: &mut Harness) {
    letterhead(harness);
    harness.saved_by_ben(Command::Sales(SalesCommand::ConfirmOrder {
        order: "AU-2026-00001".into(),
    }));
}

#[test]
fn the_preview_of_an_unconfirmed_order_is_a_draft_of_the_letter() {
    let (screen, ascii) = both("confirmation_preview_draft", |h| {
        letterhead(h);
        h.keys("g a Enter A");
    });
    assert!(screen.contains("draft, not confirmed yet"), "{screen}");
    assert!(
        screen.contains("Kontor Handel GmbH · Hafenstraße 1"),
        "{screen}"
    );
    assert!(
        screen.contains("Order confirmation AU-2026-00001"),
        "{screen}"
    );
    assert!(screen.contains("Your order: PO-77"), "{screen}");
    assert!(ascii.contains("Hafenstrasse 1"), "{ascii}");
}

#[test]
fn the_preview_of_a_confirmed_order_scrolls_to_its_totals() {
    let (screen, _) = both("confirmation_preview_totals", |h| {
        confirmed(h);
        h.keys("g a Enter A End");
    });
    assert!(!screen.contains("draft"), "{screen}");
    // 3 × 1200.50 − 10 % = 3241.35, reverse charge: no VAT.
    assert!(screen.contains("Total 3241.35 EUR"), "{screen}");
    assert!(screen.contains("the recipient is liable"), "{screen}");
    assert!(screen.contains("Amtsgericht Hamburg HRB 12345"), "{screen}");
}

#[test]
fn the_preview_reads_german() {
    let (top, _) = in_german(|| {
        both("de_confirmation_preview", |h| {
            confirmed(h);
            h.keys("g a Enter A");
        })
    });
    assert!(top.contains("Auftragsbestätigung AU-2026-00001"), "{top}");
    assert!(top.contains("Ihre Bestellung: PO-77"), "{top}");
    let (bottom, _) = in_german(|| {
        both("de_confirmation_preview_totals", |h| {
            confirmed(h);
            h.keys("g a Enter A End");
        })
    });
    assert!(bottom.contains("Gesamtbetrag 3.241,35 €"), "{bottom}");
    assert!(bottom.contains("Steuerschuldnerschaft"), "{bottom}");
}
