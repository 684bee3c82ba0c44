"""Check an archive of articles on Spark with claimcheck.

Reads a table of articles (columns ``id``, ``text`` and optionally
``published``, a date or a "YYYY-MM-DD" string) from Parquet or JSON Lines,
checks every article on the executors (one ``claimcheck.Checker`` per
partition, fed Arrow batches by ``mapInArrow``) and writes three Parquet
tables keyed by article id:

- ``findings``: one row per diagnostic (code, rule, severity, message, help,
  the first label's position and text, every label, and ``diagnostic``: the
  line ``claimcheck check --input jsonl --format jsonl`` writes for it);
- ``claims``: one row per claim (kind, text, position, metric, unit, source,
  value and frame as JSON, and ``claim``: the ``claims --format jsonl`` line);
- ``errors``: one row per article that could not be checked (empty text, NUL
  bytes, a bad date), with the reason; the other articles are still checked.

    spark-submit examples/spark/claimcheck_job.py --input articles.parquet --output out/
    python examples/spark/claimcheck_job.py --master 'local[2]' --input a.jsonl --output out/

The executors need the ``claimcheck`` wheel installed (see README.md, "Python
and Spark").
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Iterator, Optional

import pyarrow as pa
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

LABEL = T.StructType(
    [
        T.StructField("path", T.StringType()),
        T.StructField("offset", T.LongType()),
        T.StructField("length", T.LongType()),
        T.StructField("line", T.LongType()),
        T.StructField("column", T.LongType()),
        T.StructField("text", T.StringType()),
        T.StructField("message", T.StringType()),
    ]
)

# One schema for every row the executors give back; `table` says which output
# table a row belongs to. Checking runs once; the three tables are cut from it.
RESULTS = T.StructType(
    [
        T.StructField("table", T.StringType(), False),
        T.StructField("article_id", T.StringType(), False),
        T.StructField("seq", T.LongType()),
        # findings
        T.StructField("code", T.StringType()),
        T.StructField("rule", T.StringType()),
        T.StructField("severity", T.StringType()),
        T.StructField("message", T.StringType()),
        T.StructField("help", T.StringType()),
        T.StructField("labels", T.ArrayType(LABEL)),
        T.StructField("diagnostic", T.StringType()),
        # claims
        T.StructField("kind", T.StringType()),
        T.StructField("text", T.StringType()),
        T.StructField("offset", T.LongType()),
        T.StructField("length", T.LongType()),
        T.StructField("line", T.LongType()),
        T.StructField("column", T.LongType()),
        T.StructField("metric", T.StringType()),
        T.StructField("unit", T.StringType()),
        T.StructField("source", T.StringType()),
        T.StructField("value", T.StringType()),
        T.StructField("frame", T.StringType()),
        T.StructField("claim", T.StringType()),
        # errors
        T.StructField("error", T.StringType()),
    ]
)

FINDINGS = ["article_id", "seq", "code", "rule", "severity", "message", "help",
            "line", "column", "offset", "length", "text", "labels", "diagnostic"]
CLAIMS = ["article_id", "seq", "kind", "text", "offset", "length", "line", "column",
          "metric", "unit", "source", "value", "frame", "claim"]
ERRORS = ["article_id", "error"]


def arrow_schema() -> pa.Schema:
    """RESULTS as Arrow, for the batches the executors build."""
    def arrow(t: T.DataType) -> pa.DataType:
        if isinstance(t, T.StringType):
            return pa.string()
        if isinstance(t, T.LongType):
            return pa.int64()
        if isinstance(t, T.ArrayType):
            return pa.list_(arrow(t.elementType))
        if isinstance(t, T.StructType):
            return pa.struct([pa.field(f.name, arrow(f.dataType), f.nullable) for f in t.fields])
        raise TypeError(t)

    return pa.schema([pa.field(f.name, arrow(f.dataType), f.nullable) for f in RESULTS.fields])


def check_partition(options: dict):
    """The function mapInArrow runs over each partition's batches."""

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        import claimcheck  # on the executor

        # One checker per partition: packs and lexicons load once (milliseconds),
        # not once per article.
        checker = claimcheck.Checker(
            config=options["config"], rules=options["rules"], published=options["published"]
        )
        schema = arrow_schema()
        for batch in batches:
            rows = []
            columns = batch.to_pydict()
            for article_id, text, published in zip(
                columns["id"], columns["text"], columns["published"]
            ):
                rows.extend(check_one(claimcheck, checker, article_id, text, published))
            yield pa.RecordBatch.from_pylist(rows, schema=schema)

    return run


