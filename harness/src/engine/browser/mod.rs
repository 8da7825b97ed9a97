//! The page host the browsers share (`firefox/`, `chromium/`): one headless
//! browser with a fresh profile, pointed at `engines/page.html` on a
//! loopback [`server`]; the page loads the glue and serves the worker
//! protocol (docs/worker-protocol.md) over a WebSocket, so a browser is a
//! worker whose frames travel in WebSocket messages ([`Page`]). What differs
//! between browsers is only how one is started ([`Browser`]).
//!
//! Round trips cost milliseconds here (messages hop between the browser's
//! processes), so requests travel in batches ([`Page::request_batch`]): one
//! message carries many request frames, and the page answers in order,
//! several frames to a message. A request that misses its deadline, or a
//! browser that dies, ends the batch there: the answers before it stand.
//!
//! Crash isolation: the browser runs in its own process group; a page that
//! wedges or a browser that dies is killed with its whole group (content
//! and renderer processes included), its profile removed, and the caller's
//! respawn policy starts a fresh one. Nothing is downloaded: each browser is
//! started with whatever turns off its own network traffic
//! ([`Browser::command`]).

pub mod engine;
pub mod raw;
pub mod server;

use crate::engine::declaration::{Effect, Fact};
use crate::engine::worker::process::OutputTail;
use crate::engine::worker::reprl::{self, Failure, Identity, Response};
use server::Server;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// How to start one kind of browser: what a browser directory declares.
pub struct Browser {
    /// The page's `runtime` in the handshake (`firefox`, `chromium`).
    pub runtime: &'static str,
    /// The executable, or why it is not available here.
    pub executable: fn() -> Result<PathBuf, String>,
    /// The browser's version, as its executable prints it.
    pub version: fn(&Path) -> Result<String, String>,
    /// Its JS engine and that engine's version, from the browser's version.
    pub engine: fn(&str) -> String,
    /// Write what a fresh profile needs into `profile` (an empty directory).
    pub prepare_profile: fn(&Path) -> std::io::Result<()>,
    /// The command that starts the browser headless on `url`, with its
    /// profile in `profile` and nothing that reaches the network.
    pub command: fn(exe: &Path, profile: &Path, url: &str) -> Command,
    /// The token before the version in its user agent (`Firefox/`,
    /// `Chrome/`): the handshake's user agent must name the major the
    /// executable printed.
    pub user_agent: &'static str,
    /// Where its engine never frees a JSPI stack left suspended (nor the
    /// instance and memory it holds): how many a page may keep before it is
    /// renewed in a fresh renderer process ([`Page::renew`]), well below
    /// where the engine runs out.
    pub suspended_stacks: Option<u64>,
}

impl Browser {
    /// Whether a handshake comes from this browser at `version` (the page
    /// echoes what the harness passed; the user agent is the browser's own).
    pub fn check(&self, identity: &Identity, version: &str) -> Result<(), String> {
        let major = |v: &str| v.split('.').next().unwrap_or("").to_string();
        let ua = identity.exec.split(self.user_agent).nth(1).map(major);
        match ua {
            Some(m) if m == major(version) && identity.runtime == self.runtime => Ok(()),
            _ => Err(format!(
                "the page reports {} with user agent `{}`, but the harness started {} {version}",
                identity.runtime, identity.exec, self.runtime
            )),
        }
    }
}

/// Facts of every browser the page host runs.
pub const FACTS: &[Fact] = &[Fact {
    what: "a browser user ships wasm-bindgen's `--target web` glue: the rustc/wasm-bindgen lane runs that ES module, \
           imported once per binding from a blob URL (wbg-host.js `blobImporter`; each case a fresh instance \
           through the glue's `__wbg_reset_state`), its free names bound by one declaration before its text as \
           the `--target nodejs` glue's are by function parameters",
    effect: Effect::WebGlue,
}];

/// One browser running the page, and its socket.
pub struct Page {
    child: Child,
    profile: PathBuf,
    /// Serves the page until it is gone.
    server: Server,
    socket: Option<TcpStream>,
    /// Frames the page sent, in order (each message split into its frames).
    frames: Receiver<Result<Vec<u8>, String>>,
    /// Where the reader thread sends the page's frames, until the page
    /// has connected (the thread then owns it).
    unconnected: Option<mpsc::Sender<Result<Vec<u8>, String>>>,
    tail: OutputTail,
    identity: Option<Identity>,
    /// When the browser was started, or the page last renewed.
    started: Instant,
    /// The page's query string (its runtime and version).
    query: String,
    /// The loopback name the page was loaded from ([`Page::renew`] alternates).
    host: &'static str,
}

/// The two names of the loopback server, two sites to the browser.
const HOSTS: [&str; 2] = ["127.0.0.1", "localhost"];

