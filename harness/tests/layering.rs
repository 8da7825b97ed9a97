//! The layering the README's Layout section promises: no module of
//! `harness/src` (one level below it) refers to one that refers back, read
//! as text the way `../shared/tools/modcycles.py` reads it (every
//! `crate::<module>` outside a file's `#[cfg(test)] mod tests`).


use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The top-level module a source file belongs to (`None`: lib.rs, main.rs).
fn unit(src: &Path, file: &Path) -> Option<String> {
    let first = file.strip_prefix(src).ok()?.components().next()?.as_os_str().to_string_lossy().to_string();
    let name = first.trim_end_matches(".rs").to_string();
    (name != "lib" && name != "main").then_some(name)
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Module → the modules it names.
fn edges(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let Some(u) = unit(src, &file) else { continue };
        let text = std::fs::read_to_string(&file).unwrap();
        let code = text.split("#[cfg(test)]\nmod tests").next().unwrap();
        for (i, _) in code.match_indices("crate::") {
            let name: String = code[i + 7..].chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_').collect();
            if !name.is_empty() && name != u {
                edges.entry(u.clone()).or_default().insert(name);
            }
        }
    }
    edges
}

/// Whether `to` is reachable from `from`.
fn reaches(edges: &BTreeMap<String, BTreeSet<String>>, from: &str, to: &str) -> bool {
    let mut seen = BTreeSet::new();
    let mut stack = vec![from.to_string()];
    while let Some(m) = stack.pop() {
        if m == to {
            return true;
        }
        if seen.insert(m.clone()) {
            stack.extend(edges.get(&m).into_iter().flatten().cloned());
        }
    }
    false
}

#[test]
fn no_module_of_the_harness_refers_to_one_that_refers_back() {
    let src = crate::common::repo().join("harness/src");
    let edges = edges(&src);
    assert!(edges.len() >= 15, "the harness's modules were found: {:?}", edges.keys());
    let mut cycles = Vec::new();
    for (a, bs) in &edges {
        for b in bs.iter().filter(|b| a < *b && reaches(&edges, b, a)) {
            cycles.push(format!("{a} <-> {b}"));
        }
    }
    assert!(cycles.is_empty(), "module cycles: {cycles:?}");
    // The check sees edges: the model is below the oracle, never above it.
    assert!(reaches(&edges, "oracle", "trace") && !reaches(&edges, "model", "oracle"));
}
