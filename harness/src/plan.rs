//! The host plan: the part of a program the host runs (import bodies, the
//! driver, the hook policy), as compact JSON for the JavaScript glue. No JS
//! source is generated per case; `engines/glue.js` interprets this.

use crate::mutant::Mutant;
use crate::program::{DriverStep, HookPolicy, HostStep, Program};
use serde::Serialize;

#[derive(Serialize)]
pub struct HostPlan<'a> {
    /// The abort hook schedules a reinit.
    pub hook_reinit: bool,
    /// `imports[k]` is the body of import `h<k>`.
    pub imports: Vec<&'a [HostStep]>,
    pub driver: &'a [DriverStep],
    /// A seeded glue bug (kebab-case name), if any.
    pub mutant: Option<&'static str>,
    /// The real guest lane: the program's bytes (`guest::encode`), which the
    /// glue hands every new instance; absent for generated modules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guest: Option<&'a [u8]>,
    /// The limits of each instance's memory, which the glue makes: every
    /// module imports it ([`memory_limits`]).
    pub memory: MemoryLimits,
}

/// `WebAssembly.Memory`'s descriptor, in pages.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemoryLimits {
    pub initial: u32,
    pub maximum: u32,
}

/// The memory an instance of `program`'s module imports: on the real guest
/// lane the program's limits on top of the guest's own pages
/// (`guest::memory_limits`, docs/guest.md "Memory"); a generated module
/// declares the program's own (compile/mod.rs).
pub fn memory_limits(program: &Program, guest: bool) -> MemoryLimits {
    let (initial, maximum) = match guest {
        true => crate::guest::memory_limits(&program.memory),
        false => (program.memory.initial, program.memory.maximum),
    };
    MemoryLimits { initial, maximum }
}

pub fn plan<'a>(program: &'a Program, mutant: Option<Mutant>, guest: Option<&'a [u8]>) -> HostPlan<'a> {
    HostPlan {
        hook_reinit: program.hook == HookPolicy::Reinit,
        imports: program.imports.iter().map(|i| i.body.as_slice()).collect(),
        driver: &program.driver,
        mutant: mutant.filter(|m| !m.in_compiler()).map(Mutant::name),
        guest,
        memory: memory_limits(program, guest.is_some()),
    }
}

/// The plan of a generated-lane case.
pub fn plan_json(program: &Program, mutant: Option<Mutant>) -> String {
    guest_plan_json(program, mutant, None)
}

/// The plan of a case, with the guest program's bytes on the real lane.
pub fn guest_plan_json(program: &Program, mutant: Option<Mutant>, guest: Option<&[u8]>) -> String {
    serde_json::to_string(&plan(program, mutant, guest)).expect("plans always serialise")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::*;

    #[test]
    fn plan_shape_is_what_the_glue_reads() {
        let mut p = Program::minimal();
        p.hook = HookPolicy::Reinit;
        p.imports.push(Import {
            body: vec![
                HostStep::Try {
                    body: vec![HostStep::CallExport { export: 0 }],
                    on_catch: OnCatch::RethrowWrapped { value: 3 },
                },
                HostStep::Terminate,
            ],
        });
        p.driver = vec![DriverStep::NewHandle, DriverStep::CallHandle { handle: 0, export: 0 }];
        let json = plan_json(&p, Some(Mutant::HookNever));
        assert_eq!(
            json,
            r#"{"hook_reinit":true,"imports":[[{"op":"Try","body":[{"op":"CallExport","export":0}],"on_catch":{"op":"RethrowWrapped","value":3}},{"op":"Terminate"}]],"driver":[{"op":"NewHandle"},{"op":"CallHandle","handle":0,"export":0}],"mutant":"hook-never","memory":{"initial":1,"maximum":2}}"#
        );
        // compiler mutants are not the glue's business
        assert!(plan_json(&p, Some(Mutant::PadSkipsDrop)).contains(r#""mutant":null,"#));
        // the real lane carries the program's bytes
        assert!(guest_plan_json(&p, None, Some(&[1, 2]))
            .ends_with(r#""mutant":null,"guest":[1,2],"memory":{"initial":2,"maximum":18}}"#));
    }
}
