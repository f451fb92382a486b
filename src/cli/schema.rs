//! `crosscheck schema KIND`: the JSON Schema of a corpus file, for YAML editors.

use super::{EXIT_CLEAN, Outcome};
use crate::corpus::schema::SchemaKind;
use clap::ValueEnum;

/// Arguments of `crosscheck schema`.
#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// Which file: entities.yaml, properties.yaml or a source file.
    #[arg(value_enum)]
    pub kind: SchemaArg,
}

/// Corpus files with a schema, as command-line values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaArg {
    /// entities.yaml
    Entities,
    /// properties.yaml
    Properties,
    /// sources/<source-id>.yaml
    Source,
}

impl From<SchemaArg> for SchemaKind {
    fn from(arg: SchemaArg) -> SchemaKind {
        match arg {
            SchemaArg::Entities => SchemaKind::Entities,
            SchemaArg::Properties => SchemaKind::Properties,
            SchemaArg::Source => SchemaKind::Source,
        }
    }
}

pub(super) fn schema(args: &SchemaArgs) -> Outcome {
    Outcome {
        stdout: SchemaKind::from(args.kind).render(),
        stderr: String::new(),
        code: EXIT_CLEAN,
    }
}
