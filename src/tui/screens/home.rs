//! Home: my follow-ups due today and overdue (every agent's when none are mine, the panel's
//! title saying whose it shows), open opportunities by stage (bars of the weighted
//! totals), items below their reorder point, recent interactions; the search key opens the
//! search over every record. Room: tui.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::shown::{self, quantity};
use crate::core::access::{Access, Area};
use crate::core::query::{
    InteractionFilter, PipelineRow, list_interactions, pipeline, recent_interactions,
    with_customer_names,
};
use crate::core::stock_query::{ReorderLine, reorder};
use crate::core::{Change, CoreError, Role as AccessRole};
use crate::domain::{Interaction, Money, Stage};
use crate::lang::format;
use crate::t;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{Cursor, TableView, answers_list, panel};

/// Lines per panel.
const ROWS: usize = 50;

/// Whose follow-ups the home screen shows, which its panel's title says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DueOf {
    /// The actor's own.
    Mine,
    /// None are the actor's: every agent's.
    Others,
    /// None are due for anyone.
    Nobody,
}

impl DueOf {
    fn title(self) -> String {
        match self {
            DueOf::Mine => t!("crm-home-due-mine"),
            DueOf::Others => t!("crm-home-due-others"),
            DueOf::Nobody => t!("crm-home-due-nobody"),
        }
    }
}

pub struct Home {
    /// Follow-ups due with the customer's name; `due_of` tells whose they are.
    due: Vec<(Interaction, String)>,
    due_of: DueOf,
    pipeline: Vec<PipelineRow>,
    /// Whether `pipeline` is every owner's (else the actor's own opportunities).
    whole_pipeline: bool,
    reorder: Vec<ReorderLine>,
    recent: Vec<(Interaction, String)>,
    /// Why a panel is empty when the actor's role may not see it, by panel.
    refused: Refusals,
    cursor: Cursor,
}

/// The panels a role may be refused, each with why.
#[derive(Debug, Default)]
struct Refusals {
    due: Option<String>,
    pipeline: Option<String>,
    reorder: Option<String>,
    recent: Option<String>,
}

/// A panel's rows, and why there are none when its query was refused (`None` otherwise:
/// an empty panel then means there is nothing to show).
fn rows_or_why<T>(result: Result<Vec<T>, CoreError>, role: AccessRole) -> (Vec<T>, Option<String>) {
    match result {
        Ok(rows) => (rows, None),
        Err(CoreError::Refused(_)) => (
            Vec::new(),
            Some(t!("crm-home-not-for-role", role = role.label())),
        ),
        Err(error) => (Vec::new(), Some(error.to_string())),
    }
}

/// `title`, or `short: why` when the panel was refused.
fn panel_title(title: &str, short: &str, why: Option<&String>) -> String {
    why.map_or_else(
        || title.to_string(),
        |why| t!("crm-home-refused-panel", panel = short, why = why),
    )
}

/// The interactions with their customers' names; none for roles without the CRM right.
fn with_names(session: &Session, interactions: Vec<Interaction>) -> Vec<(Interaction, String)> {
    with_customer_names(session.store(), &session.actor, interactions).unwrap_or_default()
}

impl Home {
    pub fn new(session: &Session) -> Home {
        let mut home = Home {
            due: Vec::new(),
            due_of: DueOf::Nobody,
            pipeline: Vec::new(),
            whole_pipeline: true,
            reorder: Vec::new(),
            recent: Vec::new(),
            refused: Refusals::default(),
            cursor: Cursor::default(),
        };
        home.refresh(session);
        home
    }
}

