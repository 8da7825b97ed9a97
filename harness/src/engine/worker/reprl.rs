//! The host side of the worker protocol, in the spirit of Fuzzilli's REPRL;
//! the worker side is `engines/worker.mjs`. The protocol — framing,
//! handshake, ops and their payloads, statuses, versioning — is documented
//! once, in `docs/worker-protocol.md`; this file and worker.mjs implement it
//! and any change bumps [`PROTOCOL`] in both.
//!
//! One request is in flight at a time. A reader thread turns stdout into
//! frames so a response can be awaited with a deadline; another keeps the
//! tail of stderr for crash reports. A worker that misses its deadline is
//! killed; one that stops talking is reaped and reported with its exit status
//! and stderr tail. Respawn policy lives with the caller (`super`).

use std::collections::BTreeMap;
use std::io::{BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Bumped on any change to what crosses the pipe (docs/worker-protocol.md).
pub const PROTOCOL: u32 = 4;
/// Status word of the handshake frame ("RNTY").
pub const HELLO: u32 = 0x5954_4e52;
/// No legitimate frame is this large; a bigger length means stdout carried
/// something that is not a frame.
const MAX_FRAME: usize = 256 << 20;
/// Bytes of stderr kept for crash reports.
const STDERR_TAIL: usize = 8 << 10;

/// Request ops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Op {
    Run = 1,
    /// Answered `OK` with an empty payload.
    Ping = 2,
    /// The engine floor for `reentry bench` (see [`encode_floor`]).
    Floor = 3,
    /// A raw-module request to `engines/raw.js` (see [`encode_raw`]).
    Raw = 4,
    /// A case of the wasm-bindgen lane (see [`encode_run_wbg`]).
    RunWbg = 5,
    /// Test-only: busy-loop forever.
    Hang = 0x80,
    /// Test-only: `process.abort()`.
    Abort = 0x81,
    /// Test-only: exit with the code in the payload (`u32`).
    Exit = 0x82,
    /// Test-only: allocate until V8 dies of heap exhaustion.
    Oom = 0x83,
    /// Test-only: throw inside the request loop (answered with `JS_ERROR`).
    Throw = 0x84,
    /// Test-only: the payload is a whole `RUN` or `FLOOR` request frame; the
    /// worker parses it with that op's parser and answers `OK` with JSON of
    /// what it read (see [`encode_decode`]).
    Decode = 0x85,
}

/// Response status words.
pub mod status {
    pub const OK: u32 = 0;
    pub const JS_ERROR: u32 = 1;
    pub const COMPILE_ERROR: u32 = 2;
    pub const LINK_ERROR: u32 = 3;
    pub const BAD_REQUEST: u32 = 4;
    /// To `RUN_WBG` without the binding: this worker has not loaded it (a
    /// new process); send it again with the module and glue.
    pub const NEED_MODULE: u32 = 5;
}

/// `RUN` flag bits.
pub const FLAG_FORCE_POLYFILL: u8 = 1;

/// Append a `RUN` request frame to `out`.
pub fn encode_run(out: &mut Vec<u8>, key: u64, flags: u8, wasm: &[u8], plan_json: &str) {
    let body_len = 1 + 8 + 1 + 4 + wasm.len() + plan_json.len();
    out.reserve(4 + body_len);
    out.extend_from_slice(&(body_len as u32).to_le_bytes());
    out.push(Op::Run as u8);
    out.extend_from_slice(&key.to_le_bytes());
    out.push(flags);
    out.extend_from_slice(&(wasm.len() as u32).to_le_bytes());
    out.extend_from_slice(wasm);
    out.extend_from_slice(plan_json.as_bytes());
}

