//! Load on one workerd (issue 23, `reentry load`): a workers-rs Worker
//! served with a front Worker (`engines/workerd-front.js`, which reads per
//! request why it failed), `in_flight` requests kept in flight at once for
//! a given time, each task's await answered by the outbound 1-20 ms after
//! it arrived. What each request was and what it should do is the
//! caller's (`reentry load`); this is the mechanics.

use super::requests::{self, Happening, Outbound};
use super::server::{read_response, Bundle, Module, ModuleKind, Server};
use super::{workers_rs_bundle, WORKERD};
use crate::engine::worker::engines_dir;
use crate::engine::worker::Launch;
use crate::guest::workers_rs::Worker;
use std::io::{BufReader, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long one request may take before it counts as hung.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// One request of the run.
#[derive(Clone, Debug)]
pub struct Sent {
    /// Its number (what `path` was asked for).
    pub index: u64,
    /// Since the run's start.
    pub started: Duration,
    pub ended: Duration,
    /// The Worker's status and body; status 0: workerd's error (the body)
    /// or no answer within [`REQUEST_TIMEOUT`] (`timeout`).
    pub status: u16,
    pub body: String,
}

/// What a run did.
pub struct Ran {
    pub sent: Vec<Sent>,
    /// The most requests in flight at once.
    pub peak: usize,
    /// `/state` after the run (status and body), through the front.
    pub state: (u16, String),
}

/// Run `path(i)` for i = 0, 1, ... with `in_flight` of them in flight at
/// once until `time` is over, against one `workerd serve` of `worker`;
/// every request's body is `program`.
pub fn run(worker: &Worker, program: &[u8], in_flight: usize, time: Duration, path: &(dyn Fn(u64) -> String + Sync)) -> anyhow::Result<Ran> {
    let exe = WORKERD.executable().map_err(|e| anyhow::anyhow!(e))?;
    let (tx, happenings) = requests::channel();
    let outbound = Outbound::start(tx)?;
    let front = vec![Module { name: "front.js".into(), kind: ModuleKind::Es, bytes: std::fs::read(engines_dir().join("workerd-front.js"))? }];
    let bundle = Bundle { outbound: Some(outbound.addr().to_string()), front: Some(front), ..workers_rs_bundle(worker)? };
    let mut server = Server::start(&exe, &bundle, Duration::from_secs(30))?;
    let port = server.port();
    let answering = std::thread::spawn(move || {
        // Each await answered after 1-20 ms, so that tasks overlap.
        while let Ok(h) = happenings.recv() {
            if let Happening::Await { task, conn } = h {
                std::thread::spawn(move || {
                    std::thread::sleep(Duration::from_millis(1 + task as u64 % 20));
                    requests::answer(conn, "ok");
                });
            }
        }
    });
    let start = Instant::now();
    let (next, now_in_flight, peak) = (AtomicU64::new(0), AtomicUsize::new(0), AtomicUsize::new(0));
    let sent = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..in_flight {
            s.spawn(|| {
                while start.elapsed() < time {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let n = now_in_flight.fetch_add(1, Ordering::Relaxed) + 1;
                    peak.fetch_max(n, Ordering::Relaxed);
                    let started = start.elapsed();
                    let (status, body) = post(port, &path(index), program);
                    now_in_flight.fetch_sub(1, Ordering::Relaxed);
                    let ended = start.elapsed();
                    sent.lock().expect("sent").push(Sent { index, started, ended, status, body });
                }
            });
        }
    });
    let state = post(port, "/state", program);
    server.kill();
    drop(outbound);
    let _ = answering.join();
    let mut sent = sent.into_inner().expect("sent");
    sent.sort_by_key(|s| s.index);
    Ok(Ran { sent, peak: peak.into_inner(), state })
}

/// POST `path` through the front; its `<status> <body>` split.
fn post(port: u16, path: &str, body: &[u8]) -> (u16, String) {
    let exchange = || -> std::io::Result<(u16, Vec<u8>)> {
        let mut conn = TcpStream::connect(("127.0.0.1", port))?;
        conn.set_nodelay(true)?;
        conn.set_read_timeout(Some(REQUEST_TIMEOUT))?;
        let mut req = format!("POST {path} HTTP/1.1\r\nHost: rs\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len()).into_bytes();
        req.extend_from_slice(body);
        conn.write_all(&req)?;
        read_response(&mut BufReader::new(conn))
    };
    match exchange() {
        Ok((200, reply)) => {
            let text = String::from_utf8_lossy(&reply);
            let (status, body) = text.split_once(' ').unwrap_or((&text, ""));
            (status.parse().unwrap_or(0), body.to_string())
        }
        Ok((status, reply)) => (0, format!("the front answered {status}: {}", String::from_utf8_lossy(&reply))),
        Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => (0, "timeout".into()),
        Err(e) => (0, format!("no answer: {e}")),
    }
}
