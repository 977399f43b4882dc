//! Small building blocks shared by screens: a cursor over a list, a scrolling table with
//! the selected row highlighted, a one-line text input, text wrapped or cut to a width.
//! Room: tui.
//! A table scrolls by as few rows as keep the selection in view (the cursor remembers where
//! its table began); the backend turns such a scroll into the terminal's own, so a one-row
//! move at the edge of a page costs a scroll and two rows, not a redrawn page.

use std::cell::Cell as Remembered;

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::action::Action;
use super::key::{Key, KeyCode};
use super::screen::Outcome;
pub use super::text_input::TextInput;
use super::theme::{Role, Theme};
use crate::domain::fold::fold;

/// A cursor over `len` rows, and the first row its table showed in the last frame.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cursor {
    pub index: usize,
    top: Remembered<usize>,
}

/// Rows a page-up or page-down moves.
const PAGE: usize = 10;

impl Cursor {
    /// Moves for a navigation action; returns false for other actions.
    pub fn navigate(&mut self, action: Action, len: usize) -> bool {
        let last = len.saturating_sub(1);
        self.index = match action {
            Action::Up => self.index.saturating_sub(1),
            Action::Down => (self.index + 1).min(last),
            Action::PageUp => self.index.saturating_sub(PAGE),
            Action::PageDown => (self.index + PAGE).min(last),
            Action::First => 0,
            Action::Last => last,
            _ => return false,
        };
        true
    }

    /// Keeps the cursor inside a list that may have shrunk.
    pub fn clamp(&mut self, len: usize) {
        self.index = self.index.min(len.saturating_sub(1));
    }

    /// Where the table showing this cursor began last time (for [`TableView::top`]).
    pub fn top(&self) -> &Remembered<usize> {
        &self.top
    }
}

/// A table with a header row; `selected` is highlighted and kept in view.
pub struct TableView<'a> {
    pub title: &'a str,
    pub header: &'a [&'a str],
    pub widths: &'a [Constraint],
    pub rows: &'a [Vec<String>],
    pub selected: Option<usize>,
    /// The first row shown last time (a [`Cursor::top`]): the view scrolls from there by as
    /// little as the selection needs. Without it the selection is kept on the last row.
    pub top: Option<&'a Remembered<usize>>,
}

impl TableView<'_> {
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        self.render_styled(frame, area, theme, &[]);
    }

    /// `render` with row `i` in the style of `roles[i]` where that is `Some` (a breached
    /// deadline as an error); rows past the end of `roles` are plain.
    pub fn render_styled(
        &self,
        frame: &mut Frame,
        area: Rect,
        theme: &Theme,
        roles: &[Option<Role>],
    ) {
        let header = Row::new(
            self.header
                .iter()
                .map(|h| Cell::from(theme.text(h).into_owned())),
        )
        .style(theme.style(Role::Header));
        let (offset, visible) = window(self.selected, self.rows.len(), area.height, self.top);
        let columns = self.column_widths(area);
        let body =
            self.rows
                .iter()
                .enumerate()
                .skip(offset)
                .take(visible)
                .map(|(index, row)| {
                    let row = Row::new(row.iter().zip(&columns).map(|(cell, &width)| {
                        Cell::from(truncate(theme, cell, usize::from(width)))
                    }));
                    match roles.get(index).copied().flatten() {
                        Some(role) => row.style(theme.style(role)),
                        None => row,
                    }
                });
        let block = Block::bordered()
            .title(theme.text(self.title).into_owned())
            .border_style(theme.style(Role::Border));
        let table = Table::new(body, self.widths.to_vec())
            .header(header)
            .block(block)
            .row_highlight_style(theme.style(Role::Selected))
            .column_spacing(1);
        let mut state =
            TableState::default().with_selected(self.selected.map(|index| index - offset));
        frame.render_stateful_widget(table, area, &mut state);
    }

    /// The width of each column inside the borders of `area`, as the table lays them out
    /// (ratatui's `Table`: no selection symbol, one space between columns), so a cell
    /// longer than its column ends in an ellipsis instead of being cut mid-word.
    fn column_widths(&self, area: Rect) -> Vec<u16> {
        let inner = Rect::new(0, 0, area.width.saturating_sub(2), 1);
        Layout::horizontal(self.widths.to_vec())
            .flex(Flex::Start)
            .spacing(1)
            .split(inner)
            .iter()
            .map(|column| column.width)
            .collect()
    }
}

