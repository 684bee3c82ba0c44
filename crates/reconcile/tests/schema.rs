//! The published JSON schema of reference files and the parser agree: every
//! example the parser accepts, the schema accepts; the structural mistakes the
//! schema describes, the parser rejects too. The schema's enums are the
//! parser's. A small validator for the keywords the schema uses stands in for a
//! JSON-schema library.

use claimcheck_reconcile::{References, REFERENCE_JSON_SCHEMA, REFERENCE_SCHEMA};
use serde_json::{json, Value};

/// Hand-written matchers for the patterns the schema uses; a pattern missing
/// here fails the test, so the table cannot drift from the schema.
fn pattern_matches(pattern: &str, s: &str) -> bool {
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    match pattern {
        "^[a-z0-9_]+$" => {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        }
        "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$" => {
            let parts: Vec<&str> = s.split('-').collect();
            match parts.as_slice() {
                [y] => digits(y, 4),
                [y, m] => digits(y, 4) && digits(m, 2),
                [y, m, d] => digits(y, 4) && digits(m, 2) && digits(d, 2),
                _ => false,
            }
        }
        other => panic!("no matcher for schema pattern {other}"),
    }
}

fn resolve<'s>(root: &'s Value, r: &str) -> &'s Value {
    let path = r.strip_prefix("#/").expect("local $ref");
    path.split('/').fold(root, |v, k| &v[k])
}

fn type_ok(t: &str, v: &Value) -> bool {
    match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        other => panic!("no check for type {other}"),
    }
}

fn valid(root: &Value, schema: &Value, v: &Value) -> bool {
    let obj = schema.as_object().expect("schema object");
    for (key, s) in obj {
        let ok = match key.as_str() {
            "$schema" | "$id" | "title" | "description" | "$defs" => true,
            "$ref" => valid(root, resolve(root, s.as_str().unwrap()), v),
            "type" => match s {
                Value::String(t) => type_ok(t, v),
                Value::Array(ts) => ts.iter().any(|t| type_ok(t.as_str().unwrap(), v)),
                _ => panic!("bad type"),
            },
            "const" => v == s,
            "enum" => s.as_array().unwrap().contains(v),
            "pattern" => v
                .as_str()
                .is_none_or(|x| pattern_matches(s.as_str().unwrap(), x)),
            "exclusiveMinimum" => v.as_f64().is_none_or(|x| x > s.as_f64().unwrap()),
            "exclusiveMaximum" => v.as_f64().is_none_or(|x| x < s.as_f64().unwrap()),
            "required" => v.as_object().is_none_or(|o| {
                s.as_array()
                    .unwrap()
                    .iter()
                    .all(|k| o.contains_key(k.as_str().unwrap()))
            }),
            "properties" => v.as_object().is_none_or(|o| {
                s.as_object()
                    .unwrap()
                    .iter()
                    .all(|(k, sub)| o.get(k).is_none_or(|x| valid(root, sub, x)))
            }),
            "additionalProperties" => {
                assert_eq!(s, &Value::Bool(false));
                let known = obj["properties"].as_object().unwrap();
                v.as_object()
                    .is_none_or(|o| o.keys().all(|k| known.contains_key(k)))
            }
            "items" => v
                .as_array()
                .is_none_or(|a| a.iter().all(|x| valid(root, s, x))),
            "allOf" => s.as_array().unwrap().iter().all(|sub| valid(root, sub, v)),
            "if" => {
                if valid(root, s, v) {
                    obj.get("then").is_none_or(|t| valid(root, t, v))
                } else {
                    obj.get("else").is_none_or(|e| valid(root, e, v))
                }
            }
            "then" | "else" => true,
            other => panic!("the test validator does not know keyword {other}"),
        };
        if !ok {
            return false;
        }
    }
    true
}

fn schema() -> Value {
    serde_json::from_str(REFERENCE_JSON_SCHEMA).expect("the schema is JSON")
}

fn parses(doc: &Value) -> bool {
    References::parse("refs.json", &doc.to_string()).is_ok()
}

fn file(records: Value) -> Value {
    json!({"schema": REFERENCE_SCHEMA, "records": records})
}

