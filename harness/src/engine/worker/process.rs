//! One engine process, however its frames travel (stdin/stdout for the
//! node, deno and jsc workers, HTTP for workerd): started in its own
//! process group, its stderr (and, where it carries no frames, its stdout)
//! kept as a tail for crash reports, reaped and described when it ends.

use std::io::Read;
use std::process::{Child, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Bytes of output kept for crash reports.
const TAIL: usize = 8 << 10;

pub struct EngineProcess {
    child: Child,
    tail: OutputTail,
    readers: Vec<JoinHandle<()>>,
}

/// The last bytes an engine process wrote, kept for its crash report.
#[derive(Clone, Default)]
pub struct OutputTail(Arc<Mutex<Vec<u8>>>);

impl OutputTail {
    /// Copy what `pipe` says into the tail, on a thread of its own, until
    /// the pipe closes.
    pub fn follow(&self, mut pipe: impl Read + Send + 'static, name: &str) -> std::io::Result<JoinHandle<()>> {
        let tail = self.0.clone();
        std::thread::Builder::new().name(format!("engine-{name}")).spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = pipe.read(&mut buf) {
                if n == 0 {
                    return;
                }
                let mut t = tail.lock().unwrap_or_else(|e| e.into_inner());
                t.extend_from_slice(&buf[..n]);
                if t.len() > 2 * TAIL {
                    let cut = t.len() - TAIL;
                    t.drain(..cut);
                }
            }
        })
    }

    /// The kept text under a `--- {heading} ---` line, or nothing when the
    /// process said nothing.
    pub fn section(&self, heading: &str) -> String {
        let t = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let text = String::from_utf8_lossy(&t[t.len().saturating_sub(TAIL)..]);
        let text = text.trim_end();
        if text.is_empty() {
            String::new()
        } else {
            format!("\n--- {heading} ---\n{text}")
        }
    }
}

impl EngineProcess {
    /// Start `command` with stdin and stdout piped (the caller takes them
    /// from [`EngineProcess::child`]) and stderr kept as the tail. Returns at
    /// once: the caller waits for the engine to be ready.
    pub fn spawn(mut command: std::process::Command) -> std::io::Result<EngineProcess> {
        command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
        // Its own process group: a terminal's Ctrl-C reaches the harness
        // (which stops between cases, `crate::stop`), not an engine mid-case.
        // A worker whose harness is gone ends at the end of its stdin.
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let mut child = command.spawn()?;
        let stderr = child.stderr.take().expect("piped");
        let mut p = EngineProcess { child, tail: OutputTail::default(), readers: Vec::new() };
        p.keep_tail(stderr, "stderr")?;
        Ok(p)
    }

    /// Keep what `pipe` says in the tail too (workerd's stdout).
    pub fn keep_tail(&mut self, pipe: impl Read + Send + 'static, name: &str) -> std::io::Result<()> {
        let reader = self.tail.follow(pipe, name)?;
        self.readers.push(reader);
        Ok(())
    }

    pub fn child(&mut self) -> &mut Child {
        &mut self.child
    }

    /// Whether the process has ended (checked between cases).
    pub fn has_exited(&mut self) -> bool {
        !matches!(self.child.try_wait(), Ok(None))
    }

    /// Whether the process ends on its own within `wait`.
    pub fn exits_within(&mut self, wait: Duration) -> bool {
        let deadline = Instant::now() + wait;
        while Instant::now() < deadline {
            if self.has_exited() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        self.has_exited()
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The engine stopped answering: wait for it to exit (killing it if it
    /// lingers) and describe how it ended, with its output's tail.
    pub fn reap(&mut self) -> String {
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
        format!("worker {how}{}", self.tail_section())
    }

    /// The output tail, once the process has exited and its pipes drained.
    pub fn tail_section(&mut self) -> String {
        let deadline = Instant::now() + Duration::from_millis(500);
        for r in std::mem::take(&mut self.readers) {
            while !r.is_finished() && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(2));
            }
        }
        self.tail.section("stderr tail")
    }

    /// SIGKILL and reap.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Wait a moment for the process to exit (its input closed), then kill it.
    pub fn shutdown(mut self) {
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

impl Drop for EngineProcess {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.kill();
        }
    }
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
