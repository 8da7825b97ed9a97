//! The layering the README's Layout section promises: no module of
//! `harness/src` (one level below it) refers to one that refers back, read
//! as text the way `../shared/tools/modcycles.py` reads it (every
//! `crate::<module>` outside a file's `#[cfg(test)] mod tests`); and the
//! same one level further down, among the modules of `engine/`, where
//! declarations, engine directories, the registry and facts by name are
//! layers of their own.


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

/// Module → the modules it names, among the children of `src/<parent>/`
/// (its files and directories; its mod.rs is the facade, as lib.rs is above):
/// `crate::<parent>::x`, and `super::x` / `super::super::x` that resolve to
/// `<parent>`, also inside `use super::{…}` groups.
fn child_edges(src: &Path, parent: &str) -> BTreeMap<String, BTreeSet<String>> {
    let dir = src.join(parent);
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    let children: BTreeSet<String> = files.iter().filter_map(|f| unit(&dir, f)).filter(|u| u != "mod").collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let Some(u) = unit(&dir, file).filter(|u| u != "mod") else { continue };
        // `super::` from this file is `<parent>` in a direct child file or a
        // child directory's mod.rs, and `super::super::` one level deeper.
        let depth = file.strip_prefix(&dir).unwrap().components().count();
        let at_parent = if depth == 1 || file.ends_with("mod.rs") { "super::" } else { "super::super::" };
        let text = std::fs::read_to_string(file).unwrap();
        let code = text.split("#[cfg(test)]\nmod tests").next().unwrap();
        for prefix in [format!("crate::{parent}::"), at_parent.to_string()] {
            for (i, _) in code.match_indices(prefix.as_str()) {
                if prefix == "super::" && code[..i].ends_with("super::") {
                    continue;
                }
                let rest = &code[i + prefix.len()..];
                let group = if rest.starts_with('{') { &rest[1..rest.find('}').unwrap_or(rest.len())] } else { rest };
                let names = group.split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'));
                let named: Vec<&str> = if rest.starts_with('{') { names.collect() } else { names.take(1).collect() };
                for name in named.into_iter().filter(|n| children.contains(*n) && *n != u) {
                    edges.entry(u.clone()).or_default().insert(name.to_string());
                }
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

#[test]
fn engine_declarations_directories_registry_and_facts_flow_one_way() {
    let src = crate::common::repo().join("harness/src");
    let edges = child_edges(&src, "engine");
    let mut cycles = Vec::new();
    for (a, bs) in &edges {
        for b in bs.iter().filter(|b| a < *b && reaches(&edges, b, a)) {
            cycles.push(format!("engine::{a} <-> engine::{b}"));
        }
    }
    assert!(cycles.is_empty(), "module cycles: {cycles:?}\nedges: {edges:?}");
    // The check sees edges: facts by name above the registry, the registry
    // above the directories, the directories above their declarations.
    assert!(reaches(&edges, "facts", "registry") && reaches(&edges, "registry", "worker"));
    assert!(reaches(&edges, "worker", "declaration") && reaches(&edges, "v8", "declaration"));
    for dir in ["wasmtime", "v8", "worker"] {
        assert!(!reaches(&edges, dir, "registry") && !reaches(&edges, dir, "facts"), "{dir} reads the registry");
    }
}
