//! The input decoder: the bytes a terminal sends (text, C0 controls, escape sequences,
//! bracketed paste) become kontor `Input`s. One decoder for both front ends: the local TUI
//! feeds it what it reads from its terminal, each SSH session what arrives on its channel.
//! Room: tui — pure, no I/O, no clock: the caller asks [`Decoder::wait`] how long to wait for
//! the rest of a sequence and calls [`Decoder::flush`] when nothing came.
//!
//! Rules, which hold however the bytes are split into reads:
//! - The same bytes give the same keys, whether they arrive one per read, all in one read
//!   or in any split, as long as no pause of [`ESC_WAIT`] falls inside a key's sequence. A
//!   decision is taken only once the bytes seen settle it; until then they wait.
//! - An Esc starts a key's sequence only when the bytes after it form a complete sequence a
//!   terminal sends for one key (see `sequence`: F-keys, cursor keys, Home/End, PgUp/PgDn,
//!   Ins/Del in their xterm, vt100/vt220, rxvt and linux console forms, with xterm's
//!   modifier parameter as in `ESC [ 1 ; 5 A`). Otherwise the Esc is the Esc key and the
//!   bytes after it are keys of their own: `ESC ESC O Q` is Esc then F2, `ESC g c` is Esc,
//!   `g`, `c`.
//! - Alt: `ESC x` is Esc then `x`, never Alt-x — kontor binds Esc (back, cancel) and
//!   sequences that start with a letter, and a key typed quickly after Esc must not turn
//!   into a different key. Alt reaches kontor only on named keys whose sequence carries
//!   the modifier (`ESC [ 1 ; 3 A` is Alt-Up); keymap files refuse Alt with a character.
//! - An Esc (or the start of a sequence, or of a UTF-8 character) at the end of what
//!   arrived waits for more; after [`ESC_WAIT`] without more, [`Decoder::flush`] reads the
//!   Esc as the Esc key and what followed it as keys.
//! - Bytes that are no valid UTF-8 and sequences kontor has no name for become one
//!   [`UNKNOWN`] key each, bound to nothing; no byte is ever typed as something it is not.
//! - A bracketed paste is one `Input::Paste`, however many reads it spans; one longer than
//!   [`MAX_PASTE`] is dropped whole, and one whose end never comes ends after [`PASTE_WAIT`].
//! - Never panics, on any bytes; memory stays bounded.

mod sequence;
#[cfg(test)]
mod tests;

use std::time::Duration;

use sequence::Sequence;

use super::input::Input;
use super::key::{Key, KeyCode, UNKNOWN};

/// How long bytes may pause inside an escape sequence before what arrived counts on its
/// own: an Esc followed by nothing within this is the Esc key.
pub const ESC_WAIT: Duration = Duration::from_millis(30);
/// How long a bracketed paste may pause before it is taken as ended.
pub const PASTE_WAIT: Duration = Duration::from_secs(1);
/// The largest paste taken; a longer one is dropped.
pub const MAX_PASTE: usize = 1 << 20;

const ESC: u8 = 0x1b;
const PASTE_END: &[u8] = b"\x1b[201~";

/// A bracketed paste on its way in.
#[derive(Debug, Default)]
struct Paste {
    text: Vec<u8>,
    /// Grew past [`MAX_PASTE`]: the rest is skipped until its end.
    dropped: bool,
    /// How many bytes of [`PASTE_END`] the paste ends with so far.
    end_matched: usize,
}

impl Paste {
    /// Takes paste bytes from `bytes` up to and including its end marker; returns how many
    /// it took and whether the paste ended.
    fn take(&mut self, bytes: &[u8]) -> (usize, bool) {
        for (at, &byte) in bytes.iter().enumerate() {
            self.end_matched = match byte {
                _ if PASTE_END.get(self.end_matched) == Some(&byte) => self.end_matched + 1,
                ESC => 1,
                _ => 0,
            };
            if !self.dropped {
                self.text.push(byte);
                if self.text.len() > MAX_PASTE + PASTE_END.len() {
                    self.dropped = true;
                    self.text = Vec::new();
                }
            }
            if self.end_matched == PASTE_END.len() {
                let kept = self.text.len().saturating_sub(PASTE_END.len());
                self.text.truncate(kept);
                return (at + 1, true);
            }
        }
        (bytes.len(), false)
    }

    /// The paste as an input, unless it was dropped.
    fn into_input(self) -> Option<Input> {
        (!self.dropped).then(|| Input::Paste(String::from_utf8_lossy(&self.text).into_owned()))
    }
}

/// What the bytes at the front of the undecoded rest are.
enum Step {
    Key(Key, usize),
    PasteStart(usize),
    /// More bytes may change what these are: wait for them.
    Wait,
}

