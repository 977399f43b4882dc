//! Two customers side by side before a merge: on the left the one that stays (the
//! survivor), on the right the one merged into it — name, number, addresses, phones,
//! e-mails, contacts and tags of each — and below them what the merge would move, from
//! the core's dry run (`core::customer_merge::dry_run`), or why it is refused, every
//! conflict on its own line. The swap action exchanges the two and asks the dry run again;
//! the merge action asks y/n naming who stays, then runs `Command::MergeCustomers` and
//! goes back to the pair list, which reloads. With two different customer numbers the
//! survivor keeps its own (the loser's goes into its notes, as `--keep-number` does):
//! the survivor is the one the user chose. Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

use crate::core::customer_merge::{MergeCommand, Merged, counted, dry_run, missing};
use crate::core::query::get_customer;
use crate::core::{Change, Command, Event};
use crate::domain::Customer;
use crate::tui::action::Action;
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{field_line, panel, wrap};

/// Width of the labels in a customer's panel.
const LABEL: usize = 8;

/// The pair, and what a merge of it would do.
pub struct DuplicatePair {
    survivor: u64,
    loser: u64,
    /// As the actor reads them; `Err` says why one is not there (merged, deleted).
    customers: [Result<Customer, String>; 2],
    /// The dry run: what would move, or the refusal (one conflict a line).
    plan: Result<Merged, String>,
}

impl DuplicatePair {
    pub fn new(survivor: u64, loser: u64, session: &Session) -> DuplicatePair {
        let mut screen = DuplicatePair {
            survivor,
            loser,
            customers: [Err(String::new()), Err(String::new())],
            plan: Err(String::new()),
        };
        screen.refresh(session);
        screen
    }

    fn command(&self) -> MergeCommand {
        MergeCommand {
            survivor: self.survivor,
            loser: self.loser,
            keep_number: true,
        }
    }

    fn merge(&mut self, session: &Session) -> Outcome {
        match session.execute(Command::MergeCustomers(self.command())) {
            Ok(Event::CustomersMerged(merged)) => {
                let (survivor, loser) = (&merged.survivor, &merged.loser);
                Outcome::Saved(
                    crate::t!(
                        "duplicates-merged",
                        dry = "no",
                        loser = loser.id.to_string(),
                        loser_name = loser.name.as_str(),
                        survivor = survivor.id.to_string(),
                        survivor_name = survivor.name.as_str(),
                        moved = moved_text(&merged)
                    ),
                    After::Close,
                )
            }
            Ok(_) => Outcome::Handled,
            Err(error) => {
                self.plan = Err(error.to_string());
                Outcome::Refuse(crate::t!("duplicates-tui-refused"))
            }
        }
    }
}

