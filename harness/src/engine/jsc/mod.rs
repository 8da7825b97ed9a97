//! JavaScriptCore, Safari's engine, out of process: WebKitGTK's `jsc` shell
//! (Debian `libjavascriptcoregtk-4.0-bin`, installed by
//! scripts/install-jsc.sh) running `engines/jsc-worker.js`, which serves the
//! worker protocol through `engines/worker-core.js` as the node workers do;
//! the host side is `engines/glue.js`, unchanged. The shell reads and writes
//! lines only, so frames travel as base64 lines
//! ([`Framing::Base64Lines`]); everything else — handshake, ops, the
//! respawn policy, the raw-module level over `RAW` — is the worker
//! engine's ([`WorkerEngine`]).
//!
//! The shell cannot say its version: it is the Debian package's, read with
//! `dpkg-query` and echoed in the handshake. It has no heap limit to set
//! (`--gcMaxHeapSize` does not stop a runaway allocation): a case that
//! allocates without end is stopped by its timeout.

use super::declaration::{Effect, EngineDefect, EngineDir, Fact, Family, Isolation, Registration, Source};
use super::EngineError;
use crate::compile::Encoding;
use crate::guest::known::KnownDefect;
use crate::program::Program;
use crate::trace::{AbortCause, Event};
use super::worker::raw::WorkerSession;
use super::worker::reprl::{Channel, Failure, Framing, Identity, Response, WorkerProcess};
use super::worker::{engines_dir, find_on_path, Launch, WorkerEngine};
use crate::guest::Lane;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::Duration;

/// The Debian package the shell comes from.
pub const PACKAGE: &str = "libjavascriptcoregtk-4.0-bin";

/// `jsc` runs the shell with two resource settings of its own; `jsc-shipped`
/// with the shell's defaults (see [`FLAGS`]).
pub const REGISTRATIONS: &[Registration] = &[
    Registration {
        name: "jsc",
        family: Family::JavaScriptCore,
        variant_of: None,
        isolation: Isolation::Process,
        source: Source::Debian,
        about: "the jsc shell of WebKitGTK (Debian libjavascriptcoregtk-4.0-bin) worker, bounds-checked memories, 1 MB stack",
        facts: FACTS,
        lanes: &[Lane::GENERATED, Lane::RUSTC, Lane::RUSTC_WASM_BINDGEN],
        available: |_| JSC.executable().map(|_| ()),
        start: |_, o| Ok(Box::new(WorkerEngine::for_launch(&JSC, o)?)),
        session: Some(|_, o| Ok(Box::new(WorkerSession::for_launch(&JSC, o)?))),
    },
    Registration {
        name: "jsc-shipped",
        family: Family::JavaScriptCore,
        variant_of: Some("jsc"),
        isolation: Isolation::Process,
        source: Source::Debian,
        about: "the jsc shell with its defaults: fast memories (4 GiB reservations, signal-handler bounds checks), 5 MB stack",
        facts: &[],
        lanes: &[Lane::GENERATED, Lane::RUSTC, Lane::RUSTC_WASM_BINDGEN],
        available: |_| JSC_SHIPPED.executable().map(|_| ()),
        start: |_, o| Ok(Box::new(WorkerEngine::for_launch(&JSC_SHIPPED, o)?)),
        session: Some(|_, o| Ok(Box::new(WorkerSession::for_launch(&JSC_SHIPPED, o)?))),
    },
];

/// This directory's line in the registry.
pub const DIR: EngineDir = EngineDir {
    family: Family::JavaScriptCore,
    family_facts: &[super::v8::GLUE_FACTS, FAMILY_FACTS],
    registrations: || REGISTRATIONS.iter().collect(),
    defects: DEFECTS,
};

