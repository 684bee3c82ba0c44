fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let mut docs = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        docs.push(claimcheck_claims::Document::new(
            p.display().to_string(),
            std::fs::read_to_string(&p).unwrap(),
        ));
    }
    let metrics = claimcheck_rules::RuleSet::new(claimcheck_rules::builtin_packs().unwrap())
        .unwrap()
        .metrics;
    let ex = claimcheck_extract::Extractor::new(metrics).unwrap();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let t = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..std::env::var("REPS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5)
    {
        for d in &docs {
            n += ex.extract(d, jiff::civil::Date::new(2020, 1, 1).ok()).len();
        }
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "{} claims, {:.1} MB/s, {:.0} articles/s",
        n,
        5.0 * bytes as f64 / s / 1e6,
        5.0 * docs.len() as f64 / s
    );
}
