//! A browser at the program level: cases go to the [`Page`] in batches
//! (one message for many cases, [`Engine::run_batch`]), under the workers'
//! respawn policy (docs/worker-protocol.md): a case that misses its deadline
//! or a browser that dies is that case's [`EngineError`], a fresh browser
//! takes over, and the cases after it in the batch go to the fresh one.
//! A browser is recycled after `recycle_after` cases, as a worker is, and
//! not before it has lived [`AMORTIZED_LIFE`] times its start-up; and, where
//! its engine never collects a JSPI stack left suspended
//! ([`Browser::suspended_stacks`]), its page is renewed in a fresh renderer
//! process ([`Page::renew`]) before those stacks exhaust it.

use super::{Browser, Page};
use crate::compile::Encoding;
use crate::engine::declaration::{self, Fact, Registration};
use crate::engine::v8::JsReply;
use crate::engine::worker::reprl::{self, status, Failure, Identity, Op, Response};
use crate::engine::worker::{batch, Lifetime, WorkerStats, AMORTIZED_LIFE};
use crate::engine::{Bench, Case, Engine, EngineError, EngineInfo, EngineOptions, Phases};
use crate::guest::Lane;
use crate::trace::{self, Trace};
use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::time::Duration;

/// Time a browser has to start, load the page and probe its features.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(30);

pub struct BrowserEngine {
    registration: &'static Registration,
    browser: &'static Browser,
    facts: Vec<&'static Fact>,
    exe: PathBuf,
    /// As the executable prints it.
    version: String,
    timeout: Duration,
    recycle_after: u64,
    force_polyfill: bool,
    /// From the first page; every later one must say the same.
    identity: Identity,
    encodings: Vec<Encoding>,
    page: Option<Page>,
    /// Cases served by the current browser.
    served: u64,
    /// JSPI stacks the current page's cases left suspended ([`suspended`]).
    suspended: u64,
    life: Lifetime,
    /// wasm-bindgen bindings (by key) the current page has loaded.
    loaded: HashSet<u64>,
    /// `run` calls so far (the index [`BrowserEngine::inject`] refers to).
    runs: u64,
    faults: BTreeMap<u64, (Op, Option<u32>)>,
    stats: WorkerStats,
    spawn_error: Option<String>,
    phases: Phases,
    /// From launch to handshake, of the first browser.
    startup: Duration,
}

/// The FNV-1a hashes of the scripts the page must load, read from `engines/`.
fn expected_hashes(name: &str) -> anyhow::Result<[(String, &'static str); 3]> {
    let hash = |file: &'static str| {
        let path = crate::paths::engines_dir().join(file);
        std::fs::read(&path)
            .map(|b| (reprl::glue_hash(&b), file))
            .map_err(|e| anyhow::anyhow!("engine {name}: reading {}: {e}", path.display()))
    };
    Ok([hash("glue.js")?, hash("raw.js")?, hash("wbg-host.js")?])
}

