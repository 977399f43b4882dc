//! F4 pickers: choose a valid value for a reference field — a customer, an item, a
//! location, a stage, a channel, a status, a caller's open ticket, a queue — filtered as you type; a changed filter moves
//! the highlight to the best match (a value equal to the filter, else the first listed),
//! so typing a code and Enter picks it. Room: tui.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

use crate::core::Change;
use crate::core::query::{get_customer, search_customers};
use crate::core::stock_query::{list_locations, search_items, virtual_locations};
use crate::core::tickets::templates::{TEMPLATES, template_label};
use crate::domain::fold::fold;
use crate::domain::ticket::{Priority, TicketStatus};
use crate::domain::{Channel, CustomerStatus, Stage};
use crate::t;
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, TableView, TextInput};

/// What a picker offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerKind {
    Customer,
    Item,
    Location,
    Stage,
    Channel,
    Status,
    /// The contacts of this customer.
    Contact(u64),
    /// The open tickets of this customer (`call_ticket`).
    OpenTicket(u64),
    /// The ticket queues.
    Queue,
    TicketStatus,
    TicketPriority,
    /// The answer templates (`core::tickets::templates`).
    TicketTemplate,
    /// The campaigns (`marketing_call`).
    Campaign,
}

impl PickerKind {
    /// What is picked, as titles and headers say it.
    fn name(self) -> String {
        match self {
            PickerKind::Customer => t!("crm-column-customer"),
            PickerKind::Item => t!("crm-column-item"),
            PickerKind::Location => t!("crm-column-location"),
            PickerKind::Stage => t!("crm-column-stage"),
            PickerKind::Channel => t!("crm-column-channel"),
            PickerKind::Status => t!("crm-column-status"),
            PickerKind::Contact(_) => t!("crm-column-contact"),
            PickerKind::OpenTicket(_) => t!("ticket-mail-column-ticket"),
            PickerKind::Queue => t!("ticket-mail-column-queue"),
            PickerKind::TicketStatus => t!("crm-column-status"),
            PickerKind::TicketPriority => t!("ticket-tui-col-priority"),
            PickerKind::TicketTemplate => t!("ticket-tui-col-template"),
            PickerKind::Campaign => t!("marketing-call-label-campaign"),
        }
    }

    /// The picker's title: `pick customer`.
    fn title(self) -> String {
        match self {
            PickerKind::Customer => t!("crm-pick-customer"),
            PickerKind::Item => t!("crm-pick-item"),
            PickerKind::Location => t!("crm-pick-location"),
            PickerKind::Stage => t!("crm-pick-stage"),
            PickerKind::Channel => t!("crm-pick-channel"),
            PickerKind::Status => t!("crm-pick-status"),
            PickerKind::Contact(_) => t!("crm-pick-contact"),
            PickerKind::OpenTicket(_) => t!("ticket-mail-pick-ticket"),
            PickerKind::Queue => t!("ticket-mail-pick-queue"),
            PickerKind::TicketStatus => t!("ticket-tui-pick-status"),
            PickerKind::TicketPriority => t!("ticket-tui-pick-priority"),
            PickerKind::TicketTemplate => t!("ticket-tui-pick-template"),
            PickerKind::Campaign => t!("marketing-call-pick-campaign"),
        }
    }
}

/// How many entries a picker shows at most.
const LIMIT: usize = 50;

pub struct Picker {
    kind: PickerKind,
    filter: TextInput,
    /// (value returned, label shown)
    options: Vec<(String, String)>,
    cursor: Cursor,
}

impl Picker {
    pub fn new(kind: PickerKind, current: &str, session: &Session) -> Picker {
        let mut picker = Picker {
            kind,
            filter: TextInput::default(),
            options: Vec::new(),
            cursor: Cursor::default(),
        };
        picker.reload(session);
        if let Some(index) = picker
            .options
            .iter()
            .position(|(value, _)| value == current)
        {
            picker.cursor.index = index;
        }
        picker
    }

