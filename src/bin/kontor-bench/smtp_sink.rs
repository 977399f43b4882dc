//! A loopback SMTP acceptor for `--mailing`: it listens on 127.0.0.1 (a port the system
//! picks), serves each connection on a thread of its own, accepts every message and counts
//! them — nothing is stored or parsed beyond the SMTP commands. `Session` is the protocol
//! (pure: one line in, the reply out) and has its tests; `Sink` the sockets. Room: bench
//! (not part of kontor; plain text SMTP only, no TLS, no AUTH).

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::{Context, Result};

/// The greeting a connection opens with.
pub const GREETING: &str = "220 sink.bench ESMTP\r\n";

/// What the server does after a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Send this reply and read on.
    Reply(&'static str),
    /// Read on without a reply (a line of a message's text).
    Quiet,
    /// A message ended: send the reply and count it.
    Accepted(&'static str),
    /// Send the reply and close the connection.
    Close(&'static str),
}

/// One connection's state: in commands or in a message's text after DATA.
#[derive(Debug, Default)]
pub struct Session {
    in_data: bool,
}

impl Session {
    /// The step for `line` (without its line end).
    pub fn line(&mut self, line: &[u8]) -> Step {
        if self.in_data {
            if line == b"." {
                self.in_data = false;
                return Step::Accepted("250 2.0.0 queued\r\n");
            }
            return Step::Quiet;
        }
        let verb: Vec<u8> = line
            .iter()
            .take_while(|byte| !byte.is_ascii_whitespace())
            .map(u8::to_ascii_uppercase)
            .collect();
        match verb.as_slice() {
            b"EHLO" => {
                Step::Reply("250-sink.bench\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 PIPELINING\r\n")
            }
            b"HELO" => Step::Reply("250 sink.bench\r\n"),
            b"MAIL" | b"RCPT" | b"RSET" | b"NOOP" => Step::Reply("250 2.0.0 ok\r\n"),
            b"DATA" => {
                self.in_data = true;
                Step::Reply("354 end with <CRLF>.<CRLF>\r\n")
            }
            b"QUIT" => Step::Close("221 2.0.0 bye\r\n"),
            _ => Step::Reply("502 5.5.2 not implemented\r\n"),
        }
    }
}

/// The listening sink; messages accepted so far in `accepted`.
pub struct Sink {
    pub port: u16,
    accepted: Arc<AtomicU64>,
}

impl Sink {
    /// Listens on a free loopback port and accepts connections on a background thread
    /// (which ends with the process).
    pub fn start() -> Result<Sink> {
        let listener = TcpListener::bind("127.0.0.1:0").context("binding the SMTP sink")?;
        let port = listener.local_addr()?.port();
        let accepted = Arc::new(AtomicU64::new(0));
        let counter = Arc::clone(&accepted);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let counter = Arc::clone(&counter);
                std::thread::spawn(move || {
                    // A connection that breaks off just ends; the client sees the error.
                    let _ = serve(stream, &counter);
                });
            }
        });
        Ok(Sink { port, accepted })
    }

    /// Messages accepted so far.
    pub fn accepted(&self) -> u64 {
        self.accepted.load(Ordering::SeqCst)
    }
}

fn serve(stream: TcpStream, accepted: &AtomicU64) -> std::io::Result<()> {
    stream.set_nodelay(true)?;
    let mut writer = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    writer.write_all(GREETING.as_bytes())?;
    let mut session = Session::default();
    let mut line = Vec::new();
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        let text = line.strip_suffix(b"\n").unwrap_or(&line);
        let text = text.strip_suffix(b"\r").unwrap_or(text);
        match session.line(text) {
            Step::Quiet => {}
            Step::Reply(reply) => writer.write_all(reply.as_bytes())?,
            Step::Accepted(reply) => {
                // Counted before the reply: a client that has its answer finds it counted.
                accepted.fetch_add(1, Ordering::SeqCst);
                writer.write_all(reply.as_bytes())?;
            }
            Step::Close(reply) => {
                writer.write_all(reply.as_bytes())?;
                return Ok(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn replies(lines: &[&str]) -> Vec<Step> {
        let mut session = Session::default();
        lines
            .iter()
            .map(|line| session.line(line.as_bytes()))
            .collect()
    }

    #[test]
    fn a_message_is_accepted_at_its_lone_dot() {
        let steps = replies(&[
            "EHLO client",
            "MAIL FROM:<bounce+x@kontor.example> BODY=8BITMIME",
            "RCPT TO:<a@b.example>",
            "DATA",
            "Subject: Hallo",
            "",
            "..a line starting with a dot, stuffed",
            ".",
            "QUIT",
        ]);
        assert!(matches!(steps[0], Step::Reply(r) if r.starts_with("250-")));
        assert_eq!(steps[1], Step::Reply("250 2.0.0 ok\r\n"));
        assert!(matches!(steps[3], Step::Reply(r) if r.starts_with("354")));
        assert_eq!(&steps[4..7], &[Step::Quiet, Step::Quiet, Step::Quiet]);
        assert!(matches!(steps[7], Step::Accepted(r) if r.starts_with("250")));
        assert!(matches!(steps[8], Step::Close(r) if r.starts_with("221")));
    }

    #[test]
    fn commands_inside_a_message_are_text() {
        let steps = replies(&["DATA", "QUIT", "MAIL FROM:<x@y>", "."]);
        assert_eq!(&steps[1..3], &[Step::Quiet, Step::Quiet]);
        assert!(matches!(steps[3], Step::Accepted(_)));
    }

    #[test]
    fn verbs_are_case_blind_and_unknown_ones_refused() {
        let steps = replies(&["quit"]);
        assert!(matches!(steps[0], Step::Close(_)));
        let steps = replies(&["VRFY someone", "."]);
        assert!(matches!(steps[0], Step::Reply(r) if r.starts_with("502")));
        // A lone dot outside a message is no message.
        assert!(matches!(steps[1], Step::Reply(r) if r.starts_with("502")));
    }

    #[test]
    fn the_sink_counts_what_a_client_hands_over() -> Result<()> {
        let sink = Sink::start()?;
        let stream = TcpStream::connect(("127.0.0.1", sink.port))?;
        let mut writer = stream.try_clone()?;
        let mut reader = BufReader::new(stream);
        let mut reply = String::new();
        let mut expect = |reader: &mut BufReader<TcpStream>, start: &str| -> Result<()> {
            loop {
                reply.clear();
                reader.read_line(&mut reply)?;
                assert!(reply.starts_with(start), "{reply:?} is not {start}");
                if reply.as_bytes().get(3) != Some(&b'-') {
                    return Ok(());
                }
            }
        };
        expect(&mut reader, "220")?;
        for _ in 0..2 {
            writer.write_all(b"MAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nDATA\r\n")?;
            expect(&mut reader, "250")?;
            expect(&mut reader, "250")?;
            expect(&mut reader, "354")?;
            writer.write_all(b"Subject: x\r\n\r\ntext\r\n.\r\n")?;
            expect(&mut reader, "250")?;
        }
        writer.write_all(b"QUIT\r\n")?;
        expect(&mut reader, "221")?;
        assert_eq!(sink.accepted(), 2);
        Ok(())
    }
}
