//! Firefox ESR (SpiderMonkey), headless, as the page host runs it
//! (`engine::browser`): Debian's `firefox-esr`, a fresh profile per browser
//! whose `user.js` ([`PREFS`]) turns off everything that would reach the
//! network or wait for a user, and sets JS Promise Integration on.

mod defects;

pub use defects::DEFECTS;

use crate::engine::browser::engine::BrowserEngine;
use crate::engine::browser::{self, Browser};
use crate::engine::declaration::{Effect, EngineDir, Fact, Family, Isolation, Registration, Source};
use crate::engine::EngineOptions;
use crate::guest::Lane;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const REGISTRATIONS: &[Registration] = &[Registration {
    name: "firefox",
    family: Family::SpiderMonkey,
    variant_of: None,
    isolation: Isolation::Process,
    source: Source::Debian,
    about: "Debian firefox-esr, headless (SpiderMonkey; the page host)",
    facts: browser::FACTS,
    lanes: &[Lane::GENERATED, Lane::RUSTC, Lane::RUSTC_WASM_BINDGEN],
    available: |_| executable().map(|_| ()),
    start: |_, o| Ok(Box::new(start(o)?)),
    session: Some(|r, o| Ok(Box::new(browser::raw::BrowserSession::new(r, &FIREFOX, facts(r), o)?))),
}];

/// This directory's line in the registry: Firefox, and the facts of the
/// SpiderMonkey family.
pub const DIR: EngineDir = EngineDir {
    family: Family::SpiderMonkey,
    family_facts: &[crate::engine::v8::GLUE_FACTS, FAMILY_FACTS],
    registrations: || REGISTRATIONS.iter().collect(),
    defects: DEFECTS,
};

/// Facts of SpiderMonkey (beside glue.js's, `v8::GLUE_FACTS`).
pub const FAMILY_FACTS: &[Fact] = &[
    Fact {
        what: "SpiderMonkey reports a stack overflow as an InternalError `too much recursion` (V8: a RangeError) \
               and words its traps its own way (trap::SPIDERMONKEY_MESSAGES: `index out of bounds` for memory, \
               table and array bounds alike, `integer divide by zero` for division and remainder): the glue and \
               the raw sessions classify both as V8's",
        effect: Effect::Normalised,
    },
    Fact {
        what: "firefox runs with the main thread's JS stack capped at 1 MB (the pref \
               javascript.options.main_thread_stack_quota_cap), as V8's default stack: with Firefox's own \
               (about 6 times as deep here) a Wasm stack overflow unwinds so many frames that it costs 10-30 ms, \
               against 3-9 ms capped and about 1 ms in V8; where a stack overflows is no part of any trace",
        effect: Effect::Normalised,
    },
];

/// Start the browser on the page (tests reach its test ops through this).
pub fn start(options: &EngineOptions) -> anyhow::Result<BrowserEngine> {
    let r = &REGISTRATIONS[0];
    BrowserEngine::new(r, &FIREFOX, facts(r), options)
}

