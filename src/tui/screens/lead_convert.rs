//! Converting a qualified lead: the records it probably duplicates, each with the rules it
//! matched by (`core::leads::duplicates`), customers first. Enter links the lead to the
//! selected customer (its person joins as a contact) and opens the new opportunity; the
//! create key makes a new customer of it — asking first while customer candidates exist,
//! then telling the core to go ahead despite them — and opens that customer. Both run
//! `core::leads` conversion: one transaction. Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

use super::kind::OPPORTUNITIES;
use super::lead_detail::candidate_table;
use super::refused::refusal;
use crate::core::leads::{
    Candidate, CandidateKind, Conversion, LeadCommand, LeadEvent, Target, duplicates, show,
};
use crate::core::{Change, Command, Event};
use crate::domain::lead::Lead;
use crate::t;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{Cursor, answers_list, panel};

/// The conversion screen of one lead.
pub struct ConvertLead {
    id: u64,
    lead: Option<Lead>,
    candidates: Vec<Candidate>,
    cursor: Cursor,
    error: Option<String>,
}

impl ConvertLead {
    pub fn new(id: u64, session: &Session) -> ConvertLead {
        let mut screen = ConvertLead {
            id,
            lead: None,
            candidates: Vec::new(),
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }

    fn customers(&self) -> usize {
        (self.candidates.iter())
            .filter(|candidate| candidate.kind == CandidateKind::Customer)
            .count()
    }

    /// Converts the lead to `target`; opens what it made.
    fn convert(&self, target: Target, session: &Session) -> Outcome {
        let conversion = Conversion {
            target,
            title: String::new(),
            amount: String::new(),
        };
        let command = LeadCommand::Convert {
            id: self.id,
            conversion: Box::new(conversion),
        };
        match session.execute(Command::Lead(command)) {
            Ok(Event::Lead(LeadEvent::Converted(done))) => match done.created {
                true => Outcome::Saved(
                    t!(
                        "leads-tui-converted-new",
                        customer = done.customer.name.as_str()
                    ),
                    After::Open(Route::Customer(done.customer.id)),
                ),
                false => Outcome::Saved(
                    t!(
                        "leads-tui-converted-linked",
                        customer = done.customer.name.as_str()
                    ),
                    After::Open(Route::Record(OPPORTUNITIES, done.opportunity.id)),
                ),
            },
            Ok(_) => Outcome::Saved(t!("leads-tui-saved"), After::Close),
            Err(error) => refusal(error),
        }
    }
}

impl Screen for ConvertLead {
    fn title(&self) -> String {
        match &self.lead {
            Some(lead) => t!(
                "leads-tui-convert-title",
                id = lead.id.to_string(),
                name = lead.display_name()
            ),
            None => t!("leads-tui-detail-title-id", id = self.id.to_string()),
        }
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[Action::Open, Action::Create])
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.candidates.len()) {
            return Outcome::Handled;
        }
        match action {
            Action::Open => match self.candidates.get(self.cursor.index) {
                Some(candidate) if candidate.kind == CandidateKind::Customer => {
                    self.convert(Target::Link(candidate.id.to_string()), session)
                }
                Some(_) => Outcome::Refuse(t!("leads-tui-link-lead")),
                None => Outcome::Refuse(t!("leads-tui-no-candidate")),
            },
            Action::Create => match self.customers() {
                0 => self.convert(
                    Target::Create {
                        despite_duplicates: false,
                    },
                    session,
                ),
                count => Outcome::Confirm(
                    t!("leads-tui-create-despite", count = count),
                    Action::Create,
                ),
            },
            _ => Outcome::Ignored,
        }
    }

    fn on_confirmed(&mut self, action: Action, session: &Session) -> Outcome {
        match action {
            Action::Create => self.convert(
                Target::Create {
                    despite_duplicates: true,
                },
                session,
            ),
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }

    fn refresh(&mut self, session: &Session) {
        let (store, actor) = (session.store(), &session.actor);
        let read = show(store, actor, self.id)
            .and_then(|lead| Ok((duplicates(store, actor, self.id)?, lead)));
        match read {
            Ok((candidates, lead)) => {
                self.candidates = candidates;
                self.lead = Some(lead);
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
        self.cursor.clamp(self.candidates.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [top, list] = Layout::vertical([Constraint::Length(4), Constraint::Min(3)]).areas(area);
        let said = match (&self.error, self.candidates.is_empty()) {
            (Some(error), _) => Line::styled(error.clone(), theme.style(Role::Error)),
            (None, true) => Line::raw(t!("leads-tui-convert-none")),
            (None, false) => Line::raw(t!("leads-tui-convert-choose")),
        };
        panel(frame, top, theme, &self.title(), vec![said]);
        candidate_table(frame, list, theme, &self.candidates, Some(&self.cursor));
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Open, Action::Create, Action::Back]
    }

    /// Enter links to the selected customer, the create key makes a new customer.
    fn meaning(&self, action: Action) -> Option<String> {
        match action {
            Action::Open => Some(t!("leads-tui-legend-link")),
            Action::Create => Some(t!("leads-tui-legend-new-customer")),
            _ => None,
        }
    }
}
