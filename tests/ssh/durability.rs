//! Nothing acknowledged is lost: a client (russh, in process) saves customers over SSH as
//! fast as the real `kontor serve` answers, noting each name once the session shows it
//! saved; the server is killed with SIGKILL at a random moment — just after a save was
//! acknowledged, the moment a write that was not yet durable would be lost — 20 times over
//! one database. After each kill `kontor check` is clean and every acknowledged customer is
//! there.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use russh::client;
use russh::keys::PrivateKeyWithHashAlg;

use super::protocol::{Client, Terminal, key};
use super::{free_port, serve_command, tool, wait_listening};
use crate::common::{Scratch, json_list, ok, text};

const KILLS: u64 = 20;

/// Saves customers named `Dauer {round}-{n}` until the connection breaks, pushing each
/// name to `acknowledged` once the screen says it was saved.
async fn save_until_cut(port: u16, round: u64, acknowledged: Arc<Mutex<Vec<String>>>) {
    let config = Arc::new(client::Config::default());
    let Ok(mut handle) = client::connect(config, ("127.0.0.1", port), Client).await else {
        return;
    };
    let key = PrivateKeyWithHashAlg::new(Arc::new(key(1)), None);
    if !handle
        .authenticate_publickey("anna", key)
        .await
        .is_ok_and(|auth| auth.success())
    {
        return;
    }
    let Ok(channel) = handle.channel_open_session().await else {
        return;
    };
    let Some(mut terminal) = Terminal::adopt(channel, 80, 24).await else {
        return;
    };
    for n in 1.. {
        let name = format!("Dauer {round}-{n}");
        if !terminal.try_send(b"gc").await
            || !terminal.try_until(|t| t.row(0).contains("Customers")).await
            || !terminal.try_send(b"n").await
            || !terminal
                .try_until(|t| t.text().contains("New customer"))
                .await
            || !terminal.try_send(format!("{name}\x18").as_bytes()).await
        {
            return;
        }
        let saved = terminal
            .try_until(|t| {
                let title = t.row(0);
                title.contains(&name) && !title.contains("New") && t.text().contains("saved")
            })
            .await;
        if !saved {
            return;
        }
        acknowledged.lock().unwrap().push(name);
    }
}

#[test]
fn every_save_a_client_saw_survives_sigkill_of_the_server() {
    tool("ssh-keygen", &["-?"]);
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let line = key(1).public_key().to_openssh().unwrap();
    ok(
        &db,
        &["user", "add", "anna", "--role", "agent", "--key", &line],
    );
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let acknowledged = Arc::new(Mutex::new(Vec::new()));
    let mut random = fastrand::Rng::with_seed(0x6b696c6c);
    for round in 1..=KILLS {
        let port = free_port();
        let mut server = serve_command(&db, port)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        wait_listening(port, &mut server, &String::new);
        let client = runtime.spawn(save_until_cut(port, round, acknowledged.clone()));
        let before = acknowledged.lock().unwrap().len();
        std::thread::sleep(Duration::from_millis(random.u64(0..400)));
        let seen = acknowledged.lock().unwrap().len();
        while acknowledged.lock().unwrap().len() == seen && !client.is_finished() {
            std::thread::sleep(Duration::from_micros(200));
        }
        std::thread::sleep(Duration::from_micros(random.u64(0..3000)));
        server.kill().unwrap();
        server.wait().unwrap();
        runtime.block_on(client).unwrap();
        let after = acknowledged.lock().unwrap().len();
        assert!(
            after > before || round > 1,
            "no save was acknowledged in round {round}"
        );
        assert!(ok(&db, &["check"]).starts_with("ok"), "round {round}");
    }
    let stored: Vec<String> = json_list(&db, &["customer", "list", "--limit", "100000"])
        .iter()
        .map(|customer| text(customer, "name").to_string())
        .collect();
    let acknowledged = acknowledged.lock().unwrap();
    assert!(
        acknowledged.len() >= KILLS as usize,
        "{}",
        acknowledged.len()
    );
    let lost: Vec<&String> = acknowledged
        .iter()
        .filter(|name| !stored.contains(name))
        .collect();
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
}
