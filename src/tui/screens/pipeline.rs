//! The pipeline: open and closed opportunities in columns by stage with count, sum and
//! weighted sum of the cards shown (of their weighted amounts, each rounded to the cent
//! as their detail shows it), titles cut to the column with an ellipsis; it opens on
//! the first stage holding cards; search as you type (`/`) over title and customer;
//! Enter opens a card's detail, `e` its edit form; one key moves the selected card to the
//! next stage; lost asks for the reason; create opens the kind's generic form (a customer
//! picked with F4). The opportunities' own list in place of the generic one
//! (`kind::OwnScreens::Opportunities`); the edit form is the generic one of the kind.
//! Room: tui — data only through `core`.

use std::collections::BTreeMap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};
use rust_decimal::Decimal;

use super::kind::{OPPORTUNITIES, form};
use super::opportunity_forms::{mark_lost, next_stage};
use super::shown;
use crate::core::Change;
use crate::core::query::{get_customer, list_opportunities};
use crate::domain::fold::fold;
use crate::domain::{Currency, Money, Opportunity, Stage};
use crate::lang::format;
use crate::t;
use crate::tui::action::Action;
use crate::tui::compact::fit_amount;
use crate::tui::key::Key;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{SearchBox, search_outcome, truncate};

/// Cards loaded per stage at most.
const CARDS: usize = 200;

pub struct Pipeline {
    search: SearchBox,
    /// Every card loaded, per stage, with the folded text the search matches.
    all: Vec<(Stage, Vec<(Opportunity, String)>)>,
    /// The cards that match the search, per stage.
    columns: Vec<(Stage, Vec<Opportunity>)>,
    column: usize,
    row: usize,
    currency: Currency,
    /// Customer names by id, for the search and the line about the selected card.
    names: BTreeMap<u64, String>,
}

impl Pipeline {
    pub fn new(session: &Session) -> Pipeline {
        let mut screen = Pipeline {
            search: SearchBox::default(),
            all: Vec::new(),
            columns: Vec::new(),
            column: 0,
            row: 0,
            currency: session.settings.currency,
            names: BTreeMap::new(),
        };
        screen.refresh(session);
        screen.select_a_stage_with_cards();
        screen
    }

    /// Moves to the first column holding cards, unless the selected one holds some.
    fn select_a_stage_with_cards(&mut self) {
        if self.cards() == 0
            && let Some(found) = self.columns.iter().position(|(_, cards)| !cards.is_empty())
        {
            self.column = found;
        }
    }

    fn selected(&self) -> Option<&Opportunity> {
        self.columns
            .get(self.column)
            .and_then(|(_, cards)| cards.get(self.row))
    }

    fn cards(&self) -> usize {
        self.columns
            .get(self.column)
            .map_or(0, |(_, cards)| cards.len())
    }

    fn apply_filter(&mut self) {
        let wanted = fold(self.search.text());
        self.columns = self
            .all
            .iter()
            .map(|(stage, cards)| {
                let shown = cards
                    .iter()
                    .filter(|(_, text)| text.contains(&wanted))
                    .map(|(card, _)| card.clone())
                    .collect();
                (*stage, shown)
            })
            .collect();
        self.row = self.row.min(self.cards().saturating_sub(1));
    }

    /// After the search changed: the first card found, unless the column has some.
    fn search_changed(&mut self) {
        self.row = 0;
        self.apply_filter();
        self.select_a_stage_with_cards();
    }

    /// The selected card in full: title, customer, amount, probability.
    fn card_line(&self) -> String {
        match self.selected() {
            Some(card) => format!(
                " {} · {} · {} · {}",
                card.title,
                self.names.get(&card.customer_id).map_or("", String::as_str),
                shown::money(card.amount),
                t!("crm-percent", percent = card.probability)
            ),
            None => format!(" {}", t!("crm-pipeline-no-card")),
        }
    }
}

/// An amount in `width` columns as the user's language writes it: in full when it fits,
/// else scaled (`2486k`, German `2.485,6k`), never cut.
fn fit(amount: Decimal, currency: Currency, width: usize) -> String {
    let full = shown::amount(Money::new(amount, currency));
    let scaled = fit_amount(amount, &full, width);
    if scaled == full {
        return full;
    }
    let digits = scaled.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    match digits.parse::<Decimal>() {
        Ok(number) => format!("{}{}", format::decimal(number), &scaled[digits.len()..]),
        Err(_) => scaled,
    }
}

impl Screen for Pipeline {
    fn title(&self) -> String {
        t!("crm-pipeline-title")
    }

