//! The pipeline: open and closed opportunities in columns by stage with count, sum and
//! weighted sum; one key moves the selected card to the next stage; lost asks for the
//! reason. Room: tui.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use super::customer_forms::problems;
use super::form::{Field, Form, Saved};
use crate::core::Command;
use crate::core::query::list_opportunities;
use crate::domain::{Money, Opportunity, Stage};
use crate::tui::action::Action;
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};

/// Cards loaded per stage at most.
const CARDS: usize = 200;

pub struct Pipeline {
    columns: Vec<(Stage, Vec<Opportunity>)>,
    column: usize,
    row: usize,
}

impl Pipeline {
    pub fn new(session: &Session) -> Pipeline {
        let mut screen = Pipeline {
            columns: Vec::new(),
            column: 0,
            row: 0,
        };
        screen.refresh(session);
        screen
    }

    fn selected(&self) -> Option<&Opportunity> {
        self.columns
            .get(self.column)
            .and_then(|(_, cards)| cards.get(self.row))
    }
}

/// The form that asks why an opportunity was lost, then moves it.
fn lost_form(opportunity: &Opportunity) -> Form {
    let id = opportunity.id;
    Form::new(
        &format!("Lost — {}", opportunity.title),
        vec![Field::new("lost_reason", "Reason", "")],
        Box::new(move |session: &Session, input| {
            let command = Command::MoveOpportunity {
                id,
                stage: Stage::Lost,
                probability: None,
                reason: Some(input.text("lost_reason")),
            };
            session.execute(command).map_err(problems)?;
            Ok(Saved::Done(format!("opportunity {id} lost")))
        }),
    )
}

impl Screen for Pipeline {
    fn title(&self) -> String {
        "Pipeline".into()
    }

    fn layer(&self) -> &'static str {
        "pipeline"
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        let cards = self
            .columns
            .get(self.column)
            .map_or(0, |(_, cards)| cards.len());
        match action {
            Action::Up => self.row = self.row.saturating_sub(1),
            Action::Down => self.row = (self.row + 1).min(cards.saturating_sub(1)),
            Action::Collapse | Action::PrevField => {
                self.column = self.column.saturating_sub(1);
                self.row = 0;
            }
            Action::Expand | Action::NextField => {
                self.column = (self.column + 1).min(self.columns.len().saturating_sub(1));
                self.row = 0;
            }
            Action::NextStage => {
                let Some(card) = self.selected() else {
                    return Outcome::Refuse("no opportunity selected".into());
                };
                let Some(next) = card.stage.next() else {
                    return Outcome::Refuse(format!("{} is closed", card.title));
                };
                let command = Command::MoveOpportunity {
                    id: card.id,
                    stage: next,
                    probability: None,
                    reason: None,
                };
                return match session.execute(command) {
                    Ok(_) => Outcome::Saved(
                        format!("{} moved to {}", card.title, next.name()),
                        After::Stay,
                    ),
                    Err(error) => Outcome::Refuse(
                        problems(error)
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join("; "),
                    ),
                };
            }
            Action::MarkLost => {
                return match self.selected() {
                    Some(card) if card.stage != Stage::Lost => {
                        Outcome::Push(Box::new(lost_form(card)))
                    }
                    _ => Outcome::Refuse("select an opportunity that is not lost".into()),
                };
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    fn refresh(&mut self, session: &Session) {
        self.columns = Stage::ALL
            .iter()
            .map(|&stage| {
                (
                    stage,
                    list_opportunities(&session.store, &session.actor, Some(stage), None, CARDS)
                        .unwrap_or_default(),
                )
            })
            .collect();
        let cards = self
            .columns
            .get(self.column)
            .map_or(0, |(_, cards)| cards.len());
        self.row = self.row.min(cards.saturating_sub(1));
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let constraints =
            vec![Constraint::Ratio(1, self.columns.len().max(1) as u32); self.columns.len()];
        let areas = Layout::horizontal(constraints).split(area);
        let currency = session_currency(&self.columns);
        for (index, ((stage, cards), column)) in self.columns.iter().zip(areas.iter()).enumerate() {
            let sum: rust_decimal::Decimal = cards.iter().map(|o| o.amount.amount).sum();
            let weighted: rust_decimal::Decimal = cards.iter().map(Opportunity::weighted).sum();
            let mut lines = vec![
                Line::styled(
                    format!(
                        "{} · {}",
                        cards.len(),
                        Money::new(sum, currency).amount_text()
                    ),
                    theme.style(Role::Header),
                ),
                Line::styled(
                    format!("w {}", Money::new(weighted, currency).amount_text()),
                    theme.style(Role::Muted),
                ),
            ];
            let visible = column.height.saturating_sub(4) as usize;
            let start = if index == self.column {
                self.row.saturating_sub(visible.saturating_sub(1))
            } else {
                0
            };
            for (row, card) in cards.iter().enumerate().skip(start).take(visible) {
                let role = if index == self.column && row == self.row {
                    Role::Selected
                } else {
                    Role::Normal
                };
                let text = format!("{} {}", card.amount.amount_text(), card.title);
                lines.push(Line::styled(
                    theme.text(&text).into_owned(),
                    theme.style(role),
                ));
            }
            let border = if index == self.column {
                Role::Highlight
            } else {
                Role::Border
            };
            let block = Block::bordered()
                .title(stage.name())
                .border_style(theme.style(border));
            frame.render_widget(Paragraph::new(lines).block(block), *column);
        }
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::NextStage,
            Action::MarkLost,
            Action::NextField,
            Action::Back,
        ]
    }
}

fn session_currency(columns: &[(Stage, Vec<Opportunity>)]) -> crate::domain::Currency {
    columns
        .iter()
        .flat_map(|(_, cards)| cards.first())
        .map(|o| o.amount.currency)
        .next()
        .unwrap_or(crate::domain::Currency::EUR)
}
