//! The decoder's examples and properties: every key's sequence, Esc before keys, pastes,
//! and an agent's day and a scanner burst giving the same keys however the bytes are split.

use proptest::prelude::*;

use super::*;

fn key(text: &str) -> Input {
    Input::Key(text.parse().unwrap())
}

fn keys(texts: &[&str]) -> Vec<Input> {
    texts.iter().map(|text| key(text)).collect()
}

/// Everything `bytes` decode to when they arrive in one piece and then pause.
fn decode(bytes: &[u8]) -> Vec<Input> {
    split(bytes, &[])
}

/// Everything `bytes` decode to when they arrive cut at `cuts` (offsets, any order, any
/// value: out-of-range ones are ignored), without a pause between the reads.
fn split(bytes: &[u8], cuts: &[usize]) -> Vec<Input> {
    let mut cuts: Vec<usize> = cuts.iter().map(|cut| cut % (bytes.len() + 1)).collect();
    cuts.extend([0, bytes.len()]);
    cuts.sort_unstable();
    let mut decoder = Decoder::new();
    let mut inputs = Vec::new();
    for pair in cuts.windows(2) {
        inputs.extend(decoder.feed(&bytes[pair[0]..pair[1]]));
    }
    inputs.extend(decoder.flush());
    inputs
}

/// Every byte in a read of its own.
fn byte_by_byte(bytes: &[u8]) -> Vec<Input> {
    split(bytes, &(0..bytes.len()).collect::<Vec<_>>())
}

#[test]
fn text_and_controls() {
    assert_eq!(decode(b"aZ?"), keys(&["a", "Z", "?"]));
    assert_eq!(decode("é北😀".as_bytes()), keys(&["é", "北", "😀"]));
    assert_eq!(decode(b"\x07\x18\x00"), keys(&["C-g", "C-x", "C-Space"]));
    assert_eq!(
        decode(b"\r\n\t\x7f\x08"),
        keys(&["Enter", "Enter", "Tab", "Backspace", "Backspace"])
    );
    assert_eq!(decode(b"\x1c\x1d\x1f"), keys(&["C-\\", "C-]", "C-_"]));
    assert_eq!(decode(b" "), keys(&["Space"]));
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
        (b"\x1bOH", "Home"),
        (b"\x1bOF", "End"),
        (b"\x1b[1~", "Home"),
        (b"\x1b[4~", "End"),
        (b"\x1b[7~", "Home"),
        (b"\x1b[8~", "End"),
        (b"\x1b[5~", "PgUp"),
        (b"\x1b[6~", "PgDn"),
        (b"\x1b[2~", "Ins"),
        (b"\x1b[3~", "Del"),
        (b"\x1b[Z", "S-Tab"),
        (b"\x1bOM", "Enter"),
        (b"\x1bOp", "0"),
        (b"\x1bOy", "9"),
        (b"\x1bOk", "+"),
        // Modifiers: xterm's parameter, rxvt's finals.
        (b"\x1b[1;5A", "C-Up"),
        (b"\x1b[1;2B", "S-Down"),
        (b"\x1b[1;3D", "A-Left"),
        (b"\x1b[1;9C", "A-Right"),
        (b"\x1b[1;6H", "C-S-Home"),
        (b"\x1b[5;5~", "C-PgUp"),
        (b"\x1b[3;2~", "S-Del"),
        (b"\x1b[15;5~", "C-F5"),
        (b"\x1b[1;2P", "S-F1"),
        (b"\x1bO5Q", "C-F2"),
        (b"\x1b[a", "S-Up"),
        (b"\x1bOd", "C-Left"),
        (b"\x1b[2$", "S-Ins"),
        (b"\x1b[11^", "C-F1"),
        (b"\x1b[24@", "C-S-F12"),
        // Function keys: SS3 (vt100 PF1-PF4, xterm), vt220 / xterm / rxvt, linux console.
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
        (b"\x1b[25~", "F13"),
        (b"\x1b[34~", "F20"),
        (b"\x1b[[A", "F1"),
        (b"\x1b[[B", "F2"),
        (b"\x1b[[E", "F5"),
    ];
    for (bytes, name) in cases {
        assert_eq!(decode(bytes), vec![key(name)], "{bytes:?}");
        assert_eq!(byte_by_byte(bytes), vec![key(name)], "{bytes:?}");
    }
}

#[test]
fn sequences_without_a_name_are_one_unknown_key() {
    for bytes in [
        &b"\x1b[E"[..],
        b"\x1b[99~",
        b"\x1b[1;5;7A",
        b"\x1b[?1;2c",
        b"\x1b[97;5u",
        b"\x1bOZ",
        b"\x1b[201~",
        b"\x1b[1;17A",
    ] {
        assert_eq!(decode(bytes), vec![Input::Key(UNKNOWN)], "{bytes:?}");
    }
}

