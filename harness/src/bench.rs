//! `reentry bench`: throughput per engine split by phase, the engine floor
//! (the raw engine doing the same work with no reentry code: the exports the
//! driver called, and a fresh instance at each reset the case's trace
//! shows, as the protocol requires of the case; the floor with one instance
//! a case beside it), memory, and time-to-detect for every seeded bug.

use crate::case::Harness;
use crate::guest::Lane;
use crate::engine::{Case, EngineOptions, Phases};
use crate::mutant::Mutant;
use crate::plan;
use crate::program::gen::{case_program, case_programs, GenConfig};
use crate::program::Program;
use crate::trace::Event;
use std::fmt::Write;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Resident set size of this process in bytes (Linux), 0 if unknown.
pub fn rss_bytes() -> u64 {
    let Ok(s) = std::fs::read_to_string("/proc/self/statm") else { return 0 };
    let pages: u64 = s.split_whitespace().nth(1).and_then(|x| x.parse().ok()).unwrap_or(0);
    pages * 4096
}

/// Run on one CPU, as the targets are stated for one core.
pub fn pin_to_one_core() -> bool {
    // SAFETY: a zeroed cpu_set_t is valid; we pass its real size.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        libc::CPU_SET(0, &mut set);
        libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set) == 0
    }
}

/// One engine set's measurements.
#[derive(Clone, Debug, Default)]
pub struct Throughput {
    pub engines: Vec<String>,
    pub lane: Lane,
    pub cases: u64,
    pub wall: Duration,
    pub generate: Duration,
    pub to_wasm: Duration,
    pub model: Duration,
    pub oracle: Duration,
    /// Engine phases summed over the engines of the set.
    pub phases: Phases,
    /// Engine time that the engine could not split into phases.
    pub engine_unsplit: Duration,
    /// Raw-engine time for the same cases (same modules, same compile cache
    /// policy, the instances the cases made), summed over the engines;
    /// `None` if an engine has no floor.
    pub floor: Option<Duration>,
    /// The same with one instance a case (the floor before issue 24; what
    /// the cases' resets cost the engines shows as the difference).
    pub floor_one_instance: Option<Duration>,
    /// Per engine: its time in the harness, and its floor.
    pub per_engine: Vec<(String, Duration, Option<Duration>)>,
    /// Per engine: its floor with one instance a case.
    pub per_engine_one_instance: Vec<Option<Duration>>,
    /// Instances the cases made, summed (a case's first and one per reset,
    /// by its trace); the floor makes as many, the one-instance floor one a
    /// case.
    pub instances: u64,
    pub rss_start: u64,
    pub rss_end: u64,
    /// Per engine: from starting it to its first case (an out-of-process
    /// engine's handshake and probes).
    pub startup: Vec<(String, Duration)>,
}

impl Throughput {
    pub fn per_sec(&self) -> f64 {
        self.cases as f64 / self.wall.as_secs_f64().max(1e-9)
    }

    /// Case time / floor time.
    pub fn overhead(&self) -> Option<f64> {
        self.floor.map(|f| self.wall.as_secs_f64() / f.as_secs_f64().max(1e-9))
    }

    /// Case time / the one-instance floor's time.
    pub fn overhead_one_instance(&self) -> Option<f64> {
        self.floor_one_instance.map(|f| self.wall.as_secs_f64() / f.as_secs_f64().max(1e-9))
    }
}

