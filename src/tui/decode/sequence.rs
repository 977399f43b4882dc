//! The escape sequences terminals send for one key, after the Esc that starts them: CSI
//! (`ESC [`, xterm, vt220, rxvt, linux console), SS3 (`ESC O`, vt100 PF keys, xterm
//! application cursor keys) and the linux console's `ESC [ [ A`..`E` (F1-F5). Room: tui —
//! pure, no I/O.
//! A sequence is read only when it is complete and well formed; anything else is no sequence
//! at all, and the Esc before it is the Esc key. A well-formed sequence kontor has no name for
//! is one [`UNKNOWN`] key (bound to nothing), so a strange key never types its tail as text.

use crate::tui::key::{Key, KeyCode, UNKNOWN};

/// The longest sequence read, after the Esc; a longer run of parameters is no sequence.
const MAX_LENGTH: usize = 32;

/// What the bytes after an Esc are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sequence {
    /// One key, from this many bytes after the Esc.
    Key(Key, usize),
    /// The start of a bracketed paste (`ESC [ 200 ~`), this many bytes after the Esc.
    PasteStart(usize),
    /// The bytes so far start a sequence that more bytes may complete.
    Partial,
    /// Not a sequence: the Esc is the Esc key.
    None,
}

/// Reads the sequence in `rest`, the bytes after an Esc.
pub fn after_esc(rest: &[u8]) -> Sequence {
    match rest.first() {
        None => Sequence::Partial,
        Some(b'[') if rest.get(1) == Some(&b'[') => linux(&rest[2..]),
        Some(b'[') => shift(parse(&rest[1..], csi), 1),
        Some(b'O') => shift(parse(&rest[1..], ss3), 1),
        Some(_) => Sequence::None,
    }
}

/// Counts the introducer's bytes in a sequence's length.
fn shift(sequence: Sequence, by: usize) -> Sequence {
    match sequence {
        Sequence::Key(key, length) => Sequence::Key(key, length + by),
        Sequence::PasteStart(length) => Sequence::PasteStart(length + by),
        other => other,
    }
}

/// The linux console's F1-F5: `ESC [ [ A`..`E`.
fn linux(rest: &[u8]) -> Sequence {
    match rest.first() {
        None => Sequence::Partial,
        Some(&byte @ b'A'..=b'E') => Sequence::Key(Key::plain(KeyCode::F(byte - b'A' + 1)), 3),
        Some(_) => Sequence::None,
    }
}

/// Parameter bytes (digits, `;` and the private markers `:<=>?`), then one final byte: the
/// shape of CSI and SS3 sequences. `meaning` names the key from the parameters and final.
fn parse(rest: &[u8], meaning: fn(&[u8], u8) -> Sequence) -> Sequence {
    let params = rest
        .iter()
        .take_while(|byte| (0x30..=0x3f).contains(*byte))
        .count();
    if params >= MAX_LENGTH {
        return Sequence::None;
    }
    match rest.get(params) {
        None => Sequence::Partial,
        // `$` ends rxvt's shifted keys (`ESC [ 2 $`); the rest are the standard finals.
        Some(&last @ (0x40..=0x7e | b'$')) => match meaning(&rest[..params], last) {
            Sequence::Key(key, _) => Sequence::Key(key, params + 1),
            Sequence::PasteStart(_) => Sequence::PasteStart(params + 1),
            other => other,
        },
        Some(_) => Sequence::None,
    }
}

/// The numbers of a parameter string (`1;5` is `[1, 5]`); `None` when any is not a number
/// (a private marker, a sub-parameter) or more than two are given.
fn numbers(params: &[u8]) -> Option<Vec<u16>> {
    if params.is_empty() {
        return Some(Vec::new());
    }
    let numbers = params
        .split(|&byte| byte == b';')
        .map(|part| std::str::from_utf8(part).ok()?.parse::<u16>().ok())
        .collect::<Option<Vec<u16>>>()?;
    (numbers.len() <= 2).then_some(numbers)
}

