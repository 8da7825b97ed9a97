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
/// each request's status and body, and workerd's stdout.
fn serve(flavor: Flavor, paths: &[&str]) -> Option<(Vec<(u16, String)>, String)> {
    let exe = ready()?;
    let worker = workers_rs::worker(flavor).unwrap();
    let bundle = reentry::engine::workerd::server::Bundle { outbound: Some(driver("ok")), ..workers_rs_bundle(&worker).unwrap() };
    let (tx, lines) = std::sync::mpsc::channel();
    let mut server = Server::start_with_lines(&exe, &bundle, Duration::from_secs(60), tx).unwrap();
    let program = counter_program();
    let out = paths
        .iter()
        .map(|p| {
            let (status, body) = server.post_to(p, &program, Duration::from_secs(30)).unwrap_or_else(|f| panic!("{p}: {f:?}{}", server.output()));
            (status, String::from_utf8_lossy(&body).to_string())
        })
        .collect();
    // workerd's stdout up to a marker (`/sync`), line by line: the output's
    // tail, which the Worker's stack traces on stderr share, may have lost
    // its beginning.
    server.post_to("/sync/1", &[], Duration::from_secs(30)).unwrap();
    let mut output = String::new();
    for line in lines.iter() {
        if line == "reentry-trace -1 1 0" {
            break;
        }
        output.push_str(&line);
        output.push('\n');
    }
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

/// The findings' directories (corpus/regressions/README.md).
const STRANDED: &str = "corpus/regressions/workers-rs-0.8.7-reset-strands-requests-in-flight";
const OBJECT_ABORT: &str = "corpus/regressions/workers-rs-0.8.7-durable-object-abort-never-answers";

/// A finding's committed repro ships worker-build 0.8.7's `shim.js` as this
/// lane fills it in for the repro's own Worker (its index.js), and the same
/// with the write-up's `fix.patch` applied to worker-build's shims.
fn ships_worker_builds_shim_and_its_fix(finding: &str) {
    if ready().is_none() {
        return;
    }
    let dir = repo().join(finding);
    let index = std::fs::read_to_string(dir.join("worker/index.js")).unwrap();
    let built = workers_rs::fill_shim(&workers_rs::shim_source(Flavor::Abort).unwrap(), &index).unwrap();
    assert!(std::fs::read_to_string(dir.join("worker/shim.js")).unwrap() == built, "{finding}: worker/shim.js is not worker-build's shim as the lane fills it in");
    let patch = dir.join(reentry::fixes::PATCH);
    let patched = workers_rs::patched_shim(Flavor::Abort, std::slice::from_ref(&patch)).unwrap();
    assert!(patched != workers_rs::shim_source(Flavor::Abort).unwrap(), "{finding}: fix.patch changes nothing in shim.js");
    let fixed = workers_rs::fill_shim(&patched, &index).unwrap();
    assert!(std::fs::read_to_string(dir.join("fixed/shim.js")).unwrap() == fixed, "{finding}: fixed/shim.js is not fix.patch's shim as the lane fills it in");
    let unwind = workers_rs::patched_shim(Flavor::Unwind(Encoding::Legacy), &[patch]).unwrap();
    assert!(unwind != workers_rs::shim_source(Flavor::Unwind(Encoding::Legacy)).unwrap(), "{finding}: fix.patch leaves shim-unwind.js as it is");
}

#[test]
fn the_stranded_request_repro_ships_worker_builds_shim_and_its_fix() {
    ships_worker_builds_shim_and_its_fix(STRANDED);
}

#[test]
fn the_object_abort_repro_ships_worker_builds_shim_and_its_fix() {
    ships_worker_builds_shim_and_its_fix(OBJECT_ABORT);
}

/// A finding's repro, with workerd alone: exit 1 as committed, saying
/// `fail`; 0 with the fixed shim, saying `fixed`.
fn repro_fails_as_released_and_passes_fixed(finding: &str, fail: &[&str], fixed: &str) {
    let Some(exe) = ready() else { return };
    let dir = repo().join(finding);
    let run = |args: &[&str]| {
        let out = std::process::Command::new("sh").arg("repro.sh").args(args).env("WORKERD", &exe).current_dir(&dir).output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr))
    };
    let (code, said) = run(&[]);
    assert_eq!(code, Some(1), "{said}");
    assert!(fail.iter().all(|f| said.contains(f)), "{said}");
    let (code, said) = run(&["--fixed"]);
    assert_eq!(code, Some(0), "{said}");
    assert!(said.contains(fixed), "{said}");
}

