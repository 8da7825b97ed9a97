//! Requests in flight on the workers-rs lane (issue 23): a task is a
//! `/spawn/<i>/<t>` request on a connection of its own, and its awaits are
//! subrequests to the Worker's global outbound, an HTTP server here
//! ([`Outbound`]) that holds each `GET /await/<t>` until the driver settles
//! it. So every task of a case is a request in flight at once on the one
//! isolate, as a Worker's concurrent requests are, and the driver decides
//! when each goes on, which keeps the interleaving the program fixes.
//!
//! What the engine learns arrives on one channel ([`Happening`]): a task
//! awaits (its subrequest arrived), or its request ended (status and body).

use super::server::read_response;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

/// Something a request in flight did.
pub enum Happening {
    /// Task `task` awaits: the outbound holds its subrequest on `conn`
    /// until [`answer`] answers it.
    Await { task: i32, conn: TcpStream },
    /// The request of task `task` (of case `case`) ended: its status and
    /// body, or `None` if its connection failed before an answer.
    Ended { case: u64, task: i32, answer: Option<(u16, Vec<u8>)> },
}

/// The Worker's global outbound: accepts `GET /await/<t>` subrequests and
/// hands each on as a [`Happening::Await`].
pub struct Outbound {
    addr: String,
    stop: Arc<AtomicBool>,
}

impl Outbound {
    pub fn start(tx: Sender<Happening>) -> std::io::Result<Outbound> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let addr = listener.local_addr()?.to_string();
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = stop.clone();
        std::thread::Builder::new().name("workerd-outbound".into()).spawn(move || {
            for conn in listener.incoming() {
                if stopped.load(Ordering::Relaxed) {
                    return;
                }
                let Ok(conn) = conn else { continue };
                let Some(task) = await_of(&conn) else { continue };
                if tx.send(Happening::Await { task, conn }).is_err() {
                    return;
                }
            }
        })?;
        Ok(Outbound { addr, stop })
    }

    /// `127.0.0.1:PORT`, the Worker's `globalOutbound` address.
    pub fn addr(&self) -> &str {
        &self.addr
    }
}

impl Drop for Outbound {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        // Wake the accept loop so that it sees the flag.
        let _ = TcpStream::connect_timeout(&self.addr.parse().expect("an address"), Duration::from_millis(200));
    }
}

/// The task an await subrequest is for (`GET /await/<t>`), its head read.
fn await_of(conn: &TcpStream) -> Option<i32> {
    conn.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let mut r = BufReader::new(conn);
    let mut line = String::new();
    r.read_line(&mut line).ok()?;
    let task = line.split_whitespace().nth(1)?.strip_prefix("/await/")?.parse().ok()?;
    loop {
        let mut h = String::new();
        if r.read_line(&mut h).ok()? == 0 || h.trim_end().is_empty() {
            return Some(task);
        }
    }
}

/// Settle an await: `ok` resolves it, anything else rejects it
/// (binding_workers_rs.rs `await_task`).
pub fn answer(mut conn: TcpStream, body: &str) {
    let _ = write!(conn, "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
}

/// POST `path` with `body` to `port` on a connection of its own; its answer
/// arrives on `tx` as [`Happening::Ended`] for `(case, task)`.
pub fn send(port: u16, path: &str, body: &[u8], case: u64, task: i32, tx: Sender<Happening>) -> std::io::Result<()> {
    let mut conn = TcpStream::connect(("127.0.0.1", port))?;
    conn.set_nodelay(true)?;
    let mut req = format!("POST {path} HTTP/1.1\r\nHost: reentry\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len()).into_bytes();
    req.extend_from_slice(body);
    conn.write_all(&req)?;
    std::thread::Builder::new().name("workerd-request".into()).spawn(move || {
        let answer = read_response(&mut BufReader::new(conn)).ok();
        let _ = tx.send(Happening::Ended { case, task, answer });
    })?;
    Ok(())
}

/// POST `path` with `body` to `port` on a connection of its own and wait
/// up to `patience` for the answer: `None` if none came by then (the
/// connection is dropped, the request left to workerd).
pub fn post_within(port: u16, path: &str, body: &[u8], patience: Duration) -> std::io::Result<Option<(u16, Vec<u8>)>> {
    let mut conn = TcpStream::connect(("127.0.0.1", port))?;
    conn.set_nodelay(true)?;
    conn.set_read_timeout(Some(patience))?;
    let mut req = format!("POST {path} HTTP/1.1\r\nHost: reentry\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len()).into_bytes();
    req.extend_from_slice(body);
    conn.write_all(&req)?;
    match read_response(&mut BufReader::new(conn)) {
        Ok(answer) => Ok(Some(answer)),
        Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => Ok(None),
        Err(e) => Err(e),
    }
}

/// A channel for [`Happening`]s.
pub fn channel() -> (Sender<Happening>, Receiver<Happening>) {
    mpsc::channel()
}

/// The next happening before `until`, or `None` at `until`.
pub fn next(rx: &Receiver<Happening>, until: Instant) -> Option<Happening> {
    rx.recv_timeout(until.saturating_duration_since(Instant::now())).ok()
}