#[test]
fn valid_examples_pass_both() {
    let root = schema();
    let examples = [
        file(json!([])),
        file(json!([{"metric": "escaped", "value": 120, "bound": "approx"}])),
        file(
            json!([{"id": "a", "metric": "cost", "kind": "money", "value": "48.6e6", "unit": "EUR"}]),
        ),
        file(json!([{"metric": "cost", "kind": "money", "value": 48600000, "unit": "EUR"}])),
        file(
            json!([{"metric": "killed", "bound": "range", "low": 23, "high": 31, "source": "police"}]),
        ),
        file(json!([{"metric": "injured", "bound": "vague", "low": 24, "high": 99}])),
        file(json!([{"metric": "founded", "kind": "date", "value": "2014", "date": "2026-01"}])),
        file(json!([{"metric": "term", "value": "P4Y", "bound": "at-least", "strict": true}])),
        file(
            json!([{"metric": "share", "kind": "percent", "value": 45.5, "bound": "approx", "tolerance": 0.05}]),
        ),
        json!({"records": [{"metric": "aboard", "value": 140, "subject": "MV Santa Irene", "note": "manifest"}]}),
    ];
    for ex in &examples {
        let text = ex.to_string();
        assert!(valid(&root, &root, ex), "schema rejects {text}");
        assert!(
            parses(ex),
            "parser rejects {text}: {:?}",
            References::parse("refs.json", &text).err()
        );
    }
}

#[test]
fn structural_mistakes_fail_both() {
    let root = schema();
    let bad = [
        json!({"schema": "claimcheck/reference@2", "records": []}),
        json!({"records": [{"value": 3}]}),
        json!({"records": [{"metric": "killed"}]}),
        json!({"records": [{"metric": "Killed", "value": 3}]}),
        json!({"records": [{"metric": "killed", "value": 3, "bound": "roughly"}]}),
        json!({"records": [{"metric": "killed", "value": 3, "kind": "people"}]}),
        json!({"records": [{"metric": "killed", "bound": "range", "low": 3}]}),
        json!({"records": [{"metric": "killed", "bound": "vague", "high": 3}]}),
        json!({"records": [{"metric": "killed", "value": 3, "colour": "red"}]}),
        json!({"records": [{"metric": "killed", "value": 3, "unit": "EUR"}]}),
        json!({"records": [{"metric": "killed", "value": 3, "strict": "yes"}]}),
        json!({"records": [{"metric": "killed", "value": 3, "tolerance": 1.5}]}),
        json!({"records": [{"metric": "killed", "value": 3, "date": "last year"}]}),
        json!({"records": [{"metric": "killed", "value": [3]}]}),
        json!({"recs": []}),
    ];
    for ex in &bad {
        assert!(!valid(&root, &root, ex), "schema accepts {ex}");
        assert!(!parses(ex), "parser accepts {ex}");
    }
}

#[test]
fn the_schema_lists_the_parsers_kinds_and_bounds() {
    let root = schema();
    let props = &root["$defs"]["record"]["properties"];
    let kinds: Vec<&str> = props["kind"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let bounds: Vec<&str> = props["bound"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for k in &kinds {
        let value = if *k == "date" {
            json!("2020")
        } else if *k == "duration" {
            json!("P1Y")
        } else {
            json!(1)
        };
        let unit = if *k == "money" {
            json!("USD")
        } else {
            Value::Null
        };
        let mut rec = json!({"metric": "m", "kind": k, "value": value});
        if !unit.is_null() {
            rec["unit"] = unit;
        }
        assert!(parses(&file(json!([rec]))), "kind {k}");
    }
    for b in &bounds {
        let rec = json!({"metric": "m", "bound": b, "value": 5, "low": 1, "high": 9});
        assert!(parses(&file(json!([rec]))), "bound {b}");
    }
    assert_eq!(kinds.len(), 6);
    assert_eq!(bounds.len(), 6);
    assert_eq!(root["properties"]["schema"]["const"], REFERENCE_SCHEMA);
}

#[test]
fn toml_and_json_read_the_same_records() {
    let toml = "schema = \"claimcheck/reference@1\"\n\n[[record]]\nmetric = \"escaped\"\nvalue = 120\nbound = \"approx\"\nsource = \"Syrian government\"\n";
    let json = r#"{"schema": "claimcheck/reference@1", "records": [{"metric": "escaped", "value": 120, "bound": "approx", "source": "Syrian government"}]}"#;
    let a = References::parse("a.toml", toml).unwrap();
    let b = References::parse("b.json", json).unwrap();
    assert_eq!(a.records.len(), 1);
    assert_eq!(a.records[0].value, b.records[0].value);
    assert_eq!(a.records[0].source, b.records[0].source);
}
