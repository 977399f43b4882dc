//! The create and edit forms of every record kind and the F4 pickers of their reference
//! fields, each in the 256-colour and the mono/ASCII profile: what a form shows before
//! anything is typed, over the CRM fixture and the ERP data (`erp_data`).

use super::erp_data::erp;
use super::harness::both;

/// The payroll of January 2026 (the period typed in place of this month's), then its run
/// form.
const PAYROLL_RUN: &str = "g y / 2 0 2 6 - 0 1 Enter r";

/// The forms and pickers: (snapshot name, keys that open it, a text it shows).
const FORMS: [(&str, &str, &str); 12] = [
    ("customer_new", "g c n", "New customer"),
    ("customer_edit", "g c e", "Edit customer 1"),
    ("opportunity_new", "g o n", "New opportunity"),
    ("opportunity_lost", "g o x", "Reason"),
    ("item_new", "g t n", "New item"),
    ("item_edit", "g t Enter e", "Edit item NW-001"),
    ("location_new", "g l n", "New location"),
    ("bom_edit", "g b e", "GK-001"),
    ("payroll_run", PAYROLL_RUN, "Run payroll 2026-01"),
    ("picker_customer", "g o n F4", "Alfreds Futterkiste"),
    ("picker_item", "g b n F4", "TS-001 Teeset"),
    ("picker_location", "g s Enter S-Tab F4", "WH2"),
];

#[test]
fn every_form_and_picker_at_80x24() {
    for (name, keys, shown) in FORMS {
        let (screen, _) = both(name, |h| {
            erp(&h.store());
            h.keys(keys);
        });
        assert!(screen.contains(shown), "{name}: {shown} in {screen}");
    }
}
