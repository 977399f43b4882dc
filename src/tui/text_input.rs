//! A one-line text input with a caret: typing and pasting insert at the caret, Backspace
//! and Delete remove the grapheme before / under it, Left/Right move by grapheme,
//! Home/End (and, where the layer leaves them free, Ctrl-A/Ctrl-E) jump to the ends,
//! Ctrl-U deletes to the start and Ctrl-W the word before the caret. Edits never split a
//! grapheme, so never a UTF-8 sequence. Shown in a field narrower than the text, the
//! input scrolls sideways so the caret stays in view (see [`TextInput::window`]).
//! Room: tui (pure, no terminal, no data).

use std::borrow::Cow;
use std::cell::Cell;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::key::{Key, KeyCode};
use super::theme::Theme;

/// The text and the caret. The caret is kept as a distance in bytes from the end, so text
/// set directly (`input.text = …`) leaves it where it was from the end — at the end by
/// default — and it is clamped to a grapheme boundary before every use. `scroll` is the
/// first column the field showed last time it was drawn.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    pub text: String,
    back: usize,
    scroll: Cell<usize>,
}

impl TextInput {
    /// `text` with the caret at its end.
    pub fn new(text: impl Into<String>) -> TextInput {
        TextInput {
            text: text.into(),
            back: 0,
            scroll: Cell::new(0),
        }
    }

    /// Replaces the text; the caret goes to the end.
    pub fn set(&mut self, text: impl Into<String>) {
        self.text = text.into();
        self.back = 0;
    }

    /// The caret as a byte index into `text`, on a grapheme boundary.
    pub fn caret(&self) -> usize {
        let wanted = self.text.len().saturating_sub(self.back);
        self.boundaries()
            .into_iter()
            .rfind(|&at| at <= wanted)
            .unwrap_or(0)
    }

    fn put_caret(&mut self, at: usize) {
        self.back = self.text.len() - at.min(self.text.len());
    }

    /// Every grapheme boundary of the text, 0 and the length included.
    fn boundaries(&self) -> Vec<usize> {
        let mut at: Vec<usize> = self.text.grapheme_indices(true).map(|(i, _)| i).collect();
        at.push(self.text.len());
        at
    }

    /// The boundary before the caret (the caret itself at the start).
    fn before(&self) -> usize {
        let caret = self.caret();
        self.boundaries()
            .into_iter()
            .rfind(|&at| at < caret)
            .unwrap_or(caret)
    }

    /// The boundary after the caret (the caret itself at the end).
    fn after(&self) -> usize {
        let caret = self.caret();
        self.boundaries()
            .into_iter()
            .find(|&at| at > caret)
            .unwrap_or(caret)
    }

    /// Inserts `text` at the caret and moves the caret past it.
    pub fn insert(&mut self, text: &str) {
        let caret = self.caret();
        self.text.insert_str(caret, text);
        self.put_caret(caret + text.len());
    }

    /// Removes `start..end` (grapheme boundaries) and leaves the caret at `start`.
    fn remove(&mut self, start: usize, end: usize) {
        self.text.replace_range(start..end, "");
        self.put_caret(start);
    }

    /// Applies an editing key; returns false when the key is not for the input. Ctrl-A and
    /// Ctrl-E are not among them (layers bind them): see [`TextInput::line_key`].
    pub fn edit(&mut self, key: &Key) -> bool {
        let caret = self.caret();
        match key.code {
            KeyCode::Char(c) if !key.ctrl && !key.alt => self.insert(c.encode_utf8(&mut [0; 4])),
            KeyCode::Backspace if !key.ctrl && !key.alt => self.remove(self.before(), caret),
            KeyCode::Delete if !key.ctrl && !key.alt => self.remove(caret, self.after()),
            KeyCode::Left if !key.ctrl && !key.alt => self.put_caret(self.before()),
            KeyCode::Right if !key.ctrl && !key.alt => self.put_caret(self.after()),
            KeyCode::Home if !key.ctrl && !key.alt => self.put_caret(0),
            KeyCode::End if !key.ctrl && !key.alt => self.put_caret(self.text.len()),
            KeyCode::Char('u') if key.ctrl => self.remove(0, caret),
            KeyCode::Char('w') if key.ctrl => {
                let head = self.text[..caret].trim_end();
                let start = head.rfind(' ').map_or(0, |i| i + 1);
                self.remove(start, caret);
            }
            _ => return false,
        }
        true
    }