def check_one(claimcheck, checker, article_id: str, text: Optional[str], published: Optional[str]):
    """The rows of one article: its findings and claims, or its error."""
    if text is None:
        return [{"table": "errors", "article_id": article_id, "error": "the article has no text"}]
    try:
        findings = checker.check(
            text, published, path=article_id, record=article_id, format="jsonl"
        )
        claims = checker.claims(
            text, published, path=article_id, record=article_id, format="jsonl"
        )
    except (claimcheck.ClaimcheckError, TypeError) as e:
        return [{"table": "errors", "article_id": article_id, "error": str(e)}]
    rows = []
    for seq, line in enumerate(findings.splitlines()):
        d = json.loads(line)
        first = d["labels"][0] if d["labels"] else {}
        rows.append({
            "table": "findings", "article_id": article_id, "seq": seq,
            "code": d["code"], "rule": d["rule"], "severity": d["severity"],
            "message": d["message"], "help": d["help"], "labels": d["labels"],
            "line": first.get("line"), "column": first.get("column"),
            "offset": first.get("offset"), "length": first.get("length"),
            "text": first.get("text"), "diagnostic": line,
        })
    for line in claims.splitlines():
        c = json.loads(line)
        rows.append({
            "table": "claims", "article_id": article_id, "seq": c["id"],
            "kind": c["kind"], "text": c["text"], "offset": c["offset"],
            "length": c["length"], "line": c["line"], "column": c["column"],
            "metric": c["metric"], "unit": c["unit"], "source": c["source"],
            "value": json.dumps(c["value"], ensure_ascii=False),
            "frame": json.dumps(c.get("frame"), ensure_ascii=False),
            "claim": line,
        })
    return rows


def read_articles(spark: SparkSession, path: str, fmt: Optional[str]) -> DataFrame:
    fmt = fmt or ("parquet" if path.rstrip("/").endswith(".parquet") else "json")
    df = spark.read.format(fmt).load(path)
    missing = {"id", "text"} - set(df.columns)
    if missing:
        sys.exit(f"claimcheck_job: {path} has no column {', '.join(sorted(missing))}; "
                 "articles need id and text (and may have published)")
    published = (
        F.date_format(F.col("published"), "yyyy-MM-dd")
        if "published" in df.columns and isinstance(df.schema["published"].dataType, (T.DateType, T.TimestampType))
        else F.col("published").cast("string") if "published" in df.columns
        else F.lit(None).cast("string")
    )
    return df.select(
        F.col("id").cast("string").alias("id"),
        F.col("text").cast("string").alias("text"),
        published.alias("published"),
    )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", required=True, help="Parquet or JSON Lines: id, text, published?")
    ap.add_argument("--format", choices=["parquet", "json"], help="the input's format (default: by extension)")
    ap.add_argument("--output", required=True, help="folder for the findings, claims and errors tables")
    ap.add_argument("--master", help="e.g. local[2]; spark-submit sets it otherwise")
    ap.add_argument("--config", help="a claimcheck.toml, shipped to the executors with --files")
    ap.add_argument("--rules", action="append", default=[], help="a rule-pack folder (repeatable)")
    ap.add_argument("--published", help="YYYY-MM-DD for articles without a date")
    ap.add_argument("--partitions", type=int, help="partitions to check in (default: at least one per core)")
    args = ap.parse_args(argv)

    builder = SparkSession.builder.appName("claimcheck")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")

    articles = read_articles(spark, args.input, args.format)
    wanted = args.partitions or spark.sparkContext.defaultParallelism
    if articles.rdd.getNumPartitions() < wanted:
        articles = articles.repartition(wanted)
    options = {"config": args.config, "rules": args.rules, "published": args.published}
    started = time.perf_counter()
    results = articles.mapInArrow(check_partition(options), RESULTS).persist()
    count = articles.count()
    for table, columns in [("findings", FINDINGS), ("claims", CLAIMS), ("errors", ERRORS)]:
        (results.where(F.col("table") == table).select(*columns)
         .write.mode("overwrite").parquet(f"{args.output.rstrip('/')}/{table}"))
    elapsed = time.perf_counter() - started
    by_table = {r["table"]: r["count"] for r in results.groupBy("table").count().collect()}
    results.unpersist()
    print(json.dumps({
        "articles": count,
        "findings": by_table.get("findings", 0),
        "claims": by_table.get("claims", 0),
        "errors": by_table.get("errors", 0),
        "seconds": round(elapsed, 3),
        "articles_per_second": round(count / elapsed, 1) if elapsed else None,
    }))
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
