use reentry::fuzzing::smith;
use reentry::raw::Outcome;
use std::collections::BTreeMap;
#[test]
fn stats() {
    let mut m: BTreeMap<String, usize> = BTreeMap::new();
    let mut nf = BTreeMap::new();
    for i in 0..2000u64 {
        let data = reentry::program::gen::case_bytes(9, i, 256 + (i as usize * 97) % 4000);
        let Some(r) = smith::check(&data) else { *m.entry("not a case".into()).or_default() += 1; continue };
        *nf.entry(r.case.calls.len().min(10)).or_insert(0) += 1;
        if r.case.calls.is_empty() { for (_, why) in &r.case.skipped { *m.entry(format!("skip {why}")).or_default() += 1; } let f = r.case.info.exports.iter().filter(|e| matches!(e.item, reentry::raw::info::Item::Func(_))).count(); *m.entry(format!("zero-call case with {} func exports, {} skipped, {} exports", f, r.case.skipped.len(), r.case.info.exports.len())).or_default() += 1; }
        *m.entry(format!("inst {}", r.wasmtime.instantiate.as_ref().map_or("-".into(), |o| o.summary()))).or_default() += 1;
        for o in &r.wasmtime.calls {
            let k = match o { Outcome::Returned(_) => "returned".to_string(), Outcome::Threw{..} => "threw".into(), o => o.summary() };
            *m.entry(k).or_default() += 1;
        }
    }
    for (k, v) in &m { println!("{v:6} {k}"); }
    println!("calls per case: {nf:?}");
}
