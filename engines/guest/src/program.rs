//! The program encoding (docs/guest.md, "Program encoding") and its decoder.
//!
//! The host writes the bytes into memory from `__reentry_alloc`; `decode`
//! turns them into an owned tree once per instance, so the interpreter never
//! touches the bytes again.

/// `RNTR` + version 3.
pub const MAGIC: [u8; 4] = *b"RNTR";
pub const VERSION: u8 = 3;
/// Deeper nesting is refused (the harness validates programs to depth 16);
/// it bounds the decoder's own recursion.
const MAX_DEPTH: usize = 64;

/// The Wasm side of a program: what `__reentry_call(i)` runs.
pub struct Program {
    /// The guest's own pages: the program's memory starts above them.
    pub base_pages: u32,
    /// The program's initial memory, in pages.
    pub initial_pages: u32,
    pub state_init: i32,
    pub exports: Vec<Vec<Step>>,
}

/// `WasmStep` of harness/src/program.rs.
pub enum Step {
    Guard { id: i32, panics: Option<i32> },
    Scope(Vec<Step>),
    CallImport(i32),
    CallWasm(u32),
    Panic(i32),
    CatchUnwind { body: Vec<Step>, handler: Vec<Step> },
    Abort(AbortKind),
    AddState(i32),
    ScheduleReinit,
    Grow(u32),
    AddHigh(i32),
    /// Await a host promise (async exports only, issue 13).
    Await,
    /// Hand the host a closure over export `export`'s body (issue 13 part
    /// 4, issue 22) made as `kind` says ([`ClosureKind`]).
    MakeClosure { export: u32, kind: ClosureKind },
    /// Call import `k` with `catch`: a host exception is `Err(v)`, and with
    /// `panic` it is `panic_any`d (issue 22).
    CatchImport { k: i32, panic: bool },
    /// Call import `k` with a closure over `export` as its `&dyn Fn`
    /// (`&mut dyn FnMut` when `mutable`) argument.
    CallWithClosure { k: i32, export: u32, mutable: bool },
}

/// `ClosureKind::code()` of harness/src/program.rs, + 16 for an aborting
/// edge: the constructor in the low 3 bits (own, wrap, once, borrow,
/// borrow_mut, ref, ref_mut), 8 for `_assert_unwind_safe`.
#[derive(Clone, Copy)]
pub struct ClosureKind(pub u8);

#[cfg_attr(feature = "binding-reentry", allow(dead_code))]
impl ClosureKind {
    pub const WRAP: u8 = 1;
    pub const ONCE: u8 = 2;
    pub const BORROW: u8 = 3;
    pub const BORROW_MUT: u8 = 4;
    pub const REF: u8 = 5;
    pub const REF_MUT: u8 = 6;

    pub fn ctor(self) -> u8 {
        self.0 & 7
    }
    pub fn aborting(self) -> bool {
        self.0 & 16 != 0
    }
    pub fn assert_unwind_safe(self) -> bool {
        self.0 & 8 != 0
    }
    /// A `ScopedClosure`, dropped at the end of its scope.
    pub fn scoped(self) -> bool {
        matches!(self.ctor(), Self::BORROW | Self::BORROW_MUT)
    }
    fn valid(self) -> bool {
        self.0 < 32 && self.ctor() <= Self::REF_MUT && !(self.aborting() && self.assert_unwind_safe())
    }
}

/// `AbortKind::ALL` order; the discriminant is the encoding and the
/// `AbortCause` code logged with `ABORT`.
#[derive(Clone, Copy)]
pub enum AbortKind {
    Unreachable = 0,
    OutOfMemory = 1,
    StackOverflow = 2,
    DivideByZero = 3,
    OutOfBounds = 4,
}

