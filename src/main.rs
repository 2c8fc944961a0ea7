//! The `gwmap` command line: argument parsing and dispatch only.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use gwmap::commands;

// Rendering allocates many small, short-lived values (strings, maps, AST nodes); mimalloc
// serves them in a fraction of the system allocator's time (measured: `cargo bench`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Render, test and lint Amazon API Gateway mapping templates offline, byte for byte.
///
/// Exit codes: 0 success, 1 problems found (template error, failing test, lint finding),
/// 2 usage or I/O error.
#[derive(Parser)]
#[command(name = "gwmap", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Render a template against a request and print the exact bytes.
    Render(commands::render::RenderArgs),
    /// Run the whole method: request → integration → response, as API Gateway would.
    Invoke(commands::invoke::InvokeArgs),
    /// Print the Lambda proxy event for a request (payload 1.0 or 2.0).
    Event(commands::event::EventArgs),
    /// Run golden-file test cases (`*.case.json`; default folder `./testcases`).
    Test(commands::test::TestArgs),
    /// Lint templates: API Gateway pitfalls, with codes (see `gwmap rules`).
    Lint(commands::lint::LintArgs),
    /// List the lint rules.
    Rules(commands::lint::RulesArgs),
    /// Print a lint rule's documentation (`gwmap explain GW101`).
    Explain(commands::lint::ExplainArgs),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                commands::EXIT_USAGE
            } else {
                0
            });
        }
    };
    ExitCode::from(match &cli.command {
        Command::Render(args) => commands::render::run(args),
        Command::Invoke(args) => commands::invoke::run(args),
        Command::Event(args) => commands::event::run(args),
        Command::Test(args) => commands::test::run(args),
        Command::Lint(args) => commands::lint::run(args),
        Command::Rules(args) => commands::lint::rules(args),
        Command::Explain(args) => commands::lint::explain(args),
    })
}
