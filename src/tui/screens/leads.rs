//! The leads: the name (the firm, else the person), status, score, owner, source and
//! campaign, last touch — in id order as `core::leads::list` gives them. The view key
//! cycles a status filter (open leads: new, contacted and qualified; then each status;
//! then all); `/` narrows by name, firm, e-mail or owner as you type; Enter opens the
//! lead (`lead_detail`), the create key the new-lead form (`lead_forms`). Needs the leads'
//! read right. Room: tui — data only through `core`.

use std::collections::HashMap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use super::sales::filter_line;
use crate::core::Change;
use crate::core::leads::{LeadFilter, list};
use crate::domain::lead::{Lead, LeadStatus, STATUS_NAMES};
use crate::lang::format;
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, SearchBox, TableView, answers_list, search_outcome};

/// The status filters the view key cycles through: the open leads, each status, all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum View {
    Open,
    Status(u8),
    All,
}

impl View {
    /// In the order the view key cycles them.
    fn all() -> Vec<View> {
        let ranks = (0..STATUS_NAMES.len()).filter_map(|rank| u8::try_from(rank).ok());
        let mut views = vec![View::Open];
        views.extend(ranks.map(View::Status));
        views.push(View::All);
        views
    }

    fn label(self) -> String {
        match self {
            View::Open => crate::t!("leads-tui-view-open"),
            View::Status(rank) => status_of_rank(rank).label(),
            View::All => crate::t!("leads-tui-view-all"),
        }
    }

    fn lets_through(self, status: &LeadStatus) -> bool {
        match self {
            View::Open => status.rank() <= LeadStatus::Qualified.rank(),
            View::Status(rank) => status.rank() == rank,
            View::All => true,
        }
    }
}

/// A status of `rank` (a disqualification without its reason), for its label.
fn status_of_rank(rank: u8) -> LeadStatus {
    match rank {
        0 => LeadStatus::New,
        1 => LeadStatus::Contacted,
        2 => LeadStatus::Qualified,
        3 => LeadStatus::Converted,
        _ => LeadStatus::Disqualified {
            reason: String::new(),
        },
    }
}

/// The day of `at` in the user's zone, as they write dates.
pub fn local_date(at: time::OffsetDateTime) -> String {
    format::date(crate::lang::current().zone.local(at).date())
}

/// One lead as listed.
struct Row {
    id: u64,
    status: LeadStatus,
    cells: Vec<String>,
    searched: String,
}

/// The leads screen.
pub struct LeadList {
    rows: Vec<Row>,
    view: usize,
    search: SearchBox,
    shown: Vec<usize>,
    cursor: Cursor,
    error: Option<String>,
}

impl LeadList {
    /// Opens on the open leads.
    pub fn new(session: &Session) -> LeadList {
        let mut screen = LeadList {
            rows: Vec::new(),
            view: 0,
            search: SearchBox::default(),
            shown: Vec::new(),
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }

    fn view_shown(&self) -> View {
        let views = View::all();
        views[self.view % views.len()]
    }

    fn narrow(&mut self) {
        let view = self.view_shown();
        self.shown = self
            .search
            .matching(&self.rows, |row| row.searched.clone())
            .into_iter()
            .filter(|index| view.lets_through(&self.rows[*index].status))
            .collect();
        self.cursor.clamp(self.shown.len());
    }
}

/// The cells of a lead: campaigns named by `campaigns` (their id when unknown to the user).
fn row(lead: Lead, campaigns: &HashMap<u64, String>) -> Row {
    let campaign = lead.campaign.map(|id| {
        campaigns
            .get(&id)
            .cloned()
            .unwrap_or_else(|| format!("#{id}"))
    });
    let source = match (lead.source.as_str(), campaign) {
        ("", None) => String::new(),
        (source, None) => source.to_string(),
        ("", Some(campaign)) => campaign,
        (source, Some(campaign)) => format!("{source}/{campaign}"),
    };
    let touched = lead
        .last_touch
        .as_ref()
        .map(|touch| touch.at)
        .unwrap_or(lead.created);
    let score = lead.score.map(|s| s.to_string()).unwrap_or_default();
    Row {
        id: lead.id,
        searched: format!(
            "{} {} {} {}",
            lead.name,
            lead.company,
            lead.emails.join(" "),
            lead.owner
        ),
        cells: vec![
            lead.display_name().to_string(),
            lead.status.label(),
            format!("{score:>5}"),
            lead.owner.clone(),
            source,
            local_date(touched),
        ],
        status: lead.status,
    }
}

impl Screen for LeadList {
    fn title(&self) -> String {
        crate::t!("leads-tui-list-title")
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(
            action,
            &[
                Action::Open,
                Action::Search,
                Action::SwitchView,
                Action::Create,
            ],
        )
    }