mod tag {
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

/// Decode a whole program; `None` for any malformed input (bad header, bad
/// tag, truncation, trailing bytes, a `CallWasm` or `MakeClosure` of a missing export,
/// nesting deeper than `MAX_DEPTH`).
pub fn decode(bytes: &[u8]) -> Option<Program> {
    let mut r = Reader { bytes, pos: 0 };
    if r.take(4)? != MAGIC || r.u8()? != VERSION {
        return None;
    }
    let base_pages = u32::from(r.u8()?);
    let initial_pages = u32::from(r.u8()?);
    let state_init = r.i32()?;
    let n = r.u16()?;
    let mut exports = Vec::with_capacity(n as usize);
    for _ in 0..n {
        exports.push(r.body(0)?);
    }
    if r.pos != bytes.len() || !exports.iter().all(|b| calls_ok(b, n)) {
        return None;
    }
    Some(Program { base_pages, initial_pages, state_init, exports })
}

/// Every `CallWasm`, `MakeClosure` and `CallWithClosure` names an existing
/// export (so the interpreter can index).
fn calls_ok(steps: &[Step], n_exports: u16) -> bool {
    steps.iter().all(|s| match s {
        Step::CallWasm(j) | Step::MakeClosure { export: j, .. } | Step::CallWithClosure { export: j, .. } => {
            *j < u32::from(n_exports)
        }
        Step::Scope(b) => calls_ok(b, n_exports),
        Step::CatchUnwind { body, handler } => calls_ok(body, n_exports) && calls_ok(handler, n_exports),
        _ => true,
    })
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.bytes.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u16(&mut self) -> Option<u16> {
        Some(u16::from_le_bytes(self.take(2)?.try_into().ok()?))
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn i32(&mut self) -> Option<i32> {
        Some(self.u32()? as i32)
    }
    fn flag(&mut self) -> Option<bool> {
        match self.u8()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    fn body(&mut self, depth: usize) -> Option<Vec<Step>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let n = self.u16()?;
        // Not `with_capacity(n)`: a corrupt count must not allocate 64K steps.
        let mut steps = Vec::new();
        for _ in 0..n {
            steps.push(self.step(depth)?);
        }
        Some(steps)
    }

    fn step(&mut self, depth: usize) -> Option<Step> {
        Some(match self.u8()? {
            tag::GUARD => {
                let id = self.i32()?;
                let panics = match self.u8()? {
                    0 => None,
                    1 => Some(self.i32()?),
                    _ => return None,
                };
                Step::Guard { id, panics }
            }
            tag::SCOPE => Step::Scope(self.body(depth + 1)?),
            tag::CALL_IMPORT => Step::CallImport(self.i32()?),
            tag::CALL_WASM => Step::CallWasm(self.u32()?),
            tag::PANIC => Step::Panic(self.i32()?),
            tag::CATCH_UNWIND => {
                let body = self.body(depth + 1)?;
                let handler = self.body(depth + 1)?;
                Step::CatchUnwind { body, handler }
            }
            tag::ABORT => Step::Abort(match self.u8()? {
                0 => AbortKind::Unreachable,
                1 => AbortKind::OutOfMemory,
                2 => AbortKind::StackOverflow,
                3 => AbortKind::DivideByZero,
                4 => AbortKind::OutOfBounds,
                _ => return None,
            }),
            tag::ADD_STATE => Step::AddState(self.i32()?),
            tag::SCHEDULE_REINIT => Step::ScheduleReinit,
            tag::GROW => Step::Grow(self.u32()?),
            tag::ADD_HIGH => Step::AddHigh(self.i32()?),
            tag::AWAIT => Step::Await,
            tag::MAKE_CLOSURE => {
                let export = self.u32()?;
                let kind = ClosureKind(self.u8()?);
                if !kind.valid() {
                    return None;
                }
                Step::MakeClosure { export, kind }
            }
            tag::CATCH_IMPORT => Step::CatchImport { k: self.i32()?, panic: self.flag()? },
            tag::CALL_WITH_CLOSURE => Step::CallWithClosure { k: self.i32()?, export: self.u32()?, mutable: self.flag()? },
            _ => return None,
        })
    }
}
