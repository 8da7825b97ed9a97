//! workerd, Cloudflare's Workers runtime, out of process: V8 as Workers
//! embed it (a `Family::V8` member with facts of its own). The binary comes
//! from the npm pin `workerd` in engines/package.json
//! (`@cloudflare/workerd-linux-64`, the package the `workerd` npm package
//! installs for this platform).
//!
//! One `workerd serve` process ([`server::Server`]) runs one Worker,
//! `engines/workerd-worker.js`, which serves the worker protocol through
//! `engines/worker-core.js` as the node workers do; each request frame
//! travels as an HTTP POST to it, so every case is a request into the one
//! isolate, as a Worker's requests are. The host side is `engines/glue.js`,
//! unchanged. The respawn policy and the raw-module level over `RAW` are the
//! worker engine's ([`WorkerEngine`]). [`server`] serves any [`Bundle`], so
//! a Worker some binding built (workers-rs) runs the same way.

pub mod load;
mod requests;
pub mod server;
pub mod workers_rs;

use super::declaration::{Effect, EngineDir, Fact, Family, Isolation, Registration, Source};
use super::worker::raw::WorkerSession;
use super::worker::reprl::{self, Channel, Failure, Identity, Response};
use super::worker::{engines_dir, pins, Launch, WorkerEngine};
use crate::guest::Lane;
use server::{Binding, Bundle, Module, ModuleKind, Server};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

/// The npm package of the workerd binary for this platform.
pub const PACKAGE: &str = "@cloudflare/workerd-linux-64";

pub const REGISTRATIONS: &[Registration] = &[Registration {
    name: "workerd",
    family: Family::V8,
    variant_of: None,
    isolation: Isolation::Process,
    source: Source::Npm,
    about: "@cloudflare/workerd-linux-64 (engines/package.json): one Worker, every case a request",
    facts: FACTS,
    lanes: &[Lane::GENERATED, Lane::RUSTC, Lane::RUSTC_WORKERS_RS],
    available: |_| WORKERD.executable().map(|_| ()),
    start: |_, o| Ok(Box::new(WorkerEngine::for_launch(&WORKERD, o)?)),
    session: Some(|_, o| Ok(Box::new(WorkerSession::for_launch(&WORKERD, o)?))),
}];

/// This directory's line in the registry (the V8 family's facts are `v8/`'s).
pub const DIR: EngineDir =
    EngineDir { family: Family::V8, family_facts: &[], registrations: || REGISTRATIONS.iter().collect(), defects: &[] };

/// What workerd adds to V8's facts.
pub const FACTS: &[Fact] = &[
    Fact {
        what: "workerd lets a request compile Wasm only through the unsafeEval binding (`env.UNSAFE.newWasmModule`, \
               which needs --experimental): engines/workerd-worker.js routes `new WebAssembly.Module(bytes)` there for \
               the glue, raw.js and the probes alike; `WebAssembly.compile`/`instantiate` of bytes stay refused, as \
               workerd ships them",
        effect: Effect::Normalised,
    },
    Fact {
        what: "one isolate serves every case, as one Worker serves every request, and module state lives on between \
               them: glue.js starts each case from its own clean state, as in the node workers",
        effect: Effect::Normalised,
    },
    Fact {
        what: "workerd does not report its V8 version at run time (`navigator.userAgent` is `Cloudflare-Workers`): the \
               version shown is the V8 version string the binary carries",
        effect: Effect::Normalised,
    },
    Fact {
        what: "no rustc/wasm-bindgen lane yet: a Worker ships the glue workers-rs 0.8 makes (`wasm-bindgen --target \
               module --experimental-reset-state-function --force-enable-abort-handler`, an ES module that imports \
               its Wasm with `import source`), not the `--target nodejs` glue the lane builds; running it needs one \
               guest build per glue target (guest::module builds one per lane and encoding) and an ES-module \
               loader in engines/wbg-host.js",
        effect: Effect::NoLane(Lane::RUSTC_WASM_BINDGEN),
    },
];

/// A workerd binary.
pub struct Workerd {
    registration: &'static Registration,
    /// `None`: the manifest's pin under engines/node_modules.
    exe: Option<PathBuf>,
}

/// The registered engine: the manifest's pin.
pub static WORKERD: Workerd = Workerd { registration: &REGISTRATIONS[0], exe: None };

impl Workerd {
    /// A workerd binary that is not pinned (`reentry compat --since
    /// workerd`); registered nowhere, with the compat-pin facts.
    pub fn adhoc(name: &str, exe: &Path) -> &'static Workerd {
        let name: &'static str = Box::leak(name.to_string().into_boxed_str());
        let registration = Box::leak(Box::new(Registration {
            name,
            facts: super::worker::COMPAT_PIN_FACTS,
            about: "an unpinned workerd (compat --since/--scan)",
            source: Source::System,
            ..REGISTRATIONS[0]
        }));
        Box::leak(Box::new(Workerd { registration, exe: Some(exe.to_path_buf()) }))
    }
}

