//! `gwmap test`: golden-file tests over case files (see `crate::testing`).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE};
use crate::testing::discover::{discover, DEFAULT_DIR};
use crate::testing::report::{self, HumanOptions};
use crate::testing::{coverage, Compare, Options, Status};

#[derive(Debug, Args)]
pub struct TestArgs {
    /// Case files (`*.case.json`) or folders to search; default `./testcases`.
    pub paths: Vec<PathBuf>,
    /// Write the golden files of new and failing cases (atomically); touch nothing else.
    #[arg(long)]
    pub bless: bool,
    /// Only run cases whose id (`FILE::NAME`) contains PATTERN.
    #[arg(long, value_name = "PATTERN")]
    pub filter: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Compare every case this way, whatever its case file says.
    #[arg(long, value_enum)]
    pub compare: Option<CompareArg>,
    /// With json comparison, ignore the order of object keys.
    #[arg(long)]
    pub ignore_key_order: bool,
    /// Stop at the first failing case (cases then run one at a time, in order).
    #[arg(long)]
    pub fail_fast: bool,
    /// Print failure lines and the summary only (no diffs).
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Also print a line for every passing case.
    #[arg(long, short = 'v', conflicts_with = "quiet")]
    pub verbose: bool,
    /// Report which template lines and #if branches the cases exercised.
    #[arg(long)]
    pub coverage: bool,
    /// Colour: auto (on a terminal, unless NO_COLOR is set), always or never.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Junit,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum CompareArg {
    Exact,
    Json,
    Xml,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Color {
    Auto,
    Always,
    Never,
}

pub fn run(args: &TestArgs) -> u8 {
    let inputs = if args.paths.is_empty() {
        vec![PathBuf::from(DEFAULT_DIR)]
    } else {
        args.paths.clone()
    };
    let files = match discover(&inputs) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return EXIT_USAGE;
        }
    };
    if files.is_empty() {
        let where_ = inputs
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        eprintln!("error: no case files (*.case.json) found in {where_}");
        return EXIT_USAGE;
    }
    let options = Options {
        bless: args.bless,
        filter: args.filter.clone(),
        compare: args.compare.map(|c| match c {
            CompareArg::Exact => Compare::Exact,
            CompareArg::Json => Compare::Json,
            CompareArg::Xml => Compare::Xml,
        }),
        ignore_key_order: args.ignore_key_order,
        fail_fast: args.fail_fast,
        coverage: args.coverage,
    };
    let result = crate::testing::run(&files, &options);
    let cov = args.coverage.then(|| coverage::compute(&result));
    let stdout = std::io::stdout();
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let text = match args.format {
        Format::Human => report::human(
            &result,
            cov.as_ref(),
            &HumanOptions {
                color,
                quiet: args.quiet,
                verbose: args.verbose,
            },
        ),
        Format::Json => report::json(&result, cov.as_ref()),
        Format::Junit => report::junit(&result),
    };
    let mut out = stdout.lock();
    if out
        .write_all(text.as_bytes())
        .and_then(|_| out.flush())
        .is_err()
    {
        return EXIT_USAGE;
    }
    if args.filter.is_some() && result.outcomes.is_empty() && result.file_errors.is_empty() {
        eprintln!(
            "error: no case matches --filter {:?}",
            args.filter.as_deref().unwrap_or("")
        );
        return EXIT_USAGE;
    }
    if !result.file_errors.is_empty() {
        EXIT_USAGE
    } else if result.count(Status::Failed) + result.count(Status::Errored) > 0 {
        EXIT_PROBLEMS
    } else {
        EXIT_OK
    }
}
