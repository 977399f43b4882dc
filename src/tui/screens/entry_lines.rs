//! The lines of a document being entered (sales order entry, purchase order entry): the
//! lines taken so far, the one under the cursor (Up/Down), the one being edited in the
//! inputs (it keeps its place), and what the two screens answer alike — the keys that move
//! through the lines, edit and delete one, the legend and the question before leaving.
//! What a line is and how it is priced stays with each screen. Room: tui.

use std::ops::Range;

use crate::t;
use crate::tui::action::Action;

/// The taken lines of an entry screen with its cursor and the line being edited.
#[derive(Debug, Clone)]
pub(super) struct EntryLines<T> {
    lines: Vec<T>,
    /// The line under the cursor; `None`: the line being typed.
    selected: Option<usize>,
    /// The line being edited in the inputs.
    editing: Option<usize>,
}

impl<T> Default for EntryLines<T> {
    fn default() -> Self {
        EntryLines {
            lines: Vec::new(),
            selected: None,
            editing: None,
        }
    }
}

impl<T> EntryLines<T> {
    pub(super) fn as_slice(&self) -> &[T] {
        &self.lines
    }

    pub(super) fn len(&self) -> usize {
        self.lines.len()
    }

    pub(super) fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    pub(super) fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// Where the line being typed stands: in place of the one edited, else after the rest.
    pub(super) fn typing_at(&self) -> usize {
        self.editing.unwrap_or(self.lines.len())
    }

    /// Takes `line`: back in place of the one being edited, else at the end; the cursor
    /// returns to the line being typed.
    pub(super) fn take(&mut self, line: T) {
        match self.editing.take() {
            Some(index) if index < self.lines.len() => self.lines[index] = line,
            _ => self.lines.push(line),
        }
        self.selected = None;
    }

    /// Takes several lines at the end (a fast-entry form).
    pub(super) fn take_all(&mut self, lines: impl IntoIterator<Item = T>) {
        self.lines.extend(lines);
        self.selected = None;
    }

    /// Puts every line back as `reprice` makes it (a new partner or date), in order.
    pub(super) fn replace_each(&mut self, reprice: impl FnMut(&T) -> T) {
        self.lines = self.lines.iter().map(reprice).collect();
    }

    /// Forgets every line (the document was saved).
    pub(super) fn clear(&mut self) {
        *self = EntryLines::default();
    }

    /// `each` of the lines, with `typed` in place of the line being edited or after them.
    pub(super) fn with_typed<U>(&self, each: impl Fn(&T) -> U, typed: Option<U>) -> Vec<U> {
        let mut all: Vec<U> = self.lines.iter().map(each).collect();
        if let Some(typed) = typed {
            match self.editing {
                Some(index) if index < all.len() => all[index] = typed,
                _ => all.push(typed),
            }
        }
        all
    }

    /// Up and Down: through the lines, and below the last back to the line being typed.
    /// False for any other action.
    pub(super) fn move_cursor(&mut self, action: Action) -> bool {
        self.selected = match (action, self.selected, self.lines.len()) {
            (Action::Up, _, 0) => None,
            (Action::Up, None, len) => Some(len - 1),
            (Action::Up, Some(index), _) => Some(index.saturating_sub(1)),
            (Action::Down, selected, len) => selected.map(|i| i + 1).filter(|i| *i < len),
            _ => return false,
        };
        true
    }

    /// The selected line, marked as being edited; the message when none is selected.
    pub(super) fn edit_selected(&mut self) -> Result<&T, String> {
        let index = self.selected_index()?;
        self.editing = Some(index);
        Ok(&self.lines[index])
    }

    /// Deletes the selected line; the cursor stays on its place. The message when none
    /// is selected.
    pub(super) fn delete_selected(&mut self) -> Result<(), String> {
        let index = self.selected_index()?;
        self.lines.remove(index);
        self.editing = match self.editing {
            Some(edited) if edited == index => None,
            Some(edited) if edited > index => Some(edited - 1),
            edited => edited,
        };
        self.selected = match self.lines.len() {
            0 => None,
            len => Some(index.min(len - 1)),
        };
        Ok(())
    }

    fn selected_index(&self) -> Result<usize, String> {
        self.selected
            .filter(|index| *index < self.lines.len())
            .ok_or_else(|| t!("erp-entry-none-selected"))
    }

