//! The campaigns with their figures (`core::campaigns::figures`: cost, leads, won
//! opportunities, won revenue, weighted pipeline, ROI) — newest period first; Enter opens
//! one with its period, budget, cost per lead and the costs booked against it; n adds a
//! campaign, e edits one, B books a cost (forms in `campaign_forms`). Amounts are in each
//! campaign's currency, ROI in percent rounded where shown. Needs the right to read
//! marketing; writing needs marketing's. Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use rust_decimal::Decimal;

use crate::core::campaigns::{campaigns, figures};
use crate::core::{Change, CoreError};
use crate::domain::campaign::{Campaign, Figures};
use crate::lang::format;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, TableView, answers_list, field_line, panel};

/// An amount of `campaign`'s currency as a person reads it.
fn amount(campaign: &Campaign, value: Decimal) -> String {
    let currency = campaign.currency;
    format::money(value, currency.code(), currency.minor_units())
}

/// The ROI in percent (`233,34 %`), or a dash when nothing was spent.
fn roi(figures: &Figures) -> String {
    match figures.roi_percent() {
        Some(percent) => crate::t!("campaign-tui-percent", value = format::fixed(percent, 2)),
        None => "-".to_string(),
    }
}

/// One campaign and its figures.
struct Row {
    campaign: Campaign,
    figures: Figures,
}

impl Row {
    fn cells(&self) -> Vec<String> {
        let (c, f) = (&self.campaign, &self.figures);
        vec![
            c.id.to_string(),
            c.name.clone(),
            format!("{:>10}", amount(c, f.cost)),
            format!("{:>5}", f.leads),
            format!("{:>4}", f.won),
            format!("{:>11}", amount(c, f.won_revenue)),
            format!("{:>11}", amount(c, f.pipeline)),
            format!("{:>9}", roi(f)),
        ]
    }
}

/// Every campaign with its figures.
fn load(session: &Session) -> Result<Vec<Row>, CoreError> {
    let mut rows = Vec::new();
    for campaign in campaigns(session.store(), &session.actor)? {
        let (campaign, figures) = figures(session.store(), &session.actor, campaign.id)?;
        rows.push(Row { campaign, figures });
    }
    Ok(rows)
}

/// The campaign list.
pub struct CampaignList {
    rows: Vec<Row>,
    cursor: Cursor,
    error: Option<String>,
}

impl CampaignList {
    pub fn new(session: &Session) -> CampaignList {
        let mut list = CampaignList {
            rows: Vec::new(),
            cursor: Cursor::default(),
            error: None,
        };
        list.refresh(session);
        list
    }
}

