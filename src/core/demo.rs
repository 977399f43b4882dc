//! Loading demo data into an empty database: the CRM records in bulk, then the ERP side —
//! locations, items, stock moves, BOMs, a production run, employees and payroll — one
//! command at a time through `execute`, so every rule and index applies; the stock commands
//! dated in the weeks before, as the demo's story has them; the letterhead (admins) and
//! the sales story with two years of order history (`demo_story`); purchase and production
//! orders in every state (`demo_orders`). Everything is dated
//! from the clock's "now", an input. Each part is loaded when the actor may change its
//! area. Room: core.

use super::access::{self, Access, Area};
use super::bom::BomEvent;
use super::command::execute_as_of;
use super::demo_data::sales::{CANCEL_REASON, ORDERS, OrderStep, QUOTES, QuoteStep, RULES};
use super::demo_data::{generate, payroll_commands, stock_commands};
use super::demo_story::CUSTOMERS_ADDED;
use super::kinds::{
    CUSTOMERS, EMPLOYEES, INTERACTIONS, ITEMS, KindDecl, LOCATIONS, OPPORTUNITIES, PRICE_RULES,
};
use super::payroll::PayrollEvent;
use super::plain::{Done, ImportRow, RecordCommand, RecordEvent, RecordOp};
use super::sales::{SalesCommand, SalesEvent};
use super::stock::StockEvent;
use super::{Actor, Clock, Command, CoreError, Event, Settings, execute};
use crate::domain::Customer;
use crate::domain::fields::Input;
use crate::domain::fields::customer as customers;
use crate::domain::fields::interaction as interactions;
use crate::domain::fields::opportunity::to_row;
use crate::domain::fields::table::row_input;
use crate::domain::sales::LineSpec;
use crate::store::Store;
use crate::store::kinds::item::id_by_code;
use time::{Duration, UtcOffset};

/// The seed of the generated data ("kontor"); the ERP parts use their own offsets of it.
const SEED: u64 = 0x6b6f6e746f72;

/// What `load_demo` wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DemoCounts {
    /// Leads added (`demo_leads`).
    pub leads: usize,
    pub customers: usize,
    pub interactions: usize,
    pub opportunities: usize,
    pub locations: usize,
    pub items: usize,
    /// Stock moves posted, those of production runs included.
    pub stock_moves: usize,
    pub boms: usize,
    pub productions: usize,
    pub employees: usize,
    pub payslips: usize,
    /// Payroll periods run, and how many of them were posted.
    pub periods: usize,
    pub posted_periods: usize,
    /// Suppliers and supplier items (`demo_purchasing`).
    pub suppliers: usize,
    pub supplier_items: usize,
    /// Price rules, quotes and sales orders added.
    pub price_rules: usize,
    pub quotes: usize,
    pub orders: usize,
    /// Delivered orders of the two years' history (in `orders` too), delivery notes
    /// (posted and pick lists), and whether the company letterhead was set.
    pub history: usize,
    pub deliveries: usize,
    pub letterhead: bool,
    /// Invoices, credit notes and payments of the story (`demo_billing`).
    pub invoices: usize,
    pub credit_notes: usize,
    pub payments: usize,
    /// Service queues and tickets (`demo_service`).
    pub queues: usize,
    pub tickets: usize,
    /// Purchase and production orders in every state, and items given planning
    /// parameters (`demo_orders`).
    pub purchase_orders: usize,
    pub production_orders: usize,
    pub planned_items: usize,
}

