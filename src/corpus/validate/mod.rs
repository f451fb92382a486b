//! Validation of the raw files into the model: ids, names, properties, scopes, dates,
//! values and quotes. Every problem is recorded; validation goes on past it so that one run
//! reports them all. The registries (entities, properties, scopes) are validated in
//! [`registries`], the YAML sources in [`source`], and every claim, of a YAML source or a
//! bulk row, by the one claim validation of `claim`.

mod registries;
mod source;

use super::bulk::Bulk;
use super::claim::Registry;
use super::files::Loader;
use super::load::ParsedSource;
use super::raw::{RawCatalogue, RawEntities};
use crate::diagnostics::FileId;
use crate::model::{Corpus, Source};
use std::collections::HashMap;

impl Loader {
    /// Validates everything read into a corpus (problems are recorded on the loader).
    pub(in crate::corpus) fn validate(
        &mut self,
        entities_file: FileId,
        entities: RawEntities,
        builtin: (FileId, RawCatalogue),
        catalogue: (FileId, RawCatalogue),
        (sources, bulk): (Vec<ParsedSource>, Bulk),
    ) -> Option<Corpus> {
        let open = entities.open;
        let (mut entities, entity_names) = self.validate_entities(entities_file, entities);
        let mut properties = self.validate_properties(builtin.0, builtin.1.properties);
        properties.extend(self.validate_properties(catalogue.0, catalogue.1.properties));
        for declared in bulk.declared {
            properties.entry(declared.id.clone()).or_insert(declared);
        }
        let (scopes, scope_names) = self.validate_scopes(catalogue.0, catalogue.1.scopes);
        let registry = Registry {
            entity_names: &entity_names,
            properties: &properties,
            scope_names: &scope_names,
            open,
            date_order: catalogue.1.date_order,
        };
        let mut sources: Vec<Source> = sources
            .into_iter()
            .filter_map(|source| self.validate_source(source, &registry))
            .collect();
        let bulk = self.validate_bulk(bulk.files, &registry);
        merge_sources(&mut sources, bulk.sources);
        for entity in bulk.new_entities {
            entities.entry(entity.id.clone()).or_insert(entity);
        }
        Some(Corpus {
            root: self.root.clone(),
            entities,
            properties,
            scopes,
            sources,
        })
    }
}

/// Adds bulk sources to the YAML ones (claims of a source in both are appended to it),
/// keeping sources in id order.
fn merge_sources(sources: &mut Vec<Source>, bulk: Vec<Source>) {
    let known: HashMap<String, usize> = sources
        .iter()
        .enumerate()
        .map(|(at, source)| (source.id.clone(), at))
        .collect();
    for source in bulk {
        match known.get(&source.id).and_then(|&at| sources.get_mut(at)) {
            Some(known) => known.claims.extend(source.claims),
            None => sources.push(source),
        }
    }
    sources.sort_by(|a, b| a.id.cmp(&b.id));
}
