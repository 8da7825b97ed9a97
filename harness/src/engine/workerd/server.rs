//! One `workerd serve` process serving a [`Bundle`] (any Worker: reentry's
//! own worker-protocol Worker, or a Worker a binding built), and HTTP/1.1
//! requests to it over one kept-alive loopback connection.
//!
//! The bundle is written to a fresh directory as files and a Cap'n Proto
//! config that embeds them (workerd reads `embed` paths relative to the
//! config); the socket is `127.0.0.1:0` and the port arrives on the control
//! fd (`--control-fd 3`: `{"event":"listen","socket":"http","port":N}`),
//! which is also the sign that the Worker's modules loaded. A request that
//! misses its deadline kills the process; one whose connection ends is
//! reported with how the process ended and its output's tail.

use crate::engine::worker::process::EngineProcess;
use crate::engine::worker::reprl::Failure;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A Worker as workerd's config describes it.
#[derive(Clone, Debug, Default)]
pub struct Bundle {
    /// The main module first.
    pub modules: Vec<Module>,
    pub bindings: Vec<Binding>,
    /// `YYYY-MM-DD`, at most the workerd release's own date.
    pub compatibility_date: String,
    pub compatibility_flags: Vec<String>,
    /// Where the Worker's own `fetch()`es go (`globalOutbound`): an HTTP
    /// server at this address (`127.0.0.1:PORT`); `None`: workerd's default.
    pub outbound: Option<String>,
    /// A Worker (its modules) the socket serves in front of this one, which
    /// it reaches as its service binding `RS`: workerd tells only a calling
    /// Worker why a request failed (that it cancelled it as hung), never an
    /// HTTP client.
    pub front: Option<Vec<Module>>,
}

#[derive(Clone, Debug)]
pub struct Module {
    /// The specifier other modules import it by.
    pub name: String,
    pub kind: ModuleKind,
    pub bytes: Vec<u8>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModuleKind {
    /// An ES module.
    Es,
    /// Imported as a string.
    Text,
    /// Imported as a `WebAssembly.Module`, compiled at startup.
    Wasm,
    /// Imported as an `ArrayBuffer`.
    Data,
}

#[derive(Clone, Debug)]
pub enum Binding {
    /// `env.<name>` is this string.
    Text(String, String),
    /// `env.<name>` is the unsafeEval binding (`eval`, `newWasmModule`;
    /// needs `--experimental`).
    UnsafeEval(String),
    /// `env.<name>` is the namespace of the Worker's Durable Object class
    /// `<class>` (its objects kept in memory).
    DurableObject(String, String),
}

impl Bundle {
    /// The Cap'n Proto config, its modules embedded from `files[i]`.
    fn config(&self, files: &[String]) -> String {
        let listed = |modules: &[Module], files: &[String]| -> Vec<String> {
            modules
                .iter()
                .zip(files)
                .map(|(m, f)| {
                    let kind = match m.kind {
                        ModuleKind::Es => "esModule",
                        ModuleKind::Text => "text",
                        ModuleKind::Wasm => "wasm",
                        ModuleKind::Data => "data",
                    };
                    format!("    (name = {:?}, {kind} = embed {f:?})", m.name)
                })
                .collect()
        };
        let modules = listed(&self.modules, files);
        let bindings: Vec<String> = self
            .bindings
            .iter()
            .map(|b| match b {
                Binding::Text(name, value) => format!("    (name = {name:?}, text = {value:?})"),
                Binding::UnsafeEval(name) => format!("    (name = {name:?}, unsafeEval = void)"),
                Binding::DurableObject(name, class) => format!("    (name = {name:?}, durableObjectNamespace = (className = {class:?}))"),
            })
            .collect();
        let classes: Vec<String> = self
            .bindings
            .iter()
            .filter_map(|b| match b {
                Binding::DurableObject(_, class) => Some(format!("(className = {class:?}, uniqueKey = \"reentry-{class}\")")),
                _ => None,
            })
            .collect();
        let durable = match classes.is_empty() {
            true => String::new(),
            false => format!("  durableObjectNamespaces = [ {} ],\n  durableObjectStorage = (inMemory = void),\n", classes.join(", ")),
        };
        let flags: Vec<String> = self.compatibility_flags.iter().map(|f| format!("{f:?}")).collect();
        let (outbound_service, outbound) = match &self.outbound {
            Some(a) => (format!(",\n    (name = \"outbound\", external = (address = {a:?}, http = ()))"), "  globalOutbound = \"outbound\",\n"),
            None => (String::new(), ""),
        };
        let (front_service, served, front) = match &self.front {
            Some(m) => (
                ",\n    (name = \"front\", worker = .front)",
                "front",
                format!(
                    "const front :Workerd.Worker = (\n  modules = [\n{}\n  ],\n  bindings = [ (name = \"RS\", service = \"main\") ],\n  \
                     compatibilityDate = {:?},\n);\n",
                    listed(m, &files[self.modules.len()..]).join(",\n"),
                    self.compatibility_date
                ),
            ),
            None => ("", "main", String::new()),
        };
        format!(
            "# Written by reentry (harness/src/engine/workerd/server.rs).\n\
             using Workerd = import \"/workerd/workerd.capnp\";\n\
             const config :Workerd.Config = (\n  services = [ (name = \"main\", worker = .worker){}{} ],\n  \
             sockets = [ (name = \"http\", address = \"127.0.0.1:0\", http = (), service = {:?}) ],\n);\n\
             const worker :Workerd.Worker = (\n  modules = [\n{}\n  ],\n  bindings = [\n{}\n  ],\n  \
             compatibilityDate = {:?},\n  compatibilityFlags = [{}],\n{}{});\n{}",
            outbound_service,
            front_service,
            served,
            modules.join(",\n"),
            bindings.join(",\n"),
            self.compatibility_date,
            flags.join(", "),
            durable,
            outbound,
            front
        )
    }

