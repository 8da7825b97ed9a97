//! The loopback server a page host runs for one browser: it serves the page
//! and the scripts it loads from `engines/` over HTTP on `127.0.0.1:0`, and
//! accepts the page's one WebSocket, over which the worker protocol's frames
//! travel (docs/worker-protocol.md, "Browsers").
//!
//! Every path starts with a random token, so nothing else on the machine's
//! loopback reaches this server by accident. Only the files the page needs
//! are served ([`FILES`]), read from disk at each request as a worker reads
//! them at its start: the handshake's hashes then say which glue ran.
//!
//! The WebSocket is RFC 6455's minimum for one trusted peer: binary
//! messages (fragmented or not) and close; pings are answered.

use base64::Engine as _;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::sync::Arc;
use std::time::Duration;

/// What the page may load from `engines/`, with its content type.
pub const FILES: &[(&str, &str)] = &[
    ("page.html", "text/html; charset=utf-8"),
    ("page.js", "text/javascript; charset=utf-8"),
    ("worker-core.js", "text/javascript; charset=utf-8"),
    ("glue.js", "text/javascript; charset=utf-8"),
    ("raw.js", "text/javascript; charset=utf-8"),
    ("wbg-host.js", "text/javascript; charset=utf-8"),
];

/// No message from the page is this large (a trace of a whole batch is far
/// smaller): a bigger length is garbage.
const MAX_MESSAGE: usize = 256 << 20;
const WEBSOCKET_GUID: &str = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

/// A server listening for one page (until it is dropped).
pub struct Server {
    port: u16,
    token: String,
    /// The page's socket, once it has connected.
    sockets: Receiver<TcpStream>,
    /// Whether a page may connect now: once at the start, and again after
    /// each [`Server::expect_page`].
    open: Arc<AtomicBool>,
    stop: Arc<AtomicBool>,
}

impl Server {
    /// Listen on a fresh loopback port and serve `dir`'s [`FILES`] until the
    /// page's WebSocket arrives (further upgrade requests are refused until
    /// [`Server::expect_page`]).
    pub fn start(dir: PathBuf) -> std::io::Result<Server> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let port = listener.local_addr()?.port();
        let token = random_token();
        let (tx, sockets) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let open = Arc::new(AtomicBool::new(true));
        let (prefix, stopped, may_connect) = (format!("/{token}/"), stop.clone(), open.clone());
        std::thread::Builder::new().name("page-server".into()).spawn(move || {
            for stream in listener.incoming() {
                if stopped.load(Ordering::Relaxed) {
                    return;
                }
                let Ok(stream) = stream else { continue };
                if let Some(socket) = serve(stream, &prefix, &dir, &may_connect) {
                    let _ = tx.send(socket);
                }
            }
        })?;
        Ok(Server { port, token, sockets, open, stop })
    }

    /// The page's address on 127.0.0.1, with `query` (already encoded).
    pub fn url(&self, file: &str, query: &str) -> String {
        self.url_on("127.0.0.1", file, query)
    }

    /// The same on `host`, a name of this loopback address (`localhost`).
    pub fn url_on(&self, host: &str, file: &str, query: &str) -> String {
        format!("http://{host}:{}/{}/{file}?{query}", self.port, self.token)
    }

    /// Let one more page connect (the page navigated to a new document).
    pub fn expect_page(&self) {
        self.open.store(true, Ordering::Relaxed);
    }

    /// Wait for the page's WebSocket.
    pub fn accept(&self, timeout: Duration) -> Option<TcpStream> {
        self.sockets.recv_timeout(timeout).ok()
    }
}

impl Drop for Server {
    /// End the serving thread: it sees the flag at the next connection,
    /// which this makes.
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn random_token() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos()));
    h.write_u32(std::process::id());
    format!("{:016x}", h.finish())
}

/// Answer one HTTP request on `stream`: a file, or (if `open`, which it
/// clears) the WebSocket handshake, which hands the stream back.
fn serve(stream: TcpStream, prefix: &str, dir: &std::path::Path, open: &AtomicBool) -> Option<TcpStream> {
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line).ok()?;
    let mut key = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 || line == "\r\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.trim().eq_ignore_ascii_case("sec-websocket-key") {
                key = Some(value.trim().to_string());
            }
        }
    }
    let mut stream = stream;
    let target = request_line.split_whitespace().nth(1).unwrap_or("");
    let path = target.split('?').next().unwrap_or("");
    let Some(name) = path.strip_prefix(prefix) else {
        let _ = respond(&mut stream, "404 Not Found", "text/plain", b"not found\n");
        return None;
    };
    if name == "socket" {
        let Some(key) = key.filter(|_| open.swap(false, Ordering::Relaxed)) else {
            let _ = respond(&mut stream, "409 Conflict", "text/plain", b"one page per server\n");
            return None;
        };
        let accept = accept_key(&key);
        let head = format!(
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n"
        );
        stream.write_all(head.as_bytes()).ok()?;
        stream.set_read_timeout(None).ok()?;
        stream.set_nodelay(true).ok()?;
        return Some(stream);
    }
    match FILES.iter().find(|(f, _)| *f == name) {
        Some((file, mime)) => match std::fs::read(dir.join(file)) {
            Ok(body) => respond(&mut stream, "200 OK", mime, &body).ok()?,
            Err(e) => respond(&mut stream, "500 Internal Server Error", "text/plain", e.to_string().as_bytes()).ok()?,
        },
        None if name == "favicon.ico" => respond(&mut stream, "204 No Content", "text/plain", b"").ok()?,
        None => respond(&mut stream, "404 Not Found", "text/plain", b"not found\n").ok()?,
    }
    None
}

