//! The compiler, the model and the oracle in isolation (criterion).
//! End-to-end throughput against the engines is `reentry bench`.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use reentry::compile::{self, Encoding};
use reentry::program::gen::{case_program, GenConfig};
use reentry::{model, oracle, text};
use std::hint::black_box;

fn programs() -> Vec<reentry::program::Program> {
    (0..256).map(|i| case_program(1, i, &GenConfig::default())).collect()
}

fn bench(c: &mut Criterion) {
    let ps = programs();
    let mut i = 0;
    let mut next = || {
        i = (i + 1) % ps.len();
        &ps[i]
    };
    c.bench_function("generate", |b| {
        let mut n = 0;
        b.iter(|| {
            n += 1;
            black_box(case_program(2, n, &GenConfig::default()))
        })
    });
    for enc in Encoding::ALL {
        c.bench_function(&format!("compile/{}", enc.name()), |b| {
            b.iter(|| black_box(compile::compile(next(), enc, compile::Options::default())))
        });
    }
    c.bench_function("model", |b| b.iter(|| black_box(model::run(next()).unwrap())));
    let traces: Vec<_> = ps.iter().map(|p| model::run(p).unwrap()).collect();
    let mut j = 0;
    c.bench_function("oracle/equal", |b| {
        b.iter_batched(
            || {
                j += 1;
                let t = &traces[j % traces.len()];
                (t.clone(), vec![oracle::Run {
                    id: oracle::RunId { engine: "x".into(), encoding: Encoding::Exnref },
                    result: Ok(t.clone()),
                }])
            },
            |(t, runs)| black_box(oracle::judge(&t, &runs)),
            BatchSize::SmallInput,
        )
    });
    c.bench_function("oracle/explain", |b| {
        b.iter(|| {
            let t = &traces[7].0;
            let mut other = t.clone();
            other.pop();
            black_box(oracle::explain(t, &other))
        })
    });
    c.bench_function("text/print+parse", |b| {
        b.iter(|| black_box(text::parse(&text::print(next())).unwrap()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