impl Screen for Home {
    fn title(&self) -> String {
        t!("crm-home-title")
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[Action::Open, Action::Search])
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.due.len()) {
            return Outcome::Handled;
        }
        match action {
            Action::Open => match self.due.get(self.cursor.index) {
                Some((interaction, _)) => Outcome::Open(Route::Customer(interaction.customer_id)),
                None => Outcome::Refuse(t!("crm-home-no-follow-up-selected")),
            },
            // `/` on Home searches every record (the list screens' `/` filters their list).
            Action::Search => Outcome::Open(Route::Search),
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        change.touches(Change::CRM | Change::ITEMS | Change::STOCK)
    }

    fn refresh(&mut self, session: &Session) {
        let today = session.today();
        let mine = InteractionFilter {
            agent: Some(session.actor.name.clone()),
            due: Some(today),
            customer: None,
        };
        let actor = &session.actor;
        let role = actor.role;
        let mut due;
        (due, self.refused.due) =
            rows_or_why(list_interactions(session.store(), actor, &mine, ROWS), role);
        self.due_of = DueOf::Mine;
        if due.is_empty() && self.refused.due.is_none() {
            due = list_interactions(
                session.store(),
                actor,
                &InteractionFilter {
                    due: Some(today),
                    ..Default::default()
                },
                ROWS,
            )
            .unwrap_or_default();
            self.due_of = match due.is_empty() {
                false => DueOf::Others,
                true => DueOf::Nobody,
            };
        }
        self.due = with_names(session, due);
        (self.pipeline, self.refused.pipeline) = rows_or_why(
            pipeline(session.store(), actor, session.settings.currency),
            role,
        );
        self.whole_pipeline = role.may(Area::Pipeline, Access::Read);
        (self.reorder, self.refused.reorder) = rows_or_why(reorder(session.store(), actor), role);
        let recent;
        (recent, self.refused.recent) =
            rows_or_why(recent_interactions(session.store(), actor, ROWS), role);
        self.recent = with_names(session, recent);
        self.cursor.clamp(self.due.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [top, bottom] =
            Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area);
        let [due_area, pipeline_area] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(top);
        let [recent_area, reorder_area] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
                .areas(bottom);
        let due_rows: Vec<Vec<String>> = self
            .due
            .iter()
            .map(|(i, name)| {
                vec![
                    i.follow_up.map(format::date).unwrap_or_default(),
                    name.clone(),
                    i.subject.clone(),
                ]
            })
            .collect();
        let title = panel_title(
            &self.due_of.title(),
            &t!("crm-home-due-short"),
            self.refused.due.as_ref(),
        );
        let widths = [
            Constraint::Length(10),
            Constraint::Length(16),
            Constraint::Min(8),
        ];
        let selected = (!due_rows.is_empty()).then_some(self.cursor.index);
        TableView {
            title: &title,
            header: &[
                &t!("crm-column-due"),
                &t!("crm-column-customer"),
                &t!("crm-column-subject"),
            ],
            widths: &widths,
            rows: &due_rows,
            selected,
            top: Some(self.cursor.top()),
        }
        .render(frame, due_area, theme);
        self.view_pipeline(frame, pipeline_area, theme);
        let recent_rows: Vec<Vec<String>> = self
            .recent
            .iter()
            .map(|(i, name)| {
                vec![
                    format::date(i.at.date()),
                    i.channel.short_label(),
                    name.clone(),
                    i.subject.clone(),
                ]
            })
            .collect();
        let widths = [
            Constraint::Length(10),
            Constraint::Length(shown::channel_width(8)),
            Constraint::Length(14),
            Constraint::Min(8),
        ];
        let title = panel_title(
            &t!("crm-home-recent"),
            &t!("crm-home-recent-short"),
            self.refused.recent.as_ref(),
        );
        TableView {
            title: &title,
            header: &[
                &t!("crm-column-date"),
                &t!("crm-column-channel"),
                &t!("crm-column-customer"),
                &t!("crm-column-subject"),
            ],
            widths: &widths,
            rows: &recent_rows,
            selected: None,
            top: None,
        }
        .render(frame, recent_area, theme);
        let reorder_rows: Vec<Vec<String>> = self
            .reorder
            .iter()
            .map(|line| {
                vec![
                    line.item.sku.clone(),
                    line.item.name.clone(),
                    quantity(line.on_hand, 6),
                    quantity(line.suggested, 6),
                ]
            })
            .collect();
        let widths = [
            Constraint::Length(6),
            Constraint::Min(8),
            Constraint::Length(6),
            Constraint::Length(6),
        ];
        let title = panel_title(
            &t!("crm-home-reorder"),
            &t!("crm-home-reorder-short"),
            self.refused.reorder.as_ref(),
        );
        TableView {
            title: &title,
            header: &[
                &t!("crm-column-sku"),
                &t!("crm-column-item"),
                &format!("{:>6}", t!("crm-column-have")),
                &format!("{:>6}", t!("crm-column-order")),
            ],
            widths: &widths,
            rows: &reorder_rows,
            selected: None,
            top: None,
        }
        .render(frame, reorder_area, theme);
    }

    fn meaning(&self, action: Action) -> Option<String> {
        (action == Action::Search).then(|| t!("search-screen-meaning-home"))
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::Open,
            Action::CallerLookup,
            Action::GoCustomers,
            Action::Palette,
        ]
    }
}

impl Home {
    /// Open stages as bars of their weighted totals.
    fn view_pipeline(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let open: Vec<&PipelineRow> = self
            .pipeline
            .iter()
            .filter(|row| !row.stage.is_closed())
            .collect();
        let widest = open
            .iter()
            .map(|row| row.weighted)
            .max()
            .unwrap_or_default();
        // The stage name, a space, the count: never run together.
        let name_width = Stage::ALL
            .iter()
            .map(|s| s.label().chars().count())
            .max()
            .unwrap_or(0);
        let label_width = name_width + 1 + 2 + 1;
        let amount = |row: &PipelineRow| shown::amount(Money::new(row.weighted, row.currency));
        let amount_width = open
            .iter()
            .map(|row| amount(row).chars().count() + 1)
            .max()
            .unwrap_or(0);
        let bar_width =
            usize::from(area.width).saturating_sub(2 + label_width + amount_width) as i64;
        let mut lines: Vec<Line> = Vec::new();
        for row in &open {
            let share = if widest.is_zero() {
                0
            } else {
                (row.weighted * rust_decimal::Decimal::from(bar_width) / widest)
                    .round()
                    .try_into()
                    .unwrap_or(0i64)
            };
            let amount = amount(row);
            lines.push(Line::from(vec![
                Span::styled(
                    format!(
                        "{:<name_width$} {:>2} ",
                        row.stage.label(),
                        format::integer(i64::try_from(row.count).unwrap_or(i64::MAX))
                    ),
                    theme.style(Role::Muted),
                ),
                Span::styled(
                    "█".repeat(share.max(0) as usize),
                    theme.style(Role::Highlight),
                ),
                Span::raw(format!(" {amount}")),
            ]));
        }
        let total: rust_decimal::Decimal = open.iter().map(|row| row.weighted).sum();
        let currency = open
            .first()
            .map(|row| row.currency)
            .unwrap_or(crate::domain::Currency::EUR);
        lines.push(Line::styled(
            theme
                .text(&t!(
                    "crm-home-weighted-total",
                    total = shown::money(Money::new(total, currency))
                ))
                .into_owned(),
            theme.style(Role::Header),
        ));
        let title = if self.whole_pipeline {
            t!("crm-home-pipeline")
        } else {
            t!("crm-home-pipeline-mine")
        };
        let title = panel_title(
            &title,
            &t!("crm-home-pipeline-short"),
            self.refused.pipeline.as_ref(),
        );
        panel(frame, area, theme, &title, lines);
    }
}
