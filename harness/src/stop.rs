//! A request to stop the run, made by a signal (`reentry nightly` installs
//! the handlers, [`on_signals`]). Long loops — the campaign loop, the compat
//! matrix, a reduction — check [`requested`] and end early as if their budget
//! had run out, so the run still writes a report with what it found. A
//! second signal ends the process at once.

use std::sync::atomic::{AtomicI32, Ordering};

/// The signal that asked to stop (0: none).
static SIGNAL: AtomicI32 = AtomicI32::new(0);

/// Exit status of a process ended by a second signal: the run failed.
pub const FORCED_EXIT: i32 = 2;

/// Ask every loop to stop (what the signal handler does).
pub fn request(signal: i32) {
    SIGNAL.store(signal.max(1), Ordering::SeqCst);
}

/// The signal that asked to stop, if one did.
pub fn requested() -> Option<i32> {
    match SIGNAL.load(Ordering::Relaxed) {
        0 => None,
        s => Some(s),
    }
}

pub fn signal_name(signal: i32) -> String {
    match signal {
        libc::SIGINT => "SIGINT".into(),
        libc::SIGTERM => "SIGTERM".into(),
        s => format!("signal {s}"),
    }
}

extern "C" fn on_signal(signal: libc::c_int) {
    // Async-signal-safe: one atomic swap, or `_exit`.
    if SIGNAL.swap(signal, Ordering::SeqCst) != 0 {
        // SAFETY: `_exit` is async-signal-safe.
        unsafe { libc::_exit(FORCED_EXIT) };
    }
}

/// Route SIGINT and SIGTERM to [`request`] (a second one exits with
/// [`FORCED_EXIT`]).
pub fn on_signals() -> std::io::Result<()> {
    for signal in [libc::SIGINT, libc::SIGTERM] {
        // SAFETY: the handler only touches an atomic (or calls `_exit`); the
        // sigaction struct is zeroed then filled as the C API requires.
        let ok = unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as usize;
            action.sa_flags = libc::SA_RESTART;
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(signal, &action, std::ptr::null_mut()) == 0
        };
        if !ok {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}