/// The rows a table of `height` lines shows: from where it began last time (`top`, 0 when
/// not remembered) moved as little as keeps `selected` in view and the table full. Only
/// these rows are built, whatever the list's length.
fn window(
    selected: Option<usize>,
    len: usize,
    height: u16,
    top: Option<&Remembered<usize>>,
) -> (usize, usize) {
    // Two border lines and the header.
    let visible = usize::from(height.saturating_sub(3)).max(1);
    let index = selected.unwrap_or(0);
    let offset = top
        .map_or(0, Remembered::get)
        .min(index)
        .max((index + 1).saturating_sub(visible))
        .min(len.saturating_sub(visible));
    if let Some(top) = top {
        top.set(offset);
    }
    (offset, visible)
}

/// A `label: value` line, label muted.
pub fn field_line<'a>(theme: &Theme, label: &str, value: &str, width: usize) -> Line<'a> {
    Line::from(vec![
        Span::styled(
            format!("{:<width$} ", theme.text(label)),
            theme.style(Role::Muted),
        ),
        Span::raw(theme.text(value).into_owned()),
    ])
}

/// A bordered box holding one error message (a refused query, for example).
pub fn error_panel(frame: &mut Frame, area: Rect, theme: &Theme, title: &str, message: &str) {
    let line = Line::styled(theme.text(message).into_owned(), theme.style(Role::Error));
    panel(frame, area, theme, title, vec![line]);
}

/// A bordered box of lines; a line wider than the box ends in an ellipsis.
pub fn panel(frame: &mut Frame, area: Rect, theme: &Theme, title: &str, lines: Vec<Line<'_>>) {
    let block = Block::bordered()
        .title(theme.text(title).into_owned())
        .border_style(theme.style(Role::Border));
    let inner = usize::from(area.width.saturating_sub(2));
    let lines: Vec<Line> = lines
        .into_iter()
        .map(|line| fit_line(theme, line, inner))
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// `line` cut to `width` columns, ending in the profile's ellipsis when it was wider; its
/// spans keep their styles.
fn fit_line<'a>(theme: &Theme, line: Line<'a>, width: usize) -> Line<'a> {
    if line.width() <= width {
        return line;
    }
    let ellipsis = theme.symbols().ellipsis;
    let mut fitted = line.clone();
    fitted.spans.clear();
    if ellipsis.width() > width {
        let cut: String = ellipsis.chars().take(width).collect();
        fitted.spans.push(Span::raw(cut));
        return fitted;
    }
    let mut room = width - ellipsis.width();
    for span in line.spans {
        let span_width = span.content.width();
        if span_width <= room {
            room -= span_width;
            fitted.spans.push(span);
            continue;
        }
        let mut kept = String::new();
        for c in span.content.chars() {
            let c_width = c.width().unwrap_or(0);
            if c_width > room {
                break;
            }
            room -= c_width;
            kept.push(c);
        }
        fitted.spans.push(Span::styled(
            format!("{}{ellipsis}", kept.trim_end()),
            span.style,
        ));
        break;
    }
    fitted
}

/// Search as you type over a list: the `search` action starts typing, every edit changes
/// the query, Enter stops typing (the filter stays), Esc empties the query (every row is
/// back) — on every list alike; an Esc with no query goes to the keymap (back).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchBox {
    pub query: TextInput,
    pub typing: bool,
}

/// What a list screen answers to a key after its [`SearchBox`] saw it: not for the
/// search box (the keymap gets it), handled, or — the query changed — handled after
/// `changed` filtered again.
pub fn search_outcome(key: SearchKey, changed: impl FnOnce()) -> Outcome {
    match key {
        SearchKey::Ignored => return Outcome::Ignored,
        SearchKey::Done => {}
        SearchKey::Changed => changed(),
    }
    Outcome::Handled
}

