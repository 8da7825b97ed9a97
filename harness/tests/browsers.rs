//! The page host's crash isolation and batches, on both browsers: a page
//! that wedges and a browser that dies are that case's error and a fresh
//! browser takes the next; a page that throws answers and lives on;
//! Chromium's page renewed in a fresh renderer frees what the old one held;
//! the loopback server serves the page's files only. (Batches: every engine
//! that batches, in tests/engine_contract.rs.)
//!
//! A browser that is not installed is a SKIP line, a failure under CI.

use crate::common::*;

use reentry::engine::browser::engine::BrowserEngine;
use reentry::engine::worker::reprl::Op;
use reentry::engine::{chromium, firefox, Engine, EngineError, EngineOptions};
use reentry::model;
use reentry::program::Program;
use std::time::Duration;

/// How a browser engine starts.
type Start = fn(&EngineOptions) -> anyhow::Result<BrowserEngine>;

/// Each installed browser, started with `options`.
fn browsers(options: &EngineOptions) -> Vec<BrowserEngine> {
    let start: [(&str, Start); 2] =
        [("firefox", firefox::start), ("chromium", chromium::start)];
    available_engines(|r| start.iter().any(|(n, _)| *n == r.name))
        .into_iter()
        .map(|name| (start.iter().find(|(n, _)| *n == name).unwrap().1)(options).unwrap_or_else(|e| panic!("{name}: {e:#}")))
        .collect()
}

#[test]
fn a_wedged_page_a_dead_browser_and_a_throwing_page_are_that_cases_and_a_fresh_browser_goes_on() {
    let p = Program::minimal();
    let expected = model::run(&p).unwrap();
    for mut e in browsers(&EngineOptions { timeout: Duration::from_secs(2), recycle_after: 0, ..Default::default() }) {
        let name = e.name().to_string();
        let enc = e.encodings()[0];
        e.inject(0, Op::Hang, None);
        e.inject(2, Op::Throw, None);
        e.inject(4, Op::Hang, None);

        // The page wedges: a timeout, and the whole browser is replaced.
        let first = e.pid();
        assert_eq!(run(&mut e, &p, enc, None), Err(EngineError::Timeout(Duration::from_secs(2))), "{name}");
        assert_eq!(run(&mut e, &p, enc, None).unwrap(), expected, "{name}: a fresh browser takes over");
        assert_ne!(e.pid(), first, "{name}");

        // The page throws: answered, the browser lives on.
        let pid = e.pid();
        let thrown = run(&mut e, &p, enc, None).unwrap_err();
        assert!(matches!(&thrown, EngineError::Internal(m) if m.contains("THROW test op")), "{name}: {thrown}");
        assert_eq!(run(&mut e, &p, enc, None).unwrap(), expected, "{name}");
        assert_eq!(e.pid(), pid, "{name}");

        // The browser dies during a case (its process group killed while
        // the page hangs): a crash, and a fresh browser takes over.
        let group = e.pid().unwrap() as libc::pid_t;
        let killer = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(500));
            // SAFETY: a signal to the process group of the browser this test started.
            unsafe { libc::killpg(group, libc::SIGKILL) };
        });
        let died = run(&mut e, &p, enc, None).unwrap_err();
        killer.join().unwrap();
        assert!(matches!(&died, EngineError::Crash(_)), "{name}: {died}");
        assert_eq!(run(&mut e, &p, enc, None).unwrap(), expected, "{name}");
        let stats = e.stats();
        assert_eq!((stats.timeouts, stats.crashes, stats.spawns), (1, 1, 3), "{name}: {stats:?}");
        // Both run JSPI (Firefox through the pref its profile sets): the
        // generated lane's tasks run there, and compat's jspi cell says yes.
        let info = e.info();
        assert!(info.features.contains(&("jspi".to_string(), true)), "{name}: {:?}", info.features);
    }
}

