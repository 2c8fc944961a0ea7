//! Renders one bench fixture N times, for profilers that count rather than time
//! (`valgrind --tool=callgrind`, `perf stat`): `cargo build --release --example render_loop`,
//! then `target/release/examples/render_loop 13-lambda-nonproxy-claims 1000 [render|parse+render|parse]`.

use gwmap::gateway::{render_template, RenderOptions, Request};
use gwmap::vtl::Template;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let name = args
        .get(1)
        .map_or("13-lambda-nonproxy-claims", String::as_str);
    let n: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(1000);
    let mode = args.get(3).map_or("render", String::as_str);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/fixtures");
    let read = |ext: &str| {
        std::fs::read_to_string(format!("{dir}/{name}.{ext}")).unwrap_or_else(|e| {
            eprintln!("{dir}/{name}.{ext}: {e}");
            std::process::exit(2)
        })
    };
    let source = read("vtl");
    let request = Request::from_json(&read("request.json")).expect("fixture request parses");
    let template = Template::parse(&source).expect("fixture parses");
    let mut bytes = 0;
    if mode == "parse" {
        for _ in 0..n {
            bytes += Template::parse(&source)
                .expect("fixture parses")
                .source()
                .len();
        }
        println!("{n} parses, {bytes} bytes");
        return;
    }
    for _ in 0..n {
        let rendered = if mode == "parse+render" {
            let t = Template::parse(&source).expect("fixture parses");
            render_template(&t, &request, RenderOptions::default())
        } else {
            render_template(&template, &request, RenderOptions::default())
        };
        bytes += rendered.expect("fixture renders").output.len();
    }
    println!("{n} renders, {bytes} bytes");
}
