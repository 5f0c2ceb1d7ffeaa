#!/usr/bin/env python3
"""Hand-judged precision sample of extract's output on general news (TR-News), rerunnable.

  tools/precision-sample.py input  OUT.jsonl [--corpus gwn] [--exclude IDS]
                                                            TR-News.xml (or GeoWebNews) from ../shared as extract
                                                            input, leaving out the article ids listed in IDS
  tools/precision-sample.py packet INPUT.jsonl EXTRACTED.jsonl PACKET.md [--seed N] [--n 80]
                                                            a fixed-seed sample of events, with the
                                                            article text, for a judge to read
  tools/precision-sample.py score  JUDGMENTS.tsv             the share of real, not-event and duplicate
                                                            events in a judged sample

The corpus is research data for internal evaluation: the packet (which quotes it) is written outside
the repository; docs/ keeps only event ids, the fields judged and the judgments.
"""
import argparse
import collections
import json
import random
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

GRITTA = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "geoparsing-gritta"
CORPORA = {"trnews": "TR-News.xml", "gwn": "GeoWebNews_GWN.xml", "lgl": "lgl.xml", "geovirus": "GeoVirus.xml"}
VERDICTS = ("real", "wrong_type", "not_event", "duplicate")


def to_input(out, corpus, exclude):
    root = ET.parse(GRITTA / CORPORA[corpus]).getroot()
    skip = set(open(exclude).read().split()) if exclude else set()
    n = 0
    with open(out, "w") as f:
        for i, a in enumerate(root.iter("article")):
            text = (a.findtext("text") or "").strip()
            # GeoWebNews has no ids or dates: "gwn-" and its file number, the date inferred from the text; GeoVirus has
            # neither ids nor files: "gv-" and its position.
            doc = a.get("docid") or ("gwn-" + a.get("file") if a.get("file") else f"gv-{i}")
            if not text or doc in skip:
                continue
            title = " ".join((a.findtext("title") or "").split())
            item = {"id": doc, "title": title, "text": text}
            if (a.findtext("dltime") or "").strip():
                item["published"] = a.findtext("dltime").strip()
            f.write(json.dumps(item) + "\n")
            n += 1
    print(f"{n} articles -> {out}")


def describe(e):
    def names(actors):
        return "; ".join(f"{a['name']} [{a.get('country') or '-'} {a.get('sector') or '-'}]" for a in actors) or "-"
    size = e.get("size") or {}
    counts = ", ".join(f"{k}={v}" for k, v in size.items() if isinstance(v, int) and v) or "-"
    loc = (e.get("location") or {}).get("name") or "-"
    return (f"type {e['event_type']}{'/' + e['mode'] if e.get('mode') else ''} (CAMEO {e.get('cameo')}), "
            f"trigger \"{e['trigger']['text']}\" in sentence {e['sentence']}, factuality {e['factuality']}\n"
            f"  actor: {names(e['actor'])}\n  recipient: {names(e['recipient'])}\n"
            f"  date: {(e.get('date') or {}).get('value')}, place: {loc}, counts: {counts}")


def packet(inputs, extracted, out, seed, n):
    articles = [json.loads(line) for line in open(extracted)]
    events = [(a, e) for a in articles for e in a.get("events", [])]
    sample = random.Random(seed).sample(events, min(n, len(events)))
    sample.sort(key=lambda ae: (ae[0]["id"], ae[1]["sentence"], ae[1]["trigger"]["start"]))
    texts = {a["id"]: a for a in (json.loads(line) for line in open(inputs))}
    with open(out, "w") as f:
        f.write(f"# {len(sample)} events sampled (seed {seed}) from {len(events)} events in {len(articles)} articles\n\n")
        shown = set()
        for a, e in sample:
            if a["id"] not in shown and a["id"] in texts:
                f.write(f"## article {a['id']}: {texts[a['id']].get('title', '')}\n\n{texts[a['id']]['text']}\n\n")
                shown.add(a["id"])
            others = [o for o in a["events"] if o["id"] != e["id"]]
            f.write(f"### event {e['id']}\n{describe(e)}\n  evidence: {e.get('evidence')}\n"
                    f"  other events of this article: "
                    + ("; ".join(f"{o['id']} {o['event_type']} \"{o['trigger']['text']}\" (s{o['sentence']})" for o in others) or "none")
                    + "\n\n")
    print(f"{len(sample)} events -> {out}")


