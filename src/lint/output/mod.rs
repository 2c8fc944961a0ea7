//! Writing lint results: human (miette), JSON, SARIF 2.1.0, GitHub workflow annotations.

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use super::diagnostic::FileReport;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
    Sarif,
    Github,
}

pub fn write(format: Format, reports: &[FileReport]) -> String {
    match format {
        Format::Human => human::write(reports),
        Format::Json => json::write(reports),
        Format::Sarif => sarif::write(reports),
        Format::Github => github::write(reports),
    }
}
