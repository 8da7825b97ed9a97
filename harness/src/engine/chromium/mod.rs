//! Chromium (V8 as Chrome ships it), headless, as the page host runs it
//! (`engine::browser`): Debian's `chromium`, started as its binary (not the
//! Debian launcher script, which adds Google API keys and extension flags)
//! with a fresh `--user-data-dir` and [`FLAGS`], which turn off everything
//! that would reach the network. A member of the V8 family: V8's facts
//! (declared by `v8/`) hold for it.

use crate::engine::browser::engine::BrowserEngine;
use crate::engine::browser::{self, Browser};
use crate::engine::declaration::{Effect, EngineDir, Fact, Family, Isolation, Registration, Source};
use crate::engine::EngineOptions;
use crate::guest::Lane;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const REGISTRATIONS: &[Registration] = &[Registration {
    name: "chromium",
    family: Family::V8,
    variant_of: None,
    isolation: Isolation::Process,
    source: Source::Debian,
    about: "Debian chromium, headless (V8 as Chrome ships it; the page host)",
    facts: FACTS,
    lanes: &[Lane::GENERATED, Lane::RUSTC, Lane::RUSTC_WASM_BINDGEN],
    available: |_| executable().map(|_| ()),
    start: |_, o| Ok(Box::new(start(o)?)),
    session: Some(|r, o| Ok(Box::new(browser::raw::BrowserSession::new(r, &CHROMIUM, facts(r), o)?))),
}];

/// The page host's facts, and Chromium's own.
const FACTS: &[Fact] = &[
    browser::FACTS[0],
    Fact {
        what: "V8 in Chromium never frees a JSPI stack suspended on a promise nothing settles any more, nor the \
               instance and memory it holds, and each Wasm memory reserves about 10 GB of the renderer's 1 TB \
               sandbox: after about 125 such stacks every new instance fails with `RangeError: Out of memory: \
               Cannot allocate Wasm memory for new instance` (corpus/regressions/\
               v8-chromium-156-suspended-jspi-stack-never-freed/). A generated-lane case leaves one where a task's \
               resumption is refused (its instance aborted or was replaced): the page host counts them in the \
               traces and after 64 renews the page in a fresh renderer process (a cross-site navigation, \
               127.0.0.1 <-> localhost), which frees them",
        effect: Effect::Normalised,
    },
];

/// Suspended JSPI stacks a page may keep (about 125 exhaust it).
const SUSPENDED_STACKS: u64 = 64;

/// This directory's line in the registry: Chromium, of the V8 family (whose
/// facts `v8/` declares).
pub const DIR: EngineDir =
    EngineDir { family: Family::V8, family_facts: &[], registrations: || REGISTRATIONS.iter().collect(), defects: &[] };

/// Start the browser on the page (tests reach its test ops through this).
pub fn start(options: &EngineOptions) -> anyhow::Result<BrowserEngine> {
    let r = &REGISTRATIONS[0];
    BrowserEngine::new(r, &CHROMIUM, facts(r), options)
}

fn facts(r: &'static Registration) -> Vec<&'static Fact> {
    crate::engine::v8::DIR.family_facts.iter().copied().flatten().chain(r.facts).collect()
}

pub static CHROMIUM: Browser = Browser {
    runtime: "chromium",
    executable,
    version,
    engine: v8_of,
    prepare_profile: |_| Ok(()),
    command,
    user_agent: "Chrome/",
    suspended_stacks: Some(SUSPENDED_STACKS),
};

/// Debian's package puts the browser here (`/usr/bin/chromium` is a launcher script).
const EXECUTABLE: &str = "/usr/lib/chromium/chromium";

fn executable() -> Result<PathBuf, String> {
    let p = PathBuf::from(EXECUTABLE);
    match p.is_file() {
        true => Ok(p),
        false => Err(format!("{EXECUTABLE} is not installed (Debian chromium: run scripts/setup.sh)")),
    }
}

/// `Chromium 156.0.8078.114 ` → `156.0.8078.114`.
fn version(exe: &Path) -> Result<String, String> {
    let out = Command::new(exe).arg("--version").output().map_err(|e| format!("{}: {e}", exe.display()))?;
    let text = String::from_utf8_lossy(&out.stdout);
    text.split_whitespace()
        .nth(1)
        .filter(|v| text.starts_with("Chromium ") && v.starts_with(|c: char| c.is_ascii_digit()))
        .map(str::to_string)
        .ok_or_else(|| format!("{} --version printed `{}`", exe.display(), text.trim()))
}

/// V8's version as its release process ties it to Chrome's milestone
/// (Chrome M ships V8 M/10.M%10: Chrome 138, V8 13.8); the page cannot ask
/// V8 itself.
fn v8_of(version: &str) -> String {
    match version.split('.').next().and_then(|m| m.parse::<u32>().ok()) {
        Some(m) => format!("V8 {}.{} (Chrome {m})", m / 10, m % 10),
        None => "V8 (unknown milestone)".into(),
    }
}

/// Headless as root on a machine with no GPU; no background networking,
/// component or safe-browsing updates, sync, crash upload, QUIC, DNS
/// prefetch or first-run work (a fresh profile each time); every host name
/// but the page's 127.0.0.1 fails to resolve without a DNS query (checked
/// with strace: no DNS query, no connection off the machine; what is left is
/// a UDP `connect()` to a public IPv6 address, Chromium's IPv6 reachability
/// check, which sends no packet); no throttling of the page's timers or
/// renderer while it is not "visible".
pub const FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-quic",
    "--disable-breakpad",
    "--disable-client-side-phishing-detection",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--disable-extensions",
    "--disable-features=MediaRouter,OptimizationHints,Translate,AutofillServerCommunication,NetworkTimeServiceQuerying",
    "--no-pings",
    "--dns-prefetch-disable",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
    "--metrics-recording-only",
    "--password-store=basic",
    "--use-mock-keychain",
    "--mute-audio",
    "--disable-background-timer-throttling",
    "--disable-renderer-backgrounding",
    "--disable-backgrounding-occluded-windows",
];

fn command(exe: &Path, profile: &Path, url: &str) -> Command {
    let mut c = Command::new(exe);
    c.args(FLAGS).arg(format!("--user-data-dir={}", profile.display())).arg(url);
    c
}