fn facts(r: &'static Registration) -> Vec<&'static Fact> {
    DIR.family_facts.iter().copied().flatten().chain(r.facts).collect()
}

pub static FIREFOX: Browser = Browser {
    runtime: "firefox",
    executable,
    version,
    // SpiderMonkey ships in Firefox under Firefox's version.
    engine: |v| format!("SpiderMonkey {v}"),
    prepare_profile,
    command,
    user_agent: "Firefox/",
    // SpiderMonkey collects them (checked: 3,000 left suspended in a row).
    suspended_stacks: None,
};

/// Debian's package puts the browser here (`/usr/bin/firefox-esr` links to it).
const EXECUTABLE: &str = "/usr/lib/firefox-esr/firefox-esr";

fn executable() -> Result<PathBuf, String> {
    let p = PathBuf::from(EXECUTABLE);
    match p.is_file() {
        true => Ok(p),
        false => Err(format!("{EXECUTABLE} is not installed (Debian firefox-esr: run scripts/setup.sh)")),
    }
}

/// `Mozilla Firefox 153.8.0esr` → `153.8.0esr`.
fn version(exe: &Path) -> Result<String, String> {
    let out = Command::new(exe).arg("--version").output().map_err(|e| format!("{}: {e}", exe.display()))?;
    let text = String::from_utf8_lossy(&out.stdout);
    text.trim()
        .strip_prefix("Mozilla Firefox ")
        .map(str::to_string)
        .ok_or_else(|| format!("{} --version printed `{}`", exe.display(), text.trim()))
}

/// The profile's preferences: no update, telemetry, safe browsing, remote
/// settings, push, sponsored content, captive portal or connectivity
/// checks, DNS prefetch or speculative connections; and every host name
/// resolves to 127.0.0.1 without a DNS query (`network.dns.forceResolve`),
/// so what is left of Firefox's own traffic is refused on loopback (checked
/// with strace: no DNS query, no connection off the machine). No first-run
/// pages, session restore or default-browser question; no slow-script
/// dialog (the harness's timeout decides); JSPI on. No process beside the
/// page's that the page does not need (a prelaunched spare content process,
/// the socket process: the page's WebSocket is then served by the parent
/// process, one hop less per message), no history or disk cache: bench
/// pins the browser to one core, where every extra process is start-up
/// time and every hop latency.
pub const PREFS: &[(&str, &str)] = &[
    ("app.normandy.enabled", "false"),
    ("app.shield.optoutstudies.enabled", "false"),
    ("app.update.auto", "false"),
    ("app.update.enabled", "false"),
    ("browser.aboutwelcome.enabled", "false"),
    ("browser.newtabpage.activity-stream.feeds.section.topstories", "false"),
    ("browser.newtabpage.activity-stream.feeds.topsites", "false"),
    ("browser.newtabpage.activity-stream.showSponsored", "false"),
    ("browser.newtabpage.enabled", "false"),
    ("browser.region.network.url", "\"\""),
    ("browser.safebrowsing.blockedURIs.enabled", "false"),
    ("browser.safebrowsing.downloads.enabled", "false"),
    ("browser.safebrowsing.malware.enabled", "false"),
    ("browser.safebrowsing.phishing.enabled", "false"),
    ("browser.safebrowsing.provider.mozilla.updateURL", "\"\""),
    ("browser.search.update", "false"),
    ("browser.sessionstore.resume_from_crash", "false"),
    ("browser.shell.checkDefaultBrowser", "false"),
    ("browser.startup.homepage_override.mstone", "\"ignore\""),
    ("browser.startup.page", "0"),
    ("datareporting.healthreport.uploadEnabled", "false"),
    ("datareporting.policy.dataSubmissionEnabled", "false"),
    ("browser.topsites.contile.enabled", "false"),
    ("browser.cache.disk.enable", "false"),
    ("dom.ipc.processPrelaunch.enabled", "false"),
    ("dom.max_chrome_script_run_time", "0"),
    ("dom.max_script_run_time", "0"),
    ("dom.push.connection.enabled", "false"),
    // No add-on at all, not even the built-in ones, and none in a process of
    // its own: 0.5 s less to start, and no process beside the page's.
    ("extensions.autoDisableScopes", "15"),
    ("extensions.blocklist.enabled", "false"),
    ("extensions.enabledScopes", "0"),
    ("extensions.getAddons.cache.enabled", "false"),
    ("extensions.systemAddon.update.enabled", "false"),
    ("extensions.update.enabled", "false"),
    ("extensions.webextensions.remote", "false"),
    ("geo.provider.network.url", "\"\""),
    ("javascript.options.main_thread_stack_quota_cap", "1048576"),
    ("javascript.options.wasm_js_promise_integration", "true"),
    ("media.gmp-manager.url", "\"\""),
    ("network.captive-portal-service.enabled", "false"),
    ("network.connectivity-service.enabled", "false"),
    ("network.dns.disablePrefetch", "true"),
    ("network.dns.forceResolve", "\"127.0.0.1\""),
    ("network.http.speculative-parallel-limit", "0"),
    ("network.prefetch-next", "false"),
    ("network.process.enabled", "false"),
    ("network.trr.mode", "5"),
    ("security.OCSP.enabled", "0"),
    ("security.remote_settings.crlite_filters.enabled", "false"),
    // Remote settings: an empty URL falls back to Mozilla's server; a data:
    // URL answers nothing without a lookup.
    ("places.history.enabled", "false"),
    ("services.settings.server", "\"data:,#remote-settings-dummy/v1\""),
    ("startup.homepage_welcome_url", "\"\""),
    ("toolkit.startup.max_resumed_crashes", "-1"),
    ("toolkit.telemetry.enabled", "false"),
    ("toolkit.telemetry.server", "\"\""),
    ("toolkit.telemetry.unified", "false"),
];

fn prepare_profile(profile: &Path) -> std::io::Result<()> {
    let prefs: String = PREFS.iter().map(|(k, v)| format!("user_pref(\"{k}\", {v});\n")).collect();
    std::fs::write(profile.join("user.js"), prefs)
}

fn command(exe: &Path, profile: &Path, url: &str) -> Command {
    let mut c = Command::new(exe);
    c.args(["--headless", "--no-remote", "--profile"]).arg(profile).arg(url);
    // No crash reporter dialog or upload: a crash is the harness's finding.
    c.env("MOZ_CRASHREPORTER_DISABLE", "1");
    c
}