impl BrowserEngine {
    /// Start the browser, load the page and probe it. `facts` are the ones
    /// its directory declares for it (its family's and its own).
    pub fn new(
        registration: &'static Registration,
        browser: &'static Browser,
        facts: Vec<&'static Fact>,
        options: &EngineOptions,
    ) -> anyhow::Result<BrowserEngine> {
        let name = registration.name;
        let exe = (browser.executable)().map_err(|e| anyhow::anyhow!("engine {name} is not available: {e}"))?;
        let version = (browser.version)(&exe).map_err(|e| anyhow::anyhow!("engine {name}: {e}"))?;
        let hashes = expected_hashes(name)?;
        let mut life = Lifetime::new(AMORTIZED_LIFE);
        let mut page = Page::spawn(browser, &exe, &version)?;
        let identity = match page.handshake(HANDSHAKE_TIMEOUT) {
            Ok(i) => i.clone(),
            Err(f) => anyhow::bail!("engine {name}: the page did not start: {}", failure_text(&f)),
        };
        let startup = page.started().elapsed();
        life.ready();
        for (want, file) in &hashes {
            let got = match *file {
                "glue.js" => &identity.glue,
                "raw.js" => &identity.raw,
                _ => &identity.wbg_host,
            };
            anyhow::ensure!(got == want, "engine {name}: the page loaded a {file} with hash {got}, but engines/{file} has hash {want}");
        }
        browser.check(&identity, &version).map_err(|e| anyhow::anyhow!("engine {name}: {e}"))?;
        let encodings: Vec<Encoding> = Encoding::ALL.into_iter().filter(|e| identity.feature(e.name())).collect();
        for enc in Encoding::ALL {
            if !encodings.contains(&enc) && declaration::no_encoding(facts.iter().copied(), enc).is_none() {
                anyhow::bail!(
                    "engine {name} ({} {version}) does not run the {} encoding (probed by the glue), and no fact \
                     declares such a difference: a regression, or a missing fact",
                    browser.runtime,
                    enc.name()
                );
            }
        }
        Ok(BrowserEngine {
            registration,
            browser,
            facts,
            exe,
            version,
            timeout: options.timeout,
            recycle_after: options.recycle_after,
            force_polyfill: options.force_polyfill,
            identity,
            encodings,
            page: Some(page),
            served: 0,
            suspended: 0,
            life,
            loaded: HashSet::new(),
            runs: 0,
            faults: BTreeMap::new(),
            stats: WorkerStats { spawns: 1, ..Default::default() },
            spawn_error: None,
            phases: Phases::default(),
            startup,
        })
    }

    /// For tests: make run number `run` (0-based, counting every case `run`
    /// and `run_batch` were given) send the test-only `op` instead of its case.
    pub fn inject(&mut self, run: u64, op: Op, arg: Option<u32>) {
        self.faults.insert(run, (op, arg));
    }

    pub fn stats(&self) -> WorkerStats {
        self.stats
    }

    /// The current browser's process id, if one is running.
    pub fn pid(&self) -> Option<u32> {
        self.page.as_ref().map(Page::pid)
    }

    pub fn identity(&self) -> &Identity {
        &self.identity
    }

    /// How long the first browser took from launch to the page's handshake.
    pub fn startup(&self) -> Duration {
        self.startup
    }

    /// A `RAW` request: `ReentryRaw.<method>(bytes, json)` in the page.
    pub fn raw(&mut self, method: &str, bytes: &[u8], json: &str) -> Result<JsReply, EngineError> {
        let mut frame = Vec::new();
        reprl::encode_raw(&mut frame, method, bytes, json);
        let r = self.exchange(&frame, 1).pop().expect("one answer")?;
        match r.status {
            status::OK => {
                let (json, bytes) = r.raw_reply().map_err(EngineError::Internal)?;
                Ok(JsReply { json, bytes })
            }
            status::JS_ERROR => Err(EngineError::Internal(format!("raw.js threw: {}", r.text()))),
            s => Err(EngineError::Internal(format!("RAW {method}: page status {s}: {}", r.text()))),
        }
    }

    /// Send `count` request frames (back to back in `frames`) and apply the
    /// respawn policy: the answers, with the first failure last.
    fn exchange(&mut self, frames: &[u8], count: usize) -> Vec<Result<Response, EngineError>> {
        let timeout = self.timeout;
        let answers = match self.ready() {
            Ok(page) => page.request_batch(frames, count, timeout),
            Err(e) => return vec![Err(e)],
        };
        let mut out = Vec::with_capacity(answers.len());
        for a in answers {
            self.served += 1;
            out.push(a.map_err(|f| match f {
                Failure::Timeout => {
                    self.stats.timeouts += 1;
                    EngineError::Timeout(timeout)
                }
                Failure::Died(m) => {
                    self.stats.crashes += 1;
                    EngineError::Crash(m)
                }
                Failure::Protocol(m) => EngineError::Internal(format!("page protocol: {m}")),
            }));
        }
        if out.last().is_some_and(|r| r.is_err()) {
            self.replace();
        } else if self.life.due(self.served, self.recycle_after) {
            self.stats.recycles += 1;
            self.replace();
        }
        out
    }