    fn reload(&mut self, session: &Session) {
        let filter = self.filter.text.to_lowercase();
        // A closed set: the label shown (German `Verhandlung`), the machine name returned;
        // the filter finds either.
        let named = |choices: Vec<(&'static str, String)>| -> Vec<(String, String)> {
            choices
                .into_iter()
                .filter(|(name, label)| {
                    name.contains(&filter) || fold(label).contains(&fold(&filter))
                })
                .map(|(name, label)| (name.to_string(), label))
                .collect()
        };
        self.options = match self.kind {
            PickerKind::Customer => {
                let hits = if filter.is_empty() {
                    crate::core::query::list_customers(
                        session.store(),
                        &session.actor,
                        &Default::default(),
                        LIMIT,
                    )
                    .map(|list| {
                        list.into_iter()
                            .map(|c| (c.id.to_string(), c.name))
                            .collect()
                    })
                } else {
                    search_customers(
                        session.store(),
                        &session.actor,
                        &filter,
                        LIMIT,
                        session.settings.default_region,
                    )
                    .map(|hits| {
                        hits.into_iter()
                            .map(|h| (h.customer.id.to_string(), h.customer.name))
                            .collect()
                    })
                };
                hits.unwrap_or_default()
            }
            PickerKind::Item => search_items(session.store(), &session.actor, &filter, LIMIT)
                .or_else(|_| {
                    crate::core::stock_query::list_items(session.store(), &session.actor, LIMIT)
                })
                .map(|items| {
                    items
                        .into_iter()
                        .map(|i| (i.sku.clone(), format!("{} {}", i.sku, i.name)))
                        .collect()
                })
                .unwrap_or_default(),
            PickerKind::Location => {
                let mut codes: Vec<(String, String)> =
                    list_locations(session.store(), &session.actor)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|l| (l.code.clone(), format!("{} {}", l.code, l.name)))
                        .collect();
                codes.extend(virtual_locations().iter().map(|v| {
                    (
                        v.to_string(),
                        t!("crm-picker-virtual", code = v.to_string()),
                    )
                }));
                codes.retain(|(_, label)| label.to_lowercase().contains(&filter));
                codes
            }
            PickerKind::Stage => named(Stage::ALL.map(|s| (s.name(), s.label())).into()),
            PickerKind::Channel => named(Channel::ALL.map(|c| (c.name(), c.label())).into()),
            PickerKind::Status => named(CustomerStatus::ALL.map(|s| (s.name(), s.label())).into()),
            PickerKind::TicketStatus => {
                named(TicketStatus::ALL.map(|s| (s.name(), s.label())).into())
            }
            PickerKind::TicketPriority => {
                named(Priority::ALL.map(|p| (p.name(), p.label())).into())
            }
            PickerKind::TicketTemplate => named(
                TEMPLATES
                    .iter()
                    .map(|name| (*name, template_label(name).unwrap_or_default()))
                    .collect(),
            ),
            PickerKind::Contact(customer) => {
                get_customer(session.store(), &session.actor, customer)
                    .ok()
                    .flatten()
                    .map(|c| c.contacts)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|contact| {
                        let label = match contact.role.as_str() {
                            "" => contact.name.clone(),
                            role => format!("{} ({role})", contact.name),
                        };
                        (contact.name, label)
                    })
                    .filter(|(_, label)| label.to_lowercase().contains(&filter))
                    .collect()
            }
            PickerKind::OpenTicket(customer) => {
                super::call_ticket::ticket_options(session, customer)
            }
            PickerKind::Queue => super::call_ticket::queue_options(session),
            PickerKind::Campaign => super::marketing_call::campaign_options(session),
        };
        if let PickerKind::OpenTicket(_) | PickerKind::Queue | PickerKind::Campaign = self.kind {
            let wanted = fold(&filter);
            self.options
                .retain(|(_, label)| fold(label).contains(&wanted));
        }
        self.cursor.clamp(self.options.len());
    }

    /// The option a filter picks: the one whose value, else whose label, is the filter (any
    /// case and accents), else the first listed.
    fn best(&self) -> usize {
        let wanted = fold(&self.filter.text);
        let at = |of: fn(&(String, String)) -> &String| {
            self.options
                .iter()
                .position(|option| fold(of(option)) == wanted)
        };
        at(|(value, _)| value)
            .or_else(|| at(|(_, label)| label))
            .unwrap_or(0)
    }
}

impl Screen for Picker {
    fn title(&self) -> String {
        self.kind.title()
    }

    fn layer(&self) -> &'static str {
        "prompt"
    }

    fn on_key(&mut self, key: &Key, session: &Session) -> Outcome {
        if self.filter.edit(key) {
            self.reload(session);
            self.cursor.index = self.best();
            return Outcome::Handled;
        }
        Outcome::Ignored
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.options.len()) {
            return Outcome::Handled;
        }
        match action {
            Action::Open | Action::Save | Action::NextField => {
                match self.options.get(self.cursor.index) {
                    Some((value, _)) => Outcome::Return(value.clone()),
                    None => Outcome::Refuse(t!("crm-picker-no-match")),
                }
            }
            Action::Cancel => Outcome::Pop,
            _ => Outcome::Ignored,
        }
    }

    /// The choices are looked up as the user types; nothing to reload.
    fn shows(&self, _change: Change) -> bool {
        false
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let rows: Vec<Vec<String>> = self
            .options
            .iter()
            .map(|(_, label)| vec![label.clone()])
            .collect();
        let title = t!(
            "crm-picker-filter",
            title = self.title(),
            typed = self.filter.text.as_str()
        );
        TableView {
            title: &title,
            header: &[&self.kind.name()],
            widths: &[Constraint::Min(10)],
            rows: &rows,
            selected: Some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render(frame, area, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Open, Action::Cancel]
    }
}
