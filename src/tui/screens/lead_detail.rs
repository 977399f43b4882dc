//! One lead: who (person, firm, e-mails, phones, city), where it stands (status, the
//! reason of a disqualification, score, owner), where it came from (source, medium,
//! campaign, first and last touch), what it became, and beside it the records it probably
//! duplicates with the rules they matched by (`core::leads::duplicates`). Keys: the status
//! form (`lead_forms::status_form`), conversion (`lead_convert`), and for a converted
//! lead its customer. Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

use super::leads::local_date;
use crate::core::Change;
use crate::core::leads::{Candidate, CandidateKind, duplicates, show};
use crate::domain::lead::{Lead, LeadStatus, Touch};
use crate::t;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{Cursor, TableView, field_line, panel};

/// Width of the label column.
const LABEL: usize = 12;

/// The lead detail screen.
pub struct LeadDetail {
    id: u64,
    lead: Option<Lead>,
    candidates: Vec<Candidate>,
    error: Option<String>,
}

impl LeadDetail {
    pub fn new(id: u64, session: &Session) -> LeadDetail {
        let mut screen = LeadDetail {
            id,
            lead: None,
            candidates: Vec::new(),
            error: None,
        };
        screen.refresh(session);
        screen
    }
}

/// A touch as one line: its day, source, medium.
fn touch_line(touch: &Option<Touch>) -> String {
    match touch {
        Some(touch) => [
            local_date(touch.at),
            touch.source.clone(),
            touch.medium.clone(),
        ]
        .iter()
        .filter(|part| !part.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(" "),
        None => "-".to_string(),
    }
}

/// A candidate's cells: what it is, its id, its name, the rules it matched by.
pub fn candidate_cells(candidate: &Candidate) -> Vec<String> {
    let rules: Vec<String> = candidate.rules.iter().map(|rule| rule.label()).collect();
    let what = match candidate.kind {
        CandidateKind::Customer => t!("leads-tui-candidate-customer"),
        CandidateKind::Lead => t!("leads-tui-candidate-lead"),
    };
    vec![
        what,
        candidate.id.to_string(),
        candidate.name.clone(),
        rules.join(", "),
    ]
}

/// The candidates as a table in `area`, the one at the `cursor` highlighted.
pub fn candidate_table(
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
    candidates: &[Candidate],
    cursor: Option<&Cursor>,
) {
    let rows: Vec<Vec<String>> = candidates.iter().map(candidate_cells).collect();
    TableView {
        title: &t!("leads-tui-duplicates"),
        header: &[
            &t!("leads-tui-col-kind"),
            &t!("leads-tui-col-id"),
            &t!("leads-tui-col-name"),
            &t!("leads-tui-col-rules"),
        ],
        widths: &[
            Constraint::Length(10),
            Constraint::Length(4),
            Constraint::Min(16),
            Constraint::Length(38),
        ],
        rows: &rows,
        selected: cursor
            .filter(|_| !rows.is_empty())
            .map(|cursor| cursor.index),
        top: cursor.map(Cursor::top),
    }
    .render(frame, area, theme);
}

impl Screen for LeadDetail {
    fn title(&self) -> String {
        match &self.lead {
            Some(lead) => t!(
                "leads-tui-detail-title",
                id = lead.id.to_string(),
                name = lead.display_name()
            ),
            None => t!("leads-tui-detail-title-id", id = self.id.to_string()),
        }
    }

    fn layer(&self) -> &'static str {
        "detail"
    }

    fn answers(&self, action: Action) -> bool {
        matches!(
            action,
            Action::LeadStatus | Action::ConvertLead | Action::OpenCustomer
        )
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        let Some(lead) = &self.lead else {
            return Outcome::Refuse(self.error.clone().unwrap_or_default());
        };
        match action {
            Action::LeadStatus => match lead.status {
                LeadStatus::Converted => {
                    Outcome::Refuse(t!("leads-converted-stays", id = lead.id.to_string()))
                }
                _ => Outcome::Open(Route::LeadStatus(Box::new(lead.clone()))),
            },
            Action::ConvertLead => match lead.status {
                LeadStatus::Qualified => Outcome::Open(Route::ConvertLead(lead.id)),
                _ => Outcome::Refuse(t!("leads-tui-qualify-first", status = lead.status.label())),
            },
            Action::OpenCustomer => match lead.converted_to {
                Some(to) => Outcome::Open(Route::Customer(to.customer)),
                None => Outcome::Refuse(t!("leads-tui-not-converted")),
            },
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }

    fn refresh(&mut self, session: &Session) {
        let (store, actor) = (session.store(), &session.actor);
        match show(store, actor, self.id) {
            Ok(lead) => {
                self.candidates = match lead.status {
                    LeadStatus::Converted => Vec::new(),
                    _ => duplicates(store, actor, self.id).unwrap_or_default(),
                };
                self.lead = Some(lead);
                self.error = None;
            }
            Err(error) => {
                self.lead = None;
                self.error = Some(error.to_string());
            }
        }
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let Some(lead) = &self.lead else {
            let message = self.error.clone().unwrap_or_default();
            panel(frame, area, theme, &self.title(), vec![Line::raw(message)]);
            return;
        };
        let status = match &lead.status {
            LeadStatus::Disqualified { reason } => format!("{} ({reason})", lead.status.label()),
            status => status.label(),
        };
        let phones: Vec<String> = lead.phones.iter().map(|p| p.raw.clone()).collect();
        let campaign = lead.campaign.map(|id| id.to_string()).unwrap_or_default();
        let source = [lead.source.clone(), lead.medium.clone()]
            .iter()
            .filter(|part| !part.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(" / ");
        let score = lead.score.map(|s| s.to_string()).unwrap_or_default();
        let mut lines = vec![
            field_line(theme, &t!("leads-tui-label-name"), &lead.name, LABEL),
            field_line(theme, &t!("leads-tui-label-company"), &lead.company, LABEL),
            field_line(
                theme,
                &t!("leads-tui-label-kind"),
                &lead.kind.label(),
                LABEL,
            ),
            field_line(theme, &t!("leads-tui-label-status"), &status, LABEL),
            field_line(theme, &t!("leads-tui-label-score"), &score, LABEL),
            field_line(theme, &t!("leads-tui-label-owner"), &lead.owner, LABEL),
            field_line(
                theme,
                &t!("leads-tui-label-email"),
                &lead.emails.join(", "),
                LABEL,
            ),
            field_line(
                theme,
                &t!("leads-tui-label-phone"),
                &phones.join(", "),
                LABEL,
            ),
            field_line(
                theme,
                &t!("leads-tui-label-city"),
                format!("{} {}", lead.postal_code, lead.city).trim(),
                LABEL,
            ),
            field_line(theme, &t!("leads-tui-label-source"), &source, LABEL),
            field_line(theme, &t!("leads-tui-label-campaign"), &campaign, LABEL),
            field_line(
                theme,
                &t!("leads-tui-label-first"),
                &touch_line(&lead.first_touch),
                LABEL,
            ),
            field_line(
                theme,
                &t!("leads-tui-label-last"),
                &touch_line(&lead.last_touch),
                LABEL,
            ),
        ];
        if let Some(to) = lead.converted_to {
            let text = t!(
                "leads-tui-converted-to",
                customer = to.customer.to_string(),
                opportunity = to.opportunity.to_string()
            );
            lines.push(field_line(
                theme,
                &t!("leads-tui-label-became"),
                &text,
                LABEL,
            ));
        }
        if !lead.notes.is_empty() {
            lines.push(field_line(
                theme,
                &t!("leads-tui-label-notes"),
                &lead.notes,
                LABEL,
            ));
        }
        let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
        let [top, bottom] =
            Layout::vertical([Constraint::Length(height), Constraint::Min(3)]).areas(area);
        panel(frame, top, theme, &self.title(), lines);
        match self.candidates.is_empty() {
            true => {
                let none = Line::styled(t!("leads-tui-no-duplicates"), theme.style(Role::Muted));
                panel(
                    frame,
                    bottom,
                    theme,
                    &t!("leads-tui-duplicates"),
                    vec![none],
                );
            }
            false => candidate_table(frame, bottom, theme, &self.candidates, None),
        }
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::LeadStatus,
            Action::ConvertLead,
            Action::OpenCustomer,
            Action::Back,
        ]
    }
}