fn respond(stream: &mut TcpStream, status: &str, mime: &str, body: &[u8]) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {mime}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)?;
    stream.flush()
}

/// `Sec-WebSocket-Accept` for a client's key.
pub fn accept_key(key: &str) -> String {
    let mut sha = sha1_smol::Sha1::new();
    sha.update(key.as_bytes());
    sha.update(WEBSOCKET_GUID.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(sha.digest().bytes())
}

/// Send one binary message (a server's frames are not masked).
pub fn write_message(stream: &mut impl Write, payload: &[u8]) -> std::io::Result<()> {
    write_frame(stream, 0x82, payload)
}

/// Send one text message.
pub fn write_text(stream: &mut impl Write, text: &str) -> std::io::Result<()> {
    write_frame(stream, 0x81, text.as_bytes())
}

/// One final frame: `first` is FIN and the opcode.
fn write_frame(stream: &mut impl Write, first: u8, payload: &[u8]) -> std::io::Result<()> {
    let mut head = Vec::with_capacity(10);
    head.push(first);
    match payload.len() {
        n if n < 126 => head.push(n as u8),
        n if n <= 0xffff => {
            head.push(126);
            head.extend_from_slice(&(n as u16).to_be_bytes());
        }
        n => {
            head.push(127);
            head.extend_from_slice(&(n as u64).to_be_bytes());
        }
    }
    stream.write_all(&head)?;
    stream.write_all(payload)?;
    stream.flush()
}

/// Read one whole message (binary or text, its fragments joined). Answers
/// pings on `pong`; `Ok(None)` is a close.
pub fn read_message(r: &mut impl Read, pong: &mut impl Write) -> Result<Option<Vec<u8>>, String> {
    let mut message = Vec::new();
    loop {
        let mut head = [0u8; 2];
        r.read_exact(&mut head).map_err(|e| format!("eof: {e}"))?;
        let (fin, opcode, masked) = (head[0] & 0x80 != 0, head[0] & 0x0f, head[1] & 0x80 != 0);
        let len = match head[1] & 0x7f {
            126 => {
                let mut b = [0u8; 2];
                r.read_exact(&mut b).map_err(|e| format!("eof: {e}"))?;
                u16::from_be_bytes(b) as usize
            }
            127 => {
                let mut b = [0u8; 8];
                r.read_exact(&mut b).map_err(|e| format!("eof: {e}"))?;
                u64::from_be_bytes(b) as usize
            }
            n => n as usize,
        };
        if message.len() + len > MAX_MESSAGE {
            return Err(format!("protocol: a WebSocket message of more than {len} bytes"));
        }
        let mut mask = [0u8; 4];
        if masked {
            r.read_exact(&mut mask).map_err(|e| format!("eof: {e}"))?;
        }
        let start = message.len();
        message.resize(start + len, 0);
        r.read_exact(&mut message[start..]).map_err(|e| format!("eof inside a message: {e}"))?;
        if masked {
            for (i, b) in message[start..].iter_mut().enumerate() {
                *b ^= mask[i & 3];
            }
        }
        match opcode {
            0x8 => return Ok(None),
            0x9 => {
                let ping = message.split_off(start);
                let mut frame = vec![0x8a, ping.len() as u8];
                frame.extend_from_slice(&ping);
                pong.write_all(&frame).map_err(|e| format!("eof: {e}"))?;
                continue;
            }
            0xa => {
                message.truncate(start);
                continue;
            }
            0x0..=0x2 if fin => return Ok(Some(message)),
            0x0..=0x2 => continue,
            op => return Err(format!("protocol: WebSocket opcode {op:#x}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_key_is_rfc_6455s_example() {
        assert_eq!(accept_key("dGhlIHNhbXBsZSBub25jZQ=="), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    }

    #[test]
    fn messages_round_trip_masked_fragmented_and_with_pings() {
        // A client's masked message in two fragments with a ping between.
        let mask = [1u8, 2, 3, 4];
        let masked = |op: u8, fin: bool, data: &[u8]| {
            let mut f = vec![(if fin { 0x80 } else { 0 }) | op, 0x80 | data.len() as u8];
            f.extend_from_slice(&mask);
            f.extend(data.iter().enumerate().map(|(i, b)| b ^ mask[i & 3]));
            f
        };
        let mut wire = masked(0x2, false, b"hello ");
        wire.extend(masked(0x9, true, b"p"));
        wire.extend(masked(0x0, true, b"world"));
        wire.extend(masked(0x8, true, b""));
        let mut pongs = Vec::new();
        let mut r = wire.as_slice();
        assert_eq!(read_message(&mut r, &mut pongs).unwrap(), Some(b"hello world".to_vec()));
        assert_eq!(pongs, [0x8a, 1, b'p']);
        assert_eq!(read_message(&mut r, &mut pongs).unwrap(), None);
        // Our own messages read back, at each length encoding.
        for n in [0, 125, 126, 70_000] {
            let mut out = Vec::new();
            write_message(&mut out, &vec![7u8; n]).unwrap();
            assert_eq!(read_message(&mut out.as_slice(), &mut Vec::new()).unwrap().unwrap().len(), n);
        }
        assert!(read_message(&mut [0x82u8, 5, 1].as_slice(), &mut Vec::new()).is_err());
    }
}
