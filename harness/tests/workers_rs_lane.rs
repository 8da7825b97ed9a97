//! The workers-rs binding (issue 23): the rustc guest as a real workers-rs
//! 0.8.7 Worker, built as worker-build 0.8.7 builds it
//! (`guest::workers_rs`), served by the pinned `workerd serve`. Needs
//! Debian's rustc 1.96, the wasm-bindgen CLI and the worker-build crate
//! (`scripts/setup.sh`); without them a test prints SKIP, under CI it fails.

use crate::common::*;

use reentry::engine::workerd::{server::Server, workers_rs_bundle, WORKERD};
use reentry::engine::worker::Launch;
use reentry::guest::build::{self, Flavor};
use reentry::guest::workers_rs;
use reentry::compile::Encoding;
use std::time::Duration;

/// The Worker's toolchain and workerd, or None (SKIP; a failure under CI).
fn ready() -> Option<std::path::PathBuf> {
    let found = build::toolchain()
        .and_then(|_| build::wasm_bindgen_cli())
        .and_then(|_| workers_rs::worker_build_crate())
        .and_then(|_| WORKERD.executable().map_err(|e| anyhow::anyhow!(e)));
    match found {
        Ok(exe) => Some(exe),
        Err(e) if under_ci() => panic!("the workers-rs lane's toolchain or workerd is missing under CI: {e:#}"),
        Err(e) => {
            eprintln!("SKIP: {e:#}");
            None
        }
    }
}

/// workers-rs's own `test/tests/panic.spec.ts` counter as a program: e0
/// counts, e1 panics (payload 7), e2 aborts (`unreachable`); and e3, a
/// task's body, counts, awaits, counts. Encoded by hand (docs/guest.md
/// "Program encoding") so that this test does not lean on the encoder.
fn counter_program() -> Vec<u8> {
    let add_1: &[u8] = &[7, 1, 0, 0, 0];
    let (panic_7, unreachable, await_): (&[u8], &[u8], &[u8]) = (&[4, 7, 0, 0, 0], &[6, 0], &[11]);
    let bodies = [vec![add_1], vec![panic_7], vec![unreachable], vec![add_1, await_, add_1]];
    let mut p = b"RNTR".to_vec();
    p.extend_from_slice(&[reentry::guest::encode::VERSION, reentry::guest::BASE_PAGES as u8, 1]);
    p.extend_from_slice(&0i32.to_le_bytes());
    p.extend_from_slice(&(bodies.len() as u16).to_le_bytes());
    for steps in bodies {
        p.extend_from_slice(&(steps.len() as u16).to_le_bytes());
        steps.iter().for_each(|s| p.extend_from_slice(s));
    }
    p
}

/// The driver's side of a task's await: an HTTP server answering every
/// `GET /await/<t>` with `answer` (the Worker's global outbound).
fn driver(answer: &'static str) -> String {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    std::thread::spawn(move || {
        for conn in listener.incoming().flatten() {
            let mut r = BufReader::new(conn);
            let mut line = String::new();
            while r.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let _ = write!(r.get_mut(), "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}", answer.len());
        }
    });
    addr
}

/// Serve the Worker of `flavor` and run `paths` in order, one request each;
/// each request's status and body, and workerd's output.
fn serve(flavor: Flavor, paths: &[&str]) -> Option<(Vec<(u16, String)>, String)> {
    let exe = ready()?;
    let worker = workers_rs::worker(flavor).unwrap();
    let bundle = reentry::engine::workerd::server::Bundle { outbound: Some(driver("ok")), ..workers_rs_bundle(&worker).unwrap() };
    let mut server = Server::start(&exe, &bundle, Duration::from_secs(60)).unwrap();
    let program = counter_program();
    let out = paths
        .iter()
        .map(|p| {
            let (status, body) = server.post_to(p, &program, Duration::from_secs(30)).unwrap_or_else(|f| panic!("{p}: {f:?}{}", server.output()));
            (status, String::from_utf8_lossy(&body).to_string())
        })
        .collect();
    let output = server.output();
    server.shutdown();
    Some((out, output))
}

fn states(out: &[(u16, String)]) -> Vec<String> {
    out.iter().map(|(s, b)| if *s == 200 { b.clone() } else { format!("{s}") }).collect()
}