impl Screen for CampaignList {
    fn title(&self) -> String {
        crate::t!("campaign-tui-title")
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(
            action,
            &[Action::Open, Action::Create, Action::Edit, Action::BookCost],
        )
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.rows.len()) {
            return Outcome::Handled;
        }
        if action == Action::Create {
            return Outcome::Open(Route::NewCampaign);
        }
        let Some(id) = self.rows.get(self.cursor.index).map(|row| row.campaign.id) else {
            return match action {
                Action::Open | Action::Edit | Action::BookCost => {
                    Outcome::Refuse(crate::t!("campaign-tui-none"))
                }
                _ => Outcome::Ignored,
            };
        };
        match action {
            Action::Open => Outcome::Open(Route::Campaign(id)),
            Action::Edit => Outcome::Open(Route::EditCampaign(id)),
            Action::BookCost => Outcome::Open(Route::BookCost(id)),
            _ => Outcome::Ignored,
        }
    }

    fn refresh(&mut self, session: &Session) {
        match load(session) {
            Ok(rows) => {
                self.rows = rows;
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
        self.cursor.clamp(self.rows.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [line, list] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
        let hint = crate::t!("campaign-tui-hint", count = self.rows.len());
        super::sales::hint_line(frame, line, theme, self.error.as_deref(), &hint);
        let header = [
            crate::t!("campaign-tui-col-id"),
            crate::t!("campaign-tui-col-name"),
            format!("{:>10}", crate::t!("campaign-tui-col-cost")),
            format!("{:>5}", crate::t!("campaign-tui-col-leads")),
            format!("{:>4}", crate::t!("campaign-tui-col-won")),
            format!("{:>11}", crate::t!("campaign-tui-col-revenue")),
            format!("{:>11}", crate::t!("campaign-tui-col-pipeline")),
            format!("{:>9}", crate::t!("campaign-tui-col-roi")),
        ];
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let widths = [
            Constraint::Length(3),
            Constraint::Min(10),
            Constraint::Length(10),
            Constraint::Length(5),
            Constraint::Length(4),
            Constraint::Length(11),
            Constraint::Length(11),
            Constraint::Length(9),
        ];
        let rows: Vec<Vec<String>> = self.rows.iter().map(Row::cells).collect();
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
            Action::Edit,
            Action::BookCost,
            Action::Back,
        ]
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }
}

/// One campaign: what it is, its figures and its booked costs.
pub struct CampaignDetail {
    id: u64,
    shown: Option<Row>,
    cursor: Cursor,
    error: Option<String>,
}

impl CampaignDetail {
    pub fn new(id: u64, session: &Session) -> CampaignDetail {
        let mut detail = CampaignDetail {
            id,
            shown: None,
            cursor: Cursor::default(),
            error: None,
        };
        detail.refresh(session);
        detail
    }

    /// The lines above the costs: period, channel, status, budget, expected revenue and
    /// the figures.
    fn head(row: &Row, theme: &Theme) -> Vec<Line<'static>> {
        let (c, f) = (&row.campaign, &row.figures);
        let period = format!("{} – {}", format::date(c.from), format::date(c.to));
        let per_lead = f
            .cost_per_lead(c.currency.minor_units())
            .map_or_else(|| "-".to_string(), |value| amount(c, value));
        let pairs = [
            (
                "campaign-tui-channel",
                format!("{} · {}", c.channel.name(), c.status.name()),
            ),
            ("campaign-tui-period", period),
            ("campaign-tui-budget", amount(c, c.budget)),
            ("campaign-tui-expected", amount(c, c.expected_revenue)),
            ("campaign-tui-cost", amount(c, f.cost)),
            ("campaign-tui-leads", format!("{} · {per_lead}", f.leads)),
            (
                "campaign-tui-won",
                format!("{} · {}", f.won, amount(c, f.won_revenue)),
            ),
            ("campaign-tui-pipeline", amount(c, f.pipeline)),
            (
                "campaign-tui-replies",
                format!(
                    "{} ({}, {})",
                    f.replies, f.replied_leads, f.replied_opportunities
                ),
            ),
            ("campaign-tui-roi", roi(f)),
        ];
        pairs
            .iter()
            .map(|(key, value)| field_line(theme, &crate::lang::text(key), value, 22))
            .collect()
    }
}

impl Screen for CampaignDetail {
    fn title(&self) -> String {
        match &self.shown {
            Some(row) => crate::t!(
                "campaign-tui-detail-title",
                name = row.campaign.name.as_str()
            ),
            None => crate::t!("campaign-tui-title"),
        }
    }

    fn layer(&self) -> &'static str {
        "detail"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[Action::Edit, Action::BookCost])
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        let costs = self
            .shown
            .as_ref()
            .map_or(0, |row| row.campaign.costs.len());
        if self.cursor.navigate(action, costs) {
            return Outcome::Handled;
        }
        match action {
            Action::Edit => Outcome::Open(Route::EditCampaign(self.id)),
            Action::BookCost => Outcome::Open(Route::BookCost(self.id)),
            _ => Outcome::Ignored,
        }
    }

    fn refresh(&mut self, session: &Session) {
        match figures(session.store(), &session.actor, self.id) {
            Ok((campaign, figures)) => {
                self.shown = Some(Row { campaign, figures });
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
        let costs = self
            .shown
            .as_ref()
            .map_or(0, |row| row.campaign.costs.len());
        self.cursor.clamp(costs);
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let Some(row) = &self.shown else {
            let error = self.error.clone().unwrap_or_default();
            crate::tui::widgets::error_panel(frame, area, theme, &self.title(), &error);
            return;
        };
        let head = Self::head(row, theme);
        let height = u16::try_from(head.len())
            .unwrap_or(u16::MAX)
            .saturating_add(2);
        let [top, costs] =
            Layout::vertical([Constraint::Length(height), Constraint::Min(3)]).areas(area);
        panel(frame, top, theme, &self.title(), head);
        let c = &row.campaign;
        let rows: Vec<Vec<String>> = c
            .costs
            .iter()
            .map(|cost| {
                vec![
                    format::date(cost.date),
                    format!("{:>12}", amount(c, cost.amount)),
                    cost.what.clone(),
                ]
            })
            .collect();
        let header = [
            crate::t!("campaign-tui-col-date"),
            format!("{:>12}", crate::t!("campaign-tui-col-amount")),
            crate::t!("campaign-tui-col-what"),
        ];
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        TableView {
            title: &crate::t!("campaign-tui-costs", count = rows.len()),
            header: &header,
            widths: &[
                Constraint::Length(10),
                Constraint::Length(12),
                Constraint::Min(10),
            ],
            rows: &rows,
            selected: (!rows.is_empty()).then_some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render(frame, costs, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Edit, Action::BookCost, Action::Back]
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }
}