/// Check cases on `engines` for `time`, then time the floor on the same
/// cases. Cases go to the engines in blocks of `gen.host_variants` (the
/// programs that share a module, as campaigns take them): one round trip
/// each for an engine that batches.
pub fn throughput(engines: &[String], lane: Lane, time: Duration, seed: u64, gen: &GenConfig) -> anyhow::Result<Throughput> {
    let options = EngineOptions::default();
    let mut started = Vec::new();
    let mut startup = Vec::new();
    for name in crate::engine::expand_names(engines) {
        crate::engine::check_lane(&name, lane)?;
        let t = Instant::now();
        started.push(crate::engine::create(&name, &options)?);
        startup.push((name, t.elapsed()));
    }
    let mut h = Harness::with_engines_for(started, None, lane)?;
    let rss_start = rss_bytes();
    let start = Instant::now();
    let mut generate = Duration::ZERO;
    let block = gen.host_variants.max(1);
    let mut i = 0u64;
    let mut instances = 0u64;
    // Per case, what its floor does: its driver's calls and its resets.
    let mut floor_calls = Vec::new();
    while start.elapsed() < time {
        let t = Instant::now();
        let programs = case_programs(seed, i..i + block, gen);
        generate += t.elapsed();
        for (k, r) in h.check_batch(programs, &mut |_| {}).iter().enumerate() {
            anyhow::ensure!(r.passed(), "case {} failed during the benchmark: {}", i + k as u64, r.verdicts[0]);
            instances += 1 + r.model.0.iter().filter(|e| matches!(e, Event::Reset { .. })).count() as u64;
            floor_calls.push(crate::engine::floor_calls(&r.program, Some(&r.model)));
        }
        i += block;
    }
    let wall = start.elapsed();
    let mut out = Throughput {
        engines: h.engine_names(),
        lane,
        cases: i,
        wall,
        generate,
        to_wasm: h.timings.compile,
        model: h.timings.model,
        oracle: h.timings.oracle,
        rss_start,
        rss_end: rss_bytes(),
        startup,
        instances,
        ..Default::default()
    };
    for (n, e) in h.engines.iter_mut().enumerate() {
        match e.bench().map(|b| b.phases()) {
            Some(p) => {
                out.phases.compile += p.compile;
                out.phases.instantiate += p.instantiate;
                out.phases.run += p.run;
                out.phases.modules_compiled += p.modules_compiled;
                out.phases.cache_hits += p.cache_hits;
                out.phases.restarts += p.restarts;
                out.phases.renewals += p.renewals;
            }
            None => out.engine_unsplit += h.timings.engines[n].1,
        }
    }
    let floors = floor(&mut h, i, seed, gen, &floor_calls);
    out.floor = floors.iter().map(|(_, f)| f[0]).sum::<Option<Duration>>();
    out.floor_one_instance = floors.iter().map(|(_, f)| f[1]).sum::<Option<Duration>>();
    out.per_engine_one_instance = floors.iter().map(|(_, f)| f[1]).collect();
    out.per_engine = h
        .timings
        .engines
        .iter()
        .zip(floors)
        .map(|((name, t), (_, f))| (name.clone(), *t, f[0]))
        .collect();
    Ok(out)
}

/// The round whose rate is the median of `rounds` (the upper middle of an
/// even count), and every round's cases/s in the order they ran. A rate on
/// this machine kind moves by up to 15% between runs minutes apart (other
/// tenants of the host), so a verdict taken from one run can flip; the
/// median of several, with their spread beside it, does not.
pub fn median_round(rounds: Vec<Throughput>) -> Option<(Throughput, Vec<f64>)> {
    let rates: Vec<f64> = rounds.iter().map(Throughput::per_sec).collect();
    let mut order: Vec<usize> = (0..rounds.len()).collect();
    order.sort_by(|&a, &b| rates[a].total_cmp(&rates[b]));
    let middle = *order.get(rounds.len() / 2)?;
    Some((rounds.into_iter().nth(middle)?, rates))
}

/// One line per measurement taken in several rounds: every round's rate,
/// and which one the table shows.
pub fn render_rounds(results: &[(Throughput, Vec<f64>)]) -> String {
    let mut s = String::new();
    for (r, rates) in results.iter().filter(|(_, rates)| rates.len() > 1) {
        let list: Vec<String> = rates.iter().map(|x| format!("{x:.0}")).collect();
        let (lo, hi) = rates.iter().fold((f64::MAX, 0.0f64), |(lo, hi), &x| (lo.min(x), hi.max(x)));
        let _ = writeln!(
            s,
            "{}: {} rounds, cases/s {} (spread {:.0}-{:.0}); above and below: the median round, {:.0}",
            label(r),
            rates.len(),
            list.join(", "),
            lo,
            hi,
            r.per_sec()
        );
    }
    s
}

/// Keys the one-instance floor's modules apart from the other floor's, so
/// that neither pass finds the other's in an engine's floor cache.
const ONE_INSTANCE_PASS: u64 = 0x6f6e_6520_696e_7374;