/// The request in flight at the abort is cancelled as hung as released; with
/// the fix it fails at once with the shim's error.
#[test]
fn the_stranded_request_repro_fails_as_released_and_passes_fixed() {
    let fail = ["FAIL: the request in flight at the abort was cancelled by workerd as hung", "next {\"status\":200,\"text\":\"1\"}"];
    repro_fails_as_released_and_passes_fixed(STRANDED, &fail, "Wasm instance reset after a critical error while this request was in flight");
}

/// The request whose Durable Object call aborts is never answered as
/// released (and the Worker goes on); with the fix it fails with the
/// shim's error.
#[test]
fn the_object_abort_repro_fails_as_released_and_passes_fixed() {
    let fail = ["FAIL: the request whose Durable Object call aborted was never answered", "next {\"status\":200,\"text\":\"1\"}"];
    repro_fails_as_released_and_passes_fixed(OBJECT_ABORT, &fail, "Wasm instance aborted while this call was in flight");
}

/// The engine's program: e0 counts (under a guard), e1 panics (payload 7),
/// e2 aborts; the driver counts, panics, counts, resets, counts, aborts,
/// counts and reads the state.
const ENGINE_PROGRAM: &str = "export e0 {\n  guard 1\n  add_state 1\n}\nexport e1 {\n  panic 7\n}\nexport e2 {\n  abort unreachable\n}\n\
                              driver {\n  call e0\n  call e1\n  call e0\n  reset\n  call e0\n  call e2\n  call e0\n  read_state\n}\n";

/// The driver's outcomes in a trace, as text.
fn outcomes(t: &reentry::trace::Trace) -> Vec<String> {
    t.0.iter().filter(|e| matches!(e, reentry::trace::Event::Outcome { .. })).map(|e| e.to_string()).collect()
}

/// The workers-rs engine runs a case's driver as requests to one workerd
/// and reads its trace from workerd's stdout: Wasm's events in order, then
/// each step's outcome; the next case on the same server starts from a
/// fresh instance at epoch 0 (`/reset`), so it gives the same trace.
fn engine_runs(flavor: Flavor, expected: &[&str]) {
    let Some((first, second)) = engine_traces(flavor, ENGINE_PROGRAM) else { return };
    assert_eq!(outcomes(&first), expected, "{first}");
    assert_eq!(first, second, "the second case on the server differs:\n{first}\n--\n{second}");
}

/// `src` run twice as a case on the workers-rs engine of `flavor`'s lane
/// (one server), or None where the lane cannot run (SKIP).
fn engine_traces(flavor: Flavor, src: &str) -> Option<(reentry::trace::Trace, reentry::trace::Trace)> {
    use reentry::engine::{workerd::workers_rs::WorkersRsEngine, Case, Engine, EngineOptions};
    use reentry::guest::{Lane, Panic};
    ready()?;
    let lane = match flavor {
        Flavor::Abort => Lane::RUSTC_WORKERS_RS.with_panic(Panic::Abort),
        Flavor::Unwind(_) => Lane::RUSTC_WORKERS_RS,
        Flavor::Jspi => unreachable!("JSPI is the wasm-bindgen lane's flavor"),
    };
    let encoding = lane.encodings()[0];
    let program = std::sync::Arc::new(reentry::text::parse(src).unwrap());
    let bytes = reentry::guest::encode::encode(&program).unwrap();
    let module = reentry::guest::module(lane, encoding, None).unwrap();
    let worker = module.worker.as_deref().expect("a workers-rs module carries its Worker");
    let case = Case {
        program: &program,
        encoding,
        wasm: &module.wasm,
        module_key: module.key,
        plan_json: "{}",
        mutant: None,
        guest_program: Some(&bytes),
        binding_js: None,
        worker: Some(worker),
    };
    let mut engine = WorkersRsEngine::new(&EngineOptions { timeout: Duration::from_secs(60), ..Default::default() }).unwrap();
    let first = engine.run(&case).unwrap();
    let second = engine.run(&case).unwrap();
    Some((first, second))
}

