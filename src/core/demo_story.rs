//! The demo's sales story beyond the first quotes and orders (`demo` calls it): the
//! company's letterhead (fictitious, valid-looking: a GmbH in Hamburg with register entry,
//! VAT ID and an IBAN whose check digits hold), three business customers — one in the
//! Netherlands buying tax-free within the EU (VAT ID), one in Norway (export), one in
//! Leipzig with a credit limit — two years of delivered order history imported through
//! `order_import` (`demo_data::history`), and orders partly delivered, waiting as a pick
//! list, held over the credit limit and delivered tax-free. Everything goes through
//! `execute`, as a user's commands would. Room: core.

use rust_decimal::Decimal;
use time::Duration;

use super::delivery::DeliveryCommand;
use super::demo_data::history::{HistoryOrder, history};
use super::kinds::{CUSTOMERS, OPPORTUNITIES};
use super::order_import::{Row, prepare};
use super::plain::{Done, RecordCommand, RecordEvent};
use super::sales::{SalesCommand, SalesEvent};
use super::{Actor, Clock, Command, CoreError, Event, execute};
use crate::domain::Customer;
use crate::domain::fields::{Input, Value};
use crate::domain::sales::LineSpec;
use crate::store::Store;

/// The letterhead of the demo company, as `kontor settings` takes it.
pub const LETTERHEAD: [(&str, &str); 20] = [
    ("company_name", "Kontor Feinkost Großhandel"),
    ("company_street", "Am Sandtorkai 41"),
    ("company_postal_code", "20457"),
    ("company_city", "Hamburg"),
    ("company_country", "DE"),
    ("company_legal_form", "GmbH"),
    ("company_seat", "Hamburg"),
    ("company_register_court", "Amtsgericht Hamburg"),
    ("company_register_number", "HRB 204711"),
    ("company_managing_directors", "Anna Albers, Ben Brandt"),
    ("company_vat_id", "DE204711009"),
    ("company_tax_number", "47/110/09876"),
    ("company_bank_name", "Hamburger Sparkasse"),
    ("company_iban", "DE89370400440532013000"),
    ("company_bic", "HASPDEHHXXX"),
    ("company_email", "auftrag@kontor-feinkost.example"),
    ("company_phone", "+49 40 3019 4711"),
    ("payment_days", "14"),
    ("payment_skonto", "10:2"),
    // Ticket answers are queued in the outbox from this sender; without an SMTP relay
    // (`kontor settings smtp_host …`) they wait there, nothing leaves the machine.
    (
        "mail_from",
        "Kontor Feinkost Service <service@kontor-feinkost.example>",
    ),
];

/// The three business customers of the story, as `customer add` fields: of the demo's
/// customers, these are the last three.
pub const CUSTOMERS_ADDED: [&[(&str, &str)]; 4] = [
    &[
        ("kind", "company"),
        ("number", "K-20001"),
        ("name", "Delicatessen Van der Berg B.V."),
        ("street", "Coolsingel 104"),
        ("postal_code", "3011 AG"),
        ("city", "Rotterdam"),
        ("country", "NL"),
        ("tax_treatment", "intra-eu"),
        ("vat_id", "NL004495445B01"),
        ("tags", "b2b"),
    ],
    &[
        ("kind", "company"),
        ("number", "K-20002"),
        ("name", "Nordic Fine Foods AS"),
        ("street", "Karl Johans gate 12"),
        ("postal_code", "0154"),
        ("city", "Oslo"),
        ("country", "NO"),
        ("tax_treatment", "export"),
        ("tags", "b2b"),
    ],
    &[
        ("kind", "company"),
        ("number", "K-20003"),
        ("name", "Feinkost Krause KG"),
        ("street", "Grimmaische Straße 8"),
        ("postal_code", "04109"),
        ("city", "Leipzig"),
        ("country", "DE"),
        ("credit_limit", "500"),
        ("tags", "b2b"),
    ],
    // A public buyer: its invoices carry its Leitweg-ID as the buyer reference (XRechnung).
    &[
        ("kind", "company"),
        ("number", "K-20004"),
        ("name", "Bezirksamt Hamburg-Nord"),
        ("street", "Kümmellstraße 7"),
        ("postal_code", "20249"),
        ("city", "Hamburg"),
        ("country", "DE"),
        ("buyer_reference", "02000000-12345-67"),
        ("tags", "b2g"),
    ],
];

/// A story order: its customer, lines, age in days, and its delivery — the lines (none:
/// all) and whether the note is posted or stays a pick list.
type StoryOrder = (
    Option<u64>,
    &'static [&'static str],
    i64,
    Option<(Vec<(usize, Decimal)>, bool)>,
);

/// How many of the first customers have order history (the others have none).
pub const HISTORY_CUSTOMERS: usize = 24;

/// What the story added, for `DemoCounts`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Story {
    pub customers: usize,
    pub history: usize,
    pub orders: usize,
    pub deliveries: usize,
    /// Invoices, credit notes and payments (`demo_billing`).
    pub billing: super::demo_billing::Billing,
}

/// The letterhead (for those who may change settings).
pub fn letterhead(store: &Store, clock: &Clock, actor: &Actor) -> Result<(), CoreError> {
    for (name, value) in LETTERHEAD {
        let (name, value) = (name.to_string(), value.to_string());
        execute(store, clock, actor, Command::SetSetting { name, value })?;
    }
    Ok(())
}

/// An open opportunity of `customer` for a quote to be won by (its id).
pub fn opportunity(
    store: &Store,
    clock: &Clock,
    actor: &Actor,
    customer: u64,
) -> Result<Option<u64>, CoreError> {
    let customer = customer.to_string();
    let input = Input::from_pairs(&[
        ("customer", customer.as_str()),
        ("title", "Gift baskets for the Christmas business"),
        ("amount", "2500"),
        ("stage", "proposal"),
    ]);
    let added = execute(
        store,
        clock,
        actor,
        RecordCommand::add(OPPORTUNITIES, input),
    )?;
    Ok(added_id(&added))
}