#[test]
fn esc_before_keys_is_esc_then_those_keys() {
    assert_eq!(decode(b"\x1b\x1bOQ"), keys(&["Esc", "F2"]));
    assert_eq!(decode(b"\x1bgc"), keys(&["Esc", "g", "c"]));
    assert_eq!(decode(b"\x1b\x1b"), keys(&["Esc", "Esc"]));
    assert_eq!(decode(b"\x1b\x1b[A"), keys(&["Esc", "Up"]));
    assert_eq!(decode(b"\x1b\r"), keys(&["Esc", "Enter"]));
    assert_eq!(decode(b"\x1bx"), keys(&["Esc", "x"]));
    assert_eq!(decode(b"\x1b\x07"), keys(&["Esc", "C-g"]));
    assert_eq!(decode("\x1bé".as_bytes()), keys(&["Esc", "é"]));
    // No complete sequence: Esc, then the bytes as keys.
    assert_eq!(
        decode(b"\x1b[1;\x1bOQ"),
        keys(&["Esc", "[", "1", ";", "F2"])
    );
    assert_eq!(decode(b"\x1bO\r"), keys(&["Esc", "O", "Enter"]));
    assert_eq!(decode(b"\x1b[[x"), keys(&["Esc", "[", "[", "x"]));
    assert_eq!(decode(b"\x1b["), keys(&["Esc", "["]));
}

#[test]
fn a_lone_esc_waits_for_a_pause() {
    let mut decoder = Decoder::new();
    assert_eq!(decoder.feed(b"\x1b"), vec![]);
    assert_eq!(decoder.wait(), Some(ESC_WAIT));
    assert_eq!(decoder.flush(), keys(&["Esc"]));
    assert_eq!(decoder.wait(), None);
    // The rest of a sequence in the next read still makes one key.
    assert_eq!(decoder.feed(b"\x1b["), vec![]);
    assert_eq!(decoder.feed(b"B"), keys(&["Down"]));
    // A sequence that never completes is Esc and its bytes after the pause.
    assert_eq!(decoder.feed(b"\x1b[1"), vec![]);
    assert_eq!(decoder.flush(), keys(&["Esc", "[", "1"]));
    assert_eq!(decoder.feed(b"q"), keys(&["q"]));
    // Only the Esc waits, not the keys before it.
    assert_eq!(decoder.feed(b"ab\x1b"), keys(&["a", "b"]));
    assert_eq!(decoder.feed(b"g"), keys(&["Esc", "g"]));
    assert_eq!(decoder.wait(), None);
}

#[test]
fn a_character_cut_between_reads_waits_for_its_rest() {
    let mut decoder = Decoder::new();
    assert_eq!(decoder.feed(&"é".as_bytes()[..1]), vec![]);
    assert_eq!(decoder.wait(), Some(ESC_WAIT));
    assert_eq!(decoder.feed(&"é".as_bytes()[1..]), keys(&["é"]));
    assert_eq!(decoder.feed(&"€".as_bytes()[..2]), vec![]);
    assert_eq!(decoder.flush(), vec![Input::Key(UNKNOWN)]);
    assert_eq!(decode(b"\xffa\xc3(\xed\xa0\x80"), {
        let unknown = Input::Key(UNKNOWN);
        vec![
            unknown.clone(),
            key("a"),
            unknown.clone(),
            key("("),
            unknown,
        ]
    });
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
    // A paste whose end never comes ends with the pause.
    assert_eq!(decoder.feed(b"\x1b[200~\x1bOQ"), vec![]);
    assert_eq!(decoder.flush(), vec![Input::Paste("\x1bOQ".into())]);
}

#[test]
fn an_endless_paste_is_dropped_whole() {
    let mut decoder = Decoder::new();
    assert_eq!(decoder.feed(b"\x1b[200~"), vec![]);
    let chunk = vec![b'x'; 64 * 1024];
    for _ in 0..(MAX_PASTE / chunk.len() + 2) {
        assert_eq!(decoder.feed(&chunk), vec![]);
    }
    assert_eq!(decoder.feed(b"more\x1b[201~q"), keys(&["q"]));
    assert_eq!(decoder.feed(b"\x1b[200~"), vec![]);
    assert_eq!(decoder.feed(&chunk.repeat(17)), vec![]);
    assert_eq!(decoder.flush(), vec![]);
    assert_eq!(decoder.feed(b"q"), keys(&["q"]));
}