    /// Write the bundle into `dir` (its modules as files, and
    /// `config.capnp`); returns the config's path. The directory alone runs
    /// the Worker: `workerd serve --experimental DIR/config.capnp`.
    pub fn write(&self, dir: &Path) -> std::io::Result<PathBuf> {
        std::fs::create_dir_all(dir)?;
        let mut files = Vec::new();
        for (i, m) in self.modules.iter().chain(self.front.iter().flatten()).enumerate() {
            let base: String = m.name.rsplit('/').next().unwrap_or("module").chars().filter(|c| c.is_ascii_alphanumeric() || "._-".contains(*c)).collect();
            let file = format!("{i:02}-{base}");
            std::fs::write(dir.join(&file), &m.bytes)?;
            files.push(file);
        }
        let config = dir.join("config.capnp");
        std::fs::write(&config, self.config(&files))?;
        Ok(config)
    }
}

/// A running `workerd serve`.
pub struct Server {
    process: EngineProcess,
    port: u16,
    conn: Option<TcpStream>,
    /// The bundle's directory (removed with the server).
    dir: PathBuf,
}

/// Where a server's bundle is written: a fresh directory per server.
fn bundle_dir() -> PathBuf {
    static N: AtomicU64 = AtomicU64::new(0);
    std::env::temp_dir().join(format!("reentry-workerd-{}-{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed)))
}

impl Server {
    /// Write `bundle`, start `exe serve --experimental` on it and wait (up to
    /// `timeout`) until it listens.
    pub fn start(exe: &Path, bundle: &Bundle, timeout: Duration) -> anyhow::Result<Server> {
        Server::start_inner(exe, bundle, timeout, None)
    }

    /// [`Server::start`], with workerd's stdout sent to `lines` line by
    /// line (a Worker's `console.log`s, in the order the isolate ran them)
    /// instead of into the output's tail, which keeps only its last 8 KiB.
    pub fn start_with_lines(exe: &Path, bundle: &Bundle, timeout: Duration, lines: mpsc::Sender<String>) -> anyhow::Result<Server> {
        Server::start_inner(exe, bundle, timeout, Some(lines))
    }

    fn start_inner(exe: &Path, bundle: &Bundle, timeout: Duration, lines: Option<mpsc::Sender<String>>) -> anyhow::Result<Server> {
        let dir = bundle_dir();
        let config = bundle.write(&dir)?;
        let (control, control_w) = pipe()?;
        let mut cmd = Command::new(exe);
        cmd.args(["serve", "--experimental", "--control-fd", "3"]).arg(&config).current_dir(&dir);
        let fd = control_w.as_raw_fd();
        // SAFETY: dup2 is async-signal-safe; it runs in the child before exec.
        unsafe {
            std::os::unix::process::CommandExt::pre_exec(&mut cmd, move || {
                if libc::dup2(fd, 3) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let mut process = EngineProcess::spawn(cmd).map_err(|e| anyhow::anyhow!("starting {}: {e}", exe.display()))?;
        drop(control_w);
        let stdout = process.child().stdout.take().expect("piped");
        match lines {
            None => process.keep_tail(stdout, "stdout")?,
            Some(tx) => {
                std::thread::Builder::new().name("workerd-stdout".into()).spawn(move || {
                    for line in BufReader::new(stdout).lines() {
                        let Ok(line) = line else { return };
                        if tx.send(line).is_err() {
                            return;
                        }
                    }
                })?;
            }
        }
        let mut server = Server { process, port: 0, conn: None, dir };
        server.port = match listen_port(control, timeout) {
            Ok(p) => p,
            Err(why) => {
                let ended = if server.process.has_exited() { server.process.reap() } else { String::new() };
                server.process.kill();
                anyhow::bail!("workerd did not listen: {why}{ended}{}", server.process.tail_section());
            }
        };
        Ok(server)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn pid(&self) -> u32 {
        self.process.pid()
    }

    pub fn has_exited(&mut self) -> bool {
        self.process.has_exited()
    }

    /// `POST /` with `body`; the response's status and body.
    pub fn post(&mut self, body: &[u8], timeout: Duration) -> Result<(u16, Vec<u8>), Failure> {
        self.post_to("/", body, timeout)
    }

    /// `POST <path>` with `body`; the response's status and body.
    pub fn post_to(&mut self, path: &str, body: &[u8], timeout: Duration) -> Result<(u16, Vec<u8>), Failure> {
        let deadline = Instant::now() + timeout;
        let result = self.exchange(path, body, deadline);
        match result {
            Ok(r) => Ok(r),
            Err(e) => {
                self.conn = None;
                let timed_out = matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut);
                if timed_out && !self.process.has_exited() {
                    self.process.kill();
                    return Err(Failure::Timeout);
                }
                // A process killed from outside resets the connection before
                // its exit status is there to read: give it a moment, so its
                // death is described as it happened.
                if !self.process.exits_within(Duration::from_millis(500)) {
                    self.process.kill();
                    return Err(Failure::Died(format!("workerd closed the connection ({e}) and was killed{}", self.process.tail_section())));
                }
                Err(Failure::Died(self.process.reap()))
            }
        }
    }

    fn exchange(&mut self, path: &str, body: &[u8], deadline: Instant) -> std::io::Result<(u16, Vec<u8>)> {
        use std::io::ErrorKind::{BrokenPipe, ConnectionReset, UnexpectedEof};
        // One write: headers and body together (no Nagle stall between them).
        let mut req = format!("POST {path} HTTP/1.1\r\nHost: reentry\r\nContent-Length: {}\r\n\r\n", body.len()).into_bytes();
        req.extend_from_slice(body);
        // workerd may close a kept-alive connection that sat idle: a reused
        // one that ends before any byte of an answer is opened anew, once.
        let reused = self.conn.is_some();
        match self.send(&req, deadline) {
            Err(e) if reused && matches!(e.kind(), UnexpectedEof | ConnectionReset | BrokenPipe) => {
                self.conn = None;
                self.send(&req, deadline)
            }
            other => other,
        }
    }

    fn send(&mut self, req: &[u8], deadline: Instant) -> std::io::Result<(u16, Vec<u8>)> {
        if self.conn.is_none() {
            let c = TcpStream::connect(("127.0.0.1", self.port))?;
            c.set_nodelay(true)?;
            self.conn = Some(c);
        }
        let conn = self.conn.as_mut().expect("connected");
        conn.write_all(req)?;
        let mut r = Deadlined { conn, deadline };
        read_response(&mut BufReader::new(&mut r))
    }

    /// What workerd printed so far, its tail (console output, its errors).
    pub fn output(&mut self) -> String {
        self.process.tail_section()
    }

    /// Kill the process (its bundle directory goes with the server).
    pub fn kill(&mut self) {
        self.conn = None;
        self.process.kill();
    }

    /// End the process (workerd has no input to close: it is killed).
    pub fn shutdown(mut self) {
        self.kill();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A pipe whose write end the child gets as fd 3.
fn pipe() -> std::io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0; 2];
    // SAFETY: a valid two-element array; both fds are owned right after.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: pipe2 just returned these, and nothing else owns them.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// The http socket's port from workerd's control fd.
fn listen_port(control: OwnedFd, timeout: Duration) -> Result<u16, String> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("workerd-control".into())
        .spawn(move || {
            for line in BufReader::new(std::fs::File::from(control)).lines() {
                let Ok(line) = line else { break };
                let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
                if v["event"] == "listen" && v["socket"] == "http" {
                    let _ = tx.send(v["port"].as_u64().and_then(|p| u16::try_from(p).ok()));
                    return;
                }
            }
            let _ = tx.send(None);
        })
        .map_err(|e| e.to_string())?;
    match rx.recv_timeout(timeout) {
        Ok(Some(port)) => Ok(port),
        Ok(None) => Err("its control fd closed without a listen event".into()),
        Err(_) => Err(format!("no listen event within {timeout:?}")),
    }
}

/// A stream whose reads end at a deadline.
struct Deadlined<'a> {
    conn: &'a mut TcpStream,
    deadline: Instant,
}

impl Read for Deadlined<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let left = self.deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(std::io::ErrorKind::TimedOut.into());
        }
        self.conn.set_read_timeout(Some(left))?;
        self.conn.read(buf)
    }
}

/// An HTTP/1.1 response: status and body (Content-Length or chunked).
pub(super) fn read_response(r: &mut impl BufRead) -> std::io::Result<(u16, Vec<u8>)> {
    let bad = |what: String| std::io::Error::new(std::io::ErrorKind::InvalidData, what);
    let mut line = String::new();
    if r.read_line(&mut line)? == 0 {
        return Err(std::io::ErrorKind::UnexpectedEof.into());
    }
    let status: u16 = line.split_whitespace().nth(1).and_then(|s| s.parse().ok()).ok_or_else(|| bad(format!("status line `{}`", line.trim_end())))?;
    let (mut length, mut chunked) = (None, false);
    loop {
        line.clear();
        if r.read_line(&mut line)? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        let h = line.trim_end();
        if h.is_empty() {
            break;
        }
        let (name, value) = h.split_once(':').unwrap_or((h, ""));
        match name.trim().to_ascii_lowercase().as_str() {
            "content-length" => length = value.trim().parse::<usize>().ok(),
            "transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
            _ => {}
        }
    }
    let mut body = Vec::new();
    if chunked {
        loop {
            line.clear();
            r.read_line(&mut line)?;
            let n = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16).map_err(|e| bad(format!("chunk size: {e}")))?;
            let at = body.len();
            body.resize(at + n, 0);
            r.read_exact(&mut body[at..])?;
            line.clear();
            r.read_line(&mut line)?;
            if n == 0 {
                break;
            }
        }
    } else {
        body.resize(length.ok_or_else(|| bad("a response with neither length nor chunks".into()))?, 0);
        r.read_exact(&mut body)?;
    }
    Ok((status, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn responses_are_read_by_length_and_by_chunks() {
        let by_length = b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabcNEXT";
        assert_eq!(read_response(&mut &by_length[..]).unwrap(), (200, b"abc".to_vec()));
        let chunked = b"HTTP/1.1 500 Internal\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n1\r\nc\r\n0\r\n\r\n";
        assert_eq!(read_response(&mut &chunked[..]).unwrap(), (500, b"abc".to_vec()));
        assert!(read_response(&mut &b"HTTP/1.1 200 OK\r\n\r\n"[..]).is_err());
        assert!(read_response(&mut &b""[..]).is_err());
    }

    #[test]
    fn the_config_embeds_every_module_and_binding() {
        let b = Bundle {
            modules: vec![
                Module { name: "worker.js".into(), kind: ModuleKind::Es, bytes: b"export default {}".to_vec() },
                Module { name: "reentry/glue.js".into(), kind: ModuleKind::Text, bytes: vec![] },
            ],
            bindings: vec![Binding::UnsafeEval("UNSAFE".into()), Binding::Text("VERSION".into(), "1.2".into())],
            compatibility_date: "2026-11-23".into(),
            compatibility_flags: vec![],
            outbound: None,
            front: None,
        };
        let c = b.config(&["00-worker.js".into(), "01-glue.js".into()]);
        assert!(!c.contains("globalOutbound"), "{c}");
        assert!(c.contains(r#"(name = "worker.js", esModule = embed "00-worker.js")"#), "{c}");
        assert!(c.contains(r#"(name = "reentry/glue.js", text = embed "01-glue.js")"#), "{c}");
        assert!(c.contains(r#"(name = "UNSAFE", unsafeEval = void)"#) && c.contains(r#"(name = "VERSION", text = "1.2")"#), "{c}");
        assert!(c.contains(r#"compatibilityDate = "2026-11-23""#), "{c}");
        assert!(c.contains(r#"service = "main")"#) && !c.contains("front"), "{c}");
        assert!(!c.contains("durableObject"), "{c}");
        let mut d = b.clone();
        d.bindings.push(Binding::DurableObject("HANDLES".into(), "Handle".into()));
        let dc = d.config(&["00-worker.js".into(), "01-glue.js".into()]);
        assert!(dc.contains(r#"(name = "HANDLES", durableObjectNamespace = (className = "Handle"))"#), "{dc}");
        assert!(dc.contains(r#"durableObjectNamespaces = [ (className = "Handle", uniqueKey = "reentry-Handle") ],"#), "{dc}");
        assert!(dc.contains("durableObjectStorage = (inMemory = void),"), "{dc}");
        let front = vec![Module { name: "front.js".into(), kind: ModuleKind::Es, bytes: vec![] }];
        let c = Bundle { outbound: Some("127.0.0.1:9".into()), front: Some(front), ..b }
            .config(&["00-worker.js".into(), "01-glue.js".into(), "02-front.js".into()]);
        assert!(c.contains(r#"(name = "outbound", external = (address = "127.0.0.1:9", http = ()))"#), "{c}");
        assert!(c.contains(r#"globalOutbound = "outbound","#), "{c}");
        assert!(c.contains(r#"(name = "front", worker = .front)"#) && c.contains(r#"service = "front")"#), "{c}");
        assert!(c.contains(r#"(name = "front.js", esModule = embed "02-front.js")"#) && c.contains(r#"(name = "RS", service = "main")"#), "{c}");
    }
}
