//! Parse and render timings for representative templates (fixtures copied from
//! shared/tools/oracle/samples, where the same templates are timed on Apache Velocity).

use criterion::{criterion_group, criterion_main, Criterion};
use gwmap::gateway::{render_template, RenderOptions, Request};
use gwmap::vtl::Template;

// The allocator the gwmap binary uses (src/main.rs), so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const CASES: &[(&str, &str, &str)] = &[
    (
        "18-mock-200",
        include_str!("fixtures/18-mock-200.vtl"),
        include_str!("fixtures/18-mock-200.request.json"),
    ),
    (
        "11-dynamodb-putitem",
        include_str!("fixtures/11-dynamodb-putitem.vtl"),
        include_str!("fixtures/11-dynamodb-putitem.request.json"),
    ),
    (
        "13-lambda-nonproxy-claims",
        include_str!("fixtures/13-lambda-nonproxy-claims.vtl"),
        include_str!("fixtures/13-lambda-nonproxy-claims.request.json"),
    ),
];

fn bench(c: &mut Criterion) {
    for (name, source, request) in CASES {
        let request = Request::from_json(request).expect("fixture request parses");
        c.bench_function(&format!("parse+render/{name}"), |b| {
            b.iter(|| {
                let t = Template::parse(source).expect("fixture parses");
                render_template(&t, &request, RenderOptions::default()).expect("renders")
            })
        });
        let t = Template::parse(source).expect("fixture parses");
        c.bench_function(&format!("render/{name}"), |b| {
            b.iter(|| render_template(&t, &request, RenderOptions::default()).expect("renders"))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