/// The unwind fuzz's engine timeout (issue 23): t0's rejected await
/// escapes the futures queue as the JS error (the unwinding-poll hazard),
/// and the instance's next request, here the engine's `/sync`, traps in
/// `future_to_promise` (workerd answers 500, no marker). The engine sends
/// the marker again, which runs on a fresh instance (the trap's abort
/// scheduled a reinit): a trace, not a timeout. t0 never settles, t1 is
/// stranded on the old instance, and the call runs on the fresh one.
#[test]
fn a_sync_the_broken_instance_fails_is_sent_again_unwind() {
    let src = "async export e0 { add_state 1 await add_state 1 }
               export e1 { add_state 10 }
               driver { spawn e0 spawn e0 reject t0 5 call e1 }";
    let Some((first, second)) = engine_traces(Flavor::Unwind(Encoding::Legacy), src) else { return };
    let text = first.to_string();
    assert!(text.contains("driver[3] => ok(10)") && text.contains("reset -> [1]"), "{text}");
    assert!(text.contains("task t0 hung") && text.contains("task t1 hung"), "{text}");
    assert!(!text.contains("task t0 =>"), "{text}");
    assert_eq!(first, second, "the second case on the server differs:\n{first}\n--\n{second}");
}

/// A handle call whose Durable Object aborts is never answered: the engine
/// logs `driver[2] hung` in place of its outcome (property 8, not an engine
/// timeout), after the abort's events, and the case goes on: the next call
/// runs on a fresh instance. The second case runs on a fresh server (the
/// first one still holds the hung request) and gives the same trace.
fn an_aborting_object_call_is_a_hung_request(flavor: Flavor) {
    let src = "export e0 { add_state 1 } export e1 { abort unreachable } driver { call e0 new_handle call_handle 0 e1 call e0 }";
    let Some((first, second)) = engine_traces(flavor, src) else { return };
    let text = first.to_string();
    assert!(text.contains("[0] abort unreachable\ndriver[2] hung\n"), "{text}");
    assert!(text.contains("reset -> [1]") && text.ends_with("driver[3] => ok(1)\n"), "{text}");
    assert!(!text.contains("driver[2] =>"), "{text}");
    assert_eq!(first, second, "the second case differs:\n{first}\n--\n{second}");
}

#[test]
fn an_aborting_object_call_is_a_hung_request_unwind() {
    an_aborting_object_call_is_a_hung_request(Flavor::Unwind(Encoding::Legacy));
}

#[test]
fn an_aborting_object_call_is_a_hung_request_abort() {
    an_aborting_object_call_is_a_hung_request(Flavor::Abort);
}

#[test]
fn the_engine_runs_the_driver_as_requests_unwind() {
    let expected = [
        "driver[0] => ok(1)",
        "driver[1] => panic(7)",
        "driver[2] => ok(2)",
        "driver[3] => done",
        "driver[4] => ok(1)",
        "driver[5] => aborted(unreachable)",
        "driver[6] => ok(1)",
        "driver[7] => ok(1)",
    ];
    engine_runs(Flavor::Unwind(Encoding::Legacy), &expected);
}

#[test]
fn the_engine_runs_the_driver_as_requests_abort() {
    let expected = [
        "driver[0] => ok(1)",
        "driver[1] => aborted(unreachable)",
        "driver[2] => ok(1)",
        "driver[3] => done",
        "driver[4] => ok(1)",
        "driver[5] => aborted(unreachable)",
        "driver[6] => ok(1)",
        "driver[7] => ok(1)",
    ];
    engine_runs(Flavor::Abort, &expected);
}

