//! The bundled `integrations/invoke-*` examples, one per integration type, run through the
//! `gwmap invoke` binary; `invoke-NAME.expected` holds the exact stdout of `--show both`.

use std::path::Path;
use std::process::Command;

#[test]
fn bundled_invoke_examples() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("integrations");
    let mut seen = 0;
    for name in ["mock", "lambda", "sqs", "http", "http-proxy", "aws-proxy"] {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_gwmap"));
        cmd.current_dir(&dir)
            .arg("invoke")
            .arg(format!("invoke-{name}.json"))
            .arg("--request")
            .arg(format!("invoke-{name}.request.json"))
            .arg("--show")
            .arg("both");
        let backend = format!("invoke-{name}.backend.json");
        if dir.join(&backend).exists() {
            cmd.arg("--backend").arg(&backend);
        }
        let out = cmd.output().expect("run gwmap");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let expected = std::fs::read_to_string(dir.join(format!("invoke-{name}.expected")))
            .expect("expected file");
        assert_eq!(String::from_utf8_lossy(&out.stdout), expected, "{name}");
        seen += 1;
    }
    assert_eq!(seen, 6);
}

#[test]
fn event_command_prints_both_payload_versions() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("integrations");
    for (v, key) in [("1.0", "multiValueHeaders"), ("2.0", "rawQueryString")] {
        let out = Command::new(env!("CARGO_BIN_EXE_gwmap"))
            .current_dir(&dir)
            .args([
                "event",
                "--request",
                "invoke-aws-proxy.request.json",
                "--version",
                v,
            ])
            .output()
            .expect("run gwmap");
        assert_eq!(out.status.code(), Some(0));
        let ev: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON event");
        assert!(ev.get(key).is_some(), "{v}: {ev}");
    }
}

#[test]
fn invoke_usage_errors_exit_2_and_gateway_errors_exit_1() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("integrations");
    let out = Command::new(env!("CARGO_BIN_EXE_gwmap"))
        .current_dir(&dir)
        .args(["invoke", "no-such-file.json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = Command::new(env!("CARGO_BIN_EXE_gwmap"))
        .current_dir(&dir)
        .args(["invoke", "invoke-mock.json"]) // the required path parameter is missing
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout)
        .ends_with(r#"{"message": "Missing required request parameters: [id]"}"#));
}

#[test]
fn invoke_shows_binary_bodies_as_base64_and_rejects_bad_base64() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("invoke-binary");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("i.json"),
        r#"{"type": "AWS_PROXY", "httpMethod": "POST", "uri": "arn:aws:apigateway:us-east-1:lambda:path/f/invocations",
            "binaryMediaTypes": ["image/png"]}"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("r.json"),
        r#"{"headers": {"Accept": "image/png"}}"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("b.json"),
        r#"{"result": {"statusCode": 200, "isBase64Encoded": true, "body": "/w==",
            "headers": {"Content-Type": "image/png"}}}"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("bad.json"),
        r#"{"body": "%%", "isBase64Encoded": true}"#,
    )
    .unwrap();
    let gwmap = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_gwmap"))
            .current_dir(&dir)
            .args(args)
            .output()
            .unwrap()
    };
    let out = gwmap(&["invoke", "i.json", "-r", "r.json", "--backend", "b.json"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "HTTP/1.1 200 (binary body, base64-encoded)\nContent-Type: image/png\n\n/w=="
    );
    let out = gwmap(&[
        "invoke",
        "i.json",
        "-r",
        "r.json",
        "--backend",
        "b.json",
        "--format",
        "json",
    ]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        doc["methodResponse"]["isBase64Encoded"],
        serde_json::json!(true)
    );
    assert_eq!(doc["methodResponse"]["body"], serde_json::json!("/w=="));
    let out = gwmap(&["invoke", "i.json", "-r", "bad.json"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("$.body") && err.contains("base64"), "{err}");
}