/// The pinned version (`1.20261201.1`), from engines/package.json.
pub fn pinned_version() -> Option<&'static str> {
    pins().iter().find(|p| p.package == PACKAGE).map(|p| p.version.as_str())
}

/// workerd's compatibility date for a release: its own date
/// (`1.20261123.1` → `2026-11-23`), so a Worker gets the release's newest
/// behaviour.
pub fn compatibility_date(version: &str) -> Option<String> {
    let d = version.split('.').nth(1).filter(|d| d.len() == 8 && d.bytes().all(|b| b.is_ascii_digit()))?;
    Some(format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..]))
}

/// `workerd --version` (`workerd 2026-11-23`) as a release's date, for a
/// binary whose npm version is not known.
fn release_date(exe: &Path) -> Option<String> {
    let out = std::process::Command::new(exe).arg("--version").output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let date = text.split_whitespace().nth(1)?;
    (date.len() == 10).then(|| date.to_string())
}

/// reentry's own Worker: engines/workerd-worker.js, the scripts it
/// evaluates, the unsafeEval binding and the release's version.
fn worker_bundle(version: &str, date: String) -> std::io::Result<Bundle> {
    let dir = engines_dir();
    let text = |name: &str| -> std::io::Result<Module> {
        Ok(Module { name: format!("reentry/{name}"), kind: ModuleKind::Text, bytes: std::fs::read(dir.join(name))? })
    };
    Ok(Bundle {
        modules: vec![
            Module { name: "worker.js".into(), kind: ModuleKind::Es, bytes: std::fs::read(dir.join("workerd-worker.js"))? },
            text("worker-core.js")?,
            text("glue.js")?,
            text("raw.js")?,
            text("wbg-host.js")?,
        ],
        bindings: vec![Binding::UnsafeEval("UNSAFE".into()), Binding::Text("VERSION".into(), version.to_string())],
        compatibility_date: date,
        compatibility_flags: vec![],
        outbound: None,
        front: None,
    })
}

/// A workers-rs Worker ([`crate::guest::workers_rs`]) as workerd serves it:
/// its modules as they are, the pinned release's compatibility date.
pub fn workers_rs_bundle(worker: &crate::guest::workers_rs::Worker) -> anyhow::Result<Bundle> {
    let version = pinned_version().ok_or_else(|| anyhow::anyhow!("engines/package.json pins no {PACKAGE}"))?;
    let date = compatibility_date(version).ok_or_else(|| anyhow::anyhow!("no compatibility date for workerd {version}"))?;
    let modules = worker
        .modules
        .iter()
        .map(|m| Module { name: m.name.clone(), kind: if m.wasm { ModuleKind::Wasm } else { ModuleKind::Es }, bytes: m.bytes.clone() })
        .collect();
    // Program handles are the Worker's Durable Object class `Handle`
    // (engines/guest/src/binding_workers_rs.rs).
    let bindings = vec![Binding::DurableObject("HANDLES".into(), "Handle".into())];
    Ok(Bundle { modules, bindings, compatibility_date: date, compatibility_flags: vec![], outbound: None, front: None })
}

/// Time workerd has to load the Worker and listen.
const LISTEN_TIMEOUT: Duration = Duration::from_secs(30);

impl Launch for Workerd {
    fn registration(&self) -> &Registration {
        self.registration
    }

    fn facts(&self) -> Vec<&'static Fact> {
        super::v8::DIR.family_facts.iter().copied().flatten().chain(self.registration.facts).collect()
    }

    fn executable(&self) -> Result<PathBuf, String> {
        let p = match &self.exe {
            Some(p) => p.clone(),
            None => engines_dir().join("node_modules/workerd/bin/workerd"),
        };
        if p.is_file() {
            Ok(p)
        } else {
            Err(format!("{} is not installed (run scripts/install-engines.sh)", p.display()))
        }
    }

    fn spawn(&self, exe: &Path) -> anyhow::Result<Box<dyn Channel>> {
        let (version, date) = match &self.exe {
            None => {
                let v = pinned_version().ok_or_else(|| anyhow::anyhow!("engines/package.json pins no {PACKAGE}"))?;
                (v.to_string(), compatibility_date(v))
            }
            Some(_) => {
                let v = self.registration.name.rsplit('@').next().unwrap_or_default().to_string();
                let date = compatibility_date(&v).or_else(|| release_date(exe));
                (v, date)
            }
        };
        let date = date.ok_or_else(|| anyhow::anyhow!("no compatibility date for workerd {version}"))?;
        let server = Server::start(exe, &worker_bundle(&version, date)?, LISTEN_TIMEOUT)?;
        Ok(Box::new(WorkerdChannel { server, identity: None }))
    }

    fn own_worker_engine(&self, options: &crate::engine::EngineOptions) -> Option<anyhow::Result<Box<dyn crate::engine::Engine>>> {
        Some(workers_rs::WorkersRsEngine::new(options).map(|e| Box::new(e) as Box<dyn crate::engine::Engine>))
    }

    /// Its start-up (a shell and the scripts; a server) costs as much as
    /// hundreds of cases.
    fn min_life(&self) -> u32 {
        super::worker::AMORTIZED_LIFE
    }

    /// A POST round trip costs more than a generated case runs.
    fn batches(&self) -> bool {
        true
    }

    fn version(&self, id: &Identity) -> String {
        let exe = self.executable().ok();
        match exe.as_deref().and_then(binary_v8_version) {
            Some(v8) => format!("workerd {}, V8 {v8}", id.version),
            None => format!("workerd {}", id.version),
        }
    }
}