impl Page {
    /// Start `browser` at `exe` (whose version is `version`) on the page.
    /// Returns at once; [`Page::handshake`] waits for the page.
    pub fn spawn(browser: &Browser, exe: &Path, version: &str) -> anyhow::Result<Page> {
        static STARTED: AtomicU64 = AtomicU64::new(0);
        let n = STARTED.fetch_add(1, Ordering::Relaxed);
        let profile = std::env::temp_dir().join(format!("reentry-{}-{}-{n}", browser.runtime, std::process::id()));
        let _ = std::fs::remove_dir_all(&profile);
        std::fs::create_dir_all(&profile)?;
        (browser.prepare_profile)(&profile)?;
        let server = Server::start(crate::paths::engines_dir())?;
        let query = format!("runtime={}&version={}", browser.runtime, version.replace(' ', "+"));
        let mut command = (browser.command)(exe, &profile, &server.url("page.html", &query));
        command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
        // Its own process group, which a kill takes down whole; a terminal's
        // Ctrl-C reaches the harness, not the browser mid-case.
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let mut child = command.spawn().map_err(|e| anyhow::anyhow!("starting {}: {e}", exe.display()))?;
        let tail = OutputTail::default();
        if let Some(out) = child.stdout.take() {
            tail.follow(out, "browser-stdout")?;
        }
        if let Some(err) = child.stderr.take() {
            tail.follow(err, "browser-stderr")?;
        }
        let (tx, frames) = mpsc::channel();
        Ok(Page {
            child,
            profile,
            server,
            socket: None,
            frames,
            unconnected: Some(tx),
            tail,
            identity: None,
            started: Instant::now(),
            query,
            host: HOSTS[0],
        })
    }

    /// Give the page a fresh document in a fresh renderer process, in the
    /// same browser, and wait for its handshake: the page navigates to
    /// itself on the loopback server's other name (127.0.0.1 and localhost
    /// are two sites, so a browser that isolates sites, as Chromium does,
    /// renders it in a new process and ends the old one, with all it
    /// held). Far cheaper than a new browser. Call it between requests.
    pub fn renew(&mut self, timeout: Duration) -> Result<&Identity, Failure> {
        let host = if self.host == HOSTS[0] { HOSTS[1] } else { HOSTS[0] };
        let url = self.server.url_on(host, "page.html", &self.query);
        self.server.expect_page();
        let sent = match self.socket.take() {
            Some(mut s) => server::write_text(&mut s, &url).map_err(|e| e.to_string()),
            None => Err("no socket (no handshake yet)".into()),
        };
        if let Err(e) = sent {
            return Err(Failure::Died(format!("sending to the page: {e}; browser {}", self.reap())));
        }
        // The old document's reader thread ends when its socket closes.
        let (tx, frames) = mpsc::channel();
        (self.frames, self.unconnected, self.identity) = (frames, Some(tx), None);
        self.host = host;
        self.started = Instant::now();
        self.handshake(timeout)
    }

    /// When the browser was started, or the page last renewed.
    pub fn started(&self) -> Instant {
        self.started
    }

    /// Wait for the handshake (once; later calls return the same identity).
    pub fn handshake(&mut self, timeout: Duration) -> Result<&Identity, Failure> {
        if self.identity.is_none() {
            let deadline = self.started + timeout;
            self.connect(deadline)?;
            let left = deadline.saturating_duration_since(Instant::now());
            let first = self.receive(left)?;
            if first.status != reprl::HELLO {
                return Err(self.protocol_error(format!(
                    "the page sent status {:#x} instead of the handshake: {}",
                    first.status,
                    first.text()
                )));
            }
            let identity: Identity = match serde_json::from_slice(&first.payload) {
                Ok(i) => i,
                Err(e) => return Err(self.protocol_error(format!("bad handshake JSON ({e}): {}", first.text()))),
            };
            if identity.protocol != reprl::PROTOCOL {
                return Err(self.protocol_error(format!(
                    "the page speaks protocol {}, this harness {}",
                    identity.protocol,
                    reprl::PROTOCOL
                )));
            }
            self.identity = Some(identity);
        }
        Ok(self.identity.as_ref().expect("just set"))
    }

