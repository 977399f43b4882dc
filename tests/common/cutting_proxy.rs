//! A TCP proxy on 127.0.0.1 that passes a PostgreSQL connection through until the client
//! sends a chosen message, then cuts the connection before that message reaches the server
//! — a connection lost at an exact point of the protocol, as a dying server would lose it.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A running proxy; it lives as long as the test process.
pub struct CuttingProxy {
    port: u16,
    times: usize,
    cuts_left: Arc<AtomicUsize>,
}

impl CuttingProxy {
    /// A proxy to the server at `target` (`host:port`) that cuts the first `times`
    /// connections on which the client sends bytes containing `message`.
    pub fn new(target: &str, message: &'static [u8], times: usize) -> CuttingProxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the proxy");
        let port = listener.local_addr().expect("the proxy's port").port();
        let cuts_left = Arc::new(AtomicUsize::new(times));
        let cuts = Arc::clone(&cuts_left);
        let target = target.to_string();
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let Ok(server) = TcpStream::connect(&target) else {
                    continue;
                };
                pass_on(client, server, message, Arc::clone(&cuts));
            }
        });
        CuttingProxy {
            port,
            times,
            cuts_left,
        }
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// How many connections it cut.
    pub fn cuts(&self) -> usize {
        self.times - self.cuts_left.load(Ordering::SeqCst)
    }
}

/// Copies the server's bytes to the client as they come, and the client's to the server
/// until they carry `message` while cuts are left.
fn pass_on(client: TcpStream, server: TcpStream, message: &'static [u8], cuts: Arc<AtomicUsize>) {
    let (Ok(mut from_server), Ok(mut to_client)) = (server.try_clone(), client.try_clone()) else {
        return;
    };
    std::thread::spawn(move || std::io::copy(&mut from_server, &mut to_client));
    std::thread::spawn(move || {
        let (mut from_client, mut to_server) = (client, server);
        let mut buffer = [0; 64 * 1024];
        loop {
            let read = match from_client.read(&mut buffer) {
                Ok(0) | Err(_) => break,
                Ok(read) => read,
            };
            let chunk = &buffer[..read];
            let carries = chunk.windows(message.len()).any(|window| window == message);
            if carries
                && cuts
                    .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |left| {
                        left.checked_sub(1)
                    })
                    .is_ok()
            {
                break;
            }
            if to_server.write_all(chunk).is_err() {
                break;
            }
        }
        let _ = from_client.shutdown(Shutdown::Both);
        let _ = to_server.shutdown(Shutdown::Both);
    });
}