/// A key with the modifiers of xterm's parameter (`1 +` Shift 1, Alt 2, Ctrl 4, Meta 8);
/// [`UNKNOWN`] for modifiers kontor has no name for (Super, Hyper …).
fn modified(code: KeyCode, modifier: u16) -> Key {
    let bits = modifier.saturating_sub(1);
    if bits > 15 {
        return UNKNOWN;
    }
    Key::new(code, bits & 4 != 0, bits & 10 != 0, bits & 1 != 0)
}

fn key(key: Key) -> Sequence {
    Sequence::Key(key, 0)
}

/// Cursor keys and the letter-named keys of CSI and SS3 (`A` Up … `S` F4).
fn letter_key(last: u8) -> Option<KeyCode> {
    Some(match last {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P' => KeyCode::F(1),
        b'Q' => KeyCode::F(2),
        b'R' => KeyCode::F(3),
        b'S' => KeyCode::F(4),
        _ => return None,
    })
}

/// The keys of `ESC [ n ~` (vt220, xterm, rxvt, linux).
fn tilde_key(n: u16) -> Option<KeyCode> {
    Some(match n {
        1 | 7 => KeyCode::Home,
        2 => KeyCode::Insert,
        3 => KeyCode::Delete,
        4 | 8 => KeyCode::End,
        5 => KeyCode::PageUp,
        6 => KeyCode::PageDown,
        11..=15 => KeyCode::F((n - 10) as u8),
        17..=21 => KeyCode::F((n - 11) as u8),
        23..=26 => KeyCode::F((n - 12) as u8),
        28 | 29 => KeyCode::F((n - 13) as u8),
        31..=34 => KeyCode::F((n - 14) as u8),
        _ => return None,
    })
}

/// `ESC [` parameters and final.
fn csi(params: &[u8], last: u8) -> Sequence {
    let Some(numbers) = numbers(params) else {
        return key(UNKNOWN);
    };
    let modifier = numbers.get(1).copied().unwrap_or(1);
    let first = numbers.first().copied();
    let found = match (last, first) {
        (b'~', Some(200)) if numbers.len() == 1 => return Sequence::PasteStart(0),
        (b'Z', None) => Some(Key::plain(KeyCode::BackTab)),
        // rxvt: Shift with the arrows as lowercase finals.
        (b'a'..=b'd', None) => letter_key(last - 32).map(|code| modified(code, 2)),
        (b'~', Some(n)) => tilde_key(n).map(|code| modified(code, modifier)),
        // rxvt: Shift, Ctrl and both as the final instead of a parameter.
        (b'$', Some(n)) if numbers.len() == 1 => tilde_key(n).map(|code| modified(code, 2)),
        (b'^', Some(n)) if numbers.len() == 1 => tilde_key(n).map(|code| modified(code, 5)),
        (b'@', Some(n)) if numbers.len() == 1 => tilde_key(n).map(|code| modified(code, 6)),
        (_, None) => letter_key(last).map(Key::plain),
        (_, Some(_)) if numbers.len() == 2 => letter_key(last).map(|code| modified(code, modifier)),
        _ => None,
    };
    key(found.unwrap_or(UNKNOWN))
}

/// The application keypad's characters, `ESC O j` to `ESC O y`.
const KEYPAD: &[u8; 16] = b"*+,-./0123456789";

/// `ESC O` parameters and final: vt100 PF1-PF4, cursor keys in application mode, the
/// keypad in application mode, rxvt's Ctrl arrows.
fn ss3(params: &[u8], last: u8) -> Sequence {
    let modifier = match numbers(params).as_deref() {
        Some([]) => 1,
        Some([modifier] | [_, modifier]) => *modifier,
        _ => return key(UNKNOWN),
    };
    let found = match last {
        b'M' => Some(modified(KeyCode::Enter, modifier)),
        b'X' => Some(Key::char('=')),
        b'j'..=b'y' => Some(Key::char(KEYPAD[usize::from(last - b'j')] as char)),
        b'a'..=b'd' => letter_key(last - 32).map(|code| modified(code, 5)),
        _ => letter_key(last).map(|code| modified(code, modifier)),
    };
    key(found.unwrap_or(UNKNOWN))
}
