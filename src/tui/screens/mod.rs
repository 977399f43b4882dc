//! The screens of the App, one file each; which `go-…` action opens which (`opener`), and
//! the one place a `Route` becomes a screen (`open`). Screens never build each other: they
//! return routes. Shared helpers live in modules named for what they do (`refused`,
//! `shown`), not inside a screen. Room: tui.

pub mod audit;
pub mod boms;
mod call_ticket;
pub mod caller;
mod campaign_forms;
pub mod campaigns;
pub mod confirmation_preview;
pub mod customer_consent;
pub mod customer_detail;
pub mod customer_forms;
mod customer_greeting;
pub mod customers;
pub mod deliveries;
pub mod dunning;
mod duplicate_pair;
pub mod duplicates;
mod entry_lines;
pub mod form;
pub mod holds;
pub mod home;
pub mod interaction_detail;
pub mod interaction_forms;
mod interaction_history;
pub mod interactions;
pub mod invoice_detail;
pub mod invoices;
pub mod item_detail;
pub mod items;
pub mod kind;
pub mod lead_convert;
pub mod lead_detail;
pub mod lead_forms;
pub mod leads;
pub mod locations;
mod mailing_letters;
pub mod mailings;
mod marketing_call;
pub mod mrp;
mod mrp_views;
pub mod open_items;
pub mod opportunity_detail;
pub mod opportunity_forms;
pub mod order_entry;
pub mod payment_entry;
pub mod payroll;
pub mod picker;
pub mod pipeline;
pub mod production;
pub mod production_orders;
mod prompt_line;
pub mod purchase_detail;
mod purchase_entry;
mod purchase_forms;
pub mod purchases;
pub mod quarantine;
pub mod refused;
pub mod sales;
mod sales_actions;
pub mod sales_detail;
mod sales_why;
pub mod scan;
pub mod scan_deliver;
pub mod scan_purchase;
pub mod search;
mod search_hits;
mod segment_editor;
pub mod segments;
pub mod shown;
mod ticket_actions;
pub mod ticket_detail;
mod ticket_editor;
mod ticket_sla;
pub mod tickets;
pub mod trends;
pub mod users;
pub mod versioned;
pub mod where_used;

use super::action::Action;
use super::route::Route;
use super::screen::Screen;
use super::session::Session;
use crate::core::Role;
use kind::OwnScreens;

/// Whether a role has the right an action needs (declared with the action). The App
/// refuses an action, as the core would, for a role without its right, and the palette,
/// help and key legend list only the actions the role has the right for.
pub fn permitted(action: Action, role: Role) -> bool {
    action.right().held_by(role)
}

/// The screen of a `go-…` action (opened on top of home); `None` for other actions.
pub fn opener(action: Action) -> Option<Route> {
    Some(match action {
        Action::GoHome => Route::Home,
        Action::GoCustomers => Route::Customers,
        Action::GoScan => Route::Scan,
        Action::GoBoms => Route::Boms { producing: false },
        Action::GoProduction => Route::Boms { producing: true },
        Action::GoAudit => Route::Audit,
        Action::GoUsers => Route::Users,
        Action::GoPayroll => Route::Payroll,
        Action::GoQuotes => Route::Sales(sales::Doc::Quote),
        Action::GoOrders => Route::Sales(sales::Doc::Order),
        Action::GoHolds => Route::Holds,
        Action::GoQuarantine => Route::Quarantine,
        Action::GoDunning => Route::Dunning,
        Action::GoTrends => Route::Trends,
        Action::GoDeliveries => Route::Deliveries,
        Action::ScanDeliver => Route::ScanDeliver,
        Action::GoInvoices => Route::Invoices,
        Action::EnterPayments => Route::PaymentEntry,
        Action::GoTickets => Route::Tickets,
        Action::NextTicket => Route::NextTicket,
        Action::GoCampaigns => Route::Campaigns,
        Action::GoSegments => Route::Segments,
        Action::GoMailings => Route::Mailings,
        Action::GoDuplicates => Route::Duplicates,
        Action::GoLeads => Route::Leads,
        Action::GoPurchases => Route::Purchases,
        Action::ScanPurchase => Route::ScanPurchase,
        Action::GoProductionOrders => Route::ProductionOrders,
        Action::GoMrp => Route::Mrp,
        Action::GoSearch => Route::Search,
        // The go-… action of a plain kind opens its list (`kind::KINDS`).
        _ => Route::Records(kind::opened_by(action)?),
    })
}

