//! One customer: contacts, addresses, the sales terms (tax treatment, VAT ID, credit
//! limit, partial deliveries and backorders) and a timeline of interactions and
//! opportunities, newest first. From here: log a call, edit, add an opportunity, complete a follow-up,
//! open a timeline entry (an interaction's or an opportunity's detail).
//! What the actor's role does not read (warehouse: phones, e-mails, notes, the timeline)
//! the core leaves out; the screen hides those lines and shows the core's refusal in place
//! of the timeline. Who reads sales sees, for a customer with orders, their own trend
//! beside the contacts (`core::reports::customer_trend`): a twelve-month sparkline, this
//! year's revenue against last year's and the last five orders; who reads receivables
//! sees their open items and balance above the timeline (`open_items`). The view key
//! switches the timeline for the customer's consent (`customer_consent`: standings and
//! history); the consent key records what the customer said on a call. Room: tui.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use unicode_width::UnicodeWidthStr;

use super::customer_consent::ConsentPane;
use super::interaction_forms::{complete_follow_up, complete_follow_up_of_nothing};
use super::kind::{INTERACTIONS, OPPORTUNITIES};
use super::open_items::OpenItems;
use super::shown;
use crate::core::Change;
use crate::core::access::CustomerSight;
use crate::core::query::{InteractionFilter, get_customer, list_interactions, list_opportunities};
use crate::core::reports::{CustomerTrend, customer_trend};
use crate::domain::datetime::shown_duration;
use crate::domain::{Customer, Interaction, Opportunity};
use crate::lang::format;
use crate::t;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{Cursor, TableView, answers_list, field_line, panel};

enum Entry {
    Interaction(Interaction),
    Opportunity(Opportunity),
}

impl Entry {
    fn when(&self) -> time::OffsetDateTime {
        match self {
            Entry::Interaction(i) => i.at,
            Entry::Opportunity(o) => o.updated,
        }
    }

    fn row(&self) -> Vec<String> {
        match self {
            Entry::Interaction(i) => {
                let follow = match (i.follow_up, i.follow_up_done) {
                    (Some(date), false) => t!("crm-due-on", date = format::date(date)),
                    (Some(_), true) => t!("crm-follow-up-done"),
                    (None, _) => String::new(),
                };
                let what = format!("{} {}", i.channel.short_label(), shown_duration(i.duration));
                vec![format::date(i.at.date()), what, i.subject.clone(), follow]
            }
            Entry::Opportunity(o) => vec![
                format::date(o.updated.date()),
                t!("crm-timeline-opportunity"),
                // The amount first: a long title is what gets shortened.
                format!("{} - {}", shown::money(o.amount), o.title),
                o.stage.label(),
            ],
        }
    }
}

/// That customer `id` is gone.
fn gone(id: u64) -> String {
    t!("crm-customer-gone", id = id.to_string())
}

/// Latest orders shown with the trend.
const RECENT: usize = 5;
/// Rows of the trend panel: two lines of figures, the latest orders and the borders.
const TREND_ROWS: u16 = 2 + RECENT as u16 + 2;

/// Timeline entries read at most.
const TIMELINE: usize = 500;

pub struct CustomerDetail {
    id: u64,
    customer: Option<Customer>,
    /// Whether the actor reads the customer's phones, e-mails and notes.
    full: bool,
    timeline: Vec<Entry>,
    /// Their trend, when they have orders and the actor reads sales.
    trend: Option<CustomerTrend>,
    /// Their open items and account, when the actor reads receivables and they have one.
    open: Option<OpenItems>,
    /// Why there is no timeline (the core's refusal).
    refused: Option<String>,
    cursor: Cursor,
    /// The consent shown in place of the timeline, when the view key switched to it.
    consent: Option<ConsentPane>,
}

impl CustomerDetail {
    pub fn new(id: u64, session: &Session) -> CustomerDetail {
        let mut screen = CustomerDetail {
            id,
            customer: None,
            full: false,
            timeline: Vec::new(),
            trend: None,
            open: None,
            refused: None,
            cursor: Cursor::default(),
            consent: None,
        };
        screen.refresh(session);
        screen
    }
}