    /// The lines shown in `room` rows: the selected one in view, else the last ones.
    pub(super) fn window(&self, room: usize) -> Range<usize> {
        let room = room.max(1);
        let start = match self.selected {
            Some(index) => (index + 1).saturating_sub(room),
            None => self.lines.len().saturating_sub(room),
        };
        start..(start + room).min(self.lines.len())
    }

    /// The number cell of the line being typed: the edited line's number, else `>`.
    pub(super) fn typing_marker(&self, width: usize) -> String {
        match self.editing {
            Some(index) => format!("{:>width$} ", index + 1),
            None => format!("{:>width$} ", ">"),
        }
    }
}

/// The actions both entry screens answer besides their own.
pub(super) fn answers(action: Action) -> bool {
    matches!(
        action,
        Action::NextField
            | Action::PrevField
            | Action::Up
            | Action::Down
            | Action::Prompt
            | Action::Edit
            | Action::Delete
            | Action::Save
            | Action::Cancel
    )
}

/// The legend of both entry screens.
pub(super) fn legend() -> Vec<Action> {
    vec![
        Action::NextField,
        Action::Save,
        Action::Prompt,
        Action::Edit,
        Action::Delete,
        Action::Cancel,
    ]
}

/// What Edit and Delete mean on an entry screen: a line.
pub(super) fn meaning(action: Action) -> Option<String> {
    match action {
        Action::Edit => Some(t!("erp-entry-edit-line")),
        Action::Delete => Some(t!("erp-entry-delete-line")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(values: &[u32]) -> EntryLines<u32> {
        let mut lines = EntryLines::default();
        lines.take_all(values.iter().copied());
        lines
    }

    #[test]
    fn up_from_the_typed_line_selects_the_last_and_down_past_the_last_returns() {
        let mut entry = lines(&[1, 2, 3]);
        assert!(entry.move_cursor(Action::Up));
        assert_eq!(entry.selected(), Some(2));
        entry.move_cursor(Action::Up);
        entry.move_cursor(Action::Up);
        entry.move_cursor(Action::Up);
        assert_eq!(entry.selected(), Some(0));
        entry.move_cursor(Action::Down);
        entry.move_cursor(Action::Down);
        assert_eq!(entry.selected(), Some(2));
        entry.move_cursor(Action::Down);
        assert_eq!(entry.selected(), None);
        assert!(!entry.move_cursor(Action::Save));
        assert!(lines(&[]).move_cursor(Action::Up));
    }

    #[test]
    fn an_edited_line_is_taken_back_in_its_place() {
        let mut entry = lines(&[1, 2, 3]);
        entry.move_cursor(Action::Up);
        entry.move_cursor(Action::Up);
        assert_eq!(entry.edit_selected(), Ok(&2));
        assert_eq!(entry.typing_at(), 1);
        assert_eq!(entry.with_typed(|v| *v, Some(20)), vec![1, 20, 3]);
        entry.take(20);
        assert_eq!(entry.as_slice(), &[1, 20, 3]);
        assert_eq!((entry.selected(), entry.typing_at()), (None, 3));
        entry.take(4);
        assert_eq!(entry.as_slice(), &[1, 20, 3, 4]);
    }

    #[test]
    fn deleting_keeps_the_cursor_in_place_and_the_edited_line_its_number() {
        let mut entry = lines(&[1, 2, 3, 4]);
        assert!(entry.delete_selected().is_err());
        entry.move_cursor(Action::Up);
        assert!(entry.edit_selected().is_ok());
        entry.move_cursor(Action::Up);
        entry.move_cursor(Action::Up);
        assert_eq!(entry.selected(), Some(1));
        assert_eq!(entry.delete_selected(), Ok(()));
        assert_eq!(entry.as_slice(), &[1, 3, 4]);
        assert_eq!(entry.selected(), Some(1));
        assert_eq!(entry.typing_at(), 2);
        entry.move_cursor(Action::Down);
        assert_eq!(entry.delete_selected(), Ok(()));
        assert_eq!(entry.typing_at(), 2);
        assert_eq!(entry.selected(), Some(1));
    }

    #[test]
    fn the_window_keeps_the_selected_line_in_view_else_shows_the_last() {
        let mut entry = lines(&[1, 2, 3, 4, 5, 6]);
        assert_eq!(entry.window(4), 2..6);
        for _ in 0..6 {
            entry.move_cursor(Action::Up);
        }
        assert_eq!(entry.window(4), 0..4);
        assert_eq!(lines(&[1]).window(4), 0..1);
        assert_eq!(entry.typing_marker(3), "  > ");
    }
}