/// The screen a route names, loaded for `session`: the one place screens are built for
/// each other.
pub fn open(route: Route, session: &Session) -> Box<dyn Screen> {
    match route {
        Route::Home => Box::new(home::Home::new(session)),
        Route::Customers => Box::new(customers::Customers::new(session)),
        Route::Scan => Box::new(scan::Scan::new(session)),
        Route::Boms { producing: false } => Box::new(boms::Boms::new(session)),
        Route::Boms { producing: true } => Box::new(boms::Boms::for_production(session)),
        Route::Audit => Box::new(audit::Audit::new(session)),
        Route::Users => Box::new(users::Users::new(session)),
        Route::Payroll => Box::new(payroll::Payroll::new(session)),
        Route::CallerLookup => Box::new(caller::CallerLookup::new()),
        Route::Duplicates => Box::new(duplicates::Duplicates::new(session)),
        Route::DuplicatePair { survivor, loser } => {
            Box::new(duplicate_pair::DuplicatePair::new(survivor, loser, session))
        }
        Route::Sales(doc) => Box::new(sales::SalesList::new(doc, session)),
        Route::Holds => Box::new(holds::Holds::new(session)),
        Route::Quarantine => Box::new(quarantine::Quarantine::new(session)),
        Route::NewOrder(customer) => Box::new(order_entry::OrderEntry::new(customer, session)),
        Route::Trends => Box::new(trends::Trends::new(session)),
        Route::OrdersWhere(filter, title) => {
            Box::new(sales::SalesList::filtered(filter, title, session))
        }
        Route::CustomersAmong(name, ids) => {
            Box::new(customers::Customers::among(name, ids, session))
        }
        Route::ReleaseHold(number) => Box::new(holds::release_form(&number, session)),
        Route::Dunning => Box::new(dunning::Dunning::new(session)),
        Route::BlockDunning(number) => Box::new(dunning::block_form(&number, session)),
        Route::ScanDeliver => Box::new(scan_deliver::DeliverScan::new()),
        Route::Deliveries => Box::new(deliveries::DeliveryList::new(session)),
        Route::Delivery(number) => Box::new(deliveries::DeliveryDetail::new(number, session)),
        Route::Invoices => Box::new(invoices::InvoiceList::new(session)),
        Route::Invoice(number) => Box::new(invoice_detail::InvoiceDetail::new(number, session)),
        Route::PaymentEntry => Box::new(payment_entry::PaymentEntry::new()),
        Route::Tickets => Box::new(tickets::TicketList::new(session)),
        // The most urgent free ticket, leased and opened; with none free, the queue says so.
        Route::NextTicket => {
            let now = session.clock.now();
            match crate::core::tickets::next(session.store(), &session.actor, now) {
                Ok(Some(ticket)) => {
                    let number = ticket.number.to_string();
                    Box::new(ticket_detail::TicketDetail::new(number, session))
                }
                Ok(None) => {
                    let said = crate::t!("ticket-tui-no-next");
                    Box::new(tickets::TicketList::saying(said, session))
                }
                Err(error) => Box::new(tickets::TicketList::saying(error.to_string(), session)),
            }
        }
        Route::Ticket(number) => Box::new(ticket_detail::TicketDetail::new(number, session)),
        Route::TicketNote(number) => Box::new(ticket_editor::TicketEditor::note(number)),
        Route::TicketAnswer(number) => {
            Box::new(ticket_editor::TicketEditor::answer(number, session))
        }
        Route::AssignTicket(number) => Box::new(ticket_actions::assign_form(&number, session)),
        Route::MergeTicket(number) => Box::new(ticket_actions::merge_form(&number, session)),
        Route::LinkTicket(number) => Box::new(ticket_actions::link_form(&number, session)),
        Route::Campaigns => Box::new(campaigns::CampaignList::new(session)),
        Route::Campaign(id) => Box::new(campaigns::CampaignDetail::new(id, session)),
        Route::NewCampaign => Box::new(campaign_forms::new_campaign(session)),
        Route::EditCampaign(id) => match campaign_forms::edit_campaign(id, session) {
            Some(form) => Box::new(form),
            None => Box::new(campaigns::CampaignDetail::new(id, session)),
        },
        Route::BookCost(id) => match campaign_forms::cost_form(id, session) {
            Some(form) => Box::new(form),
            None => Box::new(campaigns::CampaignDetail::new(id, session)),
        },
        Route::Segments => Box::new(segments::SegmentList::new(session)),
        Route::SegmentEditor(id) => segment_editor::SegmentEditor::open(id, session),
        Route::Mailings => Box::new(mailings::MailingList::new(session)),
        Route::Mailing(id) => Box::new(mailings::MailingDetail::new(id, session)),
        Route::MailingPreview(id) => Box::new(mailing_letters::Preview::new(id, session)),
        Route::MailingDryRun(id) => Box::new(mailing_letters::DryRun::new(id, session)),
        Route::SalesDocument(doc, number) => {
            Box::new(sales_detail::SalesDetail::new(doc, number, session))
        }
        Route::Records(kind) => match kind.own {
            Some(OwnScreens::Customers) => Box::new(customers::Customers::new(session)),
            Some(OwnScreens::Locations) => locations::list(kind, session),
            Some(OwnScreens::Items) => Box::new(items::Items::new(kind, session)),
            Some(OwnScreens::Opportunities) => Box::new(pipeline::Pipeline::new(session)),
            Some(OwnScreens::Interactions) => Box::new(interactions::Interactions::new(session)),
            None => Box::new(kind::list::KindList::new(kind, session)),
        },
        Route::Record(kind, id) => match kind.own {
            Some(OwnScreens::Customers) => {
                Box::new(customer_detail::CustomerDetail::new(id, session))
            }
            Some(OwnScreens::Locations) => locations::detail(kind, id, session),
            Some(OwnScreens::Items) => Box::new(item_detail::ItemDetail::new(kind, id, session)),
            Some(OwnScreens::Opportunities) => {
                Box::new(opportunity_detail::OpportunityDetail::new(id, session))
            }
            Some(OwnScreens::Interactions) => {
                Box::new(interaction_detail::InteractionDetail::new(id, session))
            }
            None => Box::new(kind::detail::KindDetail::new(kind, id, session)),
        },
        Route::NewRecord(kind) => Box::new(kind::form::new_record(kind, session)),
        Route::EditRecord(kind, id) => kind::form::edit_id(kind, id, session),
        Route::Customer(id) => Box::new(customer_detail::CustomerDetail::new(id, session)),
        Route::NewCustomer => Box::new(customer_forms::new_customer(session)),
        Route::EditCustomer(customer) => {
            Box::new(customer_forms::edit_customer(&customer, session))
        }
        Route::LogCall(customer, matched) => Box::new(customer_forms::log_call(
            &customer,
            matched.as_ref(),
            session,
        )),
        Route::NewOpportunity(customer) => {
            Box::new(customer_forms::new_opportunity(&customer, session))
        }
        Route::LoseOpportunity(opportunity) => {
            Box::new(opportunity_forms::lost_form(&opportunity, session))
        }
        Route::Leads => Box::new(leads::LeadList::new(session)),
        Route::ProductionOrders => Box::new(production_orders::ProductionOrders::new(session)),
        Route::ProductionOrder(number) => Box::new(production_orders::ProductionOrderDetail::new(
            number, session,
        )),
        Route::Lead(id) => Box::new(lead_detail::LeadDetail::new(id, session)),
        Route::NewLead => Box::new(lead_forms::new_lead(session)),
        Route::LeadStatus(lead) => Box::new(lead_forms::status_form(&lead, session)),
        Route::ConvertLead(id) => Box::new(lead_convert::ConvertLead::new(id, session)),
        Route::RecordConsent(customer) => {
            Box::new(customer_consent::record_form(&customer, session))
        }
        Route::ConfirmationPreview(number) => Box::new(
            confirmation_preview::ConfirmationPreview::new(number, session),
        ),
        Route::WhereUsed(item) => Box::new(where_used::WhereUsed::new(*item, session)),
        Route::Produce(item) => Box::new(production::Production::new(*item, session)),
        Route::Purchases => Box::new(purchases::PurchaseList::new(session)),
        Route::Purchase(number) => Box::new(purchase_detail::PurchaseDetail::new(number, session)),
        Route::NewPurchase => Box::new(purchase_entry::PurchaseEntry::new(session)),
        Route::ScanPurchase => Box::new(scan_purchase::PurchaseScan::new()),
        Route::ReceivePurchase(number, line, of) => {
            Box::new(purchase_forms::receive_form(&number, line, &of, session))
        }
        Route::ShortCloseLine(number, line, of) => {
            Box::new(purchase_forms::close_form(&number, line, &of, session))
        }
        Route::CancelPurchase(number) => Box::new(purchase_forms::cancel_form(&number, session)),
        Route::Mrp => Box::new(mrp::MrpList::new(session)),
        Route::MrpPegging(key) => Box::new(mrp_views::MrpPegging::new(key, session)),
        Route::MrpRun => Box::new(mrp_views::RunPreview::new(session)),
        Route::Search => Box::new(search::GlobalSearch::new(session)),
    }
}
