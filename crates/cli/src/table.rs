//! Plain-text tables for the human formats of `claims` and `rules`: columns
//! padded to their widest cell, the last column left ragged.

/// `headers` then `rows`, each line led by `indent`, cells two spaces apart.
pub fn aligned<const N: usize>(indent: &str, headers: [&str; N], rows: &[[String; N]]) -> String {
    let mut widths = headers.map(str::len);
    for r in rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::from(indent);
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            if i + 1 == cells.len() {
                s.push_str(cell);
            } else {
                s.push_str(&format!("{cell:<w$}  "));
            }
        }
        s.trim_end().to_string() + "\n"
    };
    let mut out = line(&headers.map(String::from));
    for r in rows {
        out.push_str(&line(r));
    }
    out
}
