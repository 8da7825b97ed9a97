//! wasm-bindgen as its maintainers run it (issue 21): releases and source
//! trees on the lane, measured ranges, and fixes verified by their
//! artifacts. Building another release's CLI takes minutes, so the runs on
//! other releases belong to the nightly (`scripts/nightly.sh`: the release
//! matrix and `--fixes`); here: what a clean clone can check quickly, on
//! the real toolchain and node.

use crate::common::*;

use reentry::compile::Encoding;
use reentry::fixes::{self, Fix};
use reentry::guest::wbg::{self, tree, Version, Wbg};
use reentry::guest::{known, profile, Binding, Lane};
use std::process::Command;

fn v(s: &str) -> Version {
    s.parse().unwrap()
}

/// Every profile entry and wasm-bindgen known defect names a measured range
/// inside the releases the lane runs, and the model applies an entry on the
/// releases of its range only.
#[test]
fn ranges_are_inside_the_lane_and_gate_the_profile() {
    let pinned = Version::pinned();
    for e in profile::entries(Binding::WasmBindgen) {
        let (first, last) = (v(e.seen.first), v(e.seen.last));
        assert!(wbg::OLDEST <= first && first <= last && last <= pinned, "{}: {}", e.id, e.seen);
        let before = Version { patch: first.patch - 1, ..first };
        let lane = |w| Lane::wasm_bindgen(Wbg::release(w));
        assert!(profile::applying(lane(first)).any(|x| x.id == e.id), "{} applies on {first}", e.id);
        assert!(!profile::applying(lane(before)).any(|x| x.id == e.id), "{} does not apply on {before}", e.id);
    }
    for d in known::KNOWN.iter().filter(|d| d.binding == Some(Binding::WasmBindgen)) {
        let s = d.wasm_bindgen.unwrap_or_else(|| panic!("{}: a wasm-bindgen defect names its releases", d.id));
        assert!(wbg::OLDEST <= v(s.first) && v(s.first) <= v(s.last) && v(s.last) <= pinned, "{}: {s}", d.id);
    }
}

/// A tree assembled from crates.io has upstream's layout, names its release,
/// and has a stable content hash that a change to a source file moves.
#[test]
fn a_release_tree_assembled_from_crates_io_is_upstreams_layout() {
    let dir = std::env::temp_dir().join(format!("reentry-wbg-tree-{}", std::process::id()));
    let used = match tree::assemble(Version::pinned(), &dir, &|m| eprintln!("{m}")) {
        Ok(u) => u,
        Err(e) if !under_ci() => {
            eprintln!("SKIP: cargo could not fetch wasm-bindgen's crates: {e:#}");
            return;
        }
        Err(e) => panic!("{e:#}"),
    };
    for (name, place) in [("wasm-bindgen", "src/lib.rs"), ("wasm-bindgen-cli-support", "crates/cli-support/src/js/mod.rs"), ("js-sys", "crates/js-sys/src/lib.rs")] {
        assert!(used.iter().any(|(n, _)| n == name), "{name} in {used:?}");
        assert!(dir.join(place).is_file(), "{place}");
    }
    let id = tree::identify(&dir).unwrap();
    assert_eq!((id.version.as_str(), id.commit.as_deref()), (wbg::PINNED, None));
    assert_eq!(tree::identify(&dir).unwrap().hash, id.hash, "the hash is stable");
    let f = dir.join("crates/cli-support/src/js/mod.rs");
    std::fs::write(&f, std::fs::read_to_string(&f).unwrap() + "\n// changed\n").unwrap();
    assert_ne!(tree::identify(&dir).unwrap().hash, id.hash, "a changed source is another tree");
    let w = Wbg::parse(dir.to_str().unwrap()).unwrap();
    assert_eq!((w.version(), w.key()), (Version::pinned(), format!("tree-{}", w.tree_id().unwrap().unwrap().hash)));
    assert!(Lane::wasm_bindgen(w).to_string().starts_with("rustc/wasm-bindgen@/"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Every open wasm-bindgen finding carries a fix.patch, the fixed artifacts
/// in its directory were built from that very patch (`reentry fix-check`,
/// the nightly's `--fixes` phase rebuilds and checks them on the whole
/// corpus) in the layout `repro.mjs --fixed` reads (tests/repro.rs runs it),
/// and the glue findings' repro passes on them with node alone.
#[test]
fn every_wasm_bindgen_finding_carries_a_fix_its_artifacts_prove() {
    let regressions = repo().join("corpus/regressions");
    let fixes = Fix::all(&regressions).unwrap();
    let named = |id: &str| fixes.iter().any(|f| f.dir.file_name().is_some_and(|n| n == id));
    for d in known::KNOWN.iter().filter(|d| d.id.starts_with("wasm-bindgen-0.")) {
        assert!(named(d.id), "{} has no {}", d.id, fixes::PATCH);
    }
    assert!(named("wasm-bindgen-0.2.130-glue"));
    let node = repo().join("engines/node_modules/node26/bin/node");
    assert!(node.is_file() || !under_ci(), "node 26 is missing under CI");
    for fix in &fixes {
        assert!(fixes::provenance_matches(fix).unwrap(), "{}: fixed/ was not built from this {} (run reentry fix-check {})", fix.dir.display(), fixes::PATCH, fix.dir.display());
        if fix.has_program() {
            // tests/repro.rs runs `repro.mjs --fixed` on these: every
            // encoding of the finding's lane (the JSPI lane's is exnref).
            let lane = reentry::guest::Lane { jspi: fix.jspi, ..reentry::guest::Lane::RUSTC_WASM_BINDGEN };
            for &enc in lane.encodings() {
                for f in ["guest.js", "guest_bg.wasm"] {
                    let p = fix.dir.join(fixes::FIXED).join(enc.name()).join(f);
                    assert!(p.is_file(), "{} is missing (corpus/regressions/README.md)", p.display());
                }
            }
            continue;
        }
        if !node.is_file() {
            continue;
        }
        for enc in Encoding::ALL {
            let out = Command::new(&node).arg("--expose-gc").arg(fix.dir.join("repro.js")).arg(enc.name()).arg(fixes::FIXED).output().unwrap();
            let text = String::from_utf8_lossy(&out.stdout);
            assert_eq!(out.status.code(), Some(0), "{}: repro.js {} fixed still reproduces:\n{text}", fix.dir.display(), enc.name());
            assert!(text.contains("0 finding(s) reproduce"), "{text}");
        }
    }
}