/// Append a `RUN_WBG` request frame to `out`: the wasm-bindgen lane's case.
/// `binding` is the module and its JS glue, or `None` when this worker
/// already has the binding of `key` (it answers `NEED_MODULE` otherwise).
pub fn encode_run_wbg(out: &mut Vec<u8>, key: u64, binding: Option<(&[u8], &str)>, plan_json: &str) {
    let (wasm, js): (&[u8], &[u8]) = binding.map_or((&[], &[]), |(w, j)| (w, j.as_bytes()));
    let body_len = 1 + 8 + 4 + wasm.len() + 4 + js.len() + plan_json.len();
    out.reserve(4 + body_len);
    out.extend_from_slice(&(body_len as u32).to_le_bytes());
    out.push(Op::RunWbg as u8);
    out.extend_from_slice(&key.to_le_bytes());
    out.extend_from_slice(&(wasm.len() as u32).to_le_bytes());
    out.extend_from_slice(wasm);
    out.extend_from_slice(&(js.len() as u32).to_le_bytes());
    out.extend_from_slice(js);
    out.extend_from_slice(plan_json.as_bytes());
}

/// Append a `FLOOR` request frame to `out`.
pub fn encode_floor(out: &mut Vec<u8>, key: u64, wasm: &[u8], exports: &[u32]) {
    let body_len = 1 + 8 + 4 + wasm.len() + 4 + 4 * exports.len();
    out.extend_from_slice(&(body_len as u32).to_le_bytes());
    out.push(Op::Floor as u8);
    out.extend_from_slice(&key.to_le_bytes());
    out.extend_from_slice(&(wasm.len() as u32).to_le_bytes());
    out.extend_from_slice(wasm);
    out.extend_from_slice(&(exports.len() as u32).to_le_bytes());
    for e in exports {
        out.extend_from_slice(&e.to_le_bytes());
    }
}

/// Append a `RAW` request frame to `out`: `ReentryRaw.<method>(bytes, json)`
/// in the worker. The answer is `OK` with [`Response::raw_reply`]'s layout.
pub fn encode_raw(out: &mut Vec<u8>, method: &str, bytes: &[u8], json: &str) {
    assert!(method.len() < 256, "RAW method name too long");
    let body_len = 1 + 1 + method.len() + 4 + bytes.len() + json.len();
    out.reserve(4 + body_len);
    out.extend_from_slice(&(body_len as u32).to_le_bytes());
    out.push(Op::Raw as u8);
    out.push(method.len() as u8);
    out.extend_from_slice(method.as_bytes());
    out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
    out.extend_from_slice(bytes);
    out.extend_from_slice(json.as_bytes());
}

/// Append a `DECODE` request frame to `out`, carrying `request`: one whole
/// request frame as [`encode_run`] or [`encode_floor`] made it. The answer
/// is `OK` with JSON `{op, key, flags, module_len, module_fnv, plan,
/// exports}` (`key` a decimal string, `module_fnv` [`glue_hash`] of the
/// module bytes, fields the op lacks `null`), or `BAD_REQUEST` with the
/// text the op itself would have answered.
pub fn encode_decode(out: &mut Vec<u8>, request: &[u8]) {
    out.extend_from_slice(&(1 + request.len() as u32).to_le_bytes());
    out.push(Op::Decode as u8);
    out.extend_from_slice(request);
}

/// Append a request frame with no payload but an optional `u32` to `out`.
pub fn encode_op(out: &mut Vec<u8>, op: Op, arg: Option<u32>) {
    let arg = arg.map(u32::to_le_bytes);
    let payload: &[u8] = arg.as_ref().map_or(&[], |a| a);
    out.extend_from_slice(&(1 + payload.len() as u32).to_le_bytes());
    out.push(op as u8);
    out.extend_from_slice(payload);
}

/// One response.
#[derive(Debug)]
pub struct Response {
    pub status: u32,
    pub payload: Vec<u8>,
}

