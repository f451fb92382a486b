//! Any bytes as one file of a small valid corpus (entities, properties, a source, or its
//! text, chosen by the first byte): loading returns a corpus or problems, never panics, and
//! rendering the problems never panics either.
#![no_main]

use crosscheck::corpus::load;
use crosscheck::diagnostics::Style;
use libfuzzer_sys::fuzz_target;

const ENTITIES: &str = "entities:\n  - { id: diaby, kind: person, name: Omar Diaby, aliases: [Omar Omsen] }\n  - { id: ghuraba, kind: group, name: Ghuraba }\n";
const PROPERTIES: &str = "scopes:\n  - { id: speakers, name: French-speaking fighters }\n";
const SOURCE: &str = "outlet: Wire\ntitle: t\npublished: 2025-10-22\nlanguage: en\nclaims:\n  - { id: age, subject: Omar Omsen, property: age, value: now 49, quote: Diaby, now 49 }\n  - { id: count, subject: ghuraba, property: fighter-count, value: about fifty, quote: about fifty, scope: speakers }\n";
const TEXT: &str = "Diaby, now 49, leads about fifty fighters.\n";

fuzz_target!(|data: &[u8]| {
    let Some((&which, bytes)) = data.split_first() else {
        return;
    };
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let root = dir.path();
    let mut files: [(&str, &[u8]); 4] = [
        ("entities.yaml", ENTITIES.as_bytes()),
        ("properties.yaml", PROPERTIES.as_bytes()),
        ("sources/wire.yaml", SOURCE.as_bytes()),
        ("texts/wire.txt", TEXT.as_bytes()),
    ];
    if let Some(file) = files.get_mut(usize::from(which % 4)) {
        file.1 = bytes;
    }
    for (name, contents) in files {
        let path = root.join(name);
        if let Some(parent) = path.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        if std::fs::write(path, contents).is_err() {
            return;
        }
    }
    if let Err(problems) = load(root) {
        let _ = problems.render(Style::Rich);
        let _ = problems.render(Style::Short);
    }
});