    /// Start a replacement now: it boots while the harness does other work.
    fn replace(&mut self) {
        if let Some(p) = self.page.take() {
            p.shutdown();
        }
        self.served = 0;
        self.suspended = 0;
        self.loaded.clear();
        self.life = Lifetime::new(AMORTIZED_LIFE);
        match Page::spawn(self.browser, &self.exe, &self.version) {
            Ok(p) => {
                self.stats.spawns += 1;
                self.page = Some(p);
                self.spawn_error = None;
            }
            Err(e) => {
                tracing::warn!("{}: could not start a browser: {e:#}", self.registration.name);
                self.spawn_error = Some(format!("{e:#}"));
            }
        }
    }

    /// Give the page a fresh renderer process in the same browser
    /// ([`Page::renew`]), which takes the suspended JSPI stacks with it; a
    /// new browser if that fails. Between batches only: no case is in
    /// flight, so a failure here is no case's.
    fn renew(&mut self) {
        let renewed = match self.page.as_mut().map(|p| p.renew(HANDSHAKE_TIMEOUT)) {
            Some(Ok(id)) => *id == self.identity,
            Some(Err(f)) => {
                tracing::warn!("{}: the page did not renew: {}; starting another browser", self.registration.name, failure_text(&f));
                false
            }
            None => false,
        };
        self.stats.recycles += 1;
        if !renewed {
            return self.replace();
        }
        self.stats.renewals += 1;
        self.suspended = 0;
        self.loaded.clear();
    }

    /// The page that takes the next request, started and handshaken.
    fn ready(&mut self) -> Result<&mut Page, EngineError> {
        if self.page.as_mut().is_none_or(|p| p.has_exited()) {
            if self.page.is_some() {
                self.stats.lost_idle += 1;
                tracing::warn!("{}: the browser died between cases; starting another", self.registration.name);
            }
            self.replace();
        }
        let name = self.registration.name;
        let Some(p) = self.page.as_mut() else {
            let why = self.spawn_error.as_deref().unwrap_or("unknown");
            return Err(EngineError::Crash(format!("{name}: could not start a browser: {why}")));
        };
        match p.handshake(HANDSHAKE_TIMEOUT) {
            Ok(id) if *id == self.identity => self.life.ready(),
            Ok(id) => {
                let msg = if id.glue != self.identity.glue {
                    format!(
                        "{name}: engines/glue.js changed on disk during the run (hash {} at the start, {} now); \
                         later results would not be comparable: restart the run",
                        self.identity.glue, id.glue
                    )
                } else {
                    format!("{name}: a fresh browser differs from the first: {id:?} vs {:?}", self.identity)
                };
                self.page = None;
                return Err(EngineError::Internal(msg));
            }
            Err(f) => {
                self.page = None;
                return Err(EngineError::Crash(format!("{name}: the page did not start: {}", failure_text(&f))));
            }
        }
        Ok(self.page.as_mut().expect("checked above"))
    }

    /// Append `case`'s request frame (or the test op injected for run `index`).
    fn encode(&mut self, out: &mut Vec<u8>, case: &Case, index: u64, with_binding: bool) {
        // Kept: a case sent again (after a failure in its batch) is the same run.
        if let Some(&(op, arg)) = self.faults.get(&index) {
            return reprl::encode_op(out, op, arg);
        }
        match case.binding_js {
            Some(js) => {
                let binding = (with_binding || !self.loaded.contains(&case.module_key)).then_some((case.wasm, js));
                reprl::encode_run_wbg(out, case.module_key, binding, case.plan_json);
            }
            None => {
                let flags = if self.force_polyfill { reprl::FLAG_FORCE_POLYFILL } else { 0 };
                reprl::encode_run(out, case.module_key, flags, case.wasm, case.plan_json);
            }
        }
    }

