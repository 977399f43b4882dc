//! The small HTTP endpoint of `kontor serve --http ADDR:PORT` for the links in marketing
//! mail: unsubscribe (`/u/TOKEN`) and double opt-in confirmation (`/confirm/TOKEN`) —
//! nothing else (`http_pages` decides what each request gets). Plain HTTP/1.1 behind the
//! firm's reverse proxy, which does TLS. Room: server — uses `core` and the store's handle.
//!
//! One request per connection (`Connection: close`), parsed by `httparse` (the parser of
//! hyper, without the rest: four routes with tiny form bodies need no more). Bounded: the
//! head at most `MAX_HEAD` bytes (431), a body at most `MAX_BODY` (413) and only with a
//! Content-Length (chunked is refused with 411); the whole request must arrive within
//! `READ_TIMEOUT` (else 408 and closed) and at most `MAX_CONNECTIONS` are served at once
//! (more are closed at once), each in its own task, so a slow client never blocks another.
//! The client's address is the socket's, or the last `X-Forwarded-For` entry when the
//! socket's address is a trusted proxy (`--http-trusted-proxy`).

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;

use super::http_pages::{self, Page};
use crate::core::Clock;
use crate::lang::Locale;
use crate::store::Store;

/// The request line and headers may take this many bytes.
const MAX_HEAD: usize = 8 * 1024;
/// A request body may take this many bytes (the forms send a few dozen).
const MAX_BODY: usize = 4 * 1024;
/// The whole request must arrive within this time.
const READ_TIMEOUT: Duration = Duration::from_secs(10);
/// Writing the answer may take this long.
const WRITE_TIMEOUT: Duration = Duration::from_secs(10);
/// Connections served at once; more are closed at once.
const MAX_CONNECTIONS: usize = 256;
/// After answering, what the client still sends is dropped for this long, at most so much.
const LINGER: Duration = Duration::from_secs(2);
const LINGER_BYTES: usize = 64 * 1024;
const MAX_HEADERS: usize = 64;

/// What the endpoint needs to answer.
pub(crate) struct Endpoint {
    pub store: Arc<Store>,
    pub clock: Clock,
    /// The database's language: pages for clients whose Accept-Language names neither
    /// German nor English.
    pub locale: Locale,
    /// Proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<IpAddr>,
}

/// One request as the pages see it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Request {
    pub method: String,
    /// The path without the query.
    pub path: String,
    pub accept_language: String,
    pub body: Vec<u8>,
    /// The client's address (see the module docs).
    pub client: String,
}

/// Serves `listener` until the task is aborted.
pub(crate) async fn run(listener: TcpListener, endpoint: Arc<Endpoint>) {
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        let Ok((socket, peer)) = listener.accept().await else {
            tokio::time::sleep(Duration::from_millis(100)).await;
            continue;
        };
        // Over the limit the connection is dropped, i.e. closed, at once.
        let Ok(slot) = slots.clone().try_acquire_owned() else {
            continue;
        };
        let endpoint = endpoint.clone();
        tokio::spawn(async move {
            connection(socket, peer, endpoint).await;
            drop(slot);
        });
    }
}

/// Why a request was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unread {
    /// The client closed before a whole request.
    Closed,
    Status(u16),
}

async fn connection(mut socket: TcpStream, peer: SocketAddr, endpoint: Arc<Endpoint>) {
    let read = tokio::time::timeout(READ_TIMEOUT, read_request(&mut socket)).await;
    let page = match read {
        Err(_) => Page::status(408),
        Ok(Err(Unread::Closed)) => return,
        Ok(Err(Unread::Status(code))) => Page::status(code),
        Ok(Ok((mut request, forwarded))) => {
            request.client = client_address(peer.ip(), &forwarded, &endpoint.trusted_proxies);
            let endpoint = endpoint.clone();
            tokio::task::spawn_blocking(move || http_pages::answer(&endpoint, &request))
                .await
                .unwrap_or_else(|_| Page::status(500))
        }
    };
    let bytes = page.to_bytes(endpoint.locale);
    let _ = tokio::time::timeout(WRITE_TIMEOUT, async {
        let _ = socket.write_all(&bytes).await;
        let _ = socket.shutdown().await;
    })
    .await;
    // A lingering close: what the client still sends (a refused body or head) is read and
    // dropped for a moment, so closing does not reset the connection before it has read
    // the answer.
    let _ = tokio::time::timeout(LINGER, async {
        let mut sink = [0u8; 4096];
        let mut left = LINGER_BYTES;
        while left > 0 {
            match socket.read(&mut sink).await {
                Ok(0) | Err(_) => break,
                Ok(read) => left = left.saturating_sub(read),
            }
        }
    })
    .await;
}