impl Screen for CustomerDetail {
    fn title(&self) -> String {
        match &self.customer {
            Some(c) => t!(
                "crm-customer-title",
                id = c.id.to_string(),
                name = c.name.as_str()
            ),
            None => t!("crm-customer-title-id", id = self.id.to_string()),
        }
    }

    fn layer(&self) -> &'static str {
        "detail"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(
            action,
            &[
                Action::Open,
                Action::Create,
                Action::Edit,
                Action::LogCall,
                Action::ToggleDone,
                Action::NewOrder,
                Action::SwitchView,
                Action::RecordConsent,
            ],
        )
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.timeline.len()) {
            return Outcome::Handled;
        }
        let Some(customer) = &self.customer else {
            return Outcome::Refuse(gone(self.id));
        };
        match action {
            Action::SwitchView => {
                self.consent = match self.consent {
                    Some(_) => None,
                    None => Some(ConsentPane::load(session, self.id)),
                };
                Outcome::Handled
            }
            Action::RecordConsent => {
                Outcome::Open(Route::RecordConsent(Box::new(customer.clone())))
            }
            Action::LogCall => Outcome::Open(Route::LogCall(Box::new(customer.clone()), None)),
            Action::Edit => Outcome::Open(Route::EditCustomer(Box::new(customer.clone()))),
            Action::Create => Outcome::Open(Route::NewOpportunity(Box::new(customer.clone()))),
            Action::NewOrder => Outcome::Open(Route::NewOrder(Some(customer.id))),
            Action::Open => match self.timeline.get(self.cursor.index) {
                Some(Entry::Interaction(i)) => Outcome::Open(Route::Record(INTERACTIONS, i.id)),
                Some(Entry::Opportunity(o)) => Outcome::Open(Route::Record(OPPORTUNITIES, o.id)),
                None => Outcome::Refuse(t!("crm-timeline-empty")),
            },
            Action::ToggleDone => match self.timeline.get(self.cursor.index) {
                Some(Entry::Interaction(interaction)) => complete_follow_up(session, interaction),
                _ => complete_follow_up_of_nothing(),
            },
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        change.touches(Change::CRM) || change.touches(Change::RECEIVABLES)
    }

    fn refresh(&mut self, session: &Session) {
        let (store, actor) = (session.store(), &session.actor);
        self.full = CustomerSight::of(actor).is_ok_and(|sight| sight == CustomerSight::Full);
        self.customer = get_customer(store, actor, self.id).ok().flatten();
        self.trend = customer_trend(store, actor, self.id, session.today(), RECENT)
            .ok()
            .flatten();
        self.open = OpenItems::load(session, self.id);
        if self.consent.is_some() {
            self.consent = Some(ConsentPane::load(session, self.id));
        }
        let filter = InteractionFilter {
            customer: Some(self.id),
            ..Default::default()
        };
        let read = list_interactions(store, actor, &filter, TIMELINE).and_then(|interactions| {
            let opportunities = list_opportunities(store, actor, None, Some(self.id), TIMELINE)?;
            Ok((interactions, opportunities))
        });
        let mut timeline: Vec<Entry> = Vec::new();
        match read {
            Ok((interactions, opportunities)) => {
                timeline.extend(interactions.into_iter().map(Entry::Interaction));
                timeline.extend(opportunities.into_iter().map(Entry::Opportunity));
                self.refused = None;
            }
            Err(error) => self.refused = Some(error.to_string()),
        }
        timeline.sort_by_key(|entry| std::cmp::Reverse(entry.when()));
        self.timeline = timeline;
        self.cursor.clamp(self.timeline.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let Some(c) = &self.customer else {
            panel(
                frame,
                area,
                theme,
                &t!("crm-customer"),
                vec![Line::raw(gone(self.id))],
            );
            return;
        };
        if let Some(consent) = &self.consent {
            // The consent in place of everything but the customer's name and addresses.
            let [head, rest] =
                Layout::vertical([Constraint::Length(3), Constraint::Min(4)]).areas(area);
            let said = match self.full {
                true => format!("{}  {}", c.name, c.emails.join(", ")),
                false => c.name.clone(),
            };
            panel(frame, head, theme, &self.title(), vec![Line::raw(said)]);
            consent.render(frame, rest, theme);
            return;
        }
        let contacts = u16::try_from(c.contacts.len()).unwrap_or(u16::MAX);
        // With a trend the top grows by what the trend needs below the contacts (a
        // contact, the delivery terms, tags and notes: at least four lines and borders).
        let height = match self.trend {
            Some(_) => (contacts.max(2) + 4 + TREND_ROWS)
                .max(12)
                .min(area.height.saturating_sub(6)),
            None => 12,
        };
        let [top, bottom] =
            Layout::vertical([Constraint::Length(height), Constraint::Min(4)]).areas(area);
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(top);
        let address = c.addresses.first().cloned().unwrap_or_default();
        let phones: Vec<String> = c.phones.iter().map(|p| p.raw.clone()).collect();
        let mut left_lines = vec![
            field_line(theme, &t!("crm-label-name"), &c.name, 8),
            field_line(
                theme,
                &t!("crm-label-status"),
                &format!("{} ({})", c.status.label(), c.kind.label()),
                8,
            ),
        ];
        if self.full {
            left_lines.push(field_line(
                theme,
                &t!("crm-label-phone"),
                &phones.join(", "),
                8,
            ));
            left_lines.push(field_line(
                theme,
                &t!("crm-label-email"),
                &c.emails.join(", "),
                8,
            ));
        }
        left_lines.extend([
            field_line(theme, &t!("crm-label-street"), &address.street, 8),
            field_line(
                theme,
                &t!("crm-label-city"),
                &[
                    address.postal_code.clone(),
                    address.city.clone(),
                    address.country.map(|x| x.to_string()).unwrap_or_default(),
                ]
                .iter()
                .filter(|part| !part.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(" "),
                8,
            ),
            field_line(theme, &t!("crm-label-owner"), &c.owner, 8),
            field_line(theme, &t!("crm-label-tax"), &c.tax_treatment.label(), 8),
            field_line(theme, &t!("crm-label-vat-id-short"), &c.vat_id, 8),
        ]);
        if self.full {
            let limit = match c.credit_limit {
                Some(limit) => shown::money(limit),
                None => t!("crm-no-credit-limit"),
            };
            left_lines.push(field_line(theme, &t!("crm-label-credit"), &limit, 8));
        }
        panel(
            frame,
            left,
            theme,
            &t!(
                "crm-customer-version",
                id = c.id.to_string(),
                version = c.version.to_string()
            ),
            left_lines,
        );
        let mut right_lines: Vec<Line> = c
            .contacts
            .iter()
            .map(|contact| {
                let phones: Vec<String> = contact.phones.iter().map(|p| p.raw.clone()).collect();
                field_line(
                    theme,
                    &contact.name,
                    &format!("{} {}", contact.role, phones.join(", ")),
                    18,
                )
            })
            .collect();
        let yes_no = |flag: bool| if flag { t!("yes") } else { t!("no") };
        right_lines.push(field_line(
            theme,
            &t!("crm-label-delivery"),
            &t!(
                "crm-delivery-terms",
                partial = yes_no(c.partial_deliveries),
                backorders = yes_no(c.backorders)
            ),
            9,
        ));
        if !c.tags.is_empty() {
            right_lines.push(field_line(
                theme,
                &t!("crm-label-tags"),
                &c.tags.join(", "),
                18,
            ));
        }
        if !c.notes.is_empty() {
            right_lines.push(field_line(theme, &t!("crm-label-notes"), &c.notes, 18));
        }
        let right = match &self.trend {
            Some(trend) => {
                let [right, sales] =
                    Layout::vertical([Constraint::Min(3), Constraint::Length(TREND_ROWS)])
                        .areas(right);
                trend_panel(frame, sales, theme, trend);
                right
            }
            None => right,
        };
        panel(frame, right, theme, &t!("crm-contacts"), right_lines);
        let bottom = match &self.open {
            Some(open) => {
                let [block, rest] =
                    Layout::vertical([Constraint::Length(open.height()), Constraint::Min(3)])
                        .areas(bottom);
                open.render(frame, block, theme);
                rest
            }
            None => bottom,
        };
        if let Some(refused) = &self.refused {
            let line = Line::styled(refused.clone(), theme.style(Role::Muted));
            panel(frame, bottom, theme, &t!("crm-timeline"), vec![line]);
            return;
        }
        let rows: Vec<Vec<String>> = self.timeline.iter().map(Entry::row).collect();
        // The follow-up column as wide as its widest entry ("due" and a date).
        let follow_up = rows
            .iter()
            .filter_map(|row| row.get(3))
            .map(|cell| cell.width())
            .max()
            .unwrap_or(0)
            .clamp(15, 20);
        // The channel and duration column as wide as its widest entry, within what a
        // channel and a duration under an hour need in this language.
        let what = rows
            .iter()
            .filter_map(|row| row.get(1))
            .map(|cell| u16::try_from(cell.width()).unwrap_or(u16::MAX))
            .max()
            .unwrap_or(0)
            .clamp(16, shown::channel_and_duration_width(16));
        let widths = [
            Constraint::Length(10),
            Constraint::Length(what),
            Constraint::Min(20),
            Constraint::Length(follow_up as u16),
        ];
        let selected = (!rows.is_empty()).then_some(self.cursor.index);
        TableView {
            title: &t!("crm-timeline"),
            header: &[
                &t!("crm-column-date"),
                &t!("crm-column-what"),
                &t!("crm-column-subject"),
                &t!("crm-column-follow-up"),
            ],
            widths: &widths,
            rows: &rows,
            selected,
            top: Some(self.cursor.top()),
        }
        .render(frame, bottom, theme);
    }

    fn legend(&self) -> Vec<Action> {
        match self.consent {
            Some(_) => vec![Action::RecordConsent, Action::SwitchView, Action::Back],
            None => vec![
                Action::LogCall,
                Action::Edit,
                Action::Create,
                Action::ToggleDone,
                Action::SwitchView,
                Action::Back,
            ],
        }
    }

    /// The view key switches between the timeline and the consent: its legend names the
    /// one it switches to.
    fn meaning(&self, action: Action) -> Option<String> {
        (action == Action::SwitchView).then(|| match self.consent {
            Some(_) => t!("consent-tui-show-timeline"),
            None => t!("consent-tui-show-consent"),
        })
    }
}

/// The customer's trend: the sparkline, this year against last year, the latest orders.
fn trend_panel(frame: &mut Frame, area: Rect, theme: &Theme, trend: &CustomerTrend) {
    let months: Vec<rust_decimal::Decimal> = trend.months.iter().map(|m| m.revenue).collect();
    let year = trend.months.last().map_or(0, |m| m.year);
    let mut lines = vec![
        field_line(
            theme,
            &t!("crm-trend-months"),
            &super::trends::sparkline(theme, &months),
            10,
        ),
        field_line(
            theme,
            &year.to_string(),
            &t!(
                "crm-trend-years",
                this = format::fixed(trend.this_year, 2),
                before = (year - 1).to_string(),
                last = format::fixed(trend.last_year, 2)
            ),
            10,
        ),
    ];
    lines.extend(trend.recent.iter().map(|order| {
        Line::raw(format!(
            "{} {} {:>10}",
            order.number,
            format::date(order.date),
            format::fixed(order.net, 2)
        ))
    }));
    panel(frame, area, theme, &t!("crm-trend-title"), lines);
}