fn added_id(event: &Event) -> Option<u64> {
    match event {
        Event::Record(RecordEvent {
            done: Done::Added(row),
            ..
        }) => row.iter().find_map(|(field, value)| match (field, value) {
            (&"id", Value::Integer(id)) => u64::try_from(*id).ok(),
            _ => None,
        }),
        _ => None,
    }
}

/// The story's customers, history and orders; `seed` makes the history.
pub fn load(store: &Store, clock: &Clock, actor: &Actor, seed: u64) -> Result<Story, CoreError> {
    let mut story = Story::default();
    let mut regulars: Vec<(u64, String)> = Vec::new();
    for customer in store.scan::<Customer>()? {
        let customer = customer?;
        if !customer.number.is_empty() {
            regulars.push((customer.id, customer.number));
        }
    }
    regulars.sort();
    let mut added = Vec::new();
    for fields in CUSTOMERS_ADDED {
        let input = Input::from_pairs(fields);
        let event = execute(store, clock, actor, RecordCommand::add(CUSTOMERS, input))?;
        added.extend(added_id(&event));
        story.customers += 1;
    }
    let first = regulars.first().map(|(id, _)| *id);
    let numbers: Vec<String> = regulars
        .into_iter()
        .map(|(_, n)| n)
        .take(HISTORY_CUSTOMERS)
        .collect();
    story.history = import_history(store, clock, actor, &history(&numbers, clock.today(), seed))?;
    let run = |command| execute(store, clock, actor, command);
    let today = clock.today();
    let order = |customer: u64, lines: &[&str], age: i64| -> Result<Option<String>, CoreError> {
        let lines = lines
            .iter()
            .map(|spec| LineSpec::parse(spec, false))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|invalid| CoreError::Invalid(vec![invalid]))?;
        let added = run(Command::Sales(SalesCommand::AddOrder {
            customer: customer.to_string(),
            lines,
            today: today - Duration::days(age),
            reference: String::new(),
            reference_date: None,
            requested: None,
            terms: Default::default(),
            promised: None,
            confirm: false,
        }))?;
        let Event::Sales(SalesEvent::Order(order)) = added else {
            return Ok(None);
        };
        let number = order.number.clone();
        run(Command::Sales(SalesCommand::ConfirmOrder {
            order: number.clone(),
        }))?;
        Ok(Some(number))
    };
    let deliver = |order: String, lines: Vec<(usize, Decimal)>, post: bool| {
        run(Command::Deliver(match post {
            true => DeliveryCommand::Deliver {
                order,
                lines,
                today,
            },
            false => DeliveryCommand::Add {
                order,
                lines,
                today,
            },
        }))
    };
    let [eu, export, limited] = [0, 1, 2].map(|at| added.get(at).copied());
    let half = vec![(1, Decimal::from(12))];
    // (customer, lines, age in days, delivery: the lines (none: all) and whether posted)
    let orders: [StoryOrder; 4] = [
        // Tax-free within the EU, delivered in full; cheese and sweets at the reduced rate.
        (eu, &["DA-012:12", "CF-025:24"], 6, Some((Vec::new(), true))),
        // An export order waiting on its pick list.
        (
            export,
            &["BV-038:24", "SF-030:12"],
            2,
            Some((Vec::new(), false)),
        ),
        // Over the credit limit of 500: confirmed into a hold.
        (limited, &["BV-038:30"], 1, None),
        // Partly delivered: 12 of 24 crab tins went out, the rest waits.
        (first, &["SF-040:24", "GR-023:10"], 5, Some((half, true))),
    ];
    for (customer, lines, age, delivery) in orders {
        let Some(customer) = customer else {
            continue;
        };
        let Some(number) = order(customer, lines, age)? else {
            continue;
        };
        story.orders += 1;
        if let Some((lines, post)) = delivery {
            deliver(number, lines, post)?;
            story.deliveries += 1;
        }
    }
    story.billing = super::demo_billing::load(store, clock, actor)?;
    Ok(story)
}

/// Imports `orders` as delivered history through `order_import`; how many it wrote.
fn import_history(
    store: &Store,
    clock: &Clock,
    actor: &Actor,
    orders: &[HistoryOrder],
) -> Result<usize, CoreError> {
    let mut heads = Vec::new();
    let mut lines = Vec::new();
    for (index, order) in orders.iter().enumerate() {
        let date = order.date.to_string();
        let shipped = (order.date + Duration::days(1)).to_string();
        heads.push(Row {
            line: index as u64 + 2,
            input: Input::from_pairs(&[
                ("number", &order.number),
                ("customer", &order.customer),
                ("date", &date),
                ("shipped", &shipped),
            ]),
        });
        for (sku, quantity) in &order.lines {
            let quantity = quantity.to_string();
            lines.push(Row {
                line: lines.len() as u64 + 2,
                input: Input::from_pairs(&[
                    ("order", &order.number),
                    ("sku", sku),
                    ("quantity", &quantity),
                ]),
            });
        }
    }
    let prepared = match prepare(store, actor, &heads, &lines, clock.now())? {
        Ok(prepared) => prepared,
        Err(problems) => {
            let problems = problems
                .into_iter()
                .map(|p| crate::domain::Invalid::new(p.field, p.message))
                .collect();
            return Err(CoreError::Invalid(problems));
        }
    };
    let count = prepared.len();
    execute(
        store,
        clock,
        actor,
        Command::Sales(SalesCommand::ImportOrders { orders: prepared }),
    )?;
    Ok(count)
}