def label_packets(pairs, out_dir, k, seed, share, skip=()):
    """Every event of the given corpora, grouped by article into k packets of about equal size, for judges
    who label each event (the labels train and test the learned veto). share < 1 keeps that share of a
    corpus's articles (fixed seed)."""
    rng = random.Random(seed)
    articles = []
    for inputs, extracted in pairs:
        texts = {a["id"]: a for a in (json.loads(line) for line in open(inputs))}
        coded = [json.loads(line) for line in open(extracted)]
        coded = [a for a in coded if a.get("events")]
        if share < 1 and "lgl" in inputs:
            coded = rng.sample(coded, int(len(coded) * share))
        if skip:
            coded = [a for a in coded if a["id"] not in skip]
        articles += [(texts[a["id"]], a) for a in coded if a["id"] in texts]
    rng.shuffle(articles)
    packets = [[] for _ in range(k)]
    for art in sorted(articles, key=lambda ta: -len(ta[1]["events"])):
        min(packets, key=lambda p: sum(len(a["events"]) for _, a in p)).append(art)
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    for i, packet in enumerate(packets, 1):
        n = sum(len(a["events"]) for _, a in packet)
        with open(Path(out_dir) / f"packet-{i}.md", "w") as f:
            f.write(f"# packet {i}: {n} events in {len(packet)} articles\n\n")
            for text, a in packet:
                f.write(f"## article {a['id']}: {text.get('title', '')}\n\n{text['text']}\n\n")
                for e in a["events"]:
                    f.write(f"### event {e['id']}\n{describe(e)}\n  evidence: {e.get('evidence')}\n\n")
        print(f"packet {i}: {n} events, {len(packet)} articles")


def score(judgments):
    counts = collections.Counter()
    for line in open(judgments):
        if line.startswith("#") or line.startswith("event_id") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 2 or cols[1] not in VERDICTS:
            sys.exit(f"{judgments}: bad line (verdict must be one of {', '.join(VERDICTS)}): {line.strip()}")
        counts[cols[1]] += 1
    total = sum(counts.values())
    for v in VERDICTS:
        print(f"{v:11s} {counts[v]:3d}  {counts[v] / total:.1%}")
    print(f"{'total':11s} {total:3d}")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    i = sub.add_parser("input"); i.add_argument("out")
    i.add_argument("--corpus", choices=sorted(CORPORA), default="trnews"); i.add_argument("--exclude")
    k = sub.add_parser("packet"); k.add_argument("inputs"); k.add_argument("extracted"); k.add_argument("out")
    k.add_argument("--seed", type=int, default=2026); k.add_argument("--n", type=int, default=80)
    s = sub.add_parser("score"); s.add_argument("judgments")
    lp = sub.add_parser("label-packets"); lp.add_argument("out_dir"); lp.add_argument("pairs", nargs="+")
    lp.add_argument("--k", type=int, default=8); lp.add_argument("--seed", type=int, default=2026)
    lp.add_argument("--share", type=float, default=1.0)
    lp.add_argument("--skip-labelled", help="a labels TSV (eval/veto-labels.tsv): leave out the articles it has judged")
    a = p.parse_args()
    if a.cmd == "input":
        to_input(a.out, a.corpus, a.exclude)
    elif a.cmd == "packet":
        packet(a.inputs, a.extracted, a.out, a.seed, a.n)
    elif a.cmd == "label-packets":
        pairs = [tuple(p.split(",")) for p in a.pairs]
        skip = set()
        if a.skip_labelled:
            skip = {line.split("\t")[1] for line in open(a.skip_labelled) if not line.startswith("corpus")}
        label_packets(pairs, a.out_dir, a.k, a.seed, a.share, skip)
    else:
        score(a.judgments)


if __name__ == "__main__":
    main()
