//! `gwmap lint`, `gwmap rules`, `gwmap explain`: thin wrappers over [`crate::lint`].

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE};
use crate::lint::output::{self, Format};
use crate::lint::{self, Config, Severity, RULES};

#[derive(Debug, Args)]
pub struct LintArgs {
    /// Templates or directories (walked for .vtl/.vm files, respecting .gitignore).
    /// Default: the current directory.
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
    /// Run only these rules (codes, prefixes such as `GW1`, names, or `ALL`; comma-separated
    /// or repeated). Replaces the configuration's selection.
    #[arg(long, value_delimiter = ',', value_name = "CODE")]
    pub select: Vec<String>,
    /// Skip these rules (codes, prefixes or names).
    #[arg(long, value_delimiter = ',', value_name = "CODE")]
    pub ignore: Vec<String>,
    /// Configuration file (default: gwmap.toml in the current directory or an ancestor).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Content type for every template given (overrides names and configuration).
    #[arg(long, value_name = "MEDIA-TYPE")]
    pub content_type: Option<String>,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Print the catalogue as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// A rule code (`GW101`) or name (`quoted-input-json`).
    pub code: String,
}

pub fn run(args: &LintArgs) -> u8 {
    let config = match &args.config {
        Some(p) => Config::load(p),
        None => Config::discover(&std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))),
    }
    .and_then(|c| c.with_cli(args.select.clone(), args.ignore.clone()));
    let config = match config {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return EXIT_USAGE;
        }
    };
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let files = match lint::files::discover(&paths) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return EXIT_USAGE;
        }
    };
    let mut reports = Vec::new();
    for file in &files {
        let bytes = match std::fs::read(file) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("error: {}: {e}", file.display());
                return EXIT_USAGE;
            }
        };
        // API Gateway templates are UTF-8; invalid bytes are replaced so the rest is checked.
        let source = String::from_utf8_lossy(&bytes);
        let mut settings = config.settings_for(file);
        if let Some(ct) = &args.content_type {
            settings.content_type = Some(ct.clone());
        }
        reports.push(lint::lint_source(
            &file.display().to_string(),
            &source,
            &settings,
        ));
    }
    let text = output::write(args.format, &reports);
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
    let failed = reports
        .iter()
        .flat_map(|r| &r.diagnostics)
        .any(|d| d.severity == Severity::Error);
    if failed {
        EXIT_PROBLEMS
    } else {
        EXIT_OK
    }
}

pub fn rules(args: &RulesArgs) -> u8 {
    let mut out = String::new();
    if args.json {
        let list: Vec<_> = RULES
            .iter()
            .map(|r| {
                serde_json::json!({
                    "code": r.code,
                    "name": r.name,
                    "severity": r.severity.as_str(),
                    "summary": r.summary(),
                })
            })
            .collect();
        out = serde_json::to_string_pretty(&list).unwrap_or_default();
        out.push('\n');
    } else {
        for r in RULES {
            out.push_str(&format!(
                "{}  {:<26} {:<8} {}\n",
                r.code,
                r.name,
                r.severity.as_str(),
                r.summary()
            ));
        }
    }
    print!("{out}");
    EXIT_OK
}

pub fn explain(args: &ExplainArgs) -> u8 {
    match lint::registry::by_code(&args.code) {
        Some(r) => {
            print!(
                "# {} {}\n\nDefault severity: {}\n\n{}",
                r.code,
                r.name,
                r.severity.as_str(),
                r.doc()
            );
            EXIT_OK
        }
        None => {
            let help = lint::visit::did_you_mean(
                &args.code,
                RULES
                    .iter()
                    .map(|r| r.name)
                    .chain(RULES.iter().map(|r| r.code)),
                str::to_string,
            );
            eprintln!(
                "error: no rule `{}`{}; `gwmap rules` lists them",
                args.code,
                help.map(|h| format!(" ({h})")).unwrap_or_default()
            );
            EXIT_USAGE
        }
    }
}