/// Reads one request: its head, then the body its Content-Length announces; the raw
/// `X-Forwarded-For` value beside it.
async fn read_request(socket: &mut TcpStream) -> Result<(Request, String), Unread> {
    let mut buffer = Vec::with_capacity(1024);
    let mut chunk = [0u8; 2048];
    loop {
        let read = socket.read(&mut chunk).await.map_err(|_| Unread::Closed)?;
        if read == 0 {
            return Err(Unread::Closed);
        }
        buffer.extend_from_slice(&chunk[..read]);
        match parse_head(&buffer)? {
            Some((request, forwarded, head_len, body_len)) => {
                if body_len > MAX_BODY {
                    return Err(Unread::Status(413));
                }
                while buffer.len() < head_len + body_len {
                    let read = socket.read(&mut chunk).await.map_err(|_| Unread::Closed)?;
                    if read == 0 {
                        return Err(Unread::Closed);
                    }
                    buffer.extend_from_slice(&chunk[..read]);
                }
                let body = buffer[head_len..head_len + body_len].to_vec();
                return Ok((Request { body, ..request }, forwarded));
            }
            None if buffer.len() > MAX_HEAD => return Err(Unread::Status(431)),
            None => {}
        }
    }
}

/// The request head in `buffer` once complete: the request (without body), the
/// `X-Forwarded-For` value, the head's length and the body's announced length.
fn parse_head(buffer: &[u8]) -> Result<Option<(Request, String, usize, usize)>, Unread> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut parsed = httparse::Request::new(&mut headers);
    let head_len = match parsed.parse(buffer) {
        Ok(httparse::Status::Complete(len)) if len <= MAX_HEAD => len,
        Ok(httparse::Status::Complete(_)) => return Err(Unread::Status(431)),
        Ok(httparse::Status::Partial) => return Ok(None),
        Err(httparse::Error::TooManyHeaders) => return Err(Unread::Status(431)),
        Err(_) => return Err(Unread::Status(400)),
    };
    let mut request = Request {
        method: parsed.method.unwrap_or_default().to_string(),
        path: parsed
            .path
            .unwrap_or_default()
            .split(['?', '#'])
            .next()
            .unwrap_or_default()
            .to_string(),
        ..Request::default()
    };
    let mut forwarded = String::new();
    let mut body_len = 0;
    for header in parsed.headers.iter() {
        let value = String::from_utf8_lossy(header.value).trim().to_string();
        match header.name.to_ascii_lowercase().as_str() {
            "accept-language" => request.accept_language = value,
            "x-forwarded-for" => forwarded = value,
            "content-length" => {
                body_len = value.parse().map_err(|_| Unread::Status(400))?;
            }
            "transfer-encoding" => return Err(Unread::Status(411)),
            _ => {}
        }
    }
    Ok(Some((request, forwarded, head_len, body_len)))
}

/// The client: `peer`, unless it is a trusted proxy that forwarded for someone — then the
/// last address in `X-Forwarded-For` (the one that proxy added).
fn client_address(peer: IpAddr, forwarded: &str, trusted: &[IpAddr]) -> String {
    if trusted.contains(&peer)
        && let Some(last) = forwarded.rsplit(',').next()
        && let Ok(client) = last.trim().parse::<IpAddr>()
    {
        return client.to_string();
    }
    peer.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(text: &str) -> Result<Option<(Request, String, usize, usize)>, Unread> {
        parse_head(text.as_bytes())
    }

    #[test]
    fn a_head_is_read_with_its_path_language_and_body_length() {
        let text = "POST /u/1.ab?x=1 HTTP/1.1\r\nHost: a\r\nAccept-Language: de-DE,en;q=0.5\r\n\
                    Content-Length: 26\r\nX-Forwarded-For: 10.0.0.1, 192.0.2.7\r\n\r\n";
        let (request, forwarded, head_len, body_len) = head(text).unwrap().unwrap();
        assert_eq!(request.method, "POST");
        assert_eq!(request.path, "/u/1.ab");
        assert_eq!(request.accept_language, "de-DE,en;q=0.5");
        assert_eq!(forwarded, "10.0.0.1, 192.0.2.7");
        assert_eq!((head_len, body_len), (text.len(), 26));
    }

    #[test]
    fn partial_bad_and_chunked_heads() {
        assert_eq!(head("GET /u/x HTTP/1.1\r\nHost: a\r\n"), Ok(None));
        assert_eq!(
            head("GET /u/x HTTP/1.1\r\nHost a\r\n\r\n"),
            Err(Unread::Status(400))
        );
        assert_eq!(
            head("GET / HTTP/1.1\r\nContent-Length: many\r\n\r\n"),
            Err(Unread::Status(400))
        );
        assert_eq!(
            head("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"),
            Err(Unread::Status(411))
        );
    }

    #[test]
    fn the_client_is_forwarded_only_by_a_trusted_proxy() {
        let proxy: IpAddr = "10.0.0.5".parse().unwrap();
        let other: IpAddr = "198.51.100.9".parse().unwrap();
        let forwarded = "203.0.113.1, 192.0.2.7";
        assert_eq!(client_address(proxy, forwarded, &[proxy]), "192.0.2.7");
        assert_eq!(client_address(other, forwarded, &[proxy]), "198.51.100.9");
        assert_eq!(client_address(proxy, "", &[proxy]), "10.0.0.5");
        assert_eq!(client_address(proxy, "junk", &[proxy]), "10.0.0.5");
    }
}
