//! The real-toolchain guest's program encoding (docs/guest.md, "Program
//! encoding"): the Wasm side of a [`Program`] as the compact little-endian
//! bytes `engines/guest/src/program.rs` decodes at `__reentry_start`.
//!
//! ```text
//! program  = magic "RNTR" | version u8 = 3 | base_pages u8 | initial_pages u8
//!            | state_init i32 | n_exports u16 | body * n_exports
//! body     = count u16 | step * count
//! step     = tag u8 | args
//!   0 guard          id u32 | 0 (quiet) | 1 (panics) payload i32
//!   1 scope          body
//!   2 call_import    k u32
//!   3 call_wasm      j u32
//!   4 panic          payload i32
//!   5 catch_unwind   body | handler body
//!   6 abort          kind u8 (index in AbortKind::ALL)
//!   7 add_state      n i32
//!   8 reinit
//!   9 grow           pages u32
//!  10 add_high       n i32
//!  11 await          (issue 13: async exports' bodies only)
//!  12 closure        export u32 | kind u8 (`ClosureKind::code()`, + 16 aborting)
//!  13 catch import   k u32 | 0 | 1 (panic_any the Err)
//!  14 call with closure  k u32 | export u32 | 0 (`&dyn Fn`) | 1 (`&mut dyn FnMut`)
//! ```
//!
//! Only the Wasm side is encoded, and of the memory what the guest needs to
//! place the program's: its own pages (`guest::BASE_PAGES`) and the
//! program's initial pages (the maximum is the host-made memory's,
//! `guest::memory_limits`). The hook policy, imports and the driver belong to
//! the host.

use crate::program::{limits, AbortKind, DropBehavior, Program, WasmStep};
use anyhow::{bail, Context, Result};

pub const MAGIC: [u8; 4] = *b"RNTR";
pub const VERSION: u8 = 3;

/// Step tags (the guest's `program::tag`).
pub mod tag {
    pub const GUARD: u8 = 0;
    pub const SCOPE: u8 = 1;
    pub const CALL_IMPORT: u8 = 2;
    pub const CALL_WASM: u8 = 3;
    pub const PANIC: u8 = 4;
    pub const CATCH_UNWIND: u8 = 5;
    pub const ABORT: u8 = 6;
    pub const ADD_STATE: u8 = 7;
    pub const SCHEDULE_REINIT: u8 = 8;
    pub const GROW: u8 = 9;
    pub const ADD_HIGH: u8 = 10;
    pub const AWAIT: u8 = 11;
    pub const MAKE_CLOSURE: u8 = 12;
    pub const CATCH_IMPORT: u8 = 13;
    pub const CALL_WITH_CLOSURE: u8 = 14;
}

/// Encode the Wasm side of a program. Fails only where a count does not fit
/// its `u16` (never for a program that passes `Program::validate`).
pub fn encode(program: &Program) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(64);
    out.extend_from_slice(&MAGIC);
    out.push(VERSION);
    let pages = |p: u32| u8::try_from(p).ok().filter(|p| u32::from(*p) <= limits::MAX_PAGES + super::BASE_PAGES);
    out.push(pages(super::BASE_PAGES).context("BASE_PAGES does not fit a u8")?);
    out.push(pages(program.memory.initial).context("initial pages out of range")?);
    out.extend_from_slice(&program.state_init.to_le_bytes());
    out.extend_from_slice(&count(program.exports.len()).context("too many exports")?.to_le_bytes());
    for (i, e) in program.exports.iter().enumerate() {
        body(&mut out, &e.body).with_context(|| format!("e{i}"))?;
    }
    Ok(out)
}

fn count(n: usize) -> Result<u16> {
    match u16::try_from(n) {
        Ok(n) => Ok(n),
        Err(_) => bail!("{n} items do not fit the encoding's u16 count"),
    }
}

fn body(out: &mut Vec<u8>, steps: &[WasmStep]) -> Result<()> {
    out.extend_from_slice(&count(steps.len())?.to_le_bytes());
    for s in steps {
        step(out, s)?;
    }
    Ok(())
}