    /// Ctrl-A to the start, Ctrl-E to the end (emacs line keys), for inputs whose layer
    /// does not bind them; returns false for any other key.
    pub fn line_key(&mut self, key: &Key) -> bool {
        match key.code {
            KeyCode::Char('a') if key.ctrl && !key.alt => self.put_caret(0),
            KeyCode::Char('e') if key.ctrl && !key.alt => self.put_caret(self.text.len()),
            _ => return false,
        }
        true
    }

    /// Pasted text without line breaks or other control characters, at the caret.
    pub fn paste(&mut self, text: &str) {
        let clean: String = text.chars().filter(|c| !c.is_control()).collect();
        self.insert(&clean);
    }

    /// The screen column of the caret, counted from the start of the text as `theme`
    /// shows it (wide characters take two columns; the ASCII profile transliterates).
    /// Counted as the whole text's width less the tail's, because transliteration joins
    /// words ("北x" shows as "Bei x", while "北" alone shows as "Bei").
    pub fn column(&self, theme: &Theme) -> u16 {
        let whole: Cow<str> = theme.text(&self.text);
        let tail: Cow<str> = theme.text(&self.text[self.caret()..]);
        u16::try_from(whole.width().saturating_sub(tail.width())).unwrap_or(u16::MAX)
    }

