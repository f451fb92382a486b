//! Loading a corpus folder into the validated [`Corpus`] model.
//!
//! Loading reads every file, parses the YAML into position-carrying raw types
//! ([`raw`]), then validates everything into the model in one pass that collects every
//! problem rather than stopping at the first: an editor fixing a pull request sees all of
//! them at once. Nothing is printed here; problems are returned as [`Problems`].

pub mod bulk;
mod claim;
mod entities_yaml;
mod files;
mod load;
pub mod raw;
mod registry;
pub mod schema;
pub mod template;
mod text;
mod validate;

pub use files::{MAX_FILE_BYTES, ReadError, YamlFile, location_span, read_limited, read_yaml_file};
pub use load::{load, load_registry, load_reporting};
pub use registry::NameIndex;
pub use text::find_quote;

/// The built-in property catalogue, in the format of a corpus's `properties.yaml`.
pub const BUILTIN_PROPERTIES: &str = include_str!("builtin_properties.yaml");