impl Response {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.payload).into_owned()
    }

    /// The payload of an `OK` to `RUN`: its timings and the flat
    /// `[code, a, b]` trace.
    pub fn run_result(&self) -> Result<(RunTimes, Vec<i32>), String> {
        let p = &self.payload;
        if p.len() < 12 || !p.len().is_multiple_of(4) {
            return Err(format!("RUN result of {} bytes is not 3 u32 and whole i32s", p.len()));
        }
        let mut words = p.chunks_exact(4).map(|c| [c[0], c[1], c[2], c[3]]);
        let mut u32_next = || u32::from_le_bytes(words.next().expect("length checked"));
        let times = RunTimes {
            cache_hit: u32_next() & 1 != 0,
            compile: Duration::from_micros(u32_next() as u64),
            run: Duration::from_micros(u32_next() as u64),
        };
        Ok((times, words.map(i32::from_le_bytes).collect()))
    }
}

impl Response {
    /// The payload of an `OK` to `RAW`: `u32 m`, `m` bytes of JSON (UTF-8),
    /// then the reply's bytes to the end.
    pub fn raw_reply(&self) -> Result<(String, Vec<u8>), String> {
        let p = &self.payload;
        let m = p.get(..4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize).ok_or("RAW reply shorter than 4 bytes")?;
        let json = p.get(4..4 + m).ok_or_else(|| format!("RAW reply: JSON of {m} bytes past the {}-byte payload", p.len()))?;
        let json = String::from_utf8(json.to_vec()).map_err(|e| format!("RAW reply: JSON not UTF-8: {e}"))?;
        Ok((json, p[4 + m..].to_vec()))
    }
}

/// How long the worker spent on one `RUN`, as it measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RunTimes {
    pub cache_hit: bool,
    /// Compiling the module (zero on a cache hit).
    pub compile: Duration,
    /// `ReentryGlue.runCase`: instantiating and running the driver.
    pub run: Duration,
}

/// What the worker says about itself in the handshake.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Identity {
    pub protocol: u32,
    /// `node` or `deno`.
    pub runtime: String,
    pub version: String,
    pub v8: String,
    /// The executable, as the runtime reports it.
    pub exec: String,
    /// [`glue_hash`] of the glue.js the worker loaded.
    pub glue: String,
    /// [`glue_hash`] of the raw.js the worker loaded (protocol 3; absent
    /// before, so an older worker is refused for its protocol, not its JSON).
    #[serde(default)]
    pub raw: String,
    /// [`glue_hash`] of the wbg-host.js the worker loaded (protocol 4).
    #[serde(default)]
    pub wbg_host: String,
    /// `ReentryGlue.features()`.
    pub features: BTreeMap<String, serde_json::Value>,
}

impl Identity {
    /// A boolean feature (absent or non-boolean counts as false).
    pub fn feature(&self, name: &str) -> bool {
        self.features.get(name).and_then(|v| v.as_bool()).unwrap_or(false)
    }
}

/// FNV-1a (32 bit) of glue.js's bytes as 8 hex digits, as worker.mjs
/// computes it for the handshake (and for module bytes in `DECODE`).
pub fn glue_hash(bytes: &[u8]) -> String {
    let h = bytes.iter().fold(0x811c_9dc5u32, |h, b| (h ^ *b as u32).wrapping_mul(0x0100_0193));
    format!("{h:08x}")
}

/// Why a request got no response.
#[derive(Debug)]
pub enum Failure {
    /// No response within the deadline; the worker has been killed.
    Timeout,
    /// The worker exited or closed its stdout: how it ended and its stderr tail.
    Died(String),
    /// The worker sent something that is not a valid frame; it has been killed.
    Protocol(String),
}

/// A running worker process.
pub struct WorkerProcess {
    child: Child,
    stdin: Option<ChildStdin>,
    frames: Receiver<Result<Vec<u8>, String>>,
    stderr: Arc<Mutex<Vec<u8>>>,
    stderr_thread: Option<JoinHandle<()>>,
    /// Set once the handshake has been read.
    identity: Option<Identity>,
}

