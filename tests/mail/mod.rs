//! The mailgate's pure part over real-shaped messages (tests/data/mail/*.eml): the fields
//! parsed and decoded, the loop guard's reasons and the threading decision with fake
//! look-ups; and that no bytes make the parser panic.

use std::fs;
use std::path::Path;

use kontor::mail::inbound::{InboundMail, Party, Unreadable};
use kontor::mail::loop_guard::{AutoReason, automatic};
use kontor::mail::routing::{Action, GateConfig, route};
use kontor::mail::subject::{
    DEFAULT_TAG_WORD, own_tags, strip_prefixes, subject_with_tag, without_own_tags,
};
use kontor::mail::threading::{Lookup, PassedOver, Rule, thread};
use proptest::prelude::*;
use time::macros::datetime;

const OWN_LOOP: &str = "support@kontor.test";

fn raw(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/mail")
        .join(name);
    fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn mail(name: &str) -> InboundMail {
    InboundMail::parse(&raw(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn party(address: &str, name: Option<&str>) -> Party {
    Party {
        address: address.to_string(),
        name: name.map(str::to_string),
    }
}

/// The fake ticket numbers: one ticket, and a number whose check character is wrong.
fn by_number(number: &str) -> Lookup {
    match number {
        "2026-000123-7" => Lookup::Found(123),
        "2026-000123-4" => Lookup::Invalid,
        _ => Lookup::Unknown,
    }
}

/// The fake article Message-IDs: three of ticket 123's, one of ticket 120's.
fn by_message_id(id: &str) -> Option<u64> {
    match id {
        "ticket.2026-000123-7.1@kontor.test"
        | "ticket.2026-000123-7.2@kontor.test"
        | "ticket.2026-000123-7.3@kontor.test" => Some(123),
        "ticket.2026-000120-4.2@kontor.test" => Some(120),
        _ => None,
    }
}

fn threading(name: &str) -> kontor::mail::threading::Threading {
    thread(&mail(name), DEFAULT_TAG_WORD, by_number, by_message_id)
}

#[test]
fn a_plain_utf8_message() {
    let bytes = raw("plain-utf8.eml");
    let m = InboundMail::parse(&bytes).unwrap();
    assert_eq!(m.subject, "Drucker im Lager druckt keine Etiketten");
    assert_eq!(m.from, party("anna.berg@example.de", Some("Berg, Anna")));
    assert_eq!(m.to, [party("support@kontor.test", Some("Kontor Support"))]);
    assert_eq!(m.cc, [party("buchhaltung@example.de", None)]);
    assert_eq!(m.return_path.as_deref(), Some("anna.berg@example.de"));
    assert_eq!(
        m.message_id.as_deref(),
        Some("20261205091400.4711@example.de")
    );
    assert_eq!(m.in_reply_to, None);
    assert!(m.references.is_empty());
    assert_eq!(m.date, Some(datetime!(2026-12-05 08:14:00 UTC)));
    assert!(m.text.contains("Grüße aus Köln – Anna Berg"), "{}", m.text);
    assert!(m.attachments.is_empty());
    assert_eq!(m.size, bytes.len());
    assert_eq!(m.content_type, "text/plain");
    assert_eq!(automatic(&m, OWN_LOOP), None);
    assert_eq!(threading("plain-utf8.eml").rule, Rule::New);
}

#[test]
fn attachments_keep_their_names_types_and_bytes() {
    let m = mail("multipart-attachments.eml");
    assert_eq!(m.from.name.as_deref(), Some("Jürgen Müller"));
    assert_eq!(m.subject, "Lieferschein und Foto der beschädigten Palette");
    assert_eq!(m.text.trim_end(), "Anbei der Lieferschein und ein Foto.");
    assert_eq!(m.content_type, "multipart/mixed");
    let found: Vec<(Option<&str>, &str, usize)> = m
        .attachments
        .iter()
        .map(|a| (a.name.as_deref(), a.mime_type.as_str(), a.bytes.len()))
        .collect();
    // The sizes of the PDF and the 16×8 PNG the fixture was written with.
    assert_eq!(
        found,
        [
            (Some("Lieferschein 2026-118.pdf"), "application/pdf", 218),
            (Some("Palette beschädigt.png"), "image/png", 76),
        ]
    );
    assert!(m.attachments[0].bytes.starts_with(b"%PDF-1.4\n"));
    assert!(m.attachments[0].bytes.ends_with(b"%%EOF\n"));
    assert!(m.attachments[1].bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
    assert!(m.attachments[1].bytes.ends_with(b"IEND\xaeB`\x82"));
}

#[test]
fn transfer_encodings_and_charsets_are_decoded() {
    let qp = mail("quoted-printable.eml");
    assert!(qp.text.contains("Bitte entsperren Sie ihn für mich."));
    assert!(qp.text.contains("Mit freundlichen Grüßen"));
    assert!(!qp.text.contains('\r'), "line ends are LF");
    assert!(!qp.text.contains('='), "{}", qp.text);

    let b64 = mail("base64-body.eml");
    assert!(
        b64.text
            .contains("Die Gutschrift über 120,00 € fehlt noch."),
        "{}",
        b64.text
    );
    assert!(b64.text.contains("Peter Weiß"));

    let iso = mail("iso-8859-1-subject.eml");
    assert_eq!(iso.subject, "Re: Rechnung für März");
    assert_eq!(
        iso.text.trim_end(),
        "Die Rechnung für März ist doppelt gebucht."
    );

    let utf8 = mail("utf8-b-subject.eml");
    assert_eq!(utf8.subject, "Lieferung verspätet – Auftrag 4711 📦");
    assert_eq!(utf8.from, party("lena@example.com", Some("Lena Öztürk")));
    assert_eq!(utf8.date, Some(datetime!(2026-11-30 18:45:00 UTC)));
}

#[test]
fn an_html_only_message_is_read_as_text() {
    let m = mail("html-only.eml");
    assert!(
        m.text.contains("Ist Artikel A-100 lieferbar?"),
        "{}",
        m.text
    );
    assert!(m.text.contains("Grüße"), "{}", m.text);
    assert!(
        !m.text.contains("<p>") && !m.text.contains("<b>"),
        "{}",
        m.text
    );
    assert!(!m.text.contains("color"), "the style sheet is no text");
}

#[test]
fn an_outlook_reply_threads_by_its_tag() {
    let m = mail("outlook-reply.eml");
    assert_eq!(m.subject, "AW: [Ticket#2026-000123-7] Drucker druckt nicht");
    assert_eq!(
        m.header("thread-index"),
        Some("AQHZq1b2xJ3k9mT0dkOWqv7Yb3hXzQ==")
    );
    assert_eq!(
        m.in_reply_to.as_deref(),
        Some("ticket.2026-000123-7.2@kontor.test")
    );
    assert_eq!(
        m.references,
        [
            "ticket.2026-000123-7.1@kontor.test",
            "ticket.2026-000123-7.2@kontor.test"
        ]
    );
    assert!(
        m.text.contains("der Drucker läuft wieder, danke!"),
        "{}",
        m.text
    );
    assert!(!m.text.contains("<p>"), "the plain part, not the HTML one");
    assert_eq!(m.date, Some(datetime!(2026-12-07 07:58:12 UTC)));
    assert_eq!(automatic(&m, OWN_LOOP), None);
    let t = threading("outlook-reply.eml");
    assert_eq!(
        t.rule,
        Rule::Tag {
            ticket: 123,
            number: "2026-000123-7".into()
        }
    );
    assert!(t.passed_over.is_empty());
}

#[test]
fn a_reply_without_tag_threads_by_in_reply_to() {
    let t = threading("iso-8859-1-subject.eml");
    assert_eq!(
        t.rule,
        Rule::InReplyTo {
            ticket: 120,
            message_id: "ticket.2026-000120-4.2@kontor.test".into()
        }
    );
}

#[test]
fn an_invalid_tag_falls_through_to_references_and_a_foreign_tag_is_kept() {
    let m = mail("null-return-path.eml");
    assert_eq!(
        m.subject,
        "Re: [Ticket#2026-000123-4] [JIRA-123] Drucker druckt nicht"
    );
    assert_eq!(own_tags(&m.subject, DEFAULT_TAG_WORD), ["2026-000123-4"]);
    assert_eq!(
        strip_prefixes(&m.subject),
        "[Ticket#2026-000123-4] [JIRA-123] Drucker druckt nicht"
    );
    assert_eq!(
        without_own_tags(&m.subject, DEFAULT_TAG_WORD),
        "[JIRA-123] Drucker druckt nicht"
    );
    assert_eq!(m.in_reply_to, None);
    let t = threading("null-return-path.eml");
    // Newest reference first: the unknown one, then article 3 of ticket 123.
    assert_eq!(
        t.rule,
        Rule::References {
            ticket: 123,
            message_id: "ticket.2026-000123-7.3@kontor.test".into()
        }
    );
    assert_eq!(
        t.passed_over,
        [PassedOver {
            number: "2026-000123-4".into(),
            lookup: Lookup::Invalid
        }]
    );
}

#[test]
fn automatic_mail_is_recognised_with_its_reason() {
    for (name, reason) in [
        ("delivery-status.eml", AutoReason::DeliveryReport),
        (
            "out-of-office.eml",
            AutoReason::AutoSubmitted("auto-replied".into()),
        ),
        ("mailing-list.eml", AutoReason::Precedence("list".into())),
        ("x-loop.eml", AutoReason::OwnLoop),
        ("null-return-path.eml", AutoReason::NullSender),
    ] {
        assert_eq!(automatic(&mail(name), OWN_LOOP), Some(reason), "{name}");
    }
    let x_loop = mail("x-loop.eml");
    assert_eq!(
        automatic(&x_loop, "helpdesk@elsewhere.test"),
        Some(AutoReason::ForeignLoop("support@kontor.test".into()))
    );
    assert_eq!(
        mail("null-return-path.eml").return_path.as_deref(),
        Some("")
    );
    let dsn = mail("delivery-status.eml");
    assert_eq!(dsn.report_type.as_deref(), Some("delivery-status"));
    assert_eq!(dsn.from.address, "MAILER-DAEMON@mx.kontor.test");
    // An out-of-office reply still threads to its ticket (it is stored there).
    assert_eq!(threading("out-of-office.eml").rule.name(), "tag");
    assert_eq!(
        mail("mailing-list.eml").header("List-Id"),
        Some("Example News <news.lists.example.org>")
    );
}

#[test]
fn bytes_that_are_not_mail_are_refused() {
    assert_eq!(
        InboundMail::parse(&raw("not-mail-jpeg.eml")),
        Err(Unreadable::NotMail)
    );
    assert_eq!(
        InboundMail::parse(&raw("not-mail-text.eml")),
        Err(Unreadable::NotMail)
    );
}

#[test]
fn each_fixture_is_routed() {
    let config = GateConfig::new(OWN_LOOP);
    let open = |title: &str| Action::Open {
        title: title.to_string(),
    };
    for (name, action, autoreply) in [
        (
            "plain-utf8.eml",
            open("Drucker im Lager druckt keine Etiketten"),
            true,
        ),
        (
            "utf8-b-subject.eml",
            open("Lieferung verspätet – Auftrag 4711 📦"),
            true,
        ),
        (
            "outlook-reply.eml",
            Action::Append {
                ticket: 123,
                reopen: true,
            },
            true,
        ),
        (
            "iso-8859-1-subject.eml",
            Action::Append {
                ticket: 120,
                reopen: true,
            },
            true,
        ),
        (
            "out-of-office.eml",
            Action::Append {
                ticket: 123,
                reopen: false,
            },
            false,
        ),
        (
            "null-return-path.eml",
            Action::Append {
                ticket: 123,
                reopen: false,
            },
            false,
        ),
        (
            "delivery-status.eml",
            open("Undelivered Mail Returned to Sender"),
            false,
        ),
        (
            "mailing-list.eml",
            open("[Example-News] Wochenrückblick 49/2026"),
            false,
        ),
        // kontor's own mail came back: its Message-ID is not (yet) an article here.
        (
            "x-loop.eml",
            Action::Append {
                ticket: 123,
                reopen: false,
            },
            false,
        ),
    ] {
        let routing = route(&mail(name), &config, by_number, by_message_id);
        assert_eq!(
            (routing.action, routing.autoreply),
            (action, autoreply),
            "{name}"
        );
    }
    // Its Message-ID is an article of ticket 123: the outgoing mail came back in.
    let again = route(&mail("x-loop.eml"), &config, by_number, |id| {
        (id == "ticket.2026-000123-7.4@kontor.test").then_some(123)
    });
    assert_eq!(again.action, Action::Duplicate { ticket: 123 });
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = InboundMail::parse(&bytes);
    }

    #[test]
    fn arbitrary_bodies_and_subjects_never_panic(
        subject in "\\PC{0,80}",
        body in proptest::collection::vec(any::<u8>(), 0..1024),
    ) {
        let mut raw = format!("From: a@b.de\r\nSubject: {subject}\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n").into_bytes();
        raw.extend_from_slice(&body);
        if let Ok(m) = InboundMail::parse(&raw) {
            let _ = automatic(&m, OWN_LOOP);
            let _ = thread(&m, DEFAULT_TAG_WORD, |_| Lookup::Unknown, |_| None);
        }
        let _ = strip_prefixes(&subject);
        let _ = without_own_tags(&subject, DEFAULT_TAG_WORD);
    }

    #[test]
    fn the_tag_is_written_once_and_read_back(
        subject in "((Re|AW|WG|Fwd): |\\[[A-Za-z]{1,5}-[0-9]{1,3}\\] |\\[Ticket#2026-00000[0-9]-[0-9]\\] |\\PC{1,12}){0,6}",
    ) {
        let tagged = subject_with_tag(&subject, "2026-000123-7", DEFAULT_TAG_WORD);
        prop_assert_eq!(own_tags(&tagged, DEFAULT_TAG_WORD), ["2026-000123-7"]);
        prop_assert!(tagged.starts_with("[Ticket#2026-000123-7]"));
        prop_assert_eq!(
            subject_with_tag(&tagged, "2026-000123-7", DEFAULT_TAG_WORD),
            tagged.clone()
        );
        prop_assert_eq!(strip_prefixes(&tagged), tagged);
    }
}
