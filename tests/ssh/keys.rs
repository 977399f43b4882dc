//! Keys bundled in one write over the real OpenSSH client in tmux: `send-keys Escape F2`
//! and `send-keys Escape g c` as one command each reach ssh in one write, and the server
//! reads them as Esc and then those keys (the flow of `tui::bundled_keys`). Uses the
//! helpers of `ssh.rs`.

use super::*;
use crate::tui::bundled_keys::esc_then_keys_in_one_write;

#[test]
fn esc_then_f2_and_esc_then_g_c_in_one_write_each_are_those_keys_over_ssh() {
    let served = Served::start_with(&[("anna", "agent")], |db| {
        ok(db, &["customer", "add", "--name", "Acme"]);
    });
    let session = served.session(80, 24);
    session.wait_for(TITLE, WAIT);
    esc_then_keys_in_one_write(&session, "Acme");
    session.wait_for("[ssh exited 0]", WAIT);
}
