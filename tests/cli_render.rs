//! The `gwmap render` contract: exact bytes on stdout, diagnostics on stderr, exit codes.

use std::process::{Command, Output};

fn gwmap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gwmap"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("gwmap runs")
}

fn write(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("gwmap-cli-render-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

#[test]
fn prints_exact_bytes_without_a_trailing_newline() {
    let t = write("q.vtl", "{\"q\": \"$input.params('q')\"}");
    let out = gwmap(&["render", &t, "--query", "q=red shoes"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "{\"q\": \"red shoes\"}"
    );
}

#[test]
fn syntax_error_exits_1_with_location_and_help() {
    let t = write("bad.vtl", "a\n#if($x)\nb");
    let out = gwmap(&["render", &t]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("#if is never closed"), "{err}");
    assert!(err.contains("bad.vtl:2:1"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn misspelt_request_field_exits_2_with_its_path() {
    let t = write("ok.vtl", "x");
    let r = write("r.json", "{\"qeury\": {}}");
    let out = gwmap(&["render", &t, "--request", &r]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("$.qeury") && err.contains("did you mean `query`"),
        "{err}"
    );
}

#[test]
fn validate_points_at_the_template_line_behind_invalid_json() {
    let t = write(
        "comma.vtl",
        "{\n  \"tags\": [#foreach($t in $input.path('$.tags'))\"$t\",#end]\n}",
    );
    let out = gwmap(&[
        "render",
        &t,
        "--body",
        "{\"tags\":[\"a\"]}",
        "--validate",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not well-formed JSON"), "{err}");
    assert!(err.contains("comma.vtl:2:"), "{err}");
}

#[test]
fn trace_reports_branches_sets_and_iterations() {
    let t = write(
        "trace.vtl",
        "#set($n = 2)\n#if($n > 5)big#else small#end\n#foreach($i in [1..2])$i#end",
    );
    let out = gwmap(&["render", &t, "--trace"]);
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("trace.vtl:1:1  #set $n = \"2\""), "{err}");
    assert!(err.contains("trace.vtl:2:1  #if: #else taken"), "{err}");
    assert!(err.contains("#foreach done: 2 iteration(s)"), "{err}");
}

#[test]
fn response_templates_read_the_backend_body_and_show_overrides() {
    let t = write(
        "resp.vtl",
        "#set($context.responseOverride.status = 404)$input.path('$.msg')",
    );
    let out = gwmap(&[
        "render",
        &t,
        "--response",
        "--body",
        "{\"msg\":\"gone\"}",
        "--show-overrides",
    ]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "gone");
    assert!(String::from_utf8_lossy(&out.stderr).contains("\"status\":404"));
}

#[test]
fn a_json_content_type_turns_validation_on() {
    let t = write("ct.vtl", "{\"a\": $input.json('$.a'),}");
    let out = gwmap(&[
        "render",
        &t,
        "--body",
        "{\"a\":1}",
        "--content-type",
        "application/json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not well-formed JSON"));
    let out = gwmap(&[
        "render",
        &t,
        "--body",
        "{\"a\":1}",
        "--content-type",
        "text/plain",
    ]);
    assert_eq!(out.status.code(), Some(0));
}

/// Headers API Gateway drops on arrival are absent from `$input.params()` in `gwmap render`
/// too, not only in `gwmap invoke` (recorded: TestApiGatewayHeaderRemapping, see
/// src/gateway/headers.rs).
#[test]
fn headers_dropped_on_arrival_are_invisible_to_templates() {
    let t = write(
        "hdr.vtl",
        "[$input.params('Content-Length')][$input.params('X-Kept')]#foreach($h in $input.params().header.keySet()) $h#end",
    );
    let out = gwmap(&[
        "render",
        &t,
        "--header",
        "Content-Length:42",
        "--header",
        "Connection:keep-alive",
        "--header",
        "X-Kept:yes",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "[][yes] X-Kept");
}