/// What a key did to a [`SearchBox`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchKey {
    /// Not for the search box: it is not being typed into, or the key edits nothing.
    Ignored,
    /// Typing stopped.
    Done,
    /// The query changed: filter again.
    Changed,
}

impl SearchBox {
    pub fn key(&mut self, key: &Key) -> SearchKey {
        let plain = !key.ctrl && !key.alt;
        if key.code == KeyCode::Esc && plain && self.shown() {
            let had_query = !self.query.text.is_empty();
            *self = SearchBox::default();
            return if had_query {
                SearchKey::Changed
            } else {
                SearchKey::Done
            };
        }
        if !self.typing {
            return SearchKey::Ignored;
        }
        match key.code {
            KeyCode::Enter => {
                self.typing = false;
                SearchKey::Done
            }
            _ if self.query.edit(key) => SearchKey::Changed,
            _ => SearchKey::Ignored,
        }
    }

    /// Pasted text joins the query and typing goes on.
    pub fn paste(&mut self, text: &str) {
        self.query.paste(text);
        self.typing = true;
    }

    /// The query, trimmed.
    pub fn text(&self) -> &str {
        self.query.text.trim()
    }

    /// The indexes of the `rows` whose searchable `text` contains the query, both folded
    /// (case and accents: "muller" finds "Müller"); every row while the query is empty.
    pub fn matching<T>(&self, rows: &[T], text: impl Fn(&T) -> String) -> Vec<usize> {
        let wanted = fold(self.text());
        rows.iter()
            .enumerate()
            .filter(|(_, row)| wanted.is_empty() || fold(&text(row)).contains(&wanted))
            .map(|(index, _)| index)
            .collect()
    }

    /// Whether a query is typed or being typed (the prompt shows instead of a hint).
    pub fn shown(&self) -> bool {
        self.typing || !self.query.text.is_empty()
    }

    /// The prompt line above the list, `width` columns wide: the query (scrolled so the
    /// caret stays in view) and how many rows it found.
    pub fn prompt(&self, found: usize, width: u16, theme: &Theme) -> String {
        let count = crate::t!("tui-search-found", count = found);
        format!(" / {}  {count}", self.query_shown(width, theme))
    }

    /// The part of the query a prompt line `width` columns wide shows after ` / `, with
    /// room left for the count.
    pub fn query_shown(&self, width: u16, theme: &Theme) -> String {
        self.query.window(theme, query_width(width)).0
    }

    /// Draws the line above a list — the query with the count `found` while a query is
    /// shown, else `hint` (muted) — and returns the area left for the list below it.
    pub fn render(
        &self,
        frame: &mut Frame,
        area: Rect,
        theme: &Theme,
        found: usize,
        hint: &str,
    ) -> Rect {
        let [line, list] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
        let (text, role) = if self.shown() {
            (self.prompt(found, line.width, theme), Role::Input)
        } else {
            (format!(" {hint}"), Role::Muted)
        };
        frame.render_widget(
            Paragraph::new(theme.text(&text).into_owned()).style(theme.style(role)),
            line,
        );
        list
    }

    /// The caret in the query, when typing, on the prompt line at the top of `area`.
    pub fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        let (_, caret) = self.query.window(theme, query_width(area.width));
        self.typing.then_some((area.x + 3 + caret, area.y))
    }
}

/// Columns a search prompt `width` wide has for the query: less ` / ` and the count.
fn query_width(width: u16) -> u16 {
    width.saturating_sub(3 + count_width())
}

/// Columns kept right of a search query for `  (N found)`: at least 16, more where the
/// language's words for it are longer (room for five digits).
fn count_width() -> u16 {
    let count = crate::t!("tui-search-found", count = 99_999);
    u16::try_from(count.width() + 2).map_or(COUNT, |width| width.max(COUNT))
}

/// The least columns kept right of a search query for the count.
const COUNT: u16 = 16;