/// The corpus on the lane through the registered `workerd` (the engine
/// `reentry run --engines workerd --binding workers-rs` starts), in both
/// modes: every program the lane runs passes against the model under the
/// workers-rs profile, but those that hit the rustc defect (panic=unwind
/// only), the stranded-requests defect (a task in flight at an abort or a
/// reset hangs) and wasm-bindgen-futures' unwinding-poll hazard (a rejected
/// await hangs); only the lane's facts keep one from running (tasks run:
/// requests in flight at once); panic.spec.ts's counter is among those that
/// pass.
#[test]
fn the_corpus_passes_on_the_registered_workerd_in_both_modes() {
    use reentry::case::Harness;
    use reentry::corpus::{self, Status};
    use reentry::engine::EngineOptions;
    use reentry::guest::{Lane, Panic};
    if ready().is_none() {
        return;
    }
    let files = corpus::files(&[repo().join("corpus")]).unwrap();
    for lane in [Lane::RUSTC_WORKERS_RS, Lane::RUSTC_WORKERS_RS.with_panic(Panic::Abort)] {
        let mut h = Harness::for_lane(&["workerd".to_string()], &EngineOptions::default(), None, lane).unwrap();
        let (mut passed, mut known, mut not_run) = (Vec::new(), Vec::new(), Vec::new());
        for file in &files {
            match corpus::check(&mut h, file, true).0 {
                Status::Pass => passed.push(file.file_name().unwrap().to_string_lossy().to_string()),
                Status::Known(ids) => known.extend(ids),
                Status::Unsupported(why) => not_run.push(why),
                Status::Fail(problems) => panic!("{lane} on {}:\n{}", file.display(), problems.join("\n")),
            }
        }
        eprintln!("{lane}: {} pass, known {known:?}, {} not run", passed.len(), not_run.len());
        let facts: Vec<&str> = lane.facts().map(|f| f.id).collect();
        assert!(not_run.iter().all(|id| facts.contains(&id.as_str())), "{not_run:?}");
        let count = |id: &str| known.iter().filter(|k| **k == id).count();
        let rustc = count(reentry::guest::known::KNOWN[0].id);
        let stranded = count(STRANDED.rsplit('/').next().unwrap());
        let hazard = count("wasm-bindgen-futures-0.4.80-unwinding-poll-never-settles");
        let object = count(OBJECT_ABORT.rsplit('/').next().unwrap());
        assert_eq!(rustc + stranded + hazard + object, known.len(), "{known:?}");
        assert!(object >= 1, "{known:?}");
        assert_eq!((rustc, hazard), (if lane.is_abort() { 0 } else { 3 }, 3), "{known:?}");
        assert!(stranded >= 6, "{known:?}");
        assert!(passed.len() >= 22, "{passed:?}");
        for p in ["workers_rs_panic_spec_counter.reentry", "task_interleaved_state.reentry", "task_end_of_driver_resolves.reentry"] {
            assert!(passed.iter().any(|x| x == p), "{p} did not pass: {passed:?}");
        }
    }
}