/// Fills an empty database with `customers` demo customers and their history, and with a
/// wholesaler's warehouse, production, payroll and sales (price rules, quotes, orders;
/// only for a role that may change customers, stock and sales). Refuses a database that holds any
/// record; skips the parts whose area the actor may not change (refusing when that is all).
pub fn load_demo(
    store: &Store,
    clock: &Clock,
    actor: &Actor,
    customers: usize,
) -> Result<DemoCounts, CoreError> {
    if !store.is_empty()? {
        return Err(CoreError::Refused(crate::t!(
            "core-demo-not-empty",
            path = store.path().display().to_string()
        )));
    }
    let may = |area| actor.role.may(area, Access::Write);
    if !may(Area::Crm) && !may(Area::Stock) && !may(Area::Payroll) {
        access::require(actor, Area::Crm, Access::Write)?;
    }
    let now = clock.now();
    let clock = &Clock::pinned(now);
    let mut counts = DemoCounts::default();
    let sales = may(Area::Sales) && may(Area::Crm) && may(Area::Stock);
    // The story's own customers are part of the count asked for, when there is room.
    let story = CUSTOMERS_ADDED.len();
    let story = sales && customers >= sales_customers() + story;
    let generated = customers - if story { CUSTOMERS_ADDED.len() } else { 0 };
    if may(Area::Crm) {
        load_crm(store, clock, actor, generated, &mut counts)?;
    }
    let currency = Settings::load(store)?.currency;
    if may(Area::Stock) {
        for (at, command) in stock_commands(currency, now, SEED + 1) {
            counts.tally(&execute_as_of(store, actor, command, at, now)?);
        }
    }
    if may(Area::Purchasing) && may(Area::Stock) {
        // The suppliers come four weeks back, after the items, before the first order.
        let then = &Clock::pinned(now - Duration::days(28));
        let purchasing = super::demo_purchasing::load(store, then, actor)?;
        counts.suppliers = purchasing.suppliers;
        counts.supplier_items = purchasing.supplier_items;
    }
    if may(Area::Payroll) {
        for command in payroll_commands(currency, now, SEED + 2) {
            counts.tally(&execute(store, clock, actor, command)?);
        }
    }
    if may(Area::Admin) {
        super::demo_story::letterhead(store, clock, actor)?;
        counts.letterhead = true;
        // The service desk's calendar: Bavaria, Monday to Friday 08:00–17:00.
        let standard = crate::domain::calendar::BusinessCalendar::new(
            "Standard",
            crate::domain::calendar::State::BY,
        );
        super::calendar::add(store, actor, standard)?;
    }
    if sales {
        load_sales(store, clock, actor, story, &mut counts)?;
    }
    if may(Area::Admin) {
        let service = super::demo_service::load(store, clock, actor)?;
        counts.queues = service.queues;
        counts.tickets = service.tickets;
    }
    if may(Area::Leads) && may(Area::Crm) {
        counts.leads = super::demo_leads::load(store, clock, actor)?;
    }
    if counts.suppliers > 0 && may(Area::Production) && may(Area::Items) {
        let orders = super::demo_orders::load(store, clock, actor)?;
        counts.purchase_orders = orders.purchase_orders;
        counts.production_orders = orders.production_orders;
        counts.planned_items = orders.planned_items;
        counts.stock_moves += orders.stock_moves;
    }
    Ok(counts)
}

/// The number of the generated customer at `index`: `K-10001` on, stepping over the
/// story's own customers (`K-20001`…), so any count of customers has distinct numbers.
fn generated_number(index: usize) -> String {
    let number = FIRST_GENERATED_NUMBER + index;
    match number >= FIRST_STORY_NUMBER {
        true => format!("K-{}", number + CUSTOMERS_ADDED.len()),
        false => format!("K-{number}"),
    }
}

const FIRST_GENERATED_NUMBER: usize = 10_001;
/// The number of the first of `CUSTOMERS_ADDED`; they follow it one by one.
const FIRST_STORY_NUMBER: usize = 20_001;

