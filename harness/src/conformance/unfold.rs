//! The spec's legacy-EH scripts write `try` folded — `(try (do ...) (catch
//! $e ...) (catch_all ...))` or `(... (delegate $l))` — which the pinned text
//! parser (`wast` 254) no longer reads. This rewrites every folded
//! instruction that contains such a `try` into the flat form it stands for
//! (`try ... catch $e ... end`, `try ... delegate $l`), which `wast` encodes;
//! all other text is left byte for byte, and each rewritten span keeps its
//! number of newlines, so directive line numbers stay the script's.

use std::ops::Range;

enum Node {
    Atom(Range<usize>),
    List(Range<usize>, Vec<Node>),
}

/// Rewrite folded legacy `try`s; text without them comes back unchanged, and
/// so does text that does not tokenize (the parser then reports it).
pub fn unfold_legacy_try(src: &str) -> String {
    let Some(nodes) = parse(src) else { return src.to_string() };
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    for n in &nodes {
        visit(src, n, &mut edits);
    }
    let mut out = String::with_capacity(src.len());
    let mut at = 0;
    for (range, text) in edits {
        out.push_str(&src[at..range.start]);
        out.push_str(&text);
        out.extend(std::iter::repeat_n('\n', src[range.clone()].matches('\n').count()));
        at = range.end;
    }
    out.push_str(&src[at..]);
    out
}

/// Heads of lists that are not instructions (module fields, clauses,
/// script commands): their children are searched, never flattened.
const NOT_INSTRUCTIONS: &[&str] = &[
    "module", "func", "param", "result", "local", "type", "import", "export", "global", "table", "memory",
    "elem", "data", "tag", "start", "rec", "sub", "field", "struct", "array", "mut", "ref", "item", "offset",
    "then", "else", "do", "catch", "catch_all", "catch_ref", "catch_all_ref", "delegate", "register",
    "invoke", "get", "either", "assert_return", "assert_trap", "assert_exception", "assert_invalid",
    "assert_malformed", "assert_unlinkable", "assert_exhaustion",
];

fn visit(src: &str, n: &Node, edits: &mut Vec<(Range<usize>, String)>) {
    let Node::List(range, children) = n else { return };
    let head = head(src, children);
    if !head.is_some_and(|h| NOT_INSTRUCTIONS.contains(&h)) && contains_try(src, n) {
        edits.push((range.clone(), flat(src, n).join(" ")));
        return;
    }
    for c in children {
        visit(src, c, edits);
    }
}

fn head<'a>(src: &'a str, children: &[Node]) -> Option<&'a str> {
    match children.first() {
        Some(Node::Atom(r)) => Some(&src[r.clone()]),
        _ => None,
    }
}

fn contains_try(src: &str, n: &Node) -> bool {
    match n {
        Node::Atom(_) => false,
        Node::List(_, c) => head(src, c) == Some("try") || c.iter().any(|x| contains_try(src, x)),
    }
}

fn text(src: &str, n: &Node) -> String {
    match n {
        Node::Atom(r) | Node::List(r, _) => src[r.clone()].to_string(),
    }
}

/// A sequence of instructions, flat where it contains a legacy `try`.
fn seq(src: &str, items: &[Node]) -> Vec<String> {
    items.iter().flat_map(|n| if contains_try(src, n) { flat(src, n) } else { vec![text(src, n)] }).collect()
}

/// Whether a child list is a type use or block type (`(type ..)`, `(param ..)`, `(result ..)`).
fn is_typeuse(src: &str, n: &Node) -> bool {
    matches!(n, Node::List(_, c) if matches!(head(src, c), Some("type" | "param" | "result")))
}