    /// Wait for the page's socket until `deadline` and start reading it.
    fn connect(&mut self, deadline: Instant) -> Result<(), Failure> {
        let Some(tx) = self.unconnected.take() else { return Ok(()) };
        let socket = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if let Some(s) = self.server.accept(left.min(Duration::from_millis(100))) {
                break s;
            }
            if self.has_exited() {
                return Err(Failure::Died(self.reap()));
            }
            if left.is_zero() {
                self.kill();
                return Err(Failure::Timeout);
            }
        };
        let mut reader = socket.try_clone().map_err(|e| Failure::Died(format!("page socket: {e}")))?;
        let mut pong = socket.try_clone().map_err(|e| Failure::Died(format!("page socket: {e}")))?;
        std::thread::Builder::new()
            .name("page-socket".into())
            .spawn(move || loop {
                let message = match server::read_message(&mut reader, &mut pong) {
                    Ok(Some(m)) => m,
                    Ok(None) => return drop(tx.send(Err("the page closed its socket".into()))),
                    Err(e) => return drop(tx.send(Err(e))),
                };
                for frame in split_frames(&message) {
                    if tx.send(frame).is_err() {
                        return;
                    }
                }
            })
            .map_err(|e| Failure::Died(format!("page socket reader: {e}")))?;
        self.socket = Some(socket);
        Ok(())
    }

    /// Send one request frame (as made by `reprl::encode_*`) and wait for its response.
    pub fn request(&mut self, frame: &[u8], timeout: Duration) -> Result<Response, Failure> {
        self.request_batch(frame, 1, timeout).pop().expect("one answer")
    }

    /// Send `count` request frames, back to back in `frames`, as one batch,
    /// and wait for their responses in order, each within `timeout` of the
    /// one before. The answers end at the first failure: the browser is
    /// then dead or killed, and the requests after it were never answered.
    pub fn request_batch(&mut self, frames: &[u8], count: usize, timeout: Duration) -> Vec<Result<Response, Failure>> {
        let mut out = Vec::with_capacity(count);
        let sent = match self.socket.as_mut() {
            Some(s) => server::write_message(s, frames).map_err(|e| e.to_string()),
            None => Err("no socket (no handshake yet)".into()),
        };
        if let Err(e) = sent {
            out.push(Err(Failure::Died(format!("sending to the page: {e}; browser {}", self.reap()))));
            return out;
        }
        for _ in 0..count {
            let r = self.receive(timeout);
            let end = r.is_err();
            out.push(r);
            if end {
                break;
            }
        }
        out
    }

    fn receive(&mut self, timeout: Duration) -> Result<Response, Failure> {
        match self.frames.recv_timeout(timeout) {
            Ok(Ok(body)) if body.len() >= 4 => {
                let status = u32::from_le_bytes([body[0], body[1], body[2], body[3]]);
                Ok(Response { status, payload: body[4..].to_vec() })
            }
            Ok(Ok(body)) => Err(self.protocol_error(format!("response frame of {} bytes", body.len()))),
            Ok(Err(e)) if e.starts_with("protocol:") => Err(self.protocol_error(e)),
            Ok(Err(e)) => Err(Failure::Died(format!("{e}; browser {}", self.reap()))),
            Err(RecvTimeoutError::Disconnected) => Err(Failure::Died(format!("browser {}", self.reap()))),
            Err(RecvTimeoutError::Timeout) => {
                self.kill();
                Err(Failure::Timeout)
            }
        }
    }

    fn protocol_error(&mut self, msg: String) -> Failure {
        self.kill();
        Failure::Protocol(format!("{msg}{}", self.tail_section()))
    }

    /// Whether the browser has ended.
    pub fn has_exited(&mut self) -> bool {
        !matches!(self.child.try_wait(), Ok(None))
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The page is gone: how the browser ended (killing what is left of
    /// it: a crashed tab leaves the browser process running) and its
    /// output's tail.
    fn reap(&mut self) -> String {
        let deadline = Instant::now() + Duration::from_millis(500);
        let status = loop {
            match self.child.try_wait() {
                Ok(Some(s)) => break Some(s),
                Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(5)),
                _ => break None,
            }
        };
        self.kill();
        let how = status.map_or("was still running with its page gone, and was killed".to_string(), crate::engine::worker::process::describe_exit);
        format!("{how}{}", self.tail_section())
    }

    fn tail_section(&self) -> String {
        self.tail.section("browser output tail")
    }

    /// SIGKILL the browser's whole process group and reap it.
    pub fn kill(&mut self) {
        self.socket = None;
        // SAFETY: plain syscall on the group this process started.
        unsafe {
            libc::killpg(self.child.id() as libc::pid_t, libc::SIGKILL);
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Close the page and end the browser.
    pub fn shutdown(mut self) {
        self.kill();
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        self.kill();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// A message's frames (`u32 length` + body, back to back).
fn split_frames(message: &[u8]) -> Vec<Result<Vec<u8>, String>> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < message.len() {
        let Some(len) = message.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize) else {
            out.push(Err(format!("protocol: {} stray bytes after the last frame", message.len() - at)));
            break;
        };
        match message.get(at + 4..at + 4 + len) {
            Some(body) => out.push(Ok(body.to_vec())),
            None => {
                out.push(Err(format!("protocol: a frame of {len} bytes past the end of a {}-byte message", message.len())));
                break;
            }
        }
        at += 4 + len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_split_into_frames_and_garbage_is_a_protocol_error() {
        let mut m = 2u32.to_le_bytes().to_vec();
        m.extend_from_slice(b"ab");
        m.extend_from_slice(&0u32.to_le_bytes());
        let frames = split_frames(&m);
        assert_eq!(frames, vec![Ok(b"ab".to_vec()), Ok(vec![])]);
        m.extend_from_slice(&9u32.to_le_bytes());
        assert!(split_frames(&m).last().unwrap().as_ref().unwrap_err().starts_with("protocol:"));
        assert!(split_frames(&[1, 2]).last().unwrap().as_ref().unwrap_err().starts_with("protocol:"));
    }
}
