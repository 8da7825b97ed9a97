//! Standalone repro files: `repro.mjs` embeds the glue (`engines/glue.js`),
//! the runner (`engines/repro.js`), the module bytes in both encodings, the
//! host plan and the model's trace, so `node repro.mjs`, `deno run repro.mjs`
//! or `d8 repro.mjs` replays the case with no reentry around and prints PASS
//! or FAIL against the expected trace. `repro.html` is the same script as a
//! page, for a browser alone ([`render_html`]); on the wasm-bindgen lane the
//! page runs the `--target web` glue, the shells the `--target nodejs` glue.

use crate::compile::{self, Encoding};
use crate::engine::v8::WBG_HOST_JS;
use crate::guest::{self, profile, Binding, Lane};
use crate::model;
use crate::engine::v8::GLUE_JS;
use crate::mutant::Mutant;
use crate::plan;
use crate::program::Program;
use std::fmt::Write;
use std::path::Path;
use std::sync::Arc;

pub const RUNNER_JS: &str = include_str!("../../engines/repro.js");

/// A case's module in every encoding (a repro needs both, also those no
/// selected engine ran): compiled from the program on the generated lane
/// (with `mutant`'s compiler bug), the guest module on the real lane.
/// `have` are modules already built, reused as they are.
pub fn modules(
    program: &Program,
    lane: Lane,
    mutant: Option<Mutant>,
    have: &[(Encoding, Arc<Vec<u8>>)],
) -> anyhow::Result<Vec<(Encoding, Arc<Vec<u8>>)>> {
    lane.encodings()
        .iter()
        .map(|&enc| {
            if let Some((_, w)) = have.iter().find(|(e, _)| *e == enc) {
                return Ok((enc, w.clone()));
            }
            let wasm = if lane.is_guest() {
                guest::module(lane, enc, mutant)?.wasm.clone()
            } else {
                Arc::new(compile::compile(program, enc, compile::Options { mutant, names: false, panic: lane.panic }))
            };
            Ok((enc, wasm))
        })
        .collect()
}

/// A repro script as a page a browser runs alone: the script's lines go
/// into the page (and the console, as `REENTRY-REPRO <line>`), and its
/// verdict into the title and a last line `REENTRY-REPRO PASS` / `FAIL`.
/// `chromium --headless --dump-dom repro.html` prints it; Firefox prints
/// console lines on stdout with the pref `devtools.console.stdout.content`.
/// The script is embedded as a JSON string (`<` escaped, so no `</script>`
/// inside it can end the element) and evaluated at global scope, as the
/// shells evaluate `repro.mjs`.
pub fn render_html(title: &str, script: &str) -> String {
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;");
    let code = serde_json::to_string(script).expect("a string serialises").replace('<', "\\u003c");
    format!(
        "<!doctype html>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<pre id=\"out\"></pre>\n<script>\n\
         // reentry standalone repro as a page: open it in the browser alone.\n\
         const out = document.getElementById('out');\n\
         const log = console.log.bind(console);\n\
         console.log = (text) => {{\n\
           out.textContent += text + '\\n';\n\
           for (const line of String(text).split('\\n')) log('REENTRY-REPRO ' + line);\n\
           const last = String(text).trim();\n\
           if (last === 'PASS' || last === 'FAIL' || last.startsWith('SKIP')) document.title = last;\n\
         }};\n\
         (0, eval)({code} + '\\n//# sourceURL=repro.mjs');\n\
         </script>\n",
        title = escape(title),
    )
}

/// The repro file of a program on `lane`, its modules built here.
pub fn render_program(
    title: &str,
    program: &Program,
    lane: Lane,
    mutant: Option<Mutant>,
    finding: Option<&Path>,
) -> anyhow::Result<String> {
    let modules = modules(program, lane, mutant, &[])?;
    render(title, program, lane, &modules, mutant, finding)
}

