//! `kontor serve --http`: the links of marketing mail through curl against the real
//! server. GETs of the unsubscribe and confirmation pages change nothing (the send's
//! address stays unsuppressed, its consent allows); the page's POST and RFC 8058 one-click
//! unsubscribe (a suppression and a consent withdrawal); the confirmation records the
//! client's IP from a trusted proxy's X-Forwarded-For; unknown paths, forged tokens and
//! tokens of the other link are 404, other methods 405; the page speaks the browser's
//! language. (No headless browser is installed: the forms are posted by curl as a
//! browser would post them.)

use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use kontor::core::consent::{Given, history};
use kontor::core::{Actor, consent_optin, link_secret, mailing};
use kontor::domain::consent::{Action, Channel, Party};
use kontor::domain::link_token::LinkPurpose;
use kontor::store::Store;
use kontor::store::kinds::mailing::suppression_of;

use crate::common::{self, Scratch, add_customer, int, json, now, ok, s};

/// A port nobody listens on right now.
fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// `kontor serve` with the link endpoint, trusting 127.0.0.1 as a proxy; killed on drop.
pub(crate) struct Links {
    child: Child,
    pub port: u16,
}

impl Links {
    pub(crate) fn start(db: &Path) -> Links {
        let port = free_port();
        let child = common::command()
            .args(["serve", "--db", s(db), "--listen"])
            .arg(format!("127.0.0.1:{}", free_port()))
            .arg("--http")
            .arg(format!("127.0.0.1:{port}"))
            .args(["--http-trusted-proxy", "127.0.0.1"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut links = Links { child, port };
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(links.child.try_wait().unwrap().is_none(), "serve exited");
            assert!(
                Instant::now() < deadline,
                "the link endpoint did not listen"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        links
    }

    /// curl `method path` with these extra arguments: the status and the body.
    pub(crate) fn curl(&self, method: &str, path: &str, extra: &[&str]) -> (u16, String) {
        let output = Command::new("curl")
            .args(["-s", "-S", "-X", method, "-w", "\n%{http_code}"])
            .args(extra)
            .arg(format!("http://127.0.0.1:{}{path}", self.port))
            .output()
            .unwrap_or_else(|error| {
                panic!("cannot run curl ({error}): apt-get install curl (.ci/run does)")
            });
        let text = String::from_utf8_lossy(&output.stdout).to_string();
        let (body, code) = text.rsplit_once('\n').unwrap();
        (code.trim().parse().unwrap(), body.to_string())
    }

    /// Stops the server (its writes were flushed before it answered).
    pub(crate) fn stop(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Links {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const NAMES: [&str; 3] = ["anna", "ben", "cora"];

pub(crate) fn address(name: &str) -> String {
    format!("{name}@example.de")
}

/// Three newsletter subscribers with confirmed consent and a planned mailing to them:
/// their customer ids and the sends' unsubscribe tokens, in `NAMES` order.
fn subscribers(db: &Path) -> (Vec<u64>, Vec<String>) {
    let (customers, sends) = subscribed(db);
    let store = Store::open(db).unwrap();
    let tokens = sends
        .iter()
        .map(|send| link_secret::sign(&store, LinkPurpose::Unsubscribe, *send).unwrap())
        .collect();
    (customers, tokens)
}

/// The three subscribers' customer ids and send ids, in `NAMES` order.
pub(crate) fn subscribed(db: &Path) -> (Vec<u64>, Vec<u64>) {
    ok(db, &["settings", "mail_from", "info@kontor.test"]);
    ok(
        db,
        &["settings", "marketing_link_base", "https://kontor.test/m/"],
    );
    let mut customers = Vec::new();
    for name in NAMES {
        let mail = address(name);
        let id = add_customer(
            db,
            &[
                "--name",
                name,
                "--kind",
                "person",
                "--email",
                &mail,
                "--tag",
                "newsletter",
            ],
        );
        let party = format!("customer:{id}");
        ok(
            db,
            &[
                "consent",
                "add",
                "--party",
                &party,
                "--channel",
                "email",
                "--address",
                &mail,
                "--purpose",
                "newsletter",
                "--source",
                "form",
            ],
        );
        customers.push(u64::try_from(id).unwrap());
    }
    let added = json(
        db,
        &[
            "mailing",
            "add",
            "--name",
            "News",
            "--subject",
            "News",
            "--body",
            "Hello",
            "--tag",
            "newsletter",
        ],
    );
    let id = u64::try_from(int(&added, "id")).unwrap();
    let store = Store::open(db).unwrap();
    let actor = Actor::local("tester");
    assert_eq!(mailing::plan(&store, &actor, id, now()).unwrap(), 3);
    let sends = mailing::sends(&store, &actor, id).unwrap();
    let ids = NAMES
        .iter()
        .map(|name| {
            let send = sends
                .iter()
                .find(|send| send.address == address(name))
                .unwrap();
            send.id
        })
        .collect();
    (customers, ids)
}

/// The actions of a customer's consent events, oldest first.
pub(crate) fn actions(store: &Store, customer: u64) -> Vec<Action> {
    history(store, &Actor::local("tester"), Party::Customer(customer))
        .unwrap()
        .into_iter()
        .map(|event| event.action)
        .collect()
}

#[test]
fn pages_change_nothing_posts_unsubscribe_and_confirm() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let (customers, tokens) = subscribers(&db);
    // A double opt-in request for a fourth person.
    let dora = add_customer(&db, &["--name", "dora", "--email", "dora@example.de"]);
    let store = Store::open(&db).unwrap();
    let given = Given {
        party: Some(Party::Customer(u64::try_from(dora).unwrap())),
        channel: Some(Channel::Email),
        address: "dora@example.de".into(),
        purpose: "newsletter".into(),
        source: "form".into(),
        ..Given::default()
    };
    let (request, _) = consent_optin::request(&store, &Actor::local("t"), now(), &given).unwrap();
    let confirm = link_secret::sign(&store, LinkPurpose::ConfirmConsent, request.id).unwrap();
    drop(store);

    let links = Links::start(&db);
    let [anna, ben, cora] = [&tokens[0], &tokens[1], &tokens[2]];
    // The pages, in the browser's language, as often as a scanner likes.
    for token in [anna, ben, cora, cora] {
        let (code, body) = links.curl(
            "GET",
            &format!("/u/{token}"),
            &["-H", "Accept-Language: de-DE,en;q=0.5"],
        );
        assert_eq!(code, 200, "{body}");
        assert!(
            body.contains("<html lang=\"de\">") && body.contains(">Abmelden</button>"),
            "{body}"
        );
        assert!(body.contains("<form method=\"post\">"), "{body}");
    }
    let (code, body) = links.curl(
        "GET",
        &format!("/u/{cora}"),
        &["-H", "Accept-Language: fr, en-GB;q=0.8"],
    );
    assert_eq!(code, 200);
    assert!(body.contains(">Unsubscribe</button>"), "{body}");
    let (code, body) = links.curl("GET", &format!("/confirm/{confirm}"), &[]);
    assert_eq!(code, 200);
    assert!(
        body.contains("(newsletter)") && body.contains(">Confirm</button>"),
        "{body}"
    );

    // Unknown, forged and the other link's tokens are not found; other methods not allowed.
    let mut forged = anna.clone().into_bytes();
    let last = forged.len() - 1;
    forged[last] = if forged[last] == b'0' { b'1' } else { b'0' };
    let forged = String::from_utf8(forged).unwrap();
    for (method, path) in [
        ("GET", "/".to_string()),
        ("GET", "/unsubscribe".to_string()),
        ("GET", "/u/".to_string()),
        ("GET", format!("/u/{anna}/x")),
        ("GET", format!("/u/{forged}")),
        ("POST", format!("/u/{forged}")),
        ("GET", format!("/u/{confirm}")),
        ("POST", format!("/u/{confirm}")),
        ("GET", format!("/confirm/{anna}")),
        ("POST", format!("/confirm/{anna}")),
        ("POST", "/confirm/1.00".to_string()),
    ] {
        let (code, body) = links.curl(method, &path, &["-d", "List-Unsubscribe=One-Click"]);
        assert_eq!(code, 404, "{method} {path}: {body}");
    }
    let (code, _) = links.curl("DELETE", &format!("/u/{anna}"), &[]);
    assert_eq!(code, 405);

    // Anna presses the page's button; Ben's mail client posts one-click.
    let (code, body) = links.curl("POST", &format!("/u/{anna}"), &["-d", "confirm=yes"]);
    assert_eq!(code, 200, "{body}");
    assert!(body.contains("You have been unsubscribed"), "{body}");
    let (code, _) = links.curl(
        "POST",
        &format!("/u/{ben}"),
        &["-d", "List-Unsubscribe=One-Click"],
    );
    assert_eq!(code, 200);
    // Dora confirms through the proxy, which names her address.
    let (code, body) = links.curl(
        "POST",
        &format!("/confirm/{confirm}"),
        &[
            "-d",
            "confirm=yes",
            "-H",
            "X-Forwarded-For: 10.1.1.1, 203.0.113.9",
            "-H",
            "Accept-Language: de",
        ],
    );
    assert_eq!(code, 200, "{body}");
    assert!(body.contains("Ihre Einwilligung ist bestätigt"), "{body}");
    links.stop();

    let store = Store::open(&db).unwrap();
    let via = |name: &str| {
        suppression_of(&store, &address(name)).unwrap().map(|id| {
            store
                .require::<kontor::domain::mailing::send::Suppression>(id)
                .unwrap()
                .via
        })
    };
    assert_eq!(via("anna").as_deref(), Some("link"));
    assert_eq!(via("ben").as_deref(), Some("one-click"));
    assert_eq!(via("cora"), None, "a GET unsubscribed");
    assert_eq!(
        actions(&store, customers[0]),
        [Action::Confirmed, Action::Withdrawn]
    );
    assert_eq!(
        actions(&store, customers[1]),
        [Action::Confirmed, Action::Withdrawn]
    );
    assert_eq!(actions(&store, customers[2]), [Action::Confirmed]);
    let dora = history(&store, &Actor::local("t"), given.party.unwrap()).unwrap();
    assert_eq!(dora.len(), 2);
    assert_eq!(dora[1].action, Action::Confirmed);
    assert_eq!(dora[1].ip, "203.0.113.9");
    assert_eq!(dora[1].source, format!("link request:{}", request.id));
}

#[test]
fn a_slow_client_blocks_nobody_and_a_huge_head_is_refused() {
    use std::io::Write;
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(&db, &["settings", "mail_from", "info@kontor.test"]);
    let links = Links::start(&db);
    // A client that sends half a request and waits.
    let mut slow = TcpStream::connect(("127.0.0.1", links.port)).unwrap();
    slow.write_all(b"GET /u/1.00 HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    let started = Instant::now();
    let (code, _) = links.curl("GET", "/nothing", &[]);
    assert_eq!(code, 404);
    assert!(started.elapsed() < Duration::from_secs(5));
    let huge = format!("X-Long: {}", "a".repeat(20_000));
    let (code, _) = links.curl("GET", "/nothing", &["-H", &huge]);
    assert_eq!(code, 431);
    let (code, _) = links.curl("POST", "/u/1.00", &["-d", &"a".repeat(10_000)]);
    assert_eq!(code, 413);
    drop(slow);
    links.stop();
}
