//! Units of measure written after a figure (`277 metres`, `51.8C`, `51.8 degrees Celsius`,
//! `about 40 miles`, `12 to 18 feet`, `2,750 tonnes`): a number keeps the figure, and the
//! unit is the property's to say ("height in metres"), as a currency is. A unit glued to the
//! figure is one of the few that news copy glues (`18.5km`, `40mph`, `51.8°C`, `125F`); `m`
//! and `k` glued to a figure are millions and thousands (`£350m`, `5k`), read by the grammar.

/// Units written after a figure, longest first where one ends another.
const UNITS: &[&str] = &[
    "kilometres per hour",
    "kilometers per hour",
    "kilometres an hour",
    "kilometers an hour",
    "miles per hour",
    "miles an hour",
    "square kilometres",
    "square kilometers",
    "square miles",
    "square metres",
    "square meters",
    "sq km",
    "cubic metres",
    "cubic meters",
    "degrees celsius",
    "degrees centigrade",
    "degrees fahrenheit",
    "metric tons",
    "metric tonnes",
    "degrees",
    "celsius",
    "fahrenheit",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "metres",
    "meters",
    "metre",
    "meter",
    "centimetres",
    "centimeters",
    "millimetres",
    "millimeters",
    "miles",
    "mile",
    "feet",
    "foot",
    "inches",
    "inch",
    "yards",
    "nautical miles",
    "knots",
    "tonnes",
    "tonne",
    "tons",
    "ton",
    "kilograms",
    "kilogrammes",
    "kilos",
    "grams",
    "litres",
    "liters",
    "gallons",
    "barrels",
    "acres",
    "hectares",
    "km/h",
    "kph",
    "mph",
    "km2",
    "km",
    "ft",
    "kg",
    "lb",
    "lbs",
    "cm",
    "mm",
    "°c",
    "°f",
];

/// Units news copy glues to a figure (`18.5km`, `51.8c`), in lower case; the others must
/// stand apart.
pub const GLUED_UNITS: &[&str] = &[
    "km/h", "kph", "mph", "km2", "km", "ft", "kg", "lbs", "lb", "cm", "mm", "°c", "°f", "c", "f",
];

/// A figure without the unit of measure written after it (the text is tidied: lower case,
/// single spaces); `None` when no unit ends it or nothing but the unit is left.
pub(super) fn without_unit(text: &str) -> Option<String> {
    if let Some(figure) = UNITS
        .iter()
        .find_map(|unit| text.strip_suffix(unit)?.strip_suffix(' '))
        .filter(|figure| ends_with_figure(figure))
    {
        return Some(figure.to_owned());
    }
    GLUED_UNITS
        .iter()
        .find_map(|unit| text.strip_suffix(unit))
        .filter(|figure| figure.ends_with(|c: char| c.is_ascii_digit()))
        .map(str::to_owned)
}

/// Whether the text before a unit ends with a figure: digits, or a number word (`four
/// kilometres`, `two million gallons`).
fn ends_with_figure(text: &str) -> bool {
    let last = text.rsplit(' ').next().unwrap_or_default();
    last.ends_with(|c: char| c.is_ascii_digit())
        || super::number::is_number_word(last)
        || matches!(last, "million" | "billion" | "thousand" | "hundred" | "dozen")
}

#[cfg(test)]
mod tests {
    use super::without_unit;

    #[test]
    fn a_figure_keeps_its_number_and_drops_its_unit() {
        let table = [
            ("277 metres", Some("277")),
            ("51.8c", Some("51.8")),
            ("51.8°c", Some("51.8")),
            ("51.8 degrees celsius", Some("51.8")),
            ("close to 40 degrees", Some("close to 40")),
            ("125f", Some("125")),
            ("18.5km", Some("18.5")),
            ("some 240 kilometres", Some("some 240")),
            ("12 to 18 feet", Some("12 to 18")),
            ("four kilometres", Some("four")),
            ("4 million gallons", Some("4 million")),
            ("190 km/h", Some("190")),
            ("about 553 square kilometres", Some("about 553")),
            ("2,750 tonnes", Some("2,750")),
            // No unit, a unit alone, a million glued to a figure, a word ending like a unit.
            ("277", None),
            ("metres", None),
            ("350m", None),
            ("5k", None),
            ("half", None),
            ("a mile", None),
        ];
        for (text, figure) in table {
            assert_eq!(without_unit(text).as_deref(), figure, "{text}");
        }
    }
}
