//! The host side of the worker protocol, in the spirit of Fuzzilli's REPRL;
//! the worker side is `engines/worker-core.js` (with a shell per runtime:
//! worker.mjs, jsc-worker.js, workerd-worker.js). The protocol — framing,
//! handshake, ops and their payloads, statuses, versioning — is documented
//! once, in `docs/worker-protocol.md`; this file and worker-core.js
//! implement it and any change bumps [`PROTOCOL`] in both.
//!
//! One request is in flight at a time, over a [`Channel`]: a worker process
//! on stdin/stdout here ([`WorkerProcess`], frames or base64 lines), or
//! workerd over HTTP (`engine::workerd`). A reader thread turns stdout into
//! frames so a response can be awaited with a deadline; the process's tail
//! of stderr is kept for crash reports (`super::process`). A worker that
//! misses its deadline is killed; one that stops talking is reaped and
//! reported with its exit status and stderr tail. Respawn policy lives with
//! the caller (`super`).

use super::process::EngineProcess;
use crate::plan::MemoryLimits;
use base64::Engine as _;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{ChildStdin, Command};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

/// Bumped on any change to what crosses the pipe (docs/worker-protocol.md).
pub const PROTOCOL: u32 = 7;
/// Compiled modules a worker keeps per cache (RUN's, FLOOR's): it drops the
/// whole cache when one more would not fit (`CACHE_CAPACITY` in
/// worker-core.js; tests/wire_format.rs holds the two equal).
pub const MODULE_CACHE_CAPACITY: usize = 256;
/// Status word of the handshake frame ("RNTY").
pub const HELLO: u32 = 0x5954_4e52;
/// No legitimate frame is this large; a bigger length means stdout carried
/// something that is not a frame.
const MAX_FRAME: usize = 256 << 20;

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

/// The request frames (`u32 length` + body each, as `encode_*` appends
/// them) back to back in `frames`, each with its length.
pub fn split_requests(frames: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let len = frames.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)?;
        let frame = frames.get(at..at + 4 + len)?;
        at += 4 + len;
        Some(frame)
    })
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
pub fn encode_floor(out: &mut Vec<u8>, key: u64, wasm: &[u8], calls: &[i32], memory: MemoryLimits) {
    let body_len = 1 + 8 + 4 + wasm.len() + 4 + 4 * calls.len() + 8;
    out.extend_from_slice(&(body_len as u32).to_le_bytes());
    out.push(Op::Floor as u8);
    out.extend_from_slice(&key.to_le_bytes());
    out.extend_from_slice(&(wasm.len() as u32).to_le_bytes());
    out.extend_from_slice(wasm);
    out.extend_from_slice(&(calls.len() as u32).to_le_bytes());
    for c in calls {
        out.extend_from_slice(&c.to_le_bytes());
    }
    out.extend_from_slice(&memory.initial.to_le_bytes());
    out.extend_from_slice(&memory.maximum.to_le_bytes());
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
    /// `node`, `deno`, `jsc` or `workerd`.
    pub runtime: String,
    pub version: String,
    /// V8's version where the runtime reports it (empty: jsc, workerd).
    #[serde(default)]
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

/// A running worker, however its frames travel: what the respawn policy
/// (`super::WorkerEngine`) needs of it.
pub trait Channel: Send {
    /// Wait for the handshake (once; later calls return the same identity).
    fn handshake(&mut self, timeout: Duration) -> Result<&Identity, Failure>;
    /// Send one request frame (as made by `encode_*`) and wait for its response.
    fn request(&mut self, frame: &[u8], timeout: Duration) -> Result<Response, Failure>;
    /// Send `count` request frames (back to back in `frames`) and wait for
    /// their responses: in order, ending at the first failure. A transport
    /// whose round trip costs milliseconds (workerd's HTTP) sends them in
    /// one message, and the deadline is then the message's; by default
    /// each is a request of its own.
    fn request_batch(&mut self, frames: &[u8], count: usize, timeout: Duration) -> Vec<Result<Response, Failure>> {
        let mut out = Vec::with_capacity(count);
        for frame in split_requests(frames) {
            let r = self.request(frame, timeout);
            let end = r.is_err();
            out.push(r);
            if end {
                break;
            }
        }
        out
    }
    /// Whether the process has ended (checked between cases).
    fn has_exited(&mut self) -> bool;
    fn pid(&self) -> u32;
    /// Ask the worker to exit, killing it if it does not within a moment.
    fn shutdown(self: Box<Self>);
}

/// How frames travel over a worker's stdin and stdout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framing {
    /// `u32 length` + body (node, deno).
    Frames,
    /// Each body as one line of base64 (the `jsc` shell reads and writes lines only).
    Base64Lines,
}

/// A running worker process speaking frames on stdin/stdout.
pub struct WorkerProcess {
    process: EngineProcess,
    stdin: Option<ChildStdin>,
    framing: Framing,
    frames: Receiver<Result<Vec<u8>, String>>,
    /// Set once the handshake has been read.
    identity: Option<Identity>,
}

impl WorkerProcess {
    /// Start the worker, frames as `u32 length` + body. Returns at once;
    /// [`WorkerProcess::handshake`] waits for it to be ready (so a respawn
    /// overlaps with other work).
    pub fn spawn(command: Command) -> std::io::Result<WorkerProcess> {
        WorkerProcess::spawn_with(command, Framing::Frames)
    }