fn step(out: &mut Vec<u8>, s: &WasmStep) -> Result<()> {
    match s {
        WasmStep::Guard { id, drop } => {
            out.push(tag::GUARD);
            out.extend_from_slice(&id.to_le_bytes());
            match drop {
                DropBehavior::Quiet => out.push(0),
                DropBehavior::Panics(p) => {
                    out.push(1);
                    out.extend_from_slice(&p.to_le_bytes());
                }
            }
        }
        WasmStep::Scope(b) => {
            out.push(tag::SCOPE);
            body(out, b)?;
        }
        WasmStep::CallImport(k) => {
            out.push(tag::CALL_IMPORT);
            out.extend_from_slice(&k.to_le_bytes());
        }
        WasmStep::CallWasm(j) => {
            out.push(tag::CALL_WASM);
            out.extend_from_slice(&j.to_le_bytes());
        }
        WasmStep::Panic(p) => {
            out.push(tag::PANIC);
            out.extend_from_slice(&p.to_le_bytes());
        }
        WasmStep::CatchUnwind { body: b, handler } => {
            out.push(tag::CATCH_UNWIND);
            body(out, b)?;
            body(out, handler)?;
        }
        WasmStep::Abort(kind) => {
            out.push(tag::ABORT);
            out.push(abort_index(*kind));
        }
        WasmStep::AddState(n) => {
            out.push(tag::ADD_STATE);
            out.extend_from_slice(&n.to_le_bytes());
        }
        WasmStep::ScheduleReinit => out.push(tag::SCHEDULE_REINIT),
        WasmStep::Grow(n) => {
            out.push(tag::GROW);
            out.extend_from_slice(&n.to_le_bytes());
        }
        WasmStep::AddHigh(n) => {
            out.push(tag::ADD_HIGH);
            out.extend_from_slice(&n.to_le_bytes());
        }
        WasmStep::Await => out.push(tag::AWAIT),
        WasmStep::MakeClosure { export, kind } => {
            out.push(tag::MAKE_CLOSURE);
            out.extend_from_slice(&export.to_le_bytes());
            out.push((kind.code() | (kind.aborting() as i32) << 4) as u8);
        }
        WasmStep::CatchImport { import, panic } => {
            out.push(tag::CATCH_IMPORT);
            out.extend_from_slice(&import.to_le_bytes());
            out.push(u8::from(*panic));
        }
        WasmStep::CallWithClosure { import, export, mutable } => {
            out.push(tag::CALL_WITH_CLOSURE);
            out.extend_from_slice(&import.to_le_bytes());
            out.extend_from_slice(&export.to_le_bytes());
            out.push(u8::from(*mutable));
        }
    }
    Ok(())
}

fn abort_index(kind: AbortKind) -> u8 {
    AbortKind::ALL.iter().position(|k| *k == kind).expect("ALL lists every kind") as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::Export;

    fn parse(src: &str) -> Program {
        crate::text::parse(src).unwrap()
    }

    /// The exact bytes of docs/guest.md's example: pins the format the guest
    /// decodes.
    #[test]
    fn documented_example_bytes() {
        let p = parse(
            "memory 2 4 state -2
             export e0 { guard 7 panics 3 call h0 catch_unwind { panic 5 } handler { add_state 1 } }
             export e1 { scope { call e0 } abort oom reinit grow 1 add_high -3 }
             import h0 { }
             driver { call e0 }",
        );
        let bytes = encode(&p).unwrap();
        #[rustfmt::skip]
        let expected: Vec<u8> = vec![
            b'R', b'N', b'T', b'R', 3,          // magic, version
            16, 2,                              // base pages, initial pages
            0xfe, 0xff, 0xff, 0xff,             // state_init -2
            2, 0,                               // 2 exports
            3, 0,                               // e0: 3 steps
            0, 7, 0, 0, 0, 1, 3, 0, 0, 0,       //   guard 7 panics 3
            2, 0, 0, 0, 0,                      //   call h0
            5, 1, 0, 4, 5, 0, 0, 0,             //   catch_unwind { panic 5 }
               1, 0, 7, 1, 0, 0, 0,             //     handler { add_state 1 }
            5, 0,                               // e1: 5 steps
            1, 1, 0, 3, 0, 0, 0, 0,             //   scope { call e0 }
            6, 1,                               //   abort oom
            8,                                  //   reinit
            9, 1, 0, 0, 0,                      //   grow 1
            10, 0xfd, 0xff, 0xff, 0xff,         //   add_high -3
        ];
        assert_eq!(bytes, expected);
    }

    #[test]
    fn closures_are_their_export_and_kind() {
        let p = parse(
            "export e0 { closure e1 closure e1 aborting closure e1 borrow_mut assert_unwind_safe call h0 catch panic_any call h0 with e1 mut }
             export e1 { } import h0 { } driver { call e0 invoke e1 }",
        );
        let bytes = encode(&p).unwrap();
        #[rustfmt::skip]
        let e0: &[u8] = &[
            5, 0,                               // e0: 5 steps
            12, 1, 0, 0, 0, 0,                  //   closure e1
            12, 1, 0, 0, 0, 16,                 //   closure e1 aborting
            12, 1, 0, 0, 0, 4 | 8,              //   closure e1 borrow_mut assert_unwind_safe
            13, 0, 0, 0, 0, 1,                  //   call h0 catch panic_any
            14, 0, 0, 0, 0, 1, 0, 0, 0, 1,      //   call h0 with e1 mut
            0, 0,                               // e1: no steps
        ];
        assert_eq!(&bytes[13..], e0);
    }

    #[test]
    fn every_abort_kind_has_its_all_index() {
        for (i, k) in AbortKind::ALL.into_iter().enumerate() {
            let mut p = Program::minimal();
            p.exports[0].body = vec![WasmStep::Abort(k)];
            let b = encode(&p).unwrap();
            assert_eq!(&b[b.len() - 2..], &[tag::ABORT, i as u8]);
        }
    }

    #[test]
    fn oversized_body_is_an_error_not_a_panic() {
        let mut p = Program::minimal();
        p.exports = vec![Export { body: vec![WasmStep::ScheduleReinit; 70_000], ..Default::default() }];
        let e = encode(&p).unwrap_err();
        assert!(format!("{e:#}").contains("u16"), "{e:#}");
    }
}