/// What moved (or would move) with the loser, as a person reads it.
fn moved_text(merged: &Merged) -> String {
    if merged.moved.is_empty() {
        return crate::t!("duplicates-moved-nothing");
    }
    merged
        .moved
        .iter()
        .map(|(kind, count)| counted(kind, *count))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Customer `id` as the actor reads it, or why it is not there.
fn load(session: &Session, id: u64) -> Result<Customer, String> {
    let store = session.store();
    match get_customer(store, &session.actor, id) {
        Ok(Some(customer)) => Ok(customer),
        Ok(None) => Err(match missing(store, id) {
            Ok(why) | Err(why) => why.to_string(),
        }),
        Err(error) => Err(error.to_string()),
    }
}

/// The lines of one customer's panel.
fn customer_lines<'a>(theme: &Theme, customer: &Customer) -> Vec<Line<'a>> {
    let line = |label: &str, value: &str| field_line(theme, label, value, LABEL);
    let mut lines = vec![
        line(&crate::t!("crm-label-name"), &customer.name),
        line(&crate::t!("duplicates-tui-label-number"), &customer.number),
    ];
    for address in customer.addresses.iter().filter(|a| !a.is_empty()) {
        let place = [
            address.postal_code.as_str(),
            address.city.as_str(),
            &address.country.map(|c| c.to_string()).unwrap_or_default(),
        ]
        .iter()
        .filter(|part| !part.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
        let shown = [address.street.as_str(), place.as_str()]
            .iter()
            .filter(|part| !part.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        lines.push(line(&crate::t!("duplicates-tui-label-address"), &shown));
    }
    let phones: Vec<&str> = customer.phones.iter().map(|p| p.raw.as_str()).collect();
    lines.push(line(&crate::t!("crm-label-phone"), &phones.join(", ")));
    lines.push(line(
        &crate::t!("crm-label-email"),
        &customer.emails.join(", "),
    ));
    for contact in &customer.contacts {
        let mut about: Vec<String> = Vec::new();
        if !contact.role.is_empty() {
            about.push(contact.role.clone());
        }
        about.extend(contact.phones.iter().map(|p| p.raw.clone()));
        about.extend(contact.emails.iter().cloned());
        let shown = match about.is_empty() {
            true => contact.name.clone(),
            false => format!("{} ({})", contact.name, about.join(", ")),
        };
        lines.push(line(&crate::t!("duplicates-tui-label-contact"), &shown));
    }
    lines.push(line(
        &crate::t!("crm-label-tags"),
        &customer.tags.join(", "),
    ));
    lines
}

impl Screen for DuplicatePair {
    fn title(&self) -> String {
        crate::t!(
            "duplicates-tui-pair-title",
            loser = self.loser.to_string(),
            survivor = self.survivor.to_string()
        )
    }

    fn layer(&self) -> &'static str {
        "duplicates"
    }

    fn answers(&self, action: Action) -> bool {
        matches!(action, Action::MergeCustomers | Action::SwapSurvivor)
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        match action {
            Action::SwapSurvivor => {
                std::mem::swap(&mut self.survivor, &mut self.loser);
                self.refresh(session);
                Outcome::Handled
            }
            Action::MergeCustomers => {
                self.refresh(session);
                let Ok(plan) = &self.plan else {
                    return Outcome::Refuse(crate::t!("duplicates-tui-refused"));
                };
                Outcome::Confirm(
                    crate::t!(
                        "duplicates-tui-question",
                        loser = plan.loser.id.to_string(),
                        survivor = plan.survivor.id.to_string(),
                        survivor_name = plan.survivor.name.as_str()
                    ),
                    action,
                )
            }
            _ => Outcome::Ignored,
        }
    }

    fn on_confirmed(&mut self, action: Action, session: &Session) -> Outcome {
        match action {
            Action::MergeCustomers => self.merge(session),
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }

    fn refresh(&mut self, session: &Session) {
        self.customers = [load(session, self.survivor), load(session, self.loser)];
        let now = session.clock.now();
        self.plan = dry_run(session.store(), &session.actor, &self.command(), now)
            .map_err(|error| error.to_string());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let below: Vec<Line> = match &self.plan {
            Ok(plan) => {
                let mut lines = vec![Line::raw(crate::t!(
                    "duplicates-tui-would-move",
                    moved = moved_text(plan)
                ))];
                let [survivor, loser] = &self.customers;
                if let (Ok(survivor), Ok(loser)) = (survivor, loser)
                    && !survivor.number.is_empty()
                    && !loser.number.is_empty()
                    && survivor.number != loser.number
                {
                    lines.push(Line::raw(crate::t!(
                        "duplicates-tui-number-kept",
                        kept = survivor.number.as_str(),
                        noted = loser.number.as_str()
                    )));
                }
                lines
            }
            Err(refusal) => {
                let width = usize::from(area.width.saturating_sub(2));
                refusal
                    .lines()
                    .flat_map(|line| wrap(line, width))
                    .map(|line| Line::styled(line, theme.style(Role::Error)))
                    .collect()
            }
        };
        let height = u16::try_from(below.len())
            .unwrap_or(u16::MAX)
            .saturating_add(2)
            .min(area.height / 2);
        let [top, bottom] =
            Layout::vertical([Constraint::Min(4), Constraint::Length(height)]).areas(area);
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(top);
        let sides = [
            (
                left,
                crate::t!("duplicates-tui-stays", id = self.survivor.to_string()),
            ),
            (
                right,
                crate::t!("duplicates-tui-goes", id = self.loser.to_string()),
            ),
        ];
        for ((area, title), customer) in sides.into_iter().zip(&self.customers) {
            let lines = match customer {
                Ok(customer) => customer_lines(theme, customer),
                Err(why) => vec![Line::styled(why.clone(), theme.style(Role::Error))],
            };
            panel(frame, area, theme, &title, lines);
        }
        let title = match self.plan {
            Ok(_) => crate::t!("duplicates-tui-merge"),
            Err(_) => crate::t!("duplicates-tui-refusal"),
        };
        panel(frame, bottom, theme, &title, below);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::MergeCustomers, Action::SwapSurvivor, Action::Back]
    }
}