/// Raw-engine time for cases `0..cases`, per engine, as [the floor with the
/// cases' instances, the floor with one instance a case] (`None`: it has
/// no floor): each distinct module compiled once (as the harness's cache
/// does), instantiated and called per case; in the same blocks as the
/// cases. `calls[i]` is case i's `engine::floor_calls` of its trace: a
/// fresh instance at each of its resets, as the protocol makes the case do
/// (docs/protocol.md 14). The two floors take turns block by block, so
/// that both see the same load.
fn floor(h: &mut Harness, cases: u64, seed: u64, gen: &GenConfig, calls: &[Vec<i32>]) -> Vec<(String, [Option<Duration>; 2])> {
    let mut total: Vec<(String, [Option<Duration>; 2])> =
        h.engines.iter().map(|e| (e.name().to_string(), [Some(Duration::ZERO); 2])).collect();
    let block = gen.host_variants.max(1);
    for first in (0..cases).step_by(block as usize) {
        let programs: Vec<Arc<Program>> = case_programs(seed, first..(first + block).min(cases), gen).into_iter().map(Arc::new).collect();
        let passes: [Vec<Vec<i32>>; 2] = [
            calls[first as usize..first as usize + programs.len()].to_vec(),
            programs.iter().map(|p| crate::engine::floor_calls(p, None)).collect(),
        ];
        let sides: Vec<_> = programs
            .iter()
            .map(|p| {
                let (modules, guest_program) = h.wasm_side(p);
                let plan_json = plan::guest_plan_json(p, None, guest_program.as_deref());
                (modules, guest_program, plan_json)
            })
            .collect();
        for (n, engine) in h.engines.iter_mut().enumerate() {
            for (pass, program_calls) in passes.iter().enumerate() {
                let mut batch = Vec::new();
                let mut batch_calls = Vec::new();
                for ((program, (modules, guest_program, plan_json)), its_calls) in programs.iter().zip(&sides).zip(program_calls) {
                    for m in modules.iter().filter(|m| engine.encodings().contains(&m.encoding)) {
                        batch_calls.push(its_calls.clone());
                        batch.push(Case {
                            program,
                            encoding: m.encoding,
                            wasm: &m.wasm,
                            // Each pass compiles its modules anew, as the cases did.
                            module_key: if pass == 0 { m.key } else { m.key ^ ONE_INSTANCE_PASS },
                            plan_json,
                            mutant: None,
                            guest_program: guest_program.as_deref(),
                            binding_js: m.glue_for(engine.name()),
                            worker: m.worker.as_deref(),
                        });
                    }
                }
                let Some(acc) = total[n].1[pass].as_mut() else { continue };
                let t = Instant::now();
                match engine.bench().map(|b| b.floor_batch(&batch, &batch_calls)) {
                    Some(Ok(())) => *acc += t.elapsed(),
                    Some(Err(e)) => {
                        // A table cell of `-` would not say why.
                        eprintln!("bench: no floor for {}: cases {first}..: {e}", engine.name());
                        total[n].1[pass] = None;
                    }
                    None => total[n].1[pass] = None,
                }
            }
        }
    }
    total
}

/// Time to the first finding for one mutant.
#[derive(Clone, Debug)]
pub struct Detection {
    pub mutant: Mutant,
    /// The lane it ran on: the one asked for, built with the mutant's panic
    /// strategy if its code exists under one only.
    pub lane: Lane,
    /// Per seed: time and property label, or `None` if not detected in time.
    pub runs: Vec<Option<(Duration, u64, String)>>,
    /// Why the bug cannot occur on these engines (then no seed ran): a task
    /// mutant where none of them runs tasks on the lane, by their declared
    /// facts.
    pub not_applicable: Option<String>,
}

impl Detection {
    /// Found on every seed it ran (a bug that cannot occur here counts).
    pub fn found(&self) -> bool {
        self.runs.iter().all(|r| r.is_some())
    }

    pub fn median(&self) -> Option<Duration> {
        let mut t: Vec<Duration> = self.runs.iter().map(|r| r.as_ref().map_or(Duration::MAX, |r| r.0)).collect();
        t.sort();
        t.get(t.len() / 2).copied().filter(|d| *d != Duration::MAX)
    }
}