/// The worker protocol over HTTP: each POST carries request frames and is
/// answered with their response frames; an empty POST is answered with the
/// handshake.
struct WorkerdChannel {
    server: Server,
    identity: Option<Identity>,
}

impl WorkerdChannel {
    /// POST `body` and read the `count` response frames it is answered with.
    fn exchange(&mut self, body: &[u8], count: usize, timeout: Duration) -> Result<Vec<Response>, Failure> {
        let (status, reply) = self.server.post(body, timeout)?;
        let text = || String::from_utf8_lossy(&reply).chars().take(2000).collect::<String>();
        if status != 200 {
            self.server.kill();
            return Err(Failure::Protocol(format!("workerd answered HTTP {status}: {}", text())));
        }
        let mut out = Vec::with_capacity(count);
        let mut at = 0;
        while let Some(n) = reply.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize) {
            match reply.get(at + 4..at + 4 + n) {
                Some(body) if n >= 4 => out.push(Response {
                    status: u32::from_le_bytes([body[0], body[1], body[2], body[3]]),
                    payload: body[4..].to_vec(),
                }),
                _ => break,
            }
            at += 4 + n;
        }
        if out.len() != count || at != reply.len() {
            self.server.kill();
            return Err(Failure::Protocol(format!(
                "workerd's answer is not {count} frames ({} bytes, {} whole frames): {}",
                reply.len(),
                out.len(),
                text()
            )));
        }
        Ok(out)
    }
}

impl Channel for WorkerdChannel {
    fn handshake(&mut self, timeout: Duration) -> Result<&Identity, Failure> {
        if self.identity.is_none() {
            let frame = self.exchange(&[], 1, timeout)?.pop().expect("one frame");
            match reprl::hello(&frame) {
                Ok(id) => self.identity = Some(id),
                Err(m) => {
                    self.server.kill();
                    return Err(Failure::Protocol(m));
                }
            }
        }
        Ok(self.identity.as_ref().expect("just set"))
    }

    fn request(&mut self, frame: &[u8], timeout: Duration) -> Result<Response, Failure> {
        Ok(self.exchange(frame, 1, timeout)?.pop().expect("one frame"))
    }

    /// One POST: workerd-worker.js serves its frames in order. A failure
    /// (a hang, a dead process) loses every answer of the message.
    fn request_batch(&mut self, frames: &[u8], count: usize, timeout: Duration) -> Vec<Result<Response, Failure>> {
        match self.exchange(frames, count, timeout) {
            Ok(answers) => answers.into_iter().map(Ok).collect(),
            Err(f) => vec![Err(f)],
        }
    }

    fn has_exited(&mut self) -> bool {
        self.server.has_exited()
    }

    fn pid(&self) -> u32 {
        self.server.pid()
    }

    fn shutdown(self: Box<Self>) {
        self.server.shutdown();
    }
}

/// The V8 version string a workerd binary carries (`15.8.62.5`): the one
/// NUL-delimited string of four dotted numbers, the first two digits long.
pub fn binary_v8_version(exe: &Path) -> Option<String> {
    static SEEN: OnceLock<Mutex<HashMap<PathBuf, Option<String>>>> = OnceLock::new();
    let seen = SEEN.get_or_init(Default::default);
    if let Some(v) = seen.lock().unwrap_or_else(|e| e.into_inner()).get(exe) {
        return v.clone();
    }
    let found = std::fs::read(exe).ok().and_then(|bytes| {
        let mut versions: Vec<&[u8]> = bytes
            .split(|b| *b == 0)
            .filter(|s| {
                let parts: Vec<&[u8]> = s.split(|b| *b == b'.').collect();
                parts.len() == 4 && parts[0].len() == 2 && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.iter().all(u8::is_ascii_digit))
            })
            .collect();
        versions.sort();
        versions.dedup();
        (versions.len() == 1).then(|| String::from_utf8_lossy(versions[0]).into_owned())
    });
    seen.lock().unwrap_or_else(|e| e.into_inner()).insert(exe.to_path_buf(), found.clone());
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_release_is_its_own_compatibility_date() {
        assert_eq!(compatibility_date("1.20261123.1").as_deref(), Some("2026-11-23"));
        assert_eq!(compatibility_date("1.20250620.0").as_deref(), Some("2025-06-20"));
        assert_eq!(compatibility_date("2.1.0"), None);
    }
}