/// `reentry load`: 100 requests in flight against one workerd for a few
/// seconds, the model judging each. Under panic=unwind without aborts every
/// request completes as the model predicts (panics fail only their own
/// request, nothing hangs) and the state after the run is the model's; with
/// aborts in the mix, in either mode, a request hangs only while in flight
/// at an abort, as the stranded-requests defect, and with that defect's
/// fix applied (`--fix`) none hangs.
#[test]
fn a_load_keeps_100_requests_in_flight_and_nothing_else_hangs() {
    use reentry::campaign::load::{self, Class, Kind};
    use reentry::guest::{Lane, Panic};
    if ready().is_none() {
        return;
    }
    let findings = std::env::temp_dir().join(format!("reentry-load-{}", std::process::id()));
    let cfg = |lane, aborts, fixes: &[&str]| load::Config {
        lane,
        time: Duration::from_secs(3),
        in_flight: 100,
        panics: 10,
        aborts,
        tasks: 44,
        seed: 7,
        findings: findings.clone(),
        fixes: fixes.iter().map(|f| repo().join(f)).collect(),
    };
    let r = load::run(&cfg(Lane::RUSTC_WORKERS_RS, 0, &[])).unwrap();
    eprintln!("{}", load::render(&r, &findings));
    assert!(r.peak_in_flight >= 100 && r.requests >= 500, "{r:?}");
    let n = |k: Kind, c: Class| r.counts.get(&k).and_then(|m| m.get(&c)).copied().unwrap_or(0);
    assert!(n(Kind::Panic, Class::Failed) > 0 && n(Kind::Call, Class::Ok) > 0 && n(Kind::Task, Class::Ok) > 0, "{r:?}");
    assert_eq!(n(Kind::Panic, Class::Failed) + n(Kind::Call, Class::Ok) + n(Kind::Task, Class::Ok), r.requests, "{r:?}");
    assert_eq!(r.hung, 0, "{r:?}");
    assert!(r.divergences.is_empty() && r.clean(), "{r:?}");
    assert_eq!(r.state, r.predicted_state, "the state after the run");
    assert!(r.state.is_some_and(|s| s > 0));
    for lane in [Lane::RUSTC_WORKERS_RS, Lane::RUSTC_WORKERS_RS.with_panic(Panic::Abort)] {
        let r = load::run(&cfg(lane, 2, &[])).unwrap();
        eprintln!("{}", load::render(&r, &findings));
        assert!(r.peak_in_flight >= 100, "{r:?}");
        assert!(r.counts.get(&Kind::Abort).is_some_and(|c| c.get(&Class::Failed).is_some()), "{r:?}");
        assert!(r.divergences.iter().all(|d| d.overlapped.is_some() && d.observed == Class::Hung), "{:?}", r.divergences);
        assert!(r.clean(), "{:?}", r.divergences);
        assert_eq!(r.hung, r.known.values().sum::<usize>(), "{r:?}");
        assert!(r.predicted_state.is_none(), "resets: no exact state");
    }
    // With the stranded-requests finding's fix in worker-build's shims, in
    // both modes: nothing hangs; what was stranded fails with the fix's error.
    for lane in [Lane::RUSTC_WORKERS_RS, Lane::RUSTC_WORKERS_RS.with_panic(Panic::Abort)] {
        let r = load::run(&cfg(lane, 2, &[STRANDED])).unwrap();
        eprintln!("{}", load::render(&r, &findings));
        assert!(r.peak_in_flight >= 100 && r.requests >= 500, "{r:?}");
        assert!(r.counts.get(&Kind::Abort).is_some_and(|c| c.get(&Class::Failed).is_some()), "{r:?}");
        assert_eq!(r.hung, 0, "{r:?}");
        assert!(r.divergences.is_empty() && r.clean(), "{:?}", r.divergences);
    }
    let _ = std::fs::remove_dir_all(&findings);
}

/// Generated programs (what the lane runs, handle calls among them) match
/// the model on workerd in both modes, but for known defects.
#[test]
fn generated_programs_pass_on_the_lane_in_both_modes() {
    use reentry::case::Harness;
    use reentry::engine::EngineOptions;
    use reentry::guest::{Lane, Panic};
    use reentry::program::gen::GenConfig;
    if ready().is_none() {
        return;
    }
    for lane in [Lane::RUSTC_WORKERS_RS, Lane::RUSTC_WORKERS_RS.with_panic(Panic::Abort)] {
        let mut h = Harness::for_lane(&["workerd".to_string()], &EngineOptions::default(), None, lane).unwrap();
        let cfg = reentry::engine::facts::gen_config(&["workerd".to_string()], lane, lane.gen_config(GenConfig::default()));
        let (mut aborts, mut handle_calls) = (0, 0);
        for i in 0..300 {
            let r = h.check(reentry::program::gen::case_program(0x3e5, i, &cfg));
            assert!(r.passed(), "{lane} case {i}:\n{}\n{}", reentry::text::print(&r.program), r.verdicts[0]);
            assert!(r.unsupported.is_none(), "{lane} case {i}: generated, yet not run: {:?}", r.unsupported);
            aborts += usize::from(r.model.0.iter().any(|e| matches!(e, reentry::trace::Event::Abort { .. })));
            handle_calls += usize::from(r.program.driver.iter().any(|s| matches!(s, reentry::program::DriverStep::CallHandle { .. })));
        }
        assert!(aborts >= 30, "{lane}: only {aborts} of 300 cases abort");
        // Durable Object handles, aborting calls among them (a hung request,
        // the known defect): the generator makes them on this lane.
        assert!(handle_calls >= 5, "{lane}: only {handle_calls} of 300 cases call a handle");
    }
}