/// Fuzz against each mutant until the first finding (at most `limit` per
/// seed); a mutant of one panic strategy's code on `lane` built with it.
pub fn mutants(engines: &[String], lane: Lane, seeds: &[u64], limit: Duration, gen: &GenConfig) -> anyhow::Result<Vec<Detection>> {
    let mut out = Vec::new();
    for m in Mutant::ALL {
        let lane = m.panic().map_or(lane, |p| lane.with_panic(p));
        if !lane.has_mutant(m) {
            continue;
        }
        let mut h = Harness::for_lane(engines, &EngineOptions::default(), Some(m), lane)?;
        if let Some(why) = h.no_tasks().filter(|_| m.in_tasks()) {
            let short = why.split(": ").take(2).collect::<Vec<_>>().join(": ");
            out.push(Detection { mutant: m, lane, runs: Vec::new(), not_applicable: Some(format!("a task mutant, and no engine runs tasks ({short}; `reentry engines`)")) });
            continue;
        }
        let mut runs = Vec::new();
        for &seed in seeds {
            let start = Instant::now();
            let mut found = None;
            let mut i = 0;
            while start.elapsed() < limit {
                let r = h.check(case_program(seed, i, gen));
                if let Some(v) = r.verdicts.first() {
                    found = Some((start.elapsed(), i + 1, v.label()));
                    break;
                }
                i += 1;
            }
            runs.push(found);
        }
        out.push(Detection { mutant: m, lane, runs, not_applicable: None });
    }
    Ok(out)
}

/// `wasmtime+v8 [rustc/reentry]`
fn label(r: &Throughput) -> String {
    format!("{} [{}]", r.engines.join("+"), r.lane)
}

fn us(d: Duration, n: u64) -> String {
    format!("{:.1}", d.as_secs_f64() * 1e6 / n.max(1) as f64)
}

/// The throughput table.
pub fn render(results: &[Throughput]) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{:<30} {:>9} | {:>7} {:>7} {:>7} {:>8} {:>8} {:>8} {:>7} | {:>8} {:>8} {:>8}",
        "engines [lane]", "cases/s", "gen", "to-wasm", "model", "eng.comp", "instant.", "run", "oracle", "case", "floor", "overhead"
    );
    let _ = writeln!(s, "{:<30} {:>9} | {:>56} | {:>8} {:>8}", "", "", "µs per case", "µs", "µs");
    for r in results {
        let n = r.cases;
        let run = r.phases.run + r.engine_unsplit;
        let _ = writeln!(
            s,
            "{:<30} {:>9.0} | {:>7} {:>7} {:>7} {:>8} {:>8} {:>8} {:>7} | {:>8} {:>8} {:>8}",
            label(r),
            r.per_sec(),
            us(r.generate, n),
            us(r.to_wasm, n),
            us(r.model, n),
            us(r.phases.compile, n),
            us(r.phases.instantiate, n),
            us(run, n),
            us(r.oracle, n),
            us(r.wall, n),
            r.floor.map_or("-".into(), |f| us(f, n)),
            r.overhead().map_or("-".into(), |o| format!("{o:.2}x")),
        );
    }
    for r in results {
        if let (Some(f), Some(o)) = (r.floor_one_instance, r.overhead_one_instance()) {
            let _ = writeln!(
                s,
                "{}: the floor makes the {:.2} instances a case made (a fresh one at each reset); with one instance a case it is {} µs, {o:.2}x",
                label(r),
                r.instances as f64 / r.cases.max(1) as f64,
                us(f, r.cases)
            );
        }
        let _ = writeln!(
            s,
            "{}: {} cases, {} modules compiled, {} compile-cache hits, RSS {:.1} -> {:.1} MiB",
            label(r),
            r.cases,
            r.phases.modules_compiled,
            r.phases.cache_hits,
            r.rss_start as f64 / 1048576.0,
            r.rss_end as f64 / 1048576.0
        );
    }
    s.push_str(&targets(results));
    s
}

/// In-process differential target (programs/s, one core).
pub const DIFFERENTIAL_TARGET: f64 = 3600.0;
/// Harness overhead target (case time / floor time).
pub const OVERHEAD_TARGET: f64 = 1.5;
/// Per-worker target (cases/s).
pub const WORKER_TARGET: f64 = 1000.0;
/// Out-of-process engines: from start to the first case (a browser's launch
/// and page load, a worker's handshake).
pub const STARTUP_TARGET: Duration = Duration::from_secs(5);
/// The wasm-bindgen lane on one V8 engine (cases/s, one core).
pub const WASM_BINDGEN_TARGET: f64 = 2000.0;