/// An agent's day in the bytes of an xterm: caller lookup (F2, digits, Enter), a call
/// logged (typing, Tab, Ctrl-X), back (Esc), customers (`g c`), arrows and paging, a search
/// by name, help and exit keys — with Esc typed right before keys, as type-ahead sends it.
const AGENT_DAY: &[u8] = b"\x1bOQ0304271828\r\
    Angebot bis Freitag\tR\xc3\xbcckruf M\xc3\xbcller\x18\
    \x1b\x1bOQ4271\x7f828\r\x1b\x1bgc\x1b[B\x1b[B\x1b[6~\x1b[5~\x1b[A\
    /m\xc3\xbcller\x1b\x1b[H\x1b[F\r\x1b[Z\t\x1bOP\x1b\x1b[24~\x07\x10\x1bgi\x1b\
    \x1b[1;5C\x1b[3~\x1b[11~\x1b[[B\x1b[2~\x1bOR";

fn agent_day_keys() -> Vec<Input> {
    let typed = |text: &str| {
        text.chars()
            .map(|c| key(&c.to_string()))
            .collect::<Vec<_>>()
    };
    let mut expected = keys(&["F2"]);
    expected.extend(typed("0304271828"));
    expected.push(key("Enter"));
    expected.extend(typed("Angebot bis Freitag"));
    expected.push(key("Tab"));
    expected.extend(typed("Rückruf Müller"));
    expected.extend(keys(&["C-x", "Esc", "F2"]));
    expected.extend(typed("4271"));
    expected.push(key("Backspace"));
    expected.extend(typed("828"));
    expected.extend(keys(&[
        "Enter", "Esc", "Esc", "g", "c", "Down", "Down", "PgDn", "PgUp", "Up", "/",
    ]));
    expected.extend(typed("müller"));
    expected.extend(keys(&[
        "Esc", "Home", "End", "Enter", "S-Tab", "Tab", "F1", "Esc", "F12", "C-g", "C-p", "Esc",
        "g", "i", "Esc", "C-Right", "Del", "F1", "F2", "Ins", "F3",
    ]));
    expected
}

/// A warehouse scanner: barcodes as fast digits and Enter, between scan-mode keys.
const SCAN_BURST: &[u8] = b"\x01 4006381333931\r4006381333931\r\x1b\x1bgs\x04\
    5449000000996\r24\r\x16\x14 8710398501234\r";

fn scan_burst_keys() -> Vec<Input> {
    SCAN_BURST
        .iter()
        .map(|&byte| match byte {
            0x01 => key("C-a"),
            0x04 => key("C-d"),
            0x16 => key("C-v"),
            0x14 => key("C-t"),
            0x1b => key("Esc"),
            b'\r' => key("Enter"),
            b' ' => key("Space"),
            other => key(&char::from(other).to_string()),
        })
        .collect()
}

#[test]
fn an_agents_day_and_a_scan_burst_decode_to_their_keys_in_one_read_and_byte_by_byte() {
    for (bytes, expected) in [
        (AGENT_DAY, agent_day_keys()),
        (SCAN_BURST, scan_burst_keys()),
    ] {
        assert_eq!(decode(bytes), expected);
        assert_eq!(byte_by_byte(bytes), expected);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn an_agents_day_decodes_the_same_in_any_split(
        cuts in proptest::collection::vec(any::<usize>(), 0..40)
    ) {
        prop_assert_eq!(split(AGENT_DAY, &cuts), agent_day_keys());
    }

    #[test]
    fn a_scan_burst_decodes_the_same_in_any_split(
        cuts in proptest::collection::vec(any::<usize>(), 0..40)
    ) {
        prop_assert_eq!(split(SCAN_BURST, &cuts), scan_burst_keys());
    }

    /// Any bytes, mostly the ones sequences are made of: no panic, the same inputs in any
    /// split, little kept waiting, nothing after the pause, and a key after it decodes as
    /// itself.
    #[test]
    fn any_bytes_in_any_split_decode_alike_and_never_panic(
        bytes in proptest::collection::vec(
            prop_oneof![
                3 => proptest::sample::select(
                    b"\x1b[O;~0123456789ABCDHFPQRSZ$^@u\x00\x7f\r\n\xc3\xa9\xe2\x82\xac\xff\x80".to_vec()
                ),
                1 => any::<u8>(),
            ],
            0..200,
        ),
        cuts in proptest::collection::vec(any::<usize>(), 0..20),
        pause in any::<usize>(),
    ) {
        prop_assert_eq!(split(&bytes, &cuts), decode(&bytes));
        let mut decoder = Decoder::new();
        let (before, after) = bytes.split_at(pause % (bytes.len() + 1));
        let _ = decoder.feed(before);
        // What waits is at most one unfinished sequence.
        prop_assert!(decoder.rest.len() <= 40, "{} bytes wait", decoder.rest.len());
        let _ = decoder.flush();
        let _ = decoder.feed(after);
        let _ = decoder.flush();
        prop_assert_eq!(decoder.wait(), None);
        prop_assert_eq!(decoder.feed(b"z"), keys(&["z"]));
    }
}
