//! The order confirmation as the customer will read it, in a scrollable view: opened with
//! `v` from an order's detail. It shows the last confirmation issued, or — for an order not
//! confirmed yet or changed since — the draft that confirming now would issue, with the
//! changes against the last one. The text is `documents::text`'s rendering of the same
//! letter the CLI prints and the PDF shows. Room: tui — data only through `core`.

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use crate::core::Change;
use crate::core::confirmation::preview;
use crate::documents::{Letter, confirmation, text};
use crate::tui::action::Action;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::answers_list;

pub struct ConfirmationPreview {
    number: String,
    /// The letter and whether it is a draft, or why there is none.
    letter: Result<(Letter, bool), String>,
    /// The first line shown.
    top: usize,
    /// The rows the last frame showed, for paging.
    rows: Cell<usize>,
    /// The lines of the last frame's rendering, for scrolling to the end.
    lines: Cell<usize>,
}

impl ConfirmationPreview {
    pub fn new(number: String, session: &Session) -> ConfirmationPreview {
        let mut screen = ConfirmationPreview {
            number,
            letter: Err(String::new()),
            top: 0,
            rows: Cell::new(20),
            lines: Cell::new(0),
        };
        screen.refresh(session);
        screen
    }
}

impl Screen for ConfirmationPreview {
    fn title(&self) -> String {
        match &self.letter {
            Ok((_, true)) => crate::t!("erp-confirmation-draft-title", number = &self.number),
            _ => crate::t!("erp-confirmation-title", number = &self.number),
        }
    }

    fn layer(&self) -> &'static str {
        "detail"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[])
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        // Before the first frame the length is unknown: the view clamps what is asked.
        let last = match self.lines.get() {
            0 => usize::MAX,
            lines => lines.saturating_sub(self.rows.get()),
        };
        let page = self.rows.get().max(1);
        let top = self.top.min(last);
        self.top = match action {
            Action::Up => top.saturating_sub(1),
            Action::Down => top.saturating_add(1),
            Action::PageUp => top.saturating_sub(page),
            Action::PageDown => top.saturating_add(page),
            Action::First => 0,
            Action::Last => last,
            _ => return Outcome::Ignored,
        }
        .min(last);
        Outcome::Handled
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }

    fn refresh(&mut self, session: &Session) {
        let (store, actor) = (session.store(), &session.actor);
        self.letter = preview(store, actor, &self.number, session.clock.now())
            .map(|issued| (confirmation::letter(&issued), issued.draft))
            .map_err(|error| error.to_string());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let block = Block::bordered()
            .title(theme.text(&self.title()).into_owned())
            .border_style(theme.style(Role::Border));
        let width = usize::from(area.width.saturating_sub(2));
        let rows = usize::from(area.height.saturating_sub(2));
        let shown = match &self.letter {
            Ok((letter, _)) => {
                let letter = letter.map(&|text| theme.text(text).into_owned());
                text::render(&letter, width)
            }
            Err(message) => theme.text(message).into_owned(),
        };
        let lines: Vec<Line> = shown
            .lines()
            .map(|line| Line::raw(line.to_string()))
            .collect();
        self.rows.set(rows);
        self.lines.set(lines.len());
        let top = self.top.min(lines.len().saturating_sub(rows));
        let visible: Vec<Line> = lines.into_iter().skip(top).take(rows).collect();
        frame.render_widget(Paragraph::new(visible).block(block), area);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::PageDown, Action::PageUp, Action::Back]
    }
}