    pub fn spawn_with(command: Command, framing: Framing) -> std::io::Result<WorkerProcess> {
        let mut process = EngineProcess::spawn(command)?;
        let stdout = process.child().stdout.take().expect("piped");
        let (tx, frames) = mpsc::channel();
        std::thread::Builder::new().name("worker-stdout".into()).spawn(move || {
            let mut r = BufReader::with_capacity(64 << 10, stdout);
            loop {
                let frame = match framing {
                    Framing::Frames => read_frame(&mut r),
                    Framing::Base64Lines => read_line(&mut r),
                };
                let end = frame.is_err();
                if tx.send(frame).is_err() || end {
                    return;
                }
            }
        })?;
        let stdin = process.child().stdin.take();
        Ok(WorkerProcess { process, stdin, framing, frames, identity: None })
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
            // Garbage right before the worker ends is how it died (jsc prints
            // an uncaught exception on stdout, then exits 3).
            Ok(Err(e)) if e.starts_with("protocol:") && self.process.exits_within(Duration::from_millis(300)) => {
                Err(Failure::Died(format!("{}\n(its last output: {e})", self.process.reap())))
            }
            Ok(Err(e)) if e.starts_with("protocol:") => Err(self.protocol_error(e)),
            Ok(Err(_)) | Err(RecvTimeoutError::Disconnected) => Err(Failure::Died(self.process.reap())),
            Err(RecvTimeoutError::Timeout) => {
                self.kill();
                Err(Failure::Timeout)
            }
        }
    }

    fn protocol_error(&mut self, msg: String) -> Failure {
        self.kill();
        Failure::Protocol(format!("{msg}{}", self.process.tail_section()))
    }

    /// SIGKILL and reap.
    pub fn kill(&mut self) {
        self.stdin = None;
        self.process.kill();
    }
}

impl Channel for WorkerProcess {
    fn handshake(&mut self, timeout: Duration) -> Result<&Identity, Failure> {
        if self.identity.is_none() {
            let frame = self.receive(timeout)?;
            self.identity = Some(hello(&frame).map_err(|m| self.protocol_error(m))?);
        }
        Ok(self.identity.as_ref().expect("just set"))
    }

    fn request(&mut self, frame: &[u8], timeout: Duration) -> Result<Response, Failure> {
        let line;
        let bytes = match self.framing {
            Framing::Frames => frame,
            Framing::Base64Lines => {
                let mut l = base64::engine::general_purpose::STANDARD.encode(&frame[4..]).into_bytes();
                l.push(b'\n');
                line = l;
                &line
            }
        };
        let sent = match self.stdin.as_mut() {
            Some(stdin) => stdin.write_all(bytes).and_then(|()| stdin.flush()),
            None => Err(std::io::ErrorKind::BrokenPipe.into()),
        };
        if sent.is_err() {
            // The worker is gone (EPIPE); its exit status says why.
            return Err(Failure::Died(self.process.reap()));
        }
        self.receive(timeout)
    }

    fn has_exited(&mut self) -> bool {
        self.process.has_exited()
    }

    fn pid(&self) -> u32 {
        self.process.pid()
    }

    fn shutdown(mut self: Box<Self>) {
        self.stdin = None;
        let WorkerProcess { process, .. } = *self;
        process.shutdown();
    }
}

/// The identity in a handshake frame, checked: the HELLO status, JSON, and
/// this harness's protocol version.
pub fn hello(frame: &Response) -> Result<Identity, String> {
    if frame.status != HELLO {
        return Err(format!("expected the HELLO frame, got status {:#x}", frame.status));
    }
    let identity: Identity =
        serde_json::from_slice(&frame.payload).map_err(|e| format!("bad handshake JSON ({e}): {}", frame.text()))?;
    if identity.protocol != PROTOCOL {
        return Err(format!("worker speaks protocol {}, this harness {PROTOCOL}", identity.protocol));
    }
    Ok(identity)
}

/// One base64 line (the `Base64Lines` framing) as a frame body.
fn read_line(r: &mut impl BufRead) -> Result<Vec<u8>, String> {
    let mut line = String::new();
    match r.read_line(&mut line) {
        Ok(0) => return Err("eof".into()),
        Ok(_) => {}
        Err(e) => return Err(format!("eof: {e}")),
    }
    if line.len() > MAX_FRAME {
        return Err(format!("protocol: line of {} bytes", line.len()));
    }
    base64::engine::general_purpose::STANDARD
        .decode(line.trim_end())
        .map_err(|e| format!("protocol: not a base64 frame ({e}): {:.80}", line.trim_end()))
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
        encode_floor(&mut out, 7, b"\0asm", &[2, -1], MemoryLimits { initial: 1, maximum: 3 });
        assert_eq!(out.len(), 4 + 1 + 8 + 4 + 4 + 4 + 8 + 8);
        assert_eq!(&out[..4], &((out.len() - 4) as u32).to_le_bytes());
        assert_eq!(out[4], Op::Floor as u8);
        assert_eq!(&out[13..17], &4u32.to_le_bytes());
        assert_eq!(&out[21..], &[2, 0, 0, 0, 2, 0, 0, 0, 255, 255, 255, 255, 1, 0, 0, 0, 3, 0, 0, 0]);
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
