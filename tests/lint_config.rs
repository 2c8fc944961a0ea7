//! gwmap.toml selection, severities and per-path overrides; the file-name convention;
//! suppression comments.

use std::path::Path;

use gwmap::lint::config::from_file_name;
use gwmap::lint::{lint_source, Config, FileSettings, Severity};

const UNESCAPED: &str = r#"{"name": "$input.path('$.name')"}"#;

fn json() -> FileSettings {
    let mut s = FileSettings::default();
    s.content_type = Some("application/json".into());
    s
}

fn codes(src: &str, s: &FileSettings) -> Vec<&'static str> {
    lint_source("t.vtl", src, s)
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}

#[test]
fn suppression_on_the_same_line() {
    assert!(codes(UNESCAPED, &json()).contains(&"GW105"));
    let src = format!("{UNESCAPED} ## gwmap: ignore[GW105]");
    assert!(!codes(&src, &json()).contains(&"GW105"));
    // Other codes stay on.
    let src = format!("{UNESCAPED} ## gwmap: ignore[GW101]");
    assert!(codes(&src, &json()).contains(&"GW105"));
}

#[test]
fn suppression_on_the_line_before_and_file_wide() {
    let src = format!("## gwmap: ignore[GW105]\n{UNESCAPED}");
    assert!(!codes(&src, &json()).contains(&"GW105"));
    let src = format!("{UNESCAPED}\n#* gwmap: ignore-file[GW1] *#");
    assert!(!codes(&src, &json()).contains(&"GW105"));
    let src = format!("## gwmap: ignore\n{UNESCAPED}");
    assert!(codes(&src, &json()).is_empty());
}

#[test]
fn config_selection_severity_and_per_path() {
    let dir = std::env::temp_dir().join(format!("gwmap-lint-config-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("legacy")).unwrap();
    let toml = r#"
[lint]
ignore = ["GW3"]
[lint.severity]
GW105 = "error"
[[lint.per-path]]
paths = ["legacy/**"]
ignore = ["GW105"]
content-type = "application/xml"
direction = "response"
integration = "mock"
"#;
    let cfg = Config::from_toml(toml, &dir).unwrap();
    let main = dir.join("get.vtl");
    std::fs::write(&main, UNESCAPED).unwrap();
    let s = cfg.settings_for(&main);
    let rep = lint_source("get.vtl", UNESCAPED, &s);
    let d = rep.diagnostics.iter().find(|d| d.code == "GW105").unwrap();
    assert_eq!(d.severity, Severity::Error);
    assert!(!rep.diagnostics.iter().any(|d| d.code.starts_with("GW3")));

    let legacy = dir.join("legacy").join("old.vtl");
    std::fs::write(&legacy, UNESCAPED).unwrap();
    let s = cfg.settings_for(&legacy);
    assert_eq!(s.content_type.as_deref(), Some("application/xml"));
    assert_eq!(s.direction, gwmap::gateway::Direction::Response);
    assert!(!codes(UNESCAPED, &s).contains(&"GW105"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn config_errors_name_the_problem() {
    let e = Config::from_toml("[lint]\nselect = [\"GW999\"]", Path::new("."))
        .err()
        .unwrap();
    assert!(e.0.contains("GW999"), "{}", e.0);
    let e = Config::from_toml("[lint]\nslect = []", Path::new("."))
        .err()
        .unwrap();
    assert!(e.0.contains("slect"), "{}", e.0);
    let cfg = Config::default();
    assert!(cfg.with_cli(vec!["nope".into()], vec![]).is_err());
}

#[test]
fn cli_select_and_ignore() {
    let cfg = Config::default()
        .with_cli(vec!["GW1".into()], vec!["GW104".into()])
        .unwrap();
    let mut s = cfg.settings_for(Path::new("x.json.vtl"));
    s.content_type = Some("application/json".into());
    let got = codes("$undefined {\"a\": \"$input.path('$.a')\"}", &s);
    assert!(got.contains(&"GW105"));
    assert!(!got.contains(&"GW301"));
}

#[test]
fn file_name_convention() {
    let (ct, dir, integ) = from_file_name(Path::new("pets-GET__req__application_json.vtl"));
    assert_eq!(ct.as_deref(), Some("application/json"));
    assert_eq!(dir, gwmap::gateway::Direction::Request);
    assert!(integ.is_none());
    let (ct, dir, _) = from_file_name(Path::new("pets__res-200__text_html.vtl"));
    assert_eq!(ct.as_deref(), Some("text/html"));
    assert_eq!(dir, gwmap::gateway::Direction::Response);
    let (ct, _, _) = from_file_name(Path::new("order.xml.vtl"));
    assert_eq!(ct.as_deref(), Some("application/xml"));
    let (ct, _, integ) = from_file_name(Path::new("health.mock.json.vm"));
    assert_eq!(ct.as_deref(), Some("application/json"));
    assert_eq!(integ, Some(gwmap::lint::config::Integration::Mock));
    let (ct, _, _) = from_file_name(Path::new("plain.vtl"));
    assert!(ct.is_none());
}