    fn on_key(&mut self, key: &Key, _session: &Session) -> Outcome {
        let result = self.search.key(key);
        search_outcome(result, || {
            self.cursor = Cursor::default();
            self.narrow();
        })
    }

    fn on_paste(&mut self, text: &str, _session: &Session) -> Outcome {
        self.search.paste(text);
        self.narrow();
        Outcome::Handled
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.shown.len()) {
            return Outcome::Handled;
        }
        match action {
            Action::Search => {
                self.search.typing = true;
                Outcome::Handled
            }
            Action::SwitchView => {
                self.view = (self.view + 1) % View::all().len();
                self.cursor = Cursor::default();
                self.narrow();
                Outcome::Handled
            }
            Action::Create => Outcome::Open(Route::NewLead),
            Action::Open => match self.shown.get(self.cursor.index) {
                Some(index) => Outcome::Open(Route::Lead(self.rows[*index].id)),
                None => Outcome::Refuse(crate::t!("leads-tui-none-selected")),
            },
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }

    fn refresh(&mut self, session: &Session) {
        let (store, actor) = (session.store(), &session.actor);
        let campaigns: HashMap<u64, String> = crate::core::campaigns::campaigns(store, actor)
            .unwrap_or_default()
            .into_iter()
            .map(|campaign| (campaign.id, campaign.name))
            .collect();
        match list(store, actor, &LeadFilter::default()) {
            Ok(leads) => {
                self.rows = leads
                    .into_iter()
                    .map(|lead| row(lead, &campaigns))
                    .collect();
                self.error = None;
            }
            Err(error) => {
                self.rows = Vec::new();
                self.error = Some(error.to_string());
            }
        }
        self.narrow();
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [line, list] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
        let shown = (self.shown.len(), self.rows.len());
        let view = Some(self.view_shown().label());
        filter_line(
            frame,
            line,
            theme,
            &self.search,
            shown,
            view,
            self.error.as_deref(),
        );
        let header = [
            crate::t!("leads-tui-col-name"),
            crate::t!("leads-tui-col-status"),
            format!("{:>5}", crate::t!("leads-tui-col-score")),
            crate::t!("leads-tui-col-owner"),
            crate::t!("leads-tui-col-source"),
            crate::t!("leads-tui-col-touched"),
        ];
        let widths = [
            Constraint::Min(16),
            Constraint::Length(14),
            Constraint::Length(5),
            Constraint::Length(8),
            Constraint::Length(14),
            Constraint::Length(10),
        ];
        let rows: Vec<Vec<String>> = (self.shown.iter())
            .map(|index| self.rows[*index].cells.clone())
            .collect();
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        TableView {
            title: &self.title(),
            header: &header,
            widths: &widths,
            rows: &rows,
            selected: (!rows.is_empty()).then_some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render(frame, list, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::Open,
            Action::Create,
            Action::SwitchView,
            Action::Search,
            Action::Back,
        ]
    }

    /// The view key cycles the status filter: its legend names the one shown.
    fn meaning(&self, action: Action) -> Option<String> {
        (action == Action::SwitchView)
            .then(|| crate::t!("leads-tui-view-legend", view = self.view_shown().label()))
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        self.search.cursor(area, theme)
    }
}
