//! Any bytes, read as text of every value type, with and without a reference date: the parser
//! returns a value or an error, and never panics.
#![no_main]

use crosscheck::value::{DayRange, ParseContext, ValueType, parse, parse_list};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let day = jiff::civil::date(2025, 10, 22);
    let dated = ParseContext {
        reference: Some(DayRange { first: day, last: day }),
        date_order: None,
    };
    let undated = ParseContext { reference: None, date_order: None };
    for ty in ValueType::ALL {
        let _ = parse(&text, ty, &dated);
        let _ = parse(&text, ty, &undated);
    }
    let items: Vec<&str> = text.split(';').collect();
    let _ = parse_list(&items, ValueType::Entities, &dated);
    let _ = parse_list(&items, ValueType::Text, &dated);
});