/// Where an out-of-process engine's time per case goes, and what bounds
/// its rate: the engine (its own floor, the same modules compiled once,
/// instantiated and called over the same transport in the same batches,
/// is below the target) or the harness.
fn bound(r: &Throughput) -> String {
    let floor = r.per_engine.first().and_then(|(_, _, f)| *f);
    let floor_rate = floor.map(|f| r.cases as f64 / f.as_secs_f64().max(1e-9));
    let engine = r.per_engine.first().map_or(Duration::ZERO, |(_, t, _)| *t);
    let split = format!(
        "per case: {} µs in the engine process, of which {} µs compiling and {} µs in the glue's runCase \
         (instantiating and running), the rest round trips and encoding; {} µs in the harness; {} restarts{}",
        us(engine, r.cases),
        us(r.phases.compile, r.cases),
        us(r.phases.instantiate + r.phases.run, r.cases),
        us(r.wall.saturating_sub(engine), r.cases),
        r.phases.restarts,
        match r.phases.renewals {
            0 => String::new(),
            n => format!(" and {n} pages renewed in a fresh renderer"),
        },
    );
    match (floor, floor_rate) {
        (Some(f), Some(fr)) if fr < WORKER_TARGET => format!(
            "{split}; bounded by the engine and its transport: its floor ({} µs per case) alone allows {fr:.0} cases/s",
            us(f, r.cases)
        ),
        (Some(f), Some(_)) => format!(
            "{split}; its floor is {} µs per case: the {} µs above it are what the floor leaves out, the \
             glue's host side in the engine (imports that throw, tasks and their drains, resets) and the harness",
            us(f, r.cases),
            us(r.wall.saturating_sub(f), r.cases)
        ),
        _ => format!("{split}; no floor"),
    }
}

/// What bounds a differential set whose engines all have floors: the
/// engines (their floors are most of a case, within the overhead target) or
/// the harness, and where the harness's microseconds go: each engine's time
/// over its floor (reentry's glue: per-call host functions, the trace,
/// resets, tasks and hooks the floor leaves out) and the work outside the
/// engines (generating, compiling to Wasm, the model, the oracle).
fn differential_bound(r: &Throughput) -> Option<String> {
    let floor = r.floor?;
    let over: Vec<String> = r
        .per_engine
        .iter()
        .map(|(e, t, f)| Some(format!("{e} +{} µs", us(t.saturating_sub((*f)?), r.cases))))
        .collect::<Option<_>>()?;
    let engines: Duration = r.per_engine.iter().map(|(_, t, _)| *t).sum();
    let outside = r.wall.saturating_sub(engines);
    let share = 100.0 * floor.as_secs_f64() / r.wall.as_secs_f64().max(1e-9);
    let who = if r.overhead().is_some_and(|o| o <= LANE_OVERHEAD_TARGET) { "the engines" } else { "the harness" };
    // A reset is a fresh instance (a new memory, the guest started again):
    // the floor makes it too, and the one-instance floor shows its cost.
    let instances = r.instances as f64 / r.cases.max(1) as f64;
    let resets = match r.floor_one_instance {
        Some(one) => format!(
            "; the engines' {instances:.2} instances a case (a fresh one for each of the {:.2} resets) cost the floors {} µs over one",
            instances - 1.0,
            us(floor.saturating_sub(one), r.cases)
        ),
        None => String::new(),
    };
    Some(format!(
        "bound: {who}; the floors are {share:.0}% of a case{resets}; over them the harness spends {} in the engines' glue \
         and {} µs outside the engines (generating, to-wasm, model, oracle)",
        over.join(", "),
        us(outside, r.cases)
    ))
}

/// A differential set is bounded by its engines when a case costs at most
/// this much of their floor (issue 24).
pub const LANE_OVERHEAD_TARGET: f64 = 1.3;

/// Where a wasm-bindgen lane case's time goes, and what bounds the lane: the
/// engine and wasm-bindgen's glue (the floor: a fresh instance through the
/// glue's reset and start, the driver's synchronous steps through it, no host
/// of ours) or what the floor leaves out (our host, the harness).
fn wbg_bound(r: &Throughput) -> String {
    let (engine, floor) = r.per_engine.first().map_or((Duration::ZERO, None), |(_, t, f)| (*t, *f));
    let split = format!("per case: {} µs in the engine of {} µs", us(engine, r.cases), us(r.wall, r.cases));
    let Some(f) = floor else { return format!("{split}; no floor") };
    let floor_rate = r.cases as f64 / f.as_secs_f64().max(1e-9);
    let bound = if floor_rate < WASM_BINDGEN_TARGET {
        "bounded by the engine and wasm-bindgen's glue".to_string()
    } else {
        format!(
            "the {} µs above it are our host (the step interpreter, the trace, tasks and their drains) and the harness",
            us(r.wall.saturating_sub(f), r.cases)
        )
    };
    format!(
        "{split}; its floor (a fresh instance through the glue's reset and start, the driver's synchronous \
         steps through the glue, imports doing nothing) is {} µs, {floor_rate:.0} cases/s alone: {bound}",
        us(f, r.cases)
    )
}