impl WorkerProcess {
    /// Start the worker. Returns at once; [`WorkerProcess::handshake`] waits
    /// for it to be ready (so a respawn overlaps with other work).
    pub fn spawn(mut command: Command) -> std::io::Result<WorkerProcess> {
        command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
        // Its own process group: a terminal's Ctrl-C reaches the harness
        // (which stops between cases, `crate::stop`), not a worker mid-case.
        // A worker whose harness is gone ends at the end of its stdin.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let mut child = command.spawn()?;
        let stdout = child.stdout.take().expect("piped");
        let mut stderr_pipe = child.stderr.take().expect("piped");
        let (tx, frames) = mpsc::channel();
        std::thread::Builder::new().name("worker-stdout".into()).spawn(move || {
            let mut r = BufReader::with_capacity(64 << 10, stdout);
            loop {
                let frame = read_frame(&mut r);
                let end = frame.is_err();
                if tx.send(frame).is_err() || end {
                    return;
                }
            }
        })?;
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let tail = stderr.clone();
        let stderr_thread = std::thread::Builder::new().name("worker-stderr".into()).spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stderr_pipe.read(&mut buf) {
                if n == 0 {
                    return;
                }
                let mut t = tail.lock().unwrap_or_else(|e| e.into_inner());
                t.extend_from_slice(&buf[..n]);
                if t.len() > 2 * STDERR_TAIL {
                    let cut = t.len() - STDERR_TAIL;
                    t.drain(..cut);
                }
            }
        })?;
        let stdin = child.stdin.take();
        Ok(WorkerProcess { child, stdin, frames, stderr, stderr_thread: Some(stderr_thread), identity: None })
    }

    /// Whether the process has ended (checked between cases).
    pub fn has_exited(&mut self) -> bool {
        !matches!(self.child.try_wait(), Ok(None))
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Wait for the handshake (once; later calls return the same identity).
    pub fn handshake(&mut self, timeout: Duration) -> Result<&Identity, Failure> {
        if self.identity.is_none() {
            let frame = self.receive(timeout)?;
            if frame.status != HELLO {
                return Err(self.protocol_error(format!("expected the HELLO frame, got status {:#x}", frame.status)));
            }
            let identity: Identity = match serde_json::from_slice(&frame.payload) {
                Ok(i) => i,
                Err(e) => return Err(self.protocol_error(format!("bad handshake JSON ({e}): {}", frame.text()))),
            };
            if identity.protocol != PROTOCOL {
                return Err(self.protocol_error(format!(
                    "worker speaks protocol {}, this harness {PROTOCOL}",
                    identity.protocol
                )));
            }
            self.identity = Some(identity);
        }
        Ok(self.identity.as_ref().expect("just set"))
    }

    /// Send one request frame (as made by `encode_*`) and wait for its response.
    pub fn request(&mut self, frame: &[u8], timeout: Duration) -> Result<Response, Failure> {
        let sent = match self.stdin.as_mut() {
            Some(stdin) => stdin.write_all(frame).and_then(|()| stdin.flush()),
            None => Err(std::io::ErrorKind::BrokenPipe.into()),
        };
        if sent.is_err() {
            // The worker is gone (EPIPE); its exit status says why.
            return Err(Failure::Died(self.reap()));
        }
        self.receive(timeout)
    }

    fn receive(&mut self, timeout: Duration) -> Result<Response, Failure> {
        match self.frames.recv_timeout(timeout) {
            Ok(Ok(body)) => {
                if body.len() < 4 {
                    return Err(self.protocol_error(format!("response frame of {} bytes", body.len())));
                }
                let status = u32::from_le_bytes([body[0], body[1], body[2], body[3]]);
                Ok(Response { status, payload: body[4..].to_vec() })
            }
            Ok(Err(e)) if e.starts_with("protocol:") => Err(self.protocol_error(e)),
            Ok(Err(_)) | Err(RecvTimeoutError::Disconnected) => Err(Failure::Died(self.reap())),
            Err(RecvTimeoutError::Timeout) => {
                self.kill();
                Err(Failure::Timeout)
            }
        }
    }

    fn protocol_error(&mut self, msg: String) -> Failure {
        self.kill();
        Failure::Protocol(format!("{msg}{}", self.stderr_section()))
    }

    /// The worker's stdout ended: wait for it to exit (killing it if it
    /// lingers) and describe how it ended.
    fn reap(&mut self) -> String {
        let deadline = Instant::now() + Duration::from_secs(2);
        let status = loop {
            match self.child.try_wait() {
                Ok(Some(s)) => break Some(s),
                Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(5)),
                _ => {
                    self.kill();
                    break None;
                }
            }
        };
        let how = status.map_or("closed its stdout and was killed".to_string(), describe_exit);
        format!("worker {how}{}", self.stderr_section())
    }

    /// The stderr tail, once the worker has exited and the pipe drained.
    fn stderr_section(&mut self) -> String {
        if let Some(t) = self.stderr_thread.take() {
            let deadline = Instant::now() + Duration::from_millis(500);
            while !t.is_finished() && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(2));
            }
        }
        let t = self.stderr.lock().unwrap_or_else(|e| e.into_inner());
        let tail = &t[t.len().saturating_sub(STDERR_TAIL)..];
        let text = String::from_utf8_lossy(tail);
        let text = text.trim_end();
        if text.is_empty() {
            String::new()
        } else {
            format!("\n--- stderr tail ---\n{text}")
        }
    }

    /// SIGKILL and reap.
    pub fn kill(&mut self) {
        self.stdin = None;
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Ask the worker to exit (end of stdin), killing it if it does not
    /// within a moment.
    pub fn shutdown(mut self) {
        self.stdin = None;
        let deadline = Instant::now() + Duration::from_millis(500);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        self.kill();
    }
}

