//! The input decoder of an SSH session: the bytes a terminal sends (typed text, C0
//! controls, CSI / SS3 key sequences, bracketed paste) become kontor `Input`s, over
//! termina's stream parser. Room: server — pure, no I/O; time is the caller's (it asks
//! [`Decoder::wait`] how long to wait for the rest of a sequence, then calls
//! [`Decoder::flush`]).
//! What termina leaves to us: LF and BS arrive as Ctrl-J / Ctrl-H (they are Enter and
//! Backspace here), a lone Esc needs a pause to tell it from the start of a sequence, a
//! sequence that never completes must not swallow later keys, and a bracketed paste that
//! never ends must not grow without bound.

use std::time::Duration;

use termina::Event;
use termina::event::{KeyCode as TermKey, KeyEvent, KeyEventKind, Modifiers};

use crate::tui::input::Input;
use crate::tui::key::{Key, KeyCode, UNKNOWN};

/// How long bytes may pause inside an escape sequence before what arrived counts on its
/// own: an Esc followed by nothing within this is the Esc key.
pub const ESC_WAIT: Duration = Duration::from_millis(30);
/// How long a bracketed paste may pause before it is given up.
pub const PASTE_WAIT: Duration = Duration::from_secs(1);
/// The largest paste taken; a longer one is dropped (and the parser starts afresh).
pub const MAX_PASTE: usize = 1 << 20;

const PASTE_START: &[u8] = b"\x1b[200~";
const PASTE_END: &[u8] = b"\x1b[201~";

/// Progress through a fixed marker, byte by byte.
#[derive(Debug, Default)]
struct Marker {
    matched: usize,
}

impl Marker {
    /// Advances over `byte`; true when the marker is complete.
    fn step(&mut self, marker: &[u8], byte: u8) -> bool {
        if marker.get(self.matched) == Some(&byte) {
            self.matched += 1;
        } else {
            self.matched = usize::from(byte == 0x1b);
        }
        if self.matched == marker.len() {
            self.matched = 0;
            return true;
        }
        false
    }
}

/// Turns the byte stream of one terminal into inputs. Never panics on any bytes.
#[derive(Debug, Default)]
pub struct Decoder {
    parser: termina::Parser,
    /// Bytes may be waiting in the parser for the rest of a sequence.
    pending: bool,
    /// Inside a bracketed paste, and how many bytes it has so far.
    paste: Option<usize>,
    start: Marker,
    end: Marker,
}

impl Decoder {
    pub fn new() -> Decoder {
        Decoder::default()
    }

    /// Decodes what just arrived. A sequence cut off at the end is kept for the next call
    /// (or for [`Decoder::flush`]).
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Input> {
        if bytes.is_empty() {
            return Vec::new();
        }
        let overflow = self.track_paste(bytes);
        if overflow {
            self.reset();
            return Vec::new();
        }
        let ends_open = bytes.contains(&0x1b) || bytes.last().is_some_and(|&b| b >= 0x80);
        self.pending = self.pending || ends_open || self.paste.is_some();
        self.parser.parse(bytes, true);
        self.drain()
    }

    /// How long to wait for more bytes before calling [`Decoder::flush`]; `None` when
    /// nothing is waiting.
    pub fn wait(&self) -> Option<Duration> {
        match (self.pending, self.paste) {
            (false, _) => None,
            (true, Some(_)) => Some(PASTE_WAIT),
            (true, None) => Some(ESC_WAIT),
        }
    }

    /// No more bytes came within [`Decoder::wait`]: a lone Esc is the Esc key, anything
    /// else left incomplete is dropped.
    pub fn flush(&mut self) -> Vec<Input> {
        self.parser.parse(&[], false);
        let inputs = self.drain();
        self.reset();
        inputs
    }

    fn reset(&mut self) {
        self.parser = termina::Parser::default();
        self.pending = false;
        self.paste = None;
        self.start = Marker::default();
        self.end = Marker::default();
    }

    /// Follows paste markers; true when a paste grew past [`MAX_PASTE`].
    fn track_paste(&mut self, bytes: &[u8]) -> bool {
        for &byte in bytes {
            match self.paste.as_mut() {
                Some(length) => {
                    *length += 1;
                    if *length > MAX_PASTE {
                        return true;
                    }
                    if self.end.step(PASTE_END, byte) {
                        self.paste = None;
                    }
                }
                None => {
                    if self.start.step(PASTE_START, byte) {
                        self.paste = Some(0);
                    }
                }
            }
        }
        false
    }

