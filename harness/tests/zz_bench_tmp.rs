use reentry::campaign::Harness;
use reentry::engine::EngineOptions;
use reentry::program::gen::{case_program, GenConfig};
#[test]
fn bench() {
    let mut h = Harness::new(&["v8".to_string()], &EngineOptions::default(), None).unwrap();
    let t = std::time::Instant::now();
    let n = 5000;
    for i in 0..n { let r = h.check(case_program(9, i, &GenConfig::default())); assert!(r.passed()); }
    eprintln!("{n} cases in {:?}: {:?}", t.elapsed(), h.timings);
}