/// Facts of JavaScriptCore (beside glue.js's, `v8::GLUE_FACTS`).
pub const FAMILY_FACTS: &[Fact] = &[
    Fact {
        what: "JavaScriptCore words traps its own way (`Unreachable code should not be executed`, `Division by \
               zero`, `Out of bounds memory access`, ...: harness/src/trap.rs `JSC_MESSAGES`); glue.js's trap table \
               carries them beside V8's, so a trace records the same kind; a stack overflow is a RangeError \
               `Maximum call stack size exceeded.` (with a full stop), which the glue and raw.js treat as V8's",
        effect: Effect::Normalised,
    },
    Fact {
        what: "the jsc shell runs no timers while its worker loop waits for the next line: a case with tasks \
               drains its microtasks with `drainMicrotasks()` and glue.js's 'host' drain, as the in-process V8 \
               does (engines/jsc-worker.js)",
        effect: Effect::Normalised,
    },
    Fact {
        what: "a Safari user ships wasm-bindgen's `--target web` glue: the rustc/wasm-bindgen lane runs that ES \
               module, written once per binding to a scratch file that engines/jsc-worker.js imports once per \
               binding (`import('./…?n')`: the shell imports files only; each case a fresh instance through the \
               glue's `__wbg_reset_state`); the shell has no `TextDecoder` (a Web API \
               Safari has), so the glue decodes with wbg-host.js's minimal UTF-8 one, as on the bare in-process V8",
        effect: Effect::WebGlue,
    },
];

/// The shell's settings for `jsc` (none for `jsc-shipped`). Every case
/// makes fresh instances, and here a fast memory (a 4 GiB reservation) costs
/// 120-540 µs to make against 12 µs bounds-checked; a stack overflow unwinds
/// 530,000 frames at the shell's 5 MB stack in about 50 ms, against 4.5 ms at
/// 1 MB (V8's budget is about 1 MB). JavaScriptCore falls back to bounds
/// checks itself when it cannot reserve a fast memory, and where a stack
/// overflows is implementation-defined: both are resource settings, not
/// semantics; `jsc-shipped` keeps the shell's defaults.
pub const FLAGS: &[&str] = &["--useWasmFastMemory=false", "--maxPerThreadStackUsage=1048576"];

const FACTS: &[Fact] = &[
    Fact {
        what: "jsc runs with bounds-checked memories and a 1 MB stack (`--useWasmFastMemory=false \
               --maxPerThreadStackUsage=1048576`, jsc::FLAGS: a fast memory costs 10-40x more to make and every \
               case makes fresh instances; a stack overflow at the shell's 5 MB takes about 50 ms); jsc-shipped \
               runs the shell's defaults",
        effect: Effect::Normalised,
    },
];

/// A jsc engine: the shell with some settings.
pub struct Jsc {
    registration: &'static Registration,
    flags: &'static [&'static str],
}

pub static JSC: Jsc = Jsc { registration: &REGISTRATIONS[0], flags: FLAGS };
pub static JSC_SHIPPED: Jsc = Jsc { registration: &REGISTRATIONS[1], flags: &[] };

impl Launch for Jsc {
    fn registration(&self) -> &Registration {
        self.registration
    }

    fn facts(&self) -> Vec<&'static Fact> {
        let base = self.registration.variant_of.map_or(&[][..], |_| REGISTRATIONS[0].facts);
        DIR.family_facts.iter().copied().flatten().chain(self.registration.facts).chain(base).collect()
    }

    fn executable(&self) -> Result<PathBuf, String> {
        find_on_path("jsc").ok_or_else(|| format!("`jsc` is not on PATH (scripts/install-jsc.sh: apt-get install {PACKAGE})"))
    }

    fn spawn(&self, exe: &Path) -> anyhow::Result<Box<dyn Channel>> {
        let dir = engines_dir();
        let scratch = Scratch::new()?;
        let mut c = Command::new(exe);
        // `$vm` only for the ABORT test op (engines/jsc-worker.js).
        c.arg("--useDollarVM=1").args(self.flags);
        c.arg(dir.join("jsc-worker.js")).arg("--").arg(&dir).arg(package_version().unwrap_or("unknown")).arg(&scratch.0);
        let p = WorkerProcess::spawn_with(c, Framing::Base64Lines).map_err(|e| anyhow::anyhow!("starting {}: {e}", exe.display()))?;
        Ok(Box::new(WithScratch { worker: Box::new(p), _scratch: scratch }))
    }

    fn version(&self, id: &Identity) -> String {
        // "runtime version, engine version", as the other workers say it.
        format!("jsc {}, JavaScriptCore {} (WebKitGTK)", id.version, id.version)
    }

    /// Its start-up (a shell and the scripts; a server) costs as much as
    /// hundreds of cases.
    fn min_life(&self) -> u32 {
        super::worker::AMORTIZED_LIFE
    }

    fn location(&self, exe: &Path) -> String {
        let flags = self.flags.iter().map(|f| format!(" {f}")).collect::<String>();
        format!("{}{flags} (Debian {PACKAGE} {})", exe.display(), debian_version().unwrap_or("?"))
    }
}

