//! Where a screen may lead: one `Route` per screen that another screen (or a `go-…`
//! action) opens. Screens return routes (`Outcome::Open`, `After::Open`, `Saved::Open`)
//! instead of building each other; `screens::open` is the one place that turns a route
//! into a screen. Data only — a route names a screen and what it opens on, it builds
//! nothing. Room: tui.

use crate::core::sales_query::OrderFilter;
use crate::domain::lead::Lead;
use crate::domain::purchase::PurchaseLine;
use crate::domain::{Customer, Item, Opportunity, Phone};
use crate::tui::screens::kind::KindUi;
use crate::tui::screens::sales::Doc;

/// A screen to open, with what it opens on. Records are boxed: a route is moved around
/// and most variants are small.
pub enum Route {
    /// Home: follow-ups due and stock to reorder.
    Home,
    /// The customer list.
    Customers,
    /// Goods in, goods out and counts by scanner.
    Scan,
    /// The BOM trees; `producing` titles them for choosing what to produce.
    Boms { producing: bool },
    /// The audit trail.
    Audit,
    /// User accounts and their keys.
    Users,
    /// Payroll runs.
    Payroll,
    /// The quotes or the sales orders.
    Sales(Doc),
    /// One quote or sales order, by number.
    SalesDocument(Doc, String),
    /// Order entry, for the customer with this id when one is chosen already.
    NewOrder(Option<u64>),
    /// The held sales orders.
    Holds,
    /// The messages the mailgate kept in quarantine.
    Quarantine,
    /// Purchase trends: revenue by month, top customers and products, segments.
    Trends,
    /// The sales orders a filter names, under the title given (a trends drill-down).
    OrdersWhere(OrderFilter, String),
    /// The customers with the ids given, under the name of what they are (a segment).
    CustomersAmong(String, Vec<u64>),
    /// The release form of a held order, by number, asking the reason.
    ReleaseHold(String),
    /// Today's dunning run, for review.
    Dunning,
    /// The form blocking an invoice from dunning, by number, asking the reason.
    BlockDunning(String),
    /// Scan mode delivering an order or a pick list.
    ScanDeliver,
    /// The delivery notes.
    Deliveries,
    /// One delivery note with its pick list, by number.
    Delivery(String),
    /// The invoices and credit notes.
    Invoices,
    /// One invoice or credit note, by number.
    Invoice(String),
    /// Payment entry by invoice number.
    PaymentEntry,
    /// The service desk's open tickets.
    Tickets,
    /// The most urgent free ticket of the user's queues, leased to them (`core::tickets::next`).
    NextTicket,
    /// One service ticket with its articles, by number.
    Ticket(String),
    /// The editor of an internal note on a ticket, by number.
    TicketNote(String),
    /// The editor of an answer to a ticket, by number, quoting the customer's last message.
    TicketAnswer(String),
    /// The form giving a ticket, by number, a new owner.
    AssignTicket(String),
    /// The form merging a ticket, by number, into another.
    MergeTicket(String),
    /// The form linking a ticket, by number, to an order, invoice, interaction or ticket.
    LinkTicket(String),
    /// The leads, filtered by status.
    Leads,
    /// The production orders (Fertigungsaufträge).
    ProductionOrders,
    /// One production order, by number, with what its open rest needs.
    ProductionOrder(String),
    /// One lead, by id.
    Lead(u64),
    /// The new-lead form.
    NewLead,
    /// The status form of a lead (contacted, qualified, disqualified with its reason).
    LeadStatus(Box<Lead>),
    /// The conversion of a lead, by id: its duplicate candidates, link to one or create.
    ConvertLead(u64),
    /// The form recording a consent a customer gave, withdrew or objected to on a call.
    RecordConsent(Box<Customer>),
    /// The confirmation of a sales order, by number, as the customer reads it.
    ConfirmationPreview(String),
    /// The marketing campaigns with their figures.
    Campaigns,
    /// One campaign, by id: its figures and booked costs.
    Campaign(u64),
    /// The new-campaign form.
    NewCampaign,
    /// The edit form of a campaign, by id.
    EditCampaign(u64),
    /// The form booking a cost against a campaign, by id.
    BookCost(u64),
    /// The saved segments.
    Segments,
    /// The segment editor with its live count: a new segment, or one by id.
    SegmentEditor(Option<u64>),
    /// The marketing mailings.
    Mailings,
    /// One mailing, by id: where its sending stands, refreshing.
    Mailing(u64),
    /// The letter of a mailing, by id, as each recipient reads it.
    MailingPreview(u64),
    /// Who of a mailing's audience, by id, is not mailed and why.
    MailingDryRun(u64),
    /// Customers that are probably one: the candidate pairs, best evidence first.
    Duplicates,
    /// Two customers side by side before merging: the one that stays, the one merged away.
    DuplicatePair { survivor: u64, loser: u64 },
    /// Who is calling: customers by a phone number as it is typed.
    CallerLookup,
    /// The list of a registered plain record kind.
    Records(&'static KindUi),
    /// One record of a registered plain record kind, by id.
    Record(&'static KindUi, u64),
    /// The generic new-record form of a registered plain record kind.
    NewRecord(&'static KindUi),
    /// The generic edit form of one record of a registered plain record kind, by id, as
    /// stored now (the customers' screens edit with their own form, `EditCustomer`).
    EditRecord(&'static KindUi, u64),
    /// One customer, by id.
    Customer(u64),
    /// The new-customer form.
    NewCustomer,
    /// The edit form of a customer, against the version given.
    EditCustomer(Box<Customer>),
    /// The log-call form of a customer; the contact owning the matched number prefilled.
    LogCall(Box<Customer>, Option<Phone>),
    /// The new-opportunity form of a customer.
    NewOpportunity(Box<Customer>),
    /// The lost form of an opportunity, asking the reason (whoever opens it checked the
    /// opportunity may be lost).
    LoseOpportunity(Box<Opportunity>),
    /// The BOMs an item is used in.
    WhereUsed(Box<Item>),
    /// A production order of an item with a BOM.
    Produce(Box<Item>),
    /// The purchase orders.
    Purchases,
    /// One purchase order, by number.
    Purchase(String),
    /// The new-purchase-order form.
    NewPurchase,
    /// Scan mode receiving against a purchase order.
    ScanPurchase,
    /// The receive form of a purchase order's line: the order's number, the line (1-based)
    /// as it stands.
    ReceivePurchase(String, usize, Box<PurchaseLine>),
    /// The short-close form of a purchase order's line, as `ReceivePurchase`.
    ShortCloseLine(String, usize, Box<PurchaseLine>),
    /// The cancel form of a purchase order, by number.
    CancelPurchase(String),
    /// The accepted MRP plan: planned orders with an option column, action messages.
    Mrp,
    /// The demands a planned order, by key, covers.
    MrpPegging(String),
    /// An MRP run: its changes against the accepted plan first, then stored on request.
    MrpRun,
    /// The search over every record kind the user may read, search as you type.
    Search,
}