fn load_crm(
    store: &Store,
    clock: &Clock,
    actor: &Actor,
    customers: usize,
    counts: &mut DemoCounts,
) -> Result<(), CoreError> {
    let mut data = generate(customers, clock.now(), SEED);
    // Customer numbers, which orders and the order history name customers by.
    for (index, customer) in data.customers.iter_mut().enumerate() {
        customer.number = generated_number(index);
    }
    let rows = data.customers.iter().map(|customer| ImportRow {
        input: row_input(customers::to_row(customer, UtcOffset::UTC), |f| f != "id"),
        ..ImportRow::default()
    });
    let ids = match import(store, clock, actor, CUSTOMERS, rows.collect())? {
        Event::Record(RecordEvent {
            done: Done::Imported(imported),
            ..
        }) => imported.ids,
        _ => Vec::new(),
    };
    let real_id = |index: u64| ids.get(index as usize).copied().unwrap_or(0);
    for interaction in &mut data.interactions {
        interaction.customer_id = real_id(interaction.customer_id);
    }
    for opportunity in &mut data.opportunities {
        opportunity.customer_id = real_id(opportunity.customer_id);
    }
    counts.customers = ids.len();
    counts.interactions = data.interactions.len();
    counts.opportunities = data.opportunities.len();
    let rows = data.interactions.iter().map(|interaction| ImportRow {
        input: row_input(interactions::to_row(interaction, UtcOffset::UTC), |f| {
            f != "id"
        }),
        ..ImportRow::default()
    });
    import(store, clock, actor, INTERACTIONS, rows.collect())?;
    let rows = data.opportunities.iter().map(|opportunity| ImportRow {
        input: row_input(to_row(opportunity, UtcOffset::UTC), |field| field != "id"),
        ..ImportRow::default()
    });
    import(store, clock, actor, OPPORTUNITIES, rows.collect())?;
    Ok(())
}

/// Quotes in every state and orders open, confirmed and cancelled (`demo_data::sales`),
/// for the first customers in id order, and with `story` the story of `demo_story`
/// (history, more customers and orders) first; none when there are too few customers.
fn load_sales(
    store: &Store,
    clock: &Clock,
    actor: &Actor,
    story: bool,
    counts: &mut DemoCounts,
) -> Result<(), CoreError> {
    let customers = store.ids_where::<Customer>(|_| true)?;
    if customers.len() < sales_customers() {
        return Ok(());
    }
    if story {
        let story = super::demo_story::load(store, clock, actor, SEED + 3)?;
        counts.customers += story.customers;
        counts.history = story.history;
        counts.orders += story.history + story.orders;
        counts.deliveries += story.deliveries;
        counts.invoices = story.billing.invoices;
        counts.credit_notes = story.billing.credit_notes;
        counts.payments = story.billing.payments;
    }
    let today = clock.today();
    let lines = |specs: &[&str]| {
        specs
            .iter()
            .map(|spec| LineSpec::parse(spec, false))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|invalid| CoreError::Invalid(vec![invalid]))
    };
    for demo in &RULES {
        let Some(item) = id_by_code(store, demo.sku)? else {
            continue;
        };
        let customer = demo.customer.map(|at| customers[at].to_string());
        let mut input = Input::new();
        let item = item.to_string();
        let fields = [
            ("item", item.as_str()),
            ("customer", customer.as_deref().unwrap_or_default()),
            ("tag", demo.tag),
            ("min_qty", demo.min_qty),
            ("price", demo.price),
            ("discount", demo.discount),
        ];
        for (field, value) in fields.into_iter().filter(|(_, value)| !value.is_empty()) {
            input.set(field, value);
        }
        let rule = RecordCommand::add(PRICE_RULES, input);
        execute(store, clock, actor, rule)?;
        counts.price_rules += 1;
    }
    let run = |command: SalesCommand| execute(store, clock, actor, Command::Sales(command));
    for demo in &QUOTES {
        let date = today - Duration::days(demo.age);
        let customer = customers[demo.customer];
        // The quote that becomes an order wins its opportunity.
        let opportunity = match demo.steps.contains(&QuoteStep::Convert) {
            true => super::demo_story::opportunity(store, clock, actor, customer)?,
            false => None,
        };
        let added = run(SalesCommand::AddQuote {
            customer: customer.to_string(),
            lines: lines(demo.lines)?,
            today: date,
            valid_until: Some(date + Duration::days(demo.valid)),
            opportunity,
            terms: Default::default(),
        })?;
        let Event::Sales(SalesEvent::Quote(quote)) = added else {
            continue;
        };
        counts.quotes += 1;
        let quote = quote.id.to_string();
        for (day, step) in demo.steps.iter().enumerate() {
            let today = (date + Duration::days(day as i64 + 1)).min(today);
            let quote = quote.clone();
            let converted = run(match step {
                QuoteStep::Send => SalesCommand::SendQuote { quote, today },
                QuoteStep::Accept => SalesCommand::AcceptQuote { quote, today },
                QuoteStep::Decline => SalesCommand::DeclineQuote { quote, today },
                QuoteStep::Convert => SalesCommand::ConvertQuote { quote, today },
            })?;
            if let Event::Sales(SalesEvent::Converted(_)) = converted {
                counts.orders += 1;
            }
        }
    }
    for demo in &ORDERS {
        let date = today - Duration::days(demo.age);
        let added = run(SalesCommand::AddOrder {
            customer: customers[demo.customer].to_string(),
            lines: lines(demo.lines)?,
            today: date,
            reference: String::new(),
            reference_date: None,
            requested: None,
            terms: Default::default(),
            promised: None,
            confirm: false,
        })?;
        let Event::Sales(SalesEvent::Order(order)) = added else {
            continue;
        };
        counts.orders += 1;
        let order = order.id.to_string();
        match demo.step {
            OrderStep::Open => {}
            OrderStep::Confirm => drop(run(SalesCommand::ConfirmOrder { order })?),
            OrderStep::Cancel => drop(run(SalesCommand::CancelOrder {
                order,
                reason: CANCEL_REASON.to_string(),
            })?),
        }
    }
    Ok(())
}