/// A worker's scratch directory, where engines/jsc-worker.js writes the
/// `--target web` glue it imports (the shell imports files only); removed
/// with the worker.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> std::io::Result<Scratch> {
        static MADE: AtomicU64 = AtomicU64::new(0);
        let n = MADE.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("reentry-jsc-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        Ok(Scratch(dir))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A jsc worker and its scratch directory.
struct WithScratch {
    worker: Box<WorkerProcess>,
    _scratch: Scratch,
}

impl Channel for WithScratch {
    fn handshake(&mut self, timeout: Duration) -> Result<&Identity, Failure> {
        self.worker.handshake(timeout)
    }
    fn request(&mut self, frame: &[u8], timeout: Duration) -> Result<Response, Failure> {
        self.worker.request(frame, timeout)
    }
    fn has_exited(&mut self) -> bool {
        self.worker.has_exited()
    }
    fn pid(&self) -> u32 {
        self.worker.pid()
    }
    fn shutdown(self: Box<Self>) {
        self.worker.shutdown();
    }
}

/// The installed package's Debian version (`2.50.6-1~deb12u2`).
fn debian_version() -> Option<&'static str> {
    static VERSION: OnceLock<Option<String>> = OnceLock::new();
    VERSION
        .get_or_init(|| {
            let out = Command::new("dpkg-query").args(["-W", "-f=${Version}", PACKAGE]).output().ok()?;
            let v = String::from_utf8_lossy(&out.stdout).trim().to_string();
            (out.status.success() && !v.is_empty()).then_some(v)
        })
        .as_deref()
}

/// WebKitGTK's release (`2.50.6`): the Debian version without its revision.
pub fn package_version() -> Option<&'static str> {
    debian_version().map(|v| v.split(['-', '+', '~']).next().unwrap_or(v))
}

/// JavaScriptCore's bugs found here (write-ups in `corpus/regressions/<id>/`).
pub const DEFECTS: &[EngineDefect] = &[
    EngineDefect {
        defect: KnownDefect {
            id: "jsc-2.50-rethrow-in-unreachable-code-rejected",
            summary: "JavaScriptCore 2.50 (WebKitGTK 2.50.6) rejects a valid module whose unreachable code holds `try \
                      ... catch_all ... rethrow 0 ... end` (\"rethrow doesn't refer to a catch block\"): \
                      FunctionParser::parseUnreachableExpression checks rethrow's target against the control stack, \
                      which holds no block opened in unreachable code",
            rustc: &[],
            binding: None,
            wasm_bindgen: None,
            encoding: Some(Encoding::Legacy),
            matches: |_, _, _| false,
            hazard: None,
            with_fix: None,
        },
        versions: &["jsc 2.50."],
        lanes: &[],
        error: Some(|e| matches!(e, EngineError::Compile(m) if m.contains("rethrow doesn't refer to a catch block"))),
    },
    EngineDefect {
        defect: KnownDefect {
            id: "jsc-2.50-ipint-try-misses-call-indirect",
            summary: "JavaScriptCore 2.50 (WebKitGTK 2.50.6), in its in-place interpreter (IPInt): a legacy `try` whose \
                      body ends with `call_indirect` does not catch what the callee throws (its handler's range ends \
                      at the catch opcode, where the call's return PC is): the rustc guest's aborting-closure edge never \
                      runs its landing pad, so a panic escapes as the Rust exception instead of aborting",
            rustc: &[],
            binding: None,
            wasm_bindgen: None,
            encoding: Some(Encoding::Legacy),
            matches: escapes_aborting_edge,
            hazard: None,
            with_fix: None,
        },
        versions: &["jsc 2.50."],
        lanes: &[Lane::RUSTC],
        error: Some(|e| matches!(e, EngineError::Internal(m) if m.contains("an exception under a tag the glue does not know"))),
    },
];

/// Where the model aborts at an aborting closure's edge, the run has the
/// panic leave the guest as an exception the glue does not know.
fn escapes_aborting_edge(_: &Program, expected: &[Event], actual: &[Event]) -> bool {
    let at = expected.iter().zip(actual).position(|(a, b)| a != b).unwrap_or(expected.len().min(actual.len()));
    matches!(expected.get(at), Some(Event::Abort { cause: AbortCause::PanicInAbortingClosure, .. }))
        && matches!(actual.get(at), Some(Event::Uncaught { .. }))
}