impl Drop for WorkerProcess {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.kill();
        }
    }
}

/// Read one frame body. Errors starting with `protocol:` mean garbage on
/// stdout; any other error means the stream ended.
fn read_frame(r: &mut impl Read) -> Result<Vec<u8>, String> {
    let mut len = [0u8; 4];
    r.read_exact(&mut len).map_err(|e| format!("eof: {e}"))?;
    let len = u32::from_le_bytes(len) as usize;
    if len > MAX_FRAME {
        return Err(format!("protocol: frame length {len} (is something else writing to stdout?)"));
    }
    let mut body = vec![0u8; len];
    r.read_exact(&mut body).map_err(|e| format!("eof inside a frame: {e}"))?;
    Ok(body)
}

/// "exited with code 1" / "was killed by signal 6 (SIGABRT)".
pub fn describe_exit(status: ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(c), _) => format!("exited with code {c}"),
        (None, Some(s)) => format!("was killed by signal {s} ({})", signal_name(s)),
        _ => format!("ended: {status}"),
    }
}

fn signal_name(s: i32) -> &'static str {
    match s {
        4 => "SIGILL",
        5 => "SIGTRAP",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        15 => "SIGTERM",
        _ => "?",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_frame_layout() {
        let mut out = Vec::new();
        encode_run(&mut out, 0x0102_0304_0506_0708, FLAG_FORCE_POLYFILL, b"\0asm", "{}");
        let body_len = 1 + 8 + 1 + 4 + 4 + 2;
        assert_eq!(&out[..4], &(body_len as u32).to_le_bytes());
        assert_eq!(out[4], Op::Run as u8);
        assert_eq!(&out[5..13], &0x0102_0304_0506_0708u64.to_le_bytes());
        assert_eq!(out[13], 1);
        assert_eq!(&out[14..18], &4u32.to_le_bytes());
        assert_eq!(&out[18..22], b"\0asm");
        assert_eq!(&out[22..], b"{}");
    }

    #[test]
    fn raw_frame_layout_and_reply() {
        let mut out = Vec::new();
        encode_raw(&mut out, "call", b"\0asm", "{}");
        let body_len = 1 + 1 + 4 + 4 + 4 + 2;
        assert_eq!(&out[..4], &(body_len as u32).to_le_bytes());
        assert_eq!(out[4], Op::Raw as u8);
        assert_eq!(out[5], 4);
        assert_eq!(&out[6..10], b"call");
        assert_eq!(&out[10..14], &4u32.to_le_bytes());
        assert_eq!(&out[14..18], b"\0asm");
        assert_eq!(&out[18..], b"{}");
        let mut payload = 2u32.to_le_bytes().to_vec();
        payload.extend_from_slice(b"{}\x01\x02");
        let r = Response { status: status::OK, payload };
        assert_eq!(r.raw_reply().unwrap(), ("{}".to_string(), vec![1, 2]));
        assert!(Response { status: 0, payload: vec![9, 0, 0, 0, b'{'] }.raw_reply().is_err());
        assert!(Response { status: 0, payload: vec![0, 0] }.raw_reply().is_err());
    }

    #[test]
    fn decode_frame_wraps_a_whole_request_frame() {
        let mut inner = Vec::new();
        encode_run(&mut inner, 1, 0, b"", "");
        let mut out = Vec::new();
        encode_decode(&mut out, &inner);
        assert_eq!(&out[..4], &((1 + inner.len()) as u32).to_le_bytes());
        assert_eq!(out[4], Op::Decode as u8);
        assert_eq!(&out[5..], &inner[..]);
    }

    #[test]
    fn glue_hash_matches_worker_mjs() {
        // Values from worker.mjs's fnv1a (run under node).
        assert_eq!(glue_hash(b""), "811c9dc5");
        assert_eq!(glue_hash("glue.js ✓".as_bytes()), "e5a304b6");
    }

    #[test]
    fn run_result_is_times_then_le_i32_trace() {
        let words: [u32; 6] = [1, 250, 1000, 1, (-2i32) as u32, 3];
        let r = Response { status: status::OK, payload: words.iter().flat_map(|v| v.to_le_bytes()).collect() };
        let (times, trace) = r.run_result().unwrap();
        assert_eq!(
            times,
            RunTimes { cache_hit: true, compile: Duration::from_micros(250), run: Duration::from_millis(1) }
        );
        assert_eq!(trace, vec![1, -2, 3]);
        assert!(Response { status: 0, payload: vec![0; 13] }.run_result().is_err());
        assert!(Response { status: 0, payload: vec![0; 8] }.run_result().is_err());
    }

    #[test]
    fn floor_frame_layout() {
        let mut out = Vec::new();
        encode_floor(&mut out, 7, b"\0asm", &[2, 0]);
        assert_eq!(out.len(), 4 + 1 + 8 + 4 + 4 + 4 + 8);
        assert_eq!(&out[..4], &((out.len() - 4) as u32).to_le_bytes());
        assert_eq!(out[4], Op::Floor as u8);
        assert_eq!(&out[13..17], &4u32.to_le_bytes());
        assert_eq!(&out[21..], &[2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0]);
    }

    #[test]
    fn frames_are_read_whole_and_garbage_is_a_protocol_error() {
        let mut bytes = 3u32.to_le_bytes().to_vec();
        bytes.extend_from_slice(b"abc");
        assert_eq!(read_frame(&mut bytes.as_slice()).unwrap(), b"abc");
        let garbage = b"hello world\n".to_vec();
        assert!(read_frame(&mut garbage.as_slice()).unwrap_err().starts_with("protocol:"));
        assert!(!read_frame(&mut [1u8, 0].as_slice()).unwrap_err().starts_with("protocol:"));
    }
}
