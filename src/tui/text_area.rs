//! A multi-line text input: lines of text with a caret (line, byte offset on a char
//! boundary). Typing and pasting insert at the caret (a paste keeps its line breaks),
//! Enter breaks the line, Backspace at a line's start joins it to the line above, Delete
//! at its end joins the next; arrows, Home/End and PgUp/PgDn move. Tabs become spaces,
//! other control characters are dropped. Room: tui (pure, no terminal, no data).

use unicode_width::UnicodeWidthStr;

use super::key::{Key, KeyCode};

/// How many lines PgUp/PgDn move.
const PAGE: usize = 10;

/// The lines and the caret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextArea {
    lines: Vec<String>,
    line: usize,
    /// Byte offset into `lines[line]`, on a char boundary.
    at: usize,
}

impl Default for TextArea {
    fn default() -> TextArea {
        TextArea::new("")
    }
}

impl TextArea {
    /// `text` with the caret at its end.
    pub fn new(text: &str) -> TextArea {
        let mut area = TextArea {
            lines: vec![String::new()],
            line: 0,
            at: 0,
        };
        area.insert(text);
        area
    }

    /// `text` with the caret at its start.
    pub fn new_at_start(text: &str) -> TextArea {
        let mut area = TextArea::new(text);
        area.line = 0;
        area.at = 0;
        area
    }

    /// The whole text, lines joined by `\n`.
    pub fn text(&self) -> String {
        self.lines.join("\n")
    }

    pub fn lines(&self) -> &[String] {
        &self.lines
    }

    /// The caret: line index and display column within that line.
    pub fn caret(&self) -> (usize, usize) {
        let before = &self.lines[self.line][..self.at];
        (self.line, before.width())
    }

    /// Inserts `text` at the caret: line breaks split lines, tabs become four spaces,
    /// other control characters are dropped.
    pub fn insert(&mut self, text: &str) {
        let text = text.replace("\r\n", "\n").replace('\t', "    ");
        for (index, part) in text.split(['\n', '\r']).enumerate() {
            if index > 0 {
                self.newline();
            }
            let clean: String = part.chars().filter(|c| !c.is_control()).collect();
            self.lines[self.line].insert_str(self.at, &clean);
            self.at += clean.len();
        }
    }

    /// Breaks the line at the caret.
    pub fn newline(&mut self) {
        let rest = self.lines[self.line].split_off(self.at);
        self.line += 1;
        self.lines.insert(self.line, rest);
        self.at = 0;
    }

    fn current(&self) -> &str {
        &self.lines[self.line]
    }

    /// The char boundary before the caret.
    fn before(&self) -> usize {
        self.current()[..self.at]
            .char_indices()
            .next_back()
            .map_or(0, |(index, _)| index)
    }

    /// The char boundary after the caret.
    fn after(&self) -> usize {
        self.current()[self.at..]
            .chars()
            .next()
            .map_or(self.at, |c| self.at + c.len_utf8())
    }

    fn backspace(&mut self) {
        if self.at > 0 {
            let start = self.before();
            self.lines[self.line].replace_range(start..self.at, "");
            self.at = start;
        } else if self.line > 0 {
            let tail = self.lines.remove(self.line);
            self.line -= 1;
            self.at = self.lines[self.line].len();
            self.lines[self.line].push_str(&tail);
        }
    }

    fn delete(&mut self) {
        if self.at < self.current().len() {
            let end = self.after();
            self.lines[self.line].replace_range(self.at..end, "");
        } else if self.line + 1 < self.lines.len() {
            let next = self.lines.remove(self.line + 1);
            self.lines[self.line].push_str(&next);
        }
    }

    /// Moves to line `to` (clamped), keeping the display column as near as it can.
    fn move_to_line(&mut self, to: usize) {
        let (_, column) = self.caret();
        self.line = to.min(self.lines.len() - 1);
        let mut at = 0;
        for (index, c) in self.current().char_indices() {
            if self.current()[..index].width() + c.to_string().width() > column {
                break;
            }
            at = index + c.len_utf8();
        }
        self.at = at;
    }

