//! Kept sessions in process (russh's client over in-memory streams, see `protocol`): two
//! sessions of one account whose connections drop are both kept; the next login is offered
//! the newer one, naming its screen and the other kept session, and resumes it; the login
//! after that is offered the older one and starts afresh, which lets it go. A resumed
//! session shows what another saved while it was kept, laid out in the new size.

use std::time::Duration;

use super::protocol::{Terminal, WAIT, connect, server};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_newest_kept_session_is_offered_first_and_each_is_taken_once() {
    let (_dir, server) = server();
    let mut open = Vec::new();
    for keys in [&b"gc"[..], b"go"] {
        let (handle, _) = connect(&server, "anna", 1).await;
        let mut terminal = Terminal::open(&handle, "xterm", 80, 24).await;
        terminal.until("home", |t| t.row(0).contains("Home")).await;
        terminal.send(keys).await;
        terminal
            .until("the list", |t| !t.row(0).contains("Home"))
            .await;
        open.push((terminal, handle));
    }
    // The customer list's connection drops first, the pipeline's after it.
    for kept in 1..=2 {
        drop(open.remove(0));
        let deadline = tokio::time::Instant::now() + WAIT;
        while server.kept_sessions() < kept {
            assert!(tokio::time::Instant::now() < deadline, "not kept");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    let (handle, _) = connect(&server, "anna", 1).await;
    let mut newest = Terminal::open(&handle, "xterm", 80, 24).await;
    newest
        .until("the offer", |t| t.text().contains("Resume your session"))
        .await;
    assert!(newest.text().contains("(Pipeline"), "{}", newest.text());
    assert!(
        newest.text().contains("1 more session is kept"),
        "{}",
        newest.text()
    );
    newest.send(b"\r").await;
    newest
        .until("the pipeline", |t| t.row(0).contains("Pipeline"))
        .await;
    assert_eq!(server.kept_sessions(), 1);

    let mut older = Terminal::open(&handle, "xterm", 80, 24).await;
    older
        .until("the offer", |t| t.text().contains("(Customers"))
        .await;
    older.send(b"n").await;
    older.until("home", |t| t.row(0).contains("Home")).await;
    assert_eq!(server.kept_sessions(), 0);
    assert_eq!(server.active_sessions(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resumed_session_shows_what_others_saved_while_it_was_kept() {
    let (_dir, server) = server();
    let mut lists = Vec::new();
    for _ in 0..2 {
        let (handle, _) = connect(&server, "anna", 1).await;
        let mut terminal = Terminal::open(&handle, "xterm", 80, 24).await;
        terminal.until("home", |t| t.row(0).contains("Home")).await;
        terminal.send(b"gc").await;
        terminal
            .until("the customer list", |t| t.row(0).contains("Customers"))
            .await;
        lists.push((terminal, handle));
    }
    let (mut writer, _writing) = lists.pop().unwrap();
    drop(lists);
    let deadline = tokio::time::Instant::now() + WAIT;
    while server.kept_sessions() < 1 {
        assert!(tokio::time::Instant::now() < deadline, "not kept");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    writer.send(b"n").await;
    writer
        .until("the form", |t| t.text().contains("New customer"))
        .await;
    writer.send(b"Acme Meanwhile\x18").await;
    writer.until("saved", |t| t.text().contains("saved")).await;

    let (handle, _) = connect(&server, "anna", 1).await;
    let mut resumed = Terminal::open(&handle, "xterm", 100, 30).await;
    resumed
        .until("the offer", |t| t.text().contains("(Customers"))
        .await;
    resumed.send(b"\r").await;
    resumed
        .until("the list with the new customer", |t| {
            t.row(0).contains("Customers") && t.text().contains("Acme Meanwhile")
        })
        .await;
    assert!(resumed.row(29).contains("Help"), "{}", resumed.text());
}