    /// A case's answer as its result; a fresh page that lacks the case's
    /// binding (`NEED_MODULE`) gets it again with the binding.
    fn result(&mut self, case: &Case, answer: Result<Response, EngineError>) -> Result<Trace, EngineError> {
        match answer {
            Ok(r) if r.status == status::NEED_MODULE => {
                let mut one = Vec::new();
                self.encode(&mut one, case, u64::MAX, true);
                let r = self.exchange(&one, 1).pop().expect("one answer")?;
                self.trace_of(case, r)
            }
            Ok(r) => self.trace_of(case, r),
            Err(e) => Err(e),
        }
    }

    /// A `RUN`/`RUN_WBG` answer as a trace (timings go to the phases).
    fn trace_of(&mut self, case: &Case, r: Response) -> Result<Trace, EngineError> {
        match r.status {
            status::OK => {
                if case.binding_js.is_some() {
                    self.loaded.insert(case.module_key);
                }
                let (times, flat) = r.run_result().map_err(EngineError::Internal)?;
                self.phases.compile += times.compile;
                self.phases.run += times.run;
                if times.cache_hit {
                    self.phases.cache_hits += 1;
                } else {
                    self.phases.modules_compiled += 1;
                }
                let t = trace::decode_flat(&flat).map(Trace).map_err(EngineError::Internal)?;
                // The generated lane's tasks are JSPI stacks (glue.js); the
                // guest's are futures it polls.
                if case.guest_program.is_none() && case.binding_js.is_none() {
                    self.suspended += suspended(&t);
                }
                Ok(t)
            }
            status::COMPILE_ERROR => Err(EngineError::Compile(r.text())),
            status::LINK_ERROR => Err(EngineError::Instantiate(r.text())),
            status::JS_ERROR => Err(EngineError::Internal(format!("the glue threw: {}", r.text()))),
            status::BAD_REQUEST => Err(EngineError::Internal(format!("bad request: {}", r.text()))),
            s => Err(EngineError::Internal(format!("unknown page status {s}: {}", r.text()))),
        }
    }
}

/// How many JSPI stacks a generated-lane case left suspended: per task,
/// the awaits its stack suspended at that no resumption followed (a
/// resumption the call guard or the stale check refused never resumes the
/// stack; a task still awaiting at the driver's end is resumed then).
fn suspended(t: &Trace) -> u64 {
    let mut open: BTreeMap<i32, i64> = BTreeMap::new();
    for e in &t.0 {
        match e {
            trace::Event::TaskAwaits { task } => *open.entry(*task).or_default() += 1,
            trace::Event::TaskResumes { task } => *open.entry(*task).or_default() -= 1,
            _ => {}
        }
    }
    open.values().map(|n| (*n).max(0) as u64).sum()
}

fn failure_text(f: &Failure) -> String {
    match f {
        Failure::Timeout => format!("no handshake within {HANDSHAKE_TIMEOUT:?}"),
        Failure::Died(m) | Failure::Protocol(m) => m.clone(),
    }
}

impl Engine for BrowserEngine {
    fn name(&self) -> &str {
        self.registration.name
    }

    fn encodings(&self) -> &[Encoding] {
        &self.encodings
    }

    fn version(&self) -> String {
        format!("{} {}, {}", self.browser.runtime, self.version, (self.browser.engine)(&self.version))
    }

    fn run(&mut self, case: &Case) -> Result<Trace, EngineError> {
        self.run_batch(std::slice::from_ref(case)).pop().expect("one result")
    }

    /// All of `cases` in one message. The page may hold back answers it
    /// finished behind a case that then wedges or kills it, so a failure
    /// with more than one case unanswered names none of them: those run
    /// again one at a time on the fresh browser until one fails by itself
    /// (that case's error), and the cases after it go on in one message.
    fn batches(&self) -> bool {
        true
    }

    fn run_batch(&mut self, cases: &[Case]) -> Vec<Result<Trace, EngineError>> {
        let first = self.runs;
        self.runs += cases.len() as u64;
        batch::run(self, cases, first)
    }

    fn bench(&mut self) -> Option<&mut dyn Bench> {
        Some(self)
    }