/// How many customers the first quotes and orders need (they name them by position).
fn sales_customers() -> usize {
    let needed = QUOTES
        .iter()
        .map(|q| q.customer)
        .chain(ORDERS.iter().map(|o| o.customer));
    needed.max().map_or(0, |last| last + 1)
}

/// Imports `rows` of a plain kind.
fn import(
    store: &Store,
    clock: &Clock,
    actor: &Actor,
    kind: &'static KindDecl,
    rows: Vec<ImportRow>,
) -> Result<Event, CoreError> {
    let with = Input::new();
    let op = RecordOp::Import { rows, with };
    execute(
        store,
        clock,
        actor,
        Command::Record(RecordCommand { kind, op }),
    )
}

impl DemoCounts {
    /// Counts what one ERP command did.
    fn tally(&mut self, event: &Event) {
        match event {
            Event::Record(RecordEvent {
                kind,
                done: Done::Added(_),
            }) if *kind == LOCATIONS => self.locations += 1,
            Event::Record(RecordEvent {
                kind,
                done: Done::Added(_),
            }) if *kind == ITEMS => self.items += 1,
            Event::Stock(StockEvent::Posted(moves)) => self.stock_moves += moves.len(),
            Event::Bom(BomEvent::Saved(_)) => self.boms += 1,
            Event::Bom(BomEvent::Produced(production)) => {
                self.productions += 1;
                self.stock_moves += production.moves.len();
            }
            Event::Record(RecordEvent {
                kind,
                done: Done::Added(_),
            }) if *kind == EMPLOYEES => self.employees += 1,
            Event::Payroll(PayrollEvent::PeriodRun { payslips, .. }) => {
                self.periods += 1;
                self.payslips += payslips.len();
            }
            Event::Payroll(PayrollEvent::PeriodPosted { .. }) => self.posted_periods += 1,
            _ => {}
        }
    }
}

#[cfg(test)]
mod numbers {
    use super::*;

    #[test]
    fn generated_customers_never_take_a_story_customers_number() {
        let story: Vec<&str> = CUSTOMERS_ADDED
            .iter()
            .filter_map(|fields| fields.iter().find(|(field, _)| *field == "number"))
            .map(|(_, number)| *number)
            .collect();
        assert_eq!(story, ["K-20001", "K-20002", "K-20003", "K-20004"]);
        let generated: Vec<String> = (0..25_000).map(generated_number).collect();
        assert_eq!(generated[0], "K-10001");
        assert_eq!(generated[9_999], "K-20000");
        assert_eq!(generated[10_000], "K-20005");
        let mut all: std::collections::BTreeSet<&str> =
            generated.iter().map(String::as_str).collect();
        assert_eq!(all.len(), generated.len());
        all.extend(story.iter().copied());
        assert_eq!(all.len(), generated.len() + story.len());
    }
}