/// `--panic-unwind`: a panic fails its request only; the counter keeps
/// counting across it (panic.spec.ts, unwind). A task's await is answered
/// by the driver within its own request.
#[test]
fn unwind_a_panic_fails_its_request_and_the_counter_keeps_counting() {
    let paths = ["/call/0", "/call/0", "/call/1", "/call/0", "/spawn/3/0", "/state"];
    let Some((out, output)) = serve(Flavor::Unwind(Encoding::Legacy), &paths) else { return };
    assert_eq!(states(&out), ["1", "2", "500", "3", "5", "5"], "{output}");
    assert!(!output.contains("Reinitializing Wasm application"), "nothing reinitialises under unwind:{output}");
}

/// The default panic=abort: a panic, then an abort (`unreachable`), each
/// fails its request; the next request runs on a fresh instance (the shim's
/// `__wbg_reset_state`), so the counter starts again (panic.spec.ts, abort).
#[test]
fn abort_a_panic_fails_its_request_and_the_next_starts_again() {
    let paths = ["/call/0", "/call/0", "/call/1", "/call/0", "/call/0", "/call/2", "/call/0", "/spawn/3/0", "/state"];
    let Some((out, output)) = serve(Flavor::Abort, &paths) else { return };
    assert_eq!(states(&out), ["1", "2", "500", "1", "2", "500", "1", "3", "3"], "{output}");
    assert_eq!(output.matches("Reinitializing Wasm application").count(), 2, "{output}");
}

/// The finding's directory (corpus/regressions/README.md).
const STRANDED: &str = "corpus/regressions/workers-rs-0.8.7-reset-strands-requests-in-flight";

/// The committed repro's shims are worker-build 0.8.7's `shim.js` as this
/// lane fills it in, and the same with the write-up's `fix.patch`.
#[test]
fn the_stranded_request_repro_ships_worker_builds_shim_and_its_fix() {
    if ready().is_none() {
        return;
    }
    let dir = repo().join(STRANDED);
    let shim = |w: &workers_rs::Worker| w.modules.iter().find(|m| m.name == "shim.js").unwrap().bytes.clone();
    let built = workers_rs::worker(Flavor::Abort).unwrap();
    assert!(std::fs::read(dir.join("worker/shim.js")).unwrap() == shim(&built), "worker/shim.js is not worker-build's shim as the lane fills it in");
    let tmp = std::env::temp_dir().join(format!("reentry-workers-rs-fix-{}", std::process::id()));
    std::fs::create_dir_all(tmp.join("src/js")).unwrap();
    std::fs::write(tmp.join("src/js/shim.js"), workers_rs::shim_source(Flavor::Abort).unwrap()).unwrap();
    let patch = std::fs::File::open(dir.join("fix.patch")).unwrap();
    let st = std::process::Command::new("patch").args(["-p1", "--quiet", "-d"]).arg(&tmp).stdin(patch).status().unwrap();
    assert!(st.success(), "fix.patch does not apply to worker-build {}'s shim.js", workers_rs::WORKER_BUILD_VERSION);
    let patched = std::fs::read_to_string(tmp.join("src/js/shim.js")).unwrap();
    let _ = std::fs::remove_dir_all(&tmp);
    let fixed = workers_rs::worker_with_shim(Flavor::Abort, &patched).unwrap();
    assert!(std::fs::read(dir.join("fixed/shim.js")).unwrap() == shim(&fixed), "fixed/shim.js is not fix.patch's shim as the lane fills it in");
}

/// The repro, with workerd alone: exit 1 (the request in flight at the
/// abort is cancelled as hung) as committed, 0 with the fixed shim (it
/// fails at once with the shim's error).
#[test]
fn the_stranded_request_repro_fails_as_released_and_passes_fixed() {
    let Some(exe) = ready() else { return };
    let dir = repo().join(STRANDED);
    let run = |args: &[&str]| {
        let out = std::process::Command::new("sh").arg("repro.sh").args(args).env("WORKERD", &exe).current_dir(&dir).output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr))
    };
    let (code, said) = run(&[]);
    assert_eq!(code, Some(1), "{said}");
    assert!(said.contains("FAIL: the request in flight at the abort was cancelled by workerd as hung") && said.contains("next {\"status\":200,\"text\":\"1\"}"), "{said}");
    let (code, said) = run(&["--fixed"]);
    assert_eq!(code, Some(0), "{said}");
    assert!(said.contains("Wasm instance reset after a critical error while this request was in flight"), "{said}");
}