/// A list loaded whole and filtered as the user types: the rows, the search box over
/// them, which rows match (folded, see [`SearchBox::matching`]) and the cursor over those.
pub struct FilteredList<T> {
    pub search: SearchBox,
    pub cursor: Cursor,
    all: Vec<T>,
    /// Indexes into `all` of the rows that match, in order.
    shown: Vec<usize>,
    /// The searchable text of a row.
    text: fn(&T) -> String,
}

impl<T> FilteredList<T> {
    pub fn new(text: fn(&T) -> String) -> FilteredList<T> {
        FilteredList {
            search: SearchBox::default(),
            cursor: Cursor::default(),
            all: Vec::new(),
            shown: Vec::new(),
            text,
        }
    }

    /// Replaces the rows and filters them again, keeping the cursor inside.
    pub fn set(&mut self, rows: Vec<T>) {
        self.all = rows;
        self.filter();
    }

    fn filter(&mut self) {
        self.shown = self.search.matching(&self.all, self.text);
        self.cursor.clamp(self.shown.len());
    }

    /// The rows that match, in order.
    pub fn shown(&self) -> impl Iterator<Item = &T> {
        self.shown.iter().filter_map(|&index| self.all.get(index))
    }

    /// How many rows are loaded, matching or not.
    pub fn loaded(&self) -> usize {
        self.all.len()
    }

    /// Every loaded row, matching or not.
    pub fn all(&self) -> impl Iterator<Item = &T> {
        self.all.iter()
    }

    /// How many rows match.
    pub fn found(&self) -> usize {
        self.shown.len()
    }

    /// The row under the cursor.
    pub fn selected(&self) -> Option<&T> {
        self.shown
            .get(self.cursor.index)
            .and_then(|&index| self.all.get(index))
    }

    /// The cursor's row for a [`TableView`] of the matching rows (none when none match).
    pub fn highlighted(&self) -> Option<usize> {
        (!self.shown.is_empty()).then_some(self.cursor.index)
    }

    /// A key for the search box; a changed query filters again from the first row.
    pub fn on_key(&mut self, key: &Key) -> Outcome {
        let result = self.search.key(key);
        search_outcome(result, || {
            self.cursor = Cursor::default();
            self.filter();
        })
    }

    /// Pasted text joins the query.
    pub fn on_paste(&mut self, text: &str) -> Outcome {
        self.search.paste(text);
        self.filter();
        Outcome::Handled
    }

    /// Moves the cursor or starts typing a query; false for any other action.
    pub fn on_action(&mut self, action: Action) -> bool {
        if action == Action::Search {
            self.search.typing = true;
            return true;
        }
        self.cursor.navigate(action, self.shown.len())
    }
}

/// Whether a list screen answers `action`: the moves of its cursor, and `more` (its own
/// actions, `Action::Search` among them when it has a search box).
pub fn answers_list(action: Action, more: &[Action]) -> bool {
    matches!(
        action,
        Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::First
            | Action::Last
    ) || more.contains(&action)
}

/// `text` broken at spaces into lines of at most `width` characters (a longer word is cut
/// into pieces), for messages that must be read whole.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let mut word: Vec<char> = word.chars().collect();
        loop {
            let used = line.chars().count();
            let gap = usize::from(used > 0);
            if used + gap + word.len() <= width {
                if gap == 1 {
                    line.push(' ');
                }
                line.extend(word.iter());
                break;
            }
            if used == 0 {
                let rest = word.split_off(width);
                line.extend(word.iter());
                word = rest;
            }
            lines.push(std::mem::take(&mut line));
        }
    }
    lines.push(line);
    lines
}

/// `text` as the theme shows it, cut to `width` columns ending in the profile's ellipsis
/// (`…`, or `...` in ASCII profiles) when it is wider, so a cut is never mistaken for the
/// whole.
pub fn truncate(theme: &Theme, text: &str, width: usize) -> String {
    let line = fit_line(theme, Line::raw(theme.text(text).into_owned()), width);
    line.spans
        .iter()
        .map(|span| span.content.as_ref())
        .collect()
}

#[cfg(test)]
mod tests;