#[test]
fn chromium_renews_its_page_in_a_fresh_renderer_which_frees_the_suspended_jspi_stacks() {
    // Each run leaves two JSPI stacks suspended (t0's and t1's resumptions
    // are refused after t2's abort); about 125 exhaust a Chromium renderer,
    // so 200 runs in one renderer would fail from about the 62nd on.
    let p = reentry::corpus::load(&repo().join("corpus/task_abort_while_two_siblings_await.reentry")).program.unwrap();
    let expected = model::run(&p).unwrap();
    if available_engines(|r| r.name == "chromium").is_empty() {
        return;
    }
    let mut e = chromium::start(&EngineOptions { recycle_after: 0, ..Default::default() }).unwrap();
    let renderers = |e: &BrowserEngine| renderer_pids(e.pid().unwrap());
    let first = renderers(&e);
    assert!(!first.is_empty(), "chromium runs no renderer process");
    for enc in e.encodings().to_vec() {
        for i in 0..100 {
            assert_eq!(run(&mut e, &p, enc, None).as_ref(), Ok(&expected), "run {i} ({enc:?})");
        }
    }
    let stats = e.stats();
    assert_eq!((stats.spawns, stats.crashes, stats.timeouts), (1, 0, 0), "one browser throughout: {stats:?}");
    assert!(stats.renewals >= 5, "renewed after every 64 stacks: {stats:?}");
    // The page's first renderer is gone and a new process took the page
    // (Chromium keeps a renderer of its own besides the page's).
    let now = renderers(&e);
    let (gone, new) = (first.iter().any(|p| !now.contains(p)), now.iter().any(|p| !first.contains(p)));
    assert!(gone && new, "renderers {first:?} before, {now:?} after");
}

/// The renderer processes in the process group of the browser `pid`.
fn renderer_pids(pid: u32) -> Vec<u32> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Some(p) = entry.file_name().to_str().and_then(|n| n.parse::<u32>().ok()) else { continue };
        // SAFETY: getpgid has no memory effects.
        let group = unsafe { libc::getpgid(p as libc::pid_t) };
        let cmdline = std::fs::read(format!("/proc/{p}/cmdline")).unwrap_or_default();
        if group == pid as libc::pid_t && String::from_utf8_lossy(&cmdline).contains("--type=renderer") {
            out.push(p);
        }
    }
    out
}

#[test]
fn the_loopback_server_serves_the_page_files_only_and_one_socket() {
    use reentry::engine::browser::server::{self, Server};
    use std::io::{Read, Write};
    let s = Server::start(repo().join("engines")).unwrap();
    let get = |url: &str, upgrade: bool| {
        let rest = url.strip_prefix("http://").unwrap();
        let (host, path) = rest.split_once('/').unwrap();
        let mut c = std::net::TcpStream::connect(host).unwrap();
        let extra = if upgrade { "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n" } else { "" };
        write!(c, "GET /{path} HTTP/1.1\r\nHost: {host}\r\n{extra}\r\n").unwrap();
        let mut head = [0u8; 256];
        let n = c.read(&mut head).unwrap();
        (String::from_utf8_lossy(&head[..n]).lines().next().unwrap_or("").to_string(), c)
    };
    assert!(get(&s.url("page.html", ""), false).0.contains("200"));
    assert!(get(&s.url("glue.js", ""), false).0.contains("200"));
    assert!(get(&s.url("package.json", ""), false).0.contains("404"), "only the page's files");
    let url = s.url("page.html", "");
    let host_end = url["http://".len()..].find('/').unwrap() + "http://".len();
    let other_token = format!("{}/0123456789abcdef/page.html", &url[..host_end]);
    assert!(get(&other_token, false).0.contains("404"), "a path without the token");
    let (status, _socket) = get(&s.url("socket", ""), true);
    assert!(status.contains("101"), "{status}");
    assert!(s.accept(Duration::from_secs(5)).is_some(), "the socket is handed over");
    assert!(get(&s.url("socket", ""), true).0.contains("409"), "one page per server");
    // After a page renewal, its new document connects from the other name.
    s.expect_page();
    assert!(get(&s.url_on("localhost", "socket", ""), true).0.contains("101"));
    assert!(s.accept(Duration::from_secs(5)).is_some());
    assert!(get(&s.url_on("localhost", "socket", ""), true).0.contains("409"), "one page at a time");
    assert_eq!(server::accept_key("dGhlIHNhbXBsZSBub25jZQ=="), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
}