    fn drain(&mut self) -> Vec<Input> {
        let mut inputs = Vec::new();
        while let Some(event) = self.parser.pop() {
            match event {
                Event::Key(key) if key.kind != KeyEventKind::Release => {
                    inputs.push(Input::Key(convert(&key)));
                }
                Event::Paste(text) => inputs.push(Input::Paste(text)),
                _ => {}
            }
        }
        inputs
    }
}

/// termina's named keys and ours.
const NAMED: [(TermKey, KeyCode); 16] = [
    (TermKey::Enter, KeyCode::Enter),
    (TermKey::Escape, KeyCode::Esc),
    (TermKey::Tab, KeyCode::Tab),
    (TermKey::BackTab, KeyCode::BackTab),
    (TermKey::Backspace, KeyCode::Backspace),
    (TermKey::Delete, KeyCode::Delete),
    (TermKey::Insert, KeyCode::Insert),
    (TermKey::Up, KeyCode::Up),
    (TermKey::Down, KeyCode::Down),
    (TermKey::Left, KeyCode::Left),
    (TermKey::Right, KeyCode::Right),
    (TermKey::Home, KeyCode::Home),
    (TermKey::End, KeyCode::End),
    (TermKey::PageUp, KeyCode::PageUp),
    (TermKey::PageDown, KeyCode::PageDown),
    (TermKey::Null, KeyCode::Char(' ')),
];

