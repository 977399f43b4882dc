//! Keys as kontor sees them, independent of any terminal library: a [`Key`] is a key code
//! plus Ctrl / Alt / Shift, with a text notation (`g`, `G`, `C-x`, `A-x`, `S-Tab`, `F4`,
//! `PgDn`, `Space`) that keymap files, the help popup and `kontor keys` share.
//! `decode` turns what terminals send into these. Room: tui (pure).

use std::fmt;
use std::str::FromStr;

/// A key code. `Char` holds the character as typed (`'G'`, not `'g'` plus Shift).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyCode {
    Char(char),
    /// A function key, 1 to 24. `F(0)` stands for a key kontor has no name for (Caps Lock,
    /// media keys, …): it parses from no notation, so it is never bound.
    F(u8),
    Enter,
    Esc,
    Tab,
    /// Shift-Tab; written `S-Tab`.
    BackTab,
    Backspace,
    Delete,
    Insert,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
}

/// One key press. Invariants (kept by [`Key::new`], which parsing and decoding use): `shift`
/// is never set on a `Char` (the character itself is shifted: `A`, `?`); Ctrl with a letter
/// always holds the lowercase letter; Shift-Tab is `BackTab` without `shift`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
}

/// A key notation that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyParseError {
    #[error("{}", crate::t!("tui-key-empty"))]
    Empty,
    #[error("{}", crate::t!("tui-key-unknown-name", name = .0))]
    UnknownName(String),
    #[error("{}", crate::t!("tui-key-bad-function-key", name = .0))]
    BadFunctionKey(String),
    #[error("{}", crate::t!("tui-key-shifted-char"))]
    ShiftedChar,
}

/// The key kontor gives to terminal keys it has no name for; bound to nothing.
pub const UNKNOWN: Key = Key::plain(KeyCode::F(0));

impl Key {
    /// A key without modifiers.
    pub const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            ctrl: false,
            alt: false,
            shift: false,
        }
    }

    /// A plain character key (`Key::char('g')`).
    pub const fn char(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    /// Ctrl plus a character (`Key::ctrl('x')` is `C-x`).
    pub fn ctrl(c: char) -> Key {
        Key::new(KeyCode::Char(c), true, false, false)
    }

    /// A key with modifiers, normalized (see the invariants on [`Key`]).
    pub fn new(code: KeyCode, ctrl: bool, alt: bool, shift: bool) -> Key {
        let (code, shift) = match code {
            KeyCode::Char(c) if ctrl => (KeyCode::Char(c.to_ascii_lowercase()), false),
            KeyCode::Char(c) if shift && c.is_lowercase() && c.to_uppercase().count() == 1 => {
                (KeyCode::Char(c.to_uppercase().next().unwrap_or(c)), false)
            }
            KeyCode::Char(c) => (KeyCode::Char(c), false),
            KeyCode::Tab if shift => (KeyCode::BackTab, false),
            KeyCode::BackTab => (KeyCode::BackTab, false),
            other => (other, shift),
        };
        Key {
            code,
            ctrl,
            alt,
            shift,
        }
    }

    /// Whether this is a function key (F1..F24), which thin terminals may lack.
    pub fn is_function_key(&self) -> bool {
        matches!(self.code, KeyCode::F(n) if n > 0)
    }

    /// Alt with a character (`A-x`): terminals send it as Esc then the character, which
    /// kontor reads as those two keys (see `decode`), so it is never bound.
    pub fn is_alt_character(&self) -> bool {
        self.alt && matches!(self.code, KeyCode::Char(_))
    }

    /// Ctrl-S or Ctrl-Q: XON/XOFF flow control on terminals and serial lines, never bound.
    pub fn is_flow_control(&self) -> bool {
        self.ctrl && matches!(self.code, KeyCode::Char('s' | 'q'))
    }
}

/// The name of a key code without modifiers, as written in keymap files.
fn code_name(code: KeyCode) -> String {
    match code {
        KeyCode::Char(' ') => "Space".into(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "S-Tab".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Delete => "Del".into(),
        KeyCode::Insert => "Ins".into(),
        KeyCode::Up => "Up".into(),
        KeyCode::Down => "Down".into(),
        KeyCode::Left => "Left".into(),
        KeyCode::Right => "Right".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
    }
}

/// Reads a key name (no modifiers): one character as is, names case-insensitively.
fn parse_code(name: &str) -> Result<KeyCode, KeyParseError> {
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return Ok(KeyCode::Char(c));
    }
    let lower = name.to_ascii_lowercase();
    let code = match lower.as_str() {
        "space" => KeyCode::Char(' '),
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "backspace" | "bs" => KeyCode::Backspace,
        "del" | "delete" => KeyCode::Delete,
        "ins" | "insert" => KeyCode::Insert,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pgup" | "pageup" => KeyCode::PageUp,
        "pgdn" | "pagedown" => KeyCode::PageDown,
        _ => {
            let number = lower
                .strip_prefix('f')
                .filter(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()));
            return match number.map(str::parse::<u8>) {
                Some(Ok(n @ 1..=24)) => Ok(KeyCode::F(n)),
                Some(_) => Err(KeyParseError::BadFunctionKey(name.to_string())),
                None => Err(KeyParseError::UnknownName(name.to_string())),
            };
        }
    };
    Ok(code)
}