    /// The part of the text a field `width` columns wide shows, and the caret's column in
    /// it. The field scrolls from where it began last time by as little as keeps the caret
    /// in view (a caret at the end takes a column of its own) and never leaves room unused
    /// at the end while text is hidden at the start; wide characters cut by an edge show
    /// as spaces.
    pub fn window(&self, theme: &Theme, width: u16) -> (String, u16) {
        let width = usize::from(width.max(1));
        let shown = theme.text(&self.text);
        let caret = usize::from(self.column(theme));
        let start = self
            .scroll
            .get()
            .min(caret)
            .max((caret + 1).saturating_sub(width))
            .min((shown.width() + 1).saturating_sub(width));
        self.scroll.set(start);
        let end = start + width;
        let mut visible = String::new();
        let mut at = 0;
        for c in shown.chars() {
            let next = at + c.width().unwrap_or(0);
            if next > end {
                visible.extend(std::iter::repeat_n(' ', end.saturating_sub(at.max(start))));
                break;
            }
            if at >= start {
                visible.push(c);
            } else if next > start {
                visible.extend(std::iter::repeat_n(' ', next - start));
            }
            at = next;
        }
        (visible, u16::try_from(caret - start).unwrap_or(u16::MAX))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::profile::Profile;

    fn keys(input: &mut TextInput, keys: &[Key]) {
        for key in keys {
            assert!(input.edit(key) || input.line_key(key), "{key:?}");
        }
    }

    const LEFT: Key = Key::plain(KeyCode::Left);
    const RIGHT: Key = Key::plain(KeyCode::Right);

    #[test]
    fn edits_in_the_middle_of_the_text() {
        let mut input = TextInput::new("Mler");
        keys(&mut input, &[LEFT, LEFT, LEFT, Key::char('ü')]);
        assert_eq!(input.text, "Müler");
        keys(&mut input, &[Key::char('l'), Key::plain(KeyCode::End)]);
        assert_eq!(input.text, "Müller");
        keys(
            &mut input,
            &[Key::plain(KeyCode::Home), Key::plain(KeyCode::Delete)],
        );
        assert_eq!(input.text, "üller");
        keys(&mut input, &[RIGHT, Key::plain(KeyCode::Backspace)]);
        assert_eq!(input.text, "ller");
        keys(
            &mut input,
            &[Key::ctrl('e'), Key::char('!'), Key::ctrl('a')],
        );
        assert_eq!((input.text.as_str(), input.caret()), ("ller!", 0));
        input.paste("Mü\n");
        assert_eq!((input.text.as_str(), input.caret()), ("Müller!", 3));
    }

    #[test]
    fn never_splits_a_grapheme() {
        // "e" + combining acute, a flag of two code points, a CJK character.
        let mut input = TextInput::new("ae\u{301}🇩🇪北");
        keys(&mut input, &[LEFT, LEFT]);
        assert_eq!(&input.text[input.caret()..], "🇩🇪北");
        keys(&mut input, &[Key::plain(KeyCode::Backspace)]);
        assert_eq!(input.text, "a🇩🇪北");
        keys(&mut input, &[Key::plain(KeyCode::Delete)]);
        assert_eq!(input.text, "a北");
        keys(&mut input, &[RIGHT, RIGHT, RIGHT, LEFT]);
        assert_eq!(input.caret(), 1);
        input.text = "xyz".into();
        assert!(input.text.is_char_boundary(input.caret()));
    }

    #[test]
    fn ctrl_u_and_ctrl_w_delete_before_the_caret() {
        let mut input = TextInput::new("one two three");
        keys(
            &mut input,
            &[
                Key::ctrl('a'),
                RIGHT,
                RIGHT,
                RIGHT,
                RIGHT,
                RIGHT,
                RIGHT,
                RIGHT,
            ],
        );
        keys(&mut input, &[Key::ctrl('w')]);
        assert_eq!(input.text, "one  three");
        keys(&mut input, &[Key::ctrl('u')]);
        assert_eq!(input.text, " three");
        assert!(!input.edit(&Key::ctrl('a')));
    }

    #[test]
    fn a_narrow_field_scrolls_to_keep_the_caret_in_view() {
        let theme = Theme::new(Profile::VT100);
        let mut input = TextInput::new("abcdefghij");
        assert_eq!(input.window(&theme, 4), ("hij".to_string(), 3));
        keys(&mut input, &[LEFT, LEFT, LEFT]);
        assert_eq!(input.window(&theme, 4), ("hij".to_string(), 0));
        keys(&mut input, &[LEFT]);
        assert_eq!(input.window(&theme, 4), ("ghij".to_string(), 0));
        keys(&mut input, &[Key::plain(KeyCode::Home)]);
        assert_eq!(input.window(&theme, 4), ("abcd".to_string(), 0));
        keys(&mut input, &[RIGHT, RIGHT, RIGHT, RIGHT]);
        assert_eq!(input.window(&theme, 4), ("bcde".to_string(), 3));
        assert_eq!(input.window(&theme, 20), ("abcdefghij".to_string(), 4));
        let unicode = Theme::new(Profile {
            colors: crate::tui::profile::ColorDepth::Ansi256,
            ascii: false,
        });
        let wide = TextInput::new("a北京");
        assert_eq!(wide.window(&unicode, 3), ("京".to_string(), 2));
        assert_eq!(wide.window(&unicode, 4), (" 京".to_string(), 3));
    }

    #[test]
    fn the_column_counts_what_the_terminal_shows() {
        let mut input = TextInput::new("Straße北x");
        input.edit(&LEFT);
        let unicode = Theme::new(Profile {
            colors: crate::tui::profile::ColorDepth::Ansi256,
            ascii: false,
        });
        let ascii = Theme::new(Profile::VT100);
        assert_eq!(input.column(&unicode), 8);
        assert_eq!(
            input.column(&ascii),
            "Strasse".len() as u16 + "Bei ".len() as u16
        );
    }
}