    fn no_tasks(&self, lane: Lane) -> Option<&'static Fact> {
        let features = &self.identity.features;
        declaration::no_tasks(self.facts.iter().copied(), lane, |f| features.get(f).and_then(|v| v.as_bool()) == Some(true))
    }

    fn info(&mut self) -> EngineInfo {
        EngineInfo {
            name: self.registration.name.into(),
            location: self.exe.display().to_string(),
            version: self.version(),
            encodings: self.encodings.clone(),
            features: self.identity.features.iter().filter_map(|(k, v)| v.as_bool().map(|b| (k.clone(), b))).collect(),
        }
    }
}

impl batch::Batched for BrowserEngine {
    fn send(&mut self, cases: &[Case], first: u64) -> Vec<Result<Response, EngineError>> {
        let mut frames = Vec::with_capacity(16 << 10);
        for (i, case) in cases.iter().enumerate() {
            self.encode(&mut frames, case, first + i as u64, false);
        }
        self.exchange(&frames, cases.len())
    }

    fn finish(&mut self, case: &Case, answer: Result<Response, EngineError>) -> Result<Trace, EngineError> {
        self.result(case, answer)
    }

    /// On the wasm-bindgen lane, no more than the page keeps before it is
    /// recycled ([`crate::engine::WEB_GLUE_CASES`]).
    fn room(&self, cases: &[Case]) -> usize {
        match cases.first().is_some_and(|c| c.binding_js.is_some()) {
            true => crate::engine::WEB_GLUE_CASES.saturating_sub(self.served).max(1) as usize,
            false => cases.len(),
        }
    }

    fn settle(&mut self, cases: &[Case]) {
        let web_glue = cases.first().is_some_and(|c| c.binding_js.is_some()) && self.served >= crate::engine::WEB_GLUE_CASES;
        let stacks = self.browser.suspended_stacks.is_some_and(|limit| self.suspended >= limit);
        if web_glue {
            self.stats.recycles += 1;
            self.replace();
        } else if stacks {
            self.renew();
        }
    }
}

impl Bench for BrowserEngine {
    fn phases(&self) -> Phases {
        Phases { restarts: self.stats.spawns.saturating_sub(1), renewals: self.stats.renewals, ..self.phases }
    }

    fn floor(&mut self, case: &Case, calls: &[i32]) -> Result<(), EngineError> {
        self.floor_batch(std::slice::from_ref(case), &[calls.to_vec()])
    }

    /// Every case's `FLOOR` in one message.
    fn floor_batch(&mut self, cases: &[Case], calls: &[Vec<i32>]) -> Result<(), EngineError> {
        if cases.iter().any(|c| c.guest_program.is_some()) {
            return Err(EngineError::Internal("the page floor runs generated modules only".into()));
        }
        let mut frames = Vec::new();
        for (case, calls) in cases.iter().zip(calls) {
            let memory = crate::plan::memory_limits(case.program, false);
            reprl::encode_floor(&mut frames, case.module_key, case.wasm, calls, memory);
        }
        let answers = self.exchange(&frames, cases.len());
        if answers.len() < cases.len() {
            return Err(answers.into_iter().find_map(Result::err).unwrap_or(EngineError::Internal("floor: answers missing".into())));
        }
        for r in answers {
            let r = r?;
            match r.status {
                // A module the engine rejects is rejected in the case too.
                status::OK | status::COMPILE_ERROR => {}
                s => return Err(EngineError::Internal(format!("floor: page status {s}: {}", r.text()))),
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::Event;

    #[test]
    fn a_stack_is_left_suspended_by_each_await_no_resumption_followed() {
        let t = |events: Vec<Event>| suspended(&Trace(events));
        let (awaits, resumes) = (|task| Event::TaskAwaits { task }, |task| Event::TaskResumes { task });
        assert_eq!(t(vec![]), 0);
        // Resumed, then settled: nothing left.
        assert_eq!(t(vec![awaits(0), resumes(0), awaits(0), resumes(0)]), 0);
        // t0's second await was refused; t1 never resumed.
        assert_eq!(t(vec![awaits(0), resumes(0), awaits(0), awaits(1), Event::Hung { task: 1 }]), 2);
    }
}