    /// Applies an editing key; returns false when the key is not for the text area.
    pub fn edit(&mut self, key: &Key) -> bool {
        if key.alt {
            return false;
        }
        match key.code {
            KeyCode::Char(c) if !key.ctrl => self.insert(c.encode_utf8(&mut [0; 4])),
            KeyCode::Enter if !key.ctrl => self.newline(),
            KeyCode::Tab if !key.ctrl && !key.shift => self.insert("    "),
            KeyCode::Backspace if !key.ctrl => self.backspace(),
            KeyCode::Delete if !key.ctrl => self.delete(),
            KeyCode::Left if !key.ctrl => match self.at {
                0 if self.line > 0 => {
                    self.line -= 1;
                    self.at = self.current().len();
                }
                _ => self.at = self.before(),
            },
            KeyCode::Right if !key.ctrl => {
                if self.at == self.current().len() && self.line + 1 < self.lines.len() {
                    self.line += 1;
                    self.at = 0;
                } else {
                    self.at = self.after();
                }
            }
            KeyCode::Up if !key.ctrl => self.move_to_line(self.line.saturating_sub(1)),
            KeyCode::Down if !key.ctrl => self.move_to_line(self.line + 1),
            KeyCode::PageUp => self.move_to_line(self.line.saturating_sub(PAGE)),
            KeyCode::PageDown => self.move_to_line(self.line + PAGE),
            KeyCode::Home if !key.ctrl => self.at = 0,
            KeyCode::End if !key.ctrl => self.at = self.current().len(),
            KeyCode::Home => (self.line, self.at) = (0, 0),
            KeyCode::End => {
                self.line = self.lines.len() - 1;
                self.at = self.current().len();
            }
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::key::Key;

    fn press(area: &mut TextArea, notation: &str) {
        for name in notation.split(' ') {
            let key: Key = name.parse().unwrap();
            assert!(area.edit(&key), "{name} is an editing key");
        }
    }

    #[test]
    fn typing_enter_and_backspace_make_and_join_lines() {
        let mut area = TextArea::default();
        area.insert("ab");
        press(&mut area, "Enter c Left Backspace");
        assert_eq!(area.text(), "abc");
        assert_eq!(area.caret(), (0, 2));
        press(&mut area, "Delete");
        assert_eq!(area.text(), "ab");
    }

    #[test]
    fn a_paste_keeps_its_line_breaks_and_drops_control_characters() {
        let mut area = TextArea::new("> x");
        area.insert("\r\nHallo\u{7}\nWelt\tok");
        assert_eq!(area.text(), "> x\nHallo\nWelt    ok");
        assert_eq!(area.lines().len(), 3);
        assert_eq!(area.caret(), (2, 10));
    }

    #[test]
    fn up_and_down_keep_the_column_and_clamp_to_short_lines() {
        let mut area = TextArea::new("äöü long\nab\nsomething");
        press(&mut area, "Left Left Left Up Up");
        assert_eq!(
            area.caret(),
            (0, 2),
            "clamped to the short line on the way up"
        );
        press(&mut area, "End Down");
        assert_eq!(area.caret(), (1, 2));
        press(&mut area, "Down");
        assert_eq!(area.caret(), (2, 2));
        press(&mut area, "Right Up Up");
        assert_eq!(area.caret(), (0, 2));
        area.insert("X");
        assert_eq!(area.lines()[0], "äöXü long");
    }

    #[test]
    fn control_keys_are_left_to_the_keymap() {
        let mut area = TextArea::default();
        for name in ["C-x", "F10", "Esc"] {
            let key: Key = name.parse().unwrap();
            assert!(!area.edit(&key), "{name}");
        }
        assert_eq!(area.text(), "");
    }
}