/// Turns the byte stream of one terminal into inputs. Never panics on any bytes.
#[derive(Debug, Default)]
pub struct Decoder {
    /// Bytes that arrived but do not make a whole key yet (at most a short sequence).
    rest: Vec<u8>,
    paste: Option<Paste>,
}

impl Decoder {
    pub fn new() -> Decoder {
        Decoder::default()
    }

    /// Decodes what just arrived. What may still become a longer key waits for the next
    /// call (or for [`Decoder::flush`]).
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Input> {
        let mut inputs = Vec::new();
        self.rest.extend_from_slice(bytes);
        self.decode(false, &mut inputs);
        inputs
    }

    /// How long to wait for more bytes before calling [`Decoder::flush`]; `None` when
    /// nothing is waiting.
    pub fn wait(&self) -> Option<Duration> {
        if self.paste.is_some() {
            Some(PASTE_WAIT)
        } else if self.rest.is_empty() {
            None
        } else {
            Some(ESC_WAIT)
        }
    }

    /// No more bytes came within [`Decoder::wait`]: what waited is read as it stands — an
    /// Esc as the Esc key and the bytes after it as keys, a paste as ended.
    pub fn flush(&mut self) -> Vec<Input> {
        let mut inputs = Vec::new();
        if let Some(paste) = self.paste.take() {
            inputs.extend(paste.into_input());
        }
        self.decode(true, &mut inputs);
        inputs
    }

    /// Decodes `rest` from the front; `last` says no more bytes will complete a key.
    fn decode(&mut self, last: bool, inputs: &mut Vec<Input>) {
        let mut at = 0;
        while at < self.rest.len() {
            if let Some(paste) = self.paste.as_mut() {
                let (taken, ended) = paste.take(&self.rest[at..]);
                at += taken;
                if ended {
                    inputs.extend(self.paste.take().and_then(Paste::into_input));
                }
                continue;
            }
            match step(&self.rest[at..], last) {
                Step::Key(key, length) => {
                    inputs.push(Input::Key(key));
                    at += length;
                }
                Step::PasteStart(length) => {
                    self.paste = Some(Paste::default());
                    at += length;
                }
                Step::Wait => break,
            }
        }
        self.rest.drain(..at);
    }
}

/// The key at the front of `bytes` (never empty); `last` says no more bytes follow.
fn step(bytes: &[u8], last: bool) -> Step {
    match bytes[0] {
        ESC => match sequence::after_esc(&bytes[1..]) {
            Sequence::Key(key, length) => Step::Key(key, length + 1),
            Sequence::PasteStart(length) => Step::PasteStart(length + 1),
            Sequence::Partial if !last => Step::Wait,
            Sequence::Partial | Sequence::None => Step::Key(Key::plain(KeyCode::Esc), 1),
        },
        byte @ 0..0x20 => Step::Key(control(byte), 1),
        0x7f => Step::Key(Key::plain(KeyCode::Backspace), 1),
        byte @ 0x20..0x7f => Step::Key(Key::char(char::from(byte)), 1),
        _ => utf8(bytes, last),
    }
}

/// A C0 control byte: Enter (CR, and LF as some terminals send it), Tab, Backspace (BS),
/// Ctrl-Space (NUL), else Ctrl with the letter or symbol it is typed with.
fn control(byte: u8) -> Key {
    match byte {
        b'\r' | b'\n' => Key::plain(KeyCode::Enter),
        b'\t' => Key::plain(KeyCode::Tab),
        0x08 => Key::plain(KeyCode::Backspace),
        0 => Key::ctrl(' '),
        0x01..=0x1a => Key::ctrl(char::from(byte + 0x60)),
        _ => Key::ctrl(char::from(byte + 0x40)),
    }
}

/// One UTF-8 character from a lead byte ≥ 0x80; what is not valid UTF-8 is [`UNKNOWN`].
fn utf8(bytes: &[u8], last: bool) -> Step {
    let length = match bytes[0] {
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => return Step::Key(UNKNOWN, 1),
    };
    let continued = bytes[1..]
        .iter()
        .take(length - 1)
        .take_while(|&&byte| byte & 0xc0 == 0x80)
        .count();
    if continued < length - 1 {
        // Another byte came instead of the rest, or none will: not a character.
        if 1 + continued < bytes.len() || last {
            return Step::Key(UNKNOWN, 1 + continued);
        }
        return Step::Wait;
    }
    match std::str::from_utf8(&bytes[..length]).map(|text| text.chars().next()) {
        Ok(Some(c)) => Step::Key(Key::char(c), length),
        _ => Step::Key(UNKNOWN, length),
    }
}