/// The repro file of a case: `modules` (every encoding), the plan (with the
/// program's bytes on the guest lane, the glue bug of `mutant` if any), the
/// model's trace per encoding (under the lane's binding profile) and, on the
/// wasm-bindgen lane, the glue the CLI generated and `engines/wbg-host.js`.
pub fn render(
    title: &str,
    program: &Program,
    lane: Lane,
    modules: &[(Encoding, Arc<Vec<u8>>)],
    mutant: Option<Mutant>,
    finding: Option<&Path>,
) -> anyhow::Result<String> {
    let wbg = lane.binding == Binding::WasmBindgen;
    let mut out = String::new();
    let _ = writeln!(out, "// reentry standalone repro: {title}");
    let _ = writeln!(out, "// Run: node repro.mjs | deno run repro.mjs | d8 repro.mjs  (PASS/FAIL against the model)");
    if let Some(dir) = finding {
        let m = mutant.map_or(String::new(), |m| format!(" --mutant {}", m.name()));
        let _ = writeln!(out, "// In reentry: reentry replay {} --engines wasmtime{m}", dir.display());
        let _ = writeln!(out, "//             reentry replay {} --engines v8{m}", dir.display());
    }
    if lane.is_guest() {
        let _ = writeln!(out, "// Lane {lane}: the modules are the real rustc guest (engines/guest), the plan carries the program.");
    }
    if wbg {
        let _ = writeln!(out, "// Fixed: node repro.mjs --fixed [DIR] runs the glue and wasm of a fixed wasm-bindgen from DIR/<encoding>/guest.js,");
        let _ = writeln!(out, "//        guest_bg.wasm (default DIR: fixed/ beside this file; corpus/regressions/README.md): PASS there proves the fix.");
    } else if let Some(m) = mutant {
        let _ = writeln!(out, "// Seeded bug {}: the same program without it is `reentry repro <finding> --no-mutant` (PASS there).", m.name());
    }
    out.push_str("// ---- engines/glue.js ----\n");
    out.push_str(GLUE_JS);
    if wbg {
        out.push_str("\n// ---- engines/wbg-host.js ----\n");
        out.push_str(WBG_HOST_JS);
    }
    out.push_str("\n// ---- engines/repro.js ----\n");
    out.push_str(RUNNER_JS);
    out.push_str("\n// ---- the case ----\n");
    let modules: Vec<String> = modules
        .iter()
        .map(|(enc, wasm)| {
            let bytes: Vec<String> = wasm.iter().map(|b| b.to_string()).collect();
            format!("    {}: [{}]", enc.name(), bytes.join(","))
        })
        .collect();
    let guest = lane.is_guest().then(|| guest::encode::encode(program).expect("validated programs encode"));
    let mut expected = Vec::new();
    let (mut js, mut web_js) = (Vec::new(), Vec::new());
    for &enc in lane.encodings() {
        let trace = model::run_with(program, profile::for_lane(lane, enc))?;
        let flat: Vec<String> = trace.flat().iter().map(|x| x.to_string()).collect();
        expected.push(format!("    {}: [{}]", enc.name(), flat.join(",")));
        if wbg {
            let m = guest::module(lane, enc, mutant)?;
            js.push(format!("    {}: {}", enc.name(), serde_json::to_string(m.js.as_deref().unwrap_or_default())?));
            web_js.push(format!("    {}: {}", enc.name(), serde_json::to_string(m.web_js.as_deref().unwrap_or_default())?));
        }
    }
    let _ = writeln!(out, "reentryRepro({{");
    let _ = writeln!(out, "  title: {},", serde_json::to_string(title).expect("a string serialises"));
    let _ = writeln!(out, "  modules: {{\n{}\n  }},", modules.join(",\n"));
    if wbg {
        let _ = writeln!(out, "  // wasm-bindgen {}'s generated glue (--target nodejs), per encoding", guest::build::WASM_BINDGEN_VERSION);
        let _ = writeln!(out, "  js: {{\n{}\n  }},", js.join(",\n"));
        let _ = writeln!(out, "  // the same as --target web, which a page runs (repro.html)");
        let _ = writeln!(out, "  webJs: {{\n{}\n  }},", web_js.join(",\n"));
    }
    let _ = writeln!(out, "  plan: {},", plan::guest_plan_json(program, mutant, guest.as_deref()));
    let _ = writeln!(out, "  expected: {{\n{}\n  }},", expected.join(",\n"));
    let _ = writeln!(out, "}});");
    Ok(out)
}
