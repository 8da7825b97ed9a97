//! Standalone repro files: `repro.mjs` embeds the glue (`engines/glue.js`),
//! the runner (`engines/repro.js`), the module bytes in both encodings, the
//! host plan and the model's trace, so `node repro.mjs`, `deno run repro.mjs`
//! or `d8 repro.mjs` replays the case with no reentry around and prints PASS
//! or FAIL against the expected trace.

use crate::compile::{self, Encoding};
use crate::engine::v8::GLUE_JS;
use crate::mutant::Mutant;
use crate::plan;
use crate::program::Program;
use crate::trace::Trace;
use std::fmt::Write;
use std::path::Path;

pub const RUNNER_JS: &str = include_str!("../../engines/repro.js");

/// The repro file for `program` (compiled with `mutant`'s compiler bug, and
/// the plan carrying its glue bug, if any).
pub fn render(title: &str, program: &Program, expected: &Trace, mutant: Option<Mutant>, finding: Option<&Path>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "// reentry standalone repro: {title}");
    let _ = writeln!(out, "// Run: node repro.mjs | deno run repro.mjs | d8 repro.mjs  (PASS/FAIL against the model)");
    if let Some(dir) = finding {
        let m = mutant.map_or(String::new(), |m| format!(" --mutant {}", m.name()));
        let _ = writeln!(out, "// In reentry: reentry replay {} --engines wasmtime{m}", dir.display());
        let _ = writeln!(out, "//             reentry replay {} --engines v8{m}", dir.display());
    }
    out.push_str("// ---- engines/glue.js ----\n");
    out.push_str(GLUE_JS);
    out.push_str("\n// ---- engines/repro.js ----\n");
    out.push_str(RUNNER_JS);
    out.push_str("\n// ---- the case ----\n");
    let modules: Vec<String> = Encoding::ALL
        .iter()
        .map(|enc| {
            let wasm = compile::compile(program, *enc, compile::Options { mutant, names: false });
            let bytes: Vec<String> = wasm.iter().map(|b| b.to_string()).collect();
            format!("    {}: [{}]", enc.name(), bytes.join(","))
        })
        .collect();
    let flat: Vec<String> = expected.flat().iter().map(|x| x.to_string()).collect();
    let _ = writeln!(out, "reentryRepro({{");
    let _ = writeln!(out, "  title: {},", serde_json::to_string(title).expect("a string serialises"));
    let _ = writeln!(out, "  modules: {{\n{}\n  }},", modules.join(",\n"));
    let _ = writeln!(out, "  plan: {},", plan::plan_json(program, mutant));
    let _ = writeln!(out, "  expected: [{}],", flat.join(","));
    let _ = writeln!(out, "}});");
    out
}