/// A termina key event as a kontor key; keys without a name here become [`UNKNOWN`].
fn convert(event: &KeyEvent) -> Key {
    let held = |modifiers: Modifiers| event.modifiers.intersects(modifiers);
    if held(Modifiers::SUPER | Modifiers::HYPER) {
        return UNKNOWN;
    }
    let (mut ctrl, alt, shift) = (
        held(Modifiers::CONTROL),
        held(Modifiers::ALT | Modifiers::META),
        held(Modifiers::SHIFT),
    );
    let code = match event.code {
        // LF and BS: what some terminals send for Enter and Backspace.
        TermKey::Char('j') if ctrl => return Key::new(KeyCode::Enter, false, alt, false),
        TermKey::Char('h') if ctrl => return Key::new(KeyCode::Backspace, false, alt, false),
        TermKey::Char(c) => KeyCode::Char(c),
        TermKey::Function(n @ 1..=24) => KeyCode::F(n),
        named => match NAMED.iter().find(|(theirs, _)| *theirs == named) {
            Some(&(TermKey::Null, ours)) => {
                ctrl = true;
                ours
            }
            Some(&(_, ours)) => ours,
            None => return UNKNOWN,
        },
    };
    Key::new(code, ctrl, alt, shift)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> Input {
        Input::Key(text.parse().unwrap())
    }

    /// Everything `bytes` decodes to when they arrive in one piece and then pause.
    fn decode(bytes: &[u8]) -> Vec<Input> {
        let mut decoder = Decoder::new();
        let mut inputs = decoder.feed(bytes);
        inputs.extend(decoder.flush());
        inputs
    }

    #[test]
    fn text_and_controls() {
        assert_eq!(decode(b"aZ?"), vec![key("a"), key("Z"), key("?")]);
        assert_eq!(decode("é北".as_bytes()), vec![key("é"), key("北")]);
        assert_eq!(
            decode(b"\x07\x18\x00"),
            vec![key("C-g"), key("C-x"), key("C-Space")]
        );
        assert_eq!(
            decode(b"\r\n\t\x7f\x08"),
            vec![
                key("Enter"),
                key("Enter"),
                key("Tab"),
                key("Backspace"),
                key("Backspace")
            ]
        );
        assert_eq!(decode(b" "), vec![key("Space")]);
    }

    #[test]
    fn every_key_sequence() {
        let cases: &[(&[u8], &str)] = &[
            (b"\x1b[A", "Up"),
            (b"\x1bOB", "Down"),
            (b"\x1b[C", "Right"),
            (b"\x1bOD", "Left"),
            (b"\x1b[H", "Home"),
            (b"\x1b[F", "End"),
            (b"\x1b[1~", "Home"),
            (b"\x1b[4~", "End"),
            (b"\x1b[5~", "PgUp"),
            (b"\x1b[6~", "PgDn"),
            (b"\x1b[2~", "Ins"),
            (b"\x1b[3~", "Del"),
            (b"\x1b[Z", "S-Tab"),
            (b"\x1b[1;5A", "C-Up"),
            (b"\x1b[1;2B", "S-Down"),
            // Function keys: SS3 (VT100 PF1-PF4, xterm), old xterm / rxvt, VT220.
            (b"\x1bOP", "F1"),
            (b"\x1bOQ", "F2"),
            (b"\x1bOR", "F3"),
            (b"\x1bOS", "F4"),
            (b"\x1b[11~", "F1"),
            (b"\x1b[12~", "F2"),
            (b"\x1b[13~", "F3"),
            (b"\x1b[14~", "F4"),
            (b"\x1b[15~", "F5"),
            (b"\x1b[17~", "F6"),
            (b"\x1b[18~", "F7"),
            (b"\x1b[19~", "F8"),
            (b"\x1b[20~", "F9"),
            (b"\x1b[21~", "F10"),
            (b"\x1b[23~", "F11"),
            (b"\x1b[24~", "F12"),
        ];
        for (bytes, name) in cases {
            assert_eq!(decode(bytes), vec![key(name)], "{bytes:?}");
        }
    }

    #[test]
    fn lone_esc_only_after_a_pause() {
        let mut decoder = Decoder::new();
        assert_eq!(decoder.feed(b"\x1b"), vec![]);
        assert_eq!(decoder.wait(), Some(ESC_WAIT));
        assert_eq!(decoder.flush(), vec![key("Esc")]);
        assert_eq!(decoder.wait(), None);
        // The rest of a sequence in the next read still makes one key.
        assert_eq!(decoder.feed(b"\x1b["), vec![]);
        assert_eq!(decoder.feed(b"B"), vec![key("Down")]);
        // Esc then a letter in one read is Alt and the letter.
        assert_eq!(decode(b"\x1bx"), vec![key("A-x")]);
        assert_eq!(decoder.feed(b"x"), vec![key("x")]);
    }

    #[test]
    fn an_unfinished_sequence_does_not_swallow_later_keys() {
        let mut decoder = Decoder::new();
        assert_eq!(decoder.feed(b"\x1b[1"), vec![]);
        let _ = decoder.flush();
        assert_eq!(decoder.feed(b"q"), vec![key("q")]);
    }

    #[test]
    fn bracketed_paste_is_one_input_even_across_reads() {
        assert_eq!(
            decode(b"a\x1b[200~Hello\r\nWorld\x1b[201~b"),
            vec![key("a"), Input::Paste("Hello\r\nWorld".into()), key("b")]
        );
        let mut decoder = Decoder::new();
        assert_eq!(decoder.feed(b"\x1b[200~Hel"), vec![]);
        assert_eq!(decoder.wait(), Some(PASTE_WAIT));
        assert_eq!(decoder.feed(b"lo\x1b[20"), vec![]);
        assert_eq!(decoder.feed(b"1~"), vec![Input::Paste("Hello".into())]);
    }

    #[test]
    fn an_endless_paste_is_dropped() {
        let mut decoder = Decoder::new();
        assert_eq!(decoder.feed(b"\x1b[200~"), vec![]);
        let chunk = vec![b'x'; 64 * 1024];
        for _ in 0..(MAX_PASTE / chunk.len() + 1) {
            assert_eq!(decoder.feed(&chunk), vec![]);
        }
        assert_eq!(decoder.paste, None);
        assert_eq!(decoder.feed(b"q"), vec![key("q")]);
    }

    #[test]
    fn hostile_bytes_never_panic() {
        let mut rng = fastrand::Rng::with_seed(5);
        let alphabet = b"\x1b[O;~0123456789ABCDHFPQRSZu<M\x00\x7f\r\n\xc3\xa9\xe2\x82\xac\xff\x80";
        for _ in 0..2000 {
            let mut decoder = Decoder::new();
            let length = rng.usize(0..200);
            let bytes: Vec<u8> = (0..length)
                .map(|_| {
                    if rng.bool() {
                        alphabet[rng.usize(..alphabet.len())]
                    } else {
                        rng.u8(..)
                    }
                })
                .collect();
            let mut rest = bytes.as_slice();
            while !rest.is_empty() {
                let (now, later) = rest.split_at(rng.usize(1..=rest.len()));
                let _ = decoder.feed(now);
                if rng.bool() {
                    let _ = decoder.flush();
                }
                rest = later;
            }
            let _ = decoder.flush();
            assert_eq!(decoder.feed(b"z"), vec![key("z")], "after {bytes:?}");
        }
    }
}