/// Each target: met, or by how much it is missed and what bounds it.
fn targets(results: &[Throughput]) -> String {
    let mut s = String::from("\ntargets:\n");
    let in_process = |e: &str| {
        crate::engine::registration(e).is_some_and(|r| r.isolation == crate::engine::Isolation::InProcess)
    };
    for r in results {
        let name = label(r);
        let rate = r.per_sec();
        if r.engines.len() > 1 && r.engines.iter().all(|e| in_process(e)) {
            let verdict = if rate >= DIFFERENTIAL_TARGET {
                "met".to_string()
            } else {
                format!("missed by {:.0}%", 100.0 * (1.0 - rate / DIFFERENTIAL_TARGET))
            };
            let _ = writeln!(s, "  {name}: {rate:.0} programs/s, target {DIFFERENTIAL_TARGET:.0}: {verdict}");
            if let Some(f) = r.floor {
                let ceiling = r.cases as f64 / f.as_secs_f64().max(1e-9);
                let _ = writeln!(
                    s,
                    "    the raw engines alone (floor) manage {ceiling:.0} programs/s on the same cases: \
                     that is the ceiling with zero harness cost"
                );
            }
            // Why: where a case's time goes, engine by engine.
            let split: Vec<String> = r
                .per_engine
                .iter()
                .map(|(e, t, f)| {
                    let floor = f.map_or(String::new(), |f| format!(" (its floor {} µs)", us(f, r.cases)));
                    format!("{e} {} µs{floor}", us(*t, r.cases))
                })
                .collect();
            let _ = writeln!(s, "    per case: {}; the rest is generating, the model and the oracle", split.join(", "));
            if let Some(line) = differential_bound(r) {
                let _ = writeln!(s, "    {line}");
            }
            let compile = r.phases.compile.as_secs_f64();
            if compile > 0.0 {
                let without = r.cases as f64 / (r.wall.as_secs_f64() - compile).max(1e-9);
                let _ = writeln!(
                    s,
                    "    {:.0}% of the time is engine module compilation; on cached modules: {without:.0} programs/s",
                    100.0 * compile / r.wall.as_secs_f64().max(1e-9)
                );
            }
            if let (true, Some(o)) = (r.lane.is_guest(), r.overhead()) {
                // The real guest is compiled once: only the harness stands
                // between the lane and its engines.
                let met = o <= LANE_OVERHEAD_TARGET || rate >= DIFFERENTIAL_TARGET;
                let verdict = if met { "met" } else { "missed" };
                let one = r.overhead_one_instance().map_or(String::new(), |o| format!(" ({o:.2}x the floor with one instance a case)"));
                let _ = writeln!(
                    s,
                    "  {name}: {o:.2}x its floor{one}, target at most {LANE_OVERHEAD_TARGET}x or {DIFFERENTIAL_TARGET:.0} programs/s: {verdict}"
                );
            }
        } else if r.engines.len() == 1 && !in_process(&r.engines[0]) {
            let verdict = if rate >= WORKER_TARGET { "met" } else { "missed" };
            let floor = r.per_engine.first().and_then(|(_, _, f)| *f).map_or(String::new(), |f| {
                format!(" (its own floor: {:.0} cases/s)", r.cases as f64 / f.as_secs_f64().max(1e-9))
            });
            let _ = writeln!(s, "  {name} worker: {rate:.0} cases/s{floor}, target {WORKER_TARGET:.0}: {verdict}");
            let _ = writeln!(s, "    {}", bound(r));
            for (e, t) in &r.startup {
                let verdict = if *t <= STARTUP_TARGET { "met" } else { "missed" };
                let _ = writeln!(s, "  {e}: started in {:.2} s, target {} s: {verdict}", t.as_secs_f64(), STARTUP_TARGET.as_secs());
            }
        }
        if r.engines.len() == 1 && r.lane.binding == crate::guest::Binding::WasmBindgen && !r.lane.is_abort() {
            let verdict = if rate >= WASM_BINDGEN_TARGET {
                "met".to_string()
            } else {
                format!("missed by {:.0}%", 100.0 * (1.0 - rate / WASM_BINDGEN_TARGET))
            };
            let _ = writeln!(s, "  {name}: {rate:.0} cases/s, target {WASM_BINDGEN_TARGET:.0} on one V8 engine: {verdict}");
            // A worker's time is split above (`bound`).
            if in_process(&r.engines[0]) {
                let _ = writeln!(s, "    {}", wbg_bound(r));
            }
        }
        if let Some(o) = r.overhead() {
            let verdict = if o <= OVERHEAD_TARGET { "met".to_string() } else { format!("missed by {:.2}x", o - OVERHEAD_TARGET) };
            let _ = writeln!(s, "  {name}: harness overhead {o:.2}x the floor, target {OVERHEAD_TARGET}x: {verdict}");
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A wasmtime+v8 run of 1,000 cases on `lane` whose engines spent
    /// `engines` µs per case against floors of `floors` µs, with 10 µs per
    /// case outside them.
    fn run(lane: Lane, engines: [u64; 2], floors: [u64; 2]) -> Throughput {
        let us = |n: u64| Duration::from_micros(n * 1000);
        Throughput {
            engines: vec!["wasmtime".into(), "v8".into()],
            lane,
            cases: 1000,
            wall: us(engines[0] + engines[1] + 10),
            floor: Some(us(floors[0] + floors[1])),
            floor_one_instance: Some(us(floors[0] + floors[1] - 40)),
            per_engine: vec![("wasmtime".into(), us(engines[0]), Some(us(floors[0]))), ("v8".into(), us(engines[1]), Some(us(floors[1])))],
            instances: 1570,
            ..Default::default()
        }
    }

    #[test]
    fn the_median_round_is_the_one_in_the_middle_by_rate() {
        let with = |cases: u64| Throughput { cases, wall: Duration::from_secs(1), ..Default::default() };
        let (m, rates) = median_round(vec![with(900), with(1100), with(1000)]).unwrap();
        assert_eq!(m.cases, 1000);
        assert_eq!(rates, vec![900.0, 1100.0, 1000.0]);
        // An even count takes the upper middle; one round is itself.
        assert_eq!(median_round(vec![with(5), with(7), with(6), with(8)]).unwrap().0.cases, 7);
        assert_eq!(median_round(vec![with(3)]).unwrap().0.cases, 3);
        assert!(median_round(vec![]).is_none());
        let text = render_rounds(&[median_round(vec![with(900), with(1100), with(1000)]).unwrap()]);
        assert!(text.contains("3 rounds, cases/s 900, 1100, 1000 (spread 900-1100); above and below: the median round, 1000"), "{text}");
        // A single round adds no line.
        assert_eq!(render_rounds(&[median_round(vec![with(3)]).unwrap()]), "");
    }

    #[test]
    fn the_differential_verdict_names_what_bounds_the_lane() {
        let slow = targets(&[run(Lane::RUSTC, [137, 297], [66, 138])]);
        assert!(slow.contains("bound: the harness; the floors are 46% of a case"), "{slow}");
        assert!(slow.contains("the engines' 1.57 instances a case (a fresh one for each of the 0.57 resets) cost the floors 40.0 µs over one"), "{slow}");
        assert!(slow.contains("wasmtime +71.0 µs, v8 +159.0 µs in the engines' glue and 10.0 µs outside"), "{slow}");
        assert!(slow.contains("2.18x its floor (2.71x the floor with one instance a case), target at most 1.3x or 3600 programs/s: missed"), "{slow}");
        let fast = targets(&[run(Lane::RUSTC, [70, 150], [66, 138])]);
        assert!(fast.contains("bound: the engines"), "{fast}");
        assert!(fast.contains("1.13x its floor (1.40x the floor with one instance a case), target at most 1.3x or 3600 programs/s: met"), "{fast}");
        // The generated lane compiles per case: no lane target.
        assert!(!targets(&[run(Lane::GENERATED, [70, 150], [66, 138])]).contains("its floor, target at most"));
    }
}