    fn layer(&self) -> &'static str {
        "pipeline"
    }

    fn on_key(&mut self, key: &Key, _session: &Session) -> Outcome {
        let result = self.search.key(key);
        search_outcome(result, || self.search_changed())
    }

    fn on_paste(&mut self, text: &str, _session: &Session) -> Outcome {
        self.search.paste(text);
        self.search_changed();
        Outcome::Handled
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        let last = self.cards().saturating_sub(1);
        match action {
            Action::Up => self.row = self.row.saturating_sub(1),
            Action::Down => self.row = (self.row + 1).min(last),
            Action::First => self.row = 0,
            Action::Last => self.row = last,
            Action::Left | Action::Collapse | Action::PrevField => {
                self.column = self.column.saturating_sub(1);
                self.row = 0;
            }
            Action::Right | Action::Expand | Action::NextField => {
                self.column = (self.column + 1).min(self.columns.len().saturating_sub(1));
                self.row = 0;
            }
            Action::Search => self.search.typing = true,
            Action::Open => {
                return match self.selected() {
                    Some(card) => Outcome::Open(Route::Record(OPPORTUNITIES, card.id)),
                    None => Outcome::Refuse(t!("crm-opportunity-none-selected")),
                };
            }
            Action::Edit => {
                return match self.selected() {
                    Some(card) => form::change_id(OPPORTUNITIES, card.id, session),
                    None => Outcome::Refuse(t!("crm-opportunity-none-selected")),
                };
            }
            Action::Create => return form::create(OPPORTUNITIES, session),
            Action::NextStage => return next_stage(session, self.selected()),
            Action::MarkLost => return mark_lost(self.selected()),
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    /// Opportunities, and their customers' names on the cards.
    fn shows(&self, change: Change) -> bool {
        change.touches(Change::OPPORTUNITIES | Change::CUSTOMERS)
    }

    fn refresh(&mut self, session: &Session) {
        let (store, actor) = (session.store(), &session.actor);
        self.names.clear();
        let names = &mut self.names;
        self.all = Stage::ALL
            .iter()
            .map(|&stage| {
                let cards = list_opportunities(store, actor, Some(stage), None, CARDS)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|card| {
                        let name = names.entry(card.customer_id).or_insert_with(|| {
                            get_customer(store, actor, card.customer_id)
                                .ok()
                                .flatten()
                                .map(|c| c.name)
                                .unwrap_or_default()
                        });
                        let text = fold(&format!("{} {name}", card.title));
                        (card, text)
                    })
                    .collect();
                (stage, cards)
            })
            .collect();
        if let Some(card) = self.all.iter().flat_map(|(_, cards)| cards).next() {
            self.currency = card.0.amount.currency;
        }
        self.apply_filter();
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let shown: usize = self.columns.iter().map(|(_, cards)| cards.len()).sum();
        let hint = t!("crm-pipeline-hint", count = shown);
        let rest = self.search.render(frame, area, theme, shown, &hint);
        let [board, card] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(1)]).areas(rest);
        frame.render_widget(
            Paragraph::new(theme.text(&self.card_line()).into_owned()),
            card,
        );
        let constraints =
            vec![Constraint::Ratio(1, self.columns.len().max(1) as u32); self.columns.len()];
        let areas = Layout::horizontal(constraints).split(board);
        // Amounts too wide for the column are scaled (2486k), never cut.
        let money = |amount, width| fit(amount, self.currency, width);
        for (index, ((stage, cards), column)) in self.columns.iter().zip(areas.iter()).enumerate() {
            let inner = column.width.saturating_sub(2) as usize;
            let sum: Decimal = cards.iter().map(|o| o.amount.amount).sum();
            let weighted: Decimal = cards.iter().map(Opportunity::weighted).sum();
            let count = format::integer(i64::try_from(cards.len()).unwrap_or(i64::MAX));
            let rest = inner.saturating_sub(count.chars().count() + 1);
            let mark = t!("crm-pipeline-weighted-mark");
            let wide = inner.saturating_sub(mark.chars().count() + 1);
            let mut lines = vec![
                Line::styled(
                    format!("{count} {:>rest$}", money(sum, rest)),
                    theme.style(Role::Header),
                ),
                Line::styled(
                    format!("{mark} {:>wide$}", money(weighted, wide)),
                    theme.style(Role::Muted),
                ),
            ];
            // A card is two lines: the title, then the amount right-aligned.
            let visible = (column.height.saturating_sub(4) / 2) as usize;
            let start = if index == self.column {
                self.row.saturating_sub(visible.saturating_sub(1))
            } else {
                0
            };
            for (row, card) in cards.iter().enumerate().skip(start).take(visible) {
                let selected = index == self.column && row == self.row;
                let (title, amount) = if selected {
                    (Role::Selected, Role::Selected)
                } else {
                    (Role::Normal, Role::Muted)
                };
                lines.push(Line::styled(
                    truncate(theme, &card.title, inner),
                    theme.style(title),
                ));
                lines.push(Line::styled(
                    format!("{:>inner$}", fit(card.amount.amount, self.currency, inner)),
                    theme.style(amount),
                ));
            }
            let border = if index == self.column {
                Role::Highlight
            } else {
                Role::Border
            };
            // The full name where it fits between the corners, else the short label.
            let label = stage.label();
            let title = match label.chars().count() <= inner {
                true => label,
                false => stage.short_label(),
            };
            let block = Block::bordered()
                .title(title)
                .border_style(theme.style(border));
            frame.render_widget(Paragraph::new(lines).block(block), *column);
        }
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::Search,
            Action::Open,
            Action::Edit,
            Action::NextStage,
            Action::MarkLost,
            Action::Back,
        ]
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        self.search.cursor(area, theme)
    }
}