/// One folded instruction, flat.
fn flat(src: &str, n: &Node) -> Vec<String> {
    let Node::List(_, c) = n else { return vec![text(src, n)] };
    let Some(h) = head(src, c) else { return vec![text(src, n)] };
    let rest = &c[1..];
    // Label and block type of structured instructions.
    let label = matches!(rest.first(), Some(Node::Atom(r)) if src[r.clone()].starts_with('$')) as usize;
    let types = rest[label..].iter().take_while(|x| is_typeuse(src, x)).count();
    let prefix: Vec<String> = std::iter::once(h.to_string()).chain(rest[..label + types].iter().map(|x| text(src, x))).collect();
    let body = &rest[label + types..];
    let clause = |x: &Node, name: &str| matches!(x, Node::List(_, cc) if head(src, cc) == Some(name));
    let mut out = Vec::new();
    match h {
        "block" | "loop" => {
            out.extend(prefix);
            out.extend(seq(src, body));
            out.push("end".into());
        }
        "if" => {
            let conds: Vec<&Node> = body.iter().take_while(|x| !clause(x, "then")).collect();
            out.extend(conds.iter().flat_map(|x| seq(src, std::slice::from_ref(*x))));
            out.extend(prefix);
            for x in &body[conds.len()..] {
                if clause(x, "else") {
                    out.push("else".into());
                }
                if let Node::List(_, cc) = x {
                    out.extend(seq(src, &cc[1..]));
                }
            }
            out.push("end".into());
        }
        "try" => {
            out.extend(prefix);
            let mut delegated = false;
            for x in body {
                let Node::List(_, cc) = x else { continue };
                match head(src, cc) {
                    Some("do") => out.extend(seq(src, &cc[1..])),
                    Some("catch") => {
                        out.push("catch".into());
                        out.push(cc.get(1).map(|t| text(src, t)).unwrap_or_default());
                        out.extend(seq(src, cc.get(2..).unwrap_or(&[])));
                    }
                    Some("catch_all") => {
                        out.push("catch_all".into());
                        out.extend(seq(src, &cc[1..]));
                    }
                    Some("delegate") => {
                        out.push("delegate".into());
                        out.extend(cc[1..].iter().map(|t| text(src, t)));
                        delegated = true;
                    }
                    _ => out.push(text(src, x)),
                }
            }
            if !delegated {
                out.push("end".into());
            }
        }
        "try_table" => {
            let catches = body.iter().take_while(|x| matches!(x, Node::List(_, cc) if head(src, cc).is_some_and(|h| h.starts_with("catch")))).count();
            out.extend(prefix);
            out.extend(body[..catches].iter().map(|x| text(src, x)));
            out.extend(seq(src, &body[catches..]));
            out.push("end".into());
        }
        _ => {
            // A plain instruction: immediates are atoms and type uses, the
            // other lists are its folded operands, which come first.
            let (operands, immediates): (Vec<&Node>, Vec<&Node>) =
                rest.iter().partition(|x| matches!(x, Node::List(..)) && !is_typeuse(src, x));
            out.extend(operands.into_iter().flat_map(|x| seq(src, std::slice::from_ref(x))));
            out.push(h.to_string());
            out.extend(immediates.into_iter().map(|x| text(src, x)));
        }
    }
    out
}

/// Parse into atoms and lists, skipping whitespace and comments.
fn parse(src: &str) -> Option<Vec<Node>> {
    let b = src.as_bytes();
    let mut stack: Vec<(usize, Vec<Node>)> = vec![(0, Vec::new())];
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            b';' if b.get(i + 1) == Some(&b';') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'(' if b.get(i + 1) == Some(&b';') => {
                let mut depth = 0;
                while i < b.len() {
                    if b[i..].starts_with(b"(;") {
                        depth += 1;
                        i += 2;
                    } else if b[i..].starts_with(b";)") {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
            }
            b'(' => {
                stack.push((i, Vec::new()));
                i += 1;
            }
            b')' => {
                let (start, children) = stack.pop()?;
                stack.last_mut()?.1.push(Node::List(start..i + 1, children));
                i += 1;
            }
            b'"' => {
                let start = i;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                stack.last_mut()?.1.push(Node::Atom(start..i.min(b.len())));
            }
            _ => {
                let start = i;
                while i < b.len() && !matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | b'(' | b')' | b'"' | b';') {
                    i += 1;
                }
                stack.last_mut()?.1.push(Node::Atom(start..i));
            }
        }
    }
    (stack.len() == 1).then(|| stack.pop().map(|(_, n)| n)).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_try_becomes_flat_and_the_rest_stays() {
        let src = "(module\n  (func (export \"f\") (result i32)\n    (try (result i32)\n      (do (i32.const 1))\n      (catch $e (i32.const 2))\n      (catch_all (i32.const 3)))))\n(assert_return (invoke \"f\") (i32.const 1))\n";
        let out = unfold_legacy_try(src);
        assert!(out.contains("try (result i32) (i32.const 1) catch $e (i32.const 2) catch_all (i32.const 3) end"), "{out}");
        assert_eq!(out.matches('\n').count(), src.matches('\n').count());
        assert!(out.ends_with("(assert_return (invoke \"f\") (i32.const 1))\n"));
        assert_eq!(unfold_legacy_try("(module (func (nop)))"), "(module (func (nop)))");
    }

    #[test]
    fn operands_and_delegate_unfold_in_order() {
        let out = unfold_legacy_try("(func (drop (i32.add (i32.const 1) (try $l (result i32) (do (i32.const 2)) (delegate 0)))))");
        assert_eq!(out, "(func (i32.const 1) try $l (result i32) (i32.const 2) delegate 0 i32.add drop)");
        let out = unfold_legacy_try("(func (if (i32.const 0) (then (try (do) (catch_all))) (else (nop))))");
        assert_eq!(out, "(func (i32.const 0) if try catch_all end else (nop) end)");
    }

    #[test]
    fn every_legacy_script_encodes_after_unfolding() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/conformance/wast/legacy");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("SKIPPED: no legacy scripts at {}", dir.display());
            return;
        };
        for e in entries {
            let path = e.unwrap().path();
            let src = unfold_legacy_try(&std::fs::read_to_string(&path).unwrap());
            let buf = wast::parser::ParseBuffer::new(&src).unwrap();
            let script = wast::parser::parse::<wast::Wast>(&buf).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            for d in script.directives {
                if let wast::WastDirective::Module(mut q) = d {
                    q.encode().unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                }
            }
        }
    }
}