impl FromStr for Key {
    type Err = KeyParseError;

    /// Reads one key: modifiers `C-` (Ctrl), `A-` or `M-` (Alt), `S-` (Shift) in any order,
    /// then a key name. `C--` is Ctrl and minus; `-` alone is the minus key.
    fn from_str(text: &str) -> Result<Key, KeyParseError> {
        let (mut ctrl, mut alt, mut shift) = (false, false, false);
        let mut rest = text;
        loop {
            let mut chars = rest.chars();
            let (Some(modifier), Some('-'), Some(_)) = (chars.next(), chars.next(), chars.next())
            else {
                break;
            };
            match modifier {
                'C' => ctrl = true,
                'A' | 'M' => alt = true,
                'S' => shift = true,
                _ => break,
            }
            rest = &rest[2..];
        }
        if rest.is_empty() {
            return Err(KeyParseError::Empty);
        }
        let code = parse_code(rest)?;
        if shift && matches!(code, KeyCode::Char(_)) {
            return Err(KeyParseError::ShiftedChar);
        }
        Ok(Key::new(code, ctrl, alt, shift))
    }
}

impl fmt::Display for Key {
    /// Writes the notation that [`FromStr`] reads back: modifiers as `C-`, `A-`, `S-`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("C-")?;
        }
        if self.alt {
            f.write_str("A-")?;
        }
        if self.shift {
            f.write_str("S-")?;
        }
        f.write_str(&code_name(self.code))
    }
}

/// Reads a key sequence: keys separated by spaces (`g c`).
pub fn parse_sequence(text: &str) -> Result<Vec<Key>, KeyParseError> {
    let keys = text
        .split_whitespace()
        .map(str::parse)
        .collect::<Result<Vec<Key>, _>>()?;
    if keys.is_empty() {
        return Err(KeyParseError::Empty);
    }
    Ok(keys)
}

/// Writes a key sequence as [`parse_sequence`] reads it.
pub fn format_sequence(keys: &[Key]) -> String {
    keys.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> Key {
        text.parse().unwrap()
    }

    #[test]
    fn notation_round_trips() {
        for text in [
            "a",
            "A",
            "?",
            "/",
            ":",
            "-",
            ">",
            "Space",
            "Enter",
            "Esc",
            "Tab",
            "S-Tab",
            "Backspace",
            "Del",
            "Ins",
            "Up",
            "Down",
            "Left",
            "Right",
            "Home",
            "End",
            "PgUp",
            "PgDn",
            "F1",
            "F12",
            "F24",
            "C-x",
            "A-x",
            "C-A-x",
            "A-G",
            "S-Up",
            "C-S-F5",
            "C-Space",
            "C--",
            "é",
        ] {
            assert_eq!(key(text).to_string(), text, "{text}");
        }
    }

    #[test]
    fn notation_normalizes() {
        assert_eq!(key("C-G"), key("C-g"));
        assert_eq!(key("C-G").to_string(), "C-g");
        assert_eq!(key("M-x"), key("A-x"));
        assert_eq!(key("S-Tab"), Key::plain(KeyCode::BackTab));
        assert_eq!(key("BackTab").to_string(), "S-Tab");
        assert_eq!(key("escape"), key("Esc"));
        assert_eq!(key("pagedown"), key("PgDn"));
        assert_ne!(key("G"), key("g"));
        assert_eq!(key("C-x"), Key::ctrl('x'));
    }

    #[test]
    fn bad_notation_is_rejected() {
        assert_eq!(
            "Foo".parse::<Key>(),
            Err(KeyParseError::UnknownName("Foo".into()))
        );
        assert!(matches!(
            "F25".parse::<Key>(),
            Err(KeyParseError::BadFunctionKey(_))
        ));
        assert!(matches!(
            "F0".parse::<Key>(),
            Err(KeyParseError::BadFunctionKey(_))
        ));
        assert_eq!("S-a".parse::<Key>(), Err(KeyParseError::ShiftedChar));
        assert!("C-".parse::<Key>().is_err());
        assert!("X-a".parse::<Key>().is_err());
        assert_eq!(parse_sequence("  "), Err(KeyParseError::Empty));
    }

    #[test]
    fn sequences_round_trip() {
        let keys = parse_sequence("g  c").unwrap();
        assert_eq!(keys, vec![Key::char('g'), Key::char('c')]);
        assert_eq!(format_sequence(&keys), "g c");
        assert_eq!(
            format_sequence(&parse_sequence("C-x S-Tab").unwrap()),
            "C-x S-Tab"
        );
    }

    #[test]
    fn flow_control_keys_are_known() {
        assert!(key("C-s").is_flow_control());
        assert!(key("C-Q").is_flow_control());
        assert!(key("C-A-s").is_flow_control());
        assert!(!key("s").is_flow_control());
        assert!(key("A-x").is_alt_character());
        assert!(key("M-C-x").is_alt_character());
        assert!(!key("A-Up").is_alt_character());
        assert!(!key("C-x").is_alt_character());
        assert!(key("F3").is_function_key());
        assert!(!UNKNOWN.is_function_key());
    }
}
