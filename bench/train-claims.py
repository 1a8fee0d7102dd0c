#!/usr/bin/env python3
"""Learns the claim model's weights (rules/data/claim_weights.tsv) from labelled sentences.

    build/release/citelint_claims_eval --dump /tmp/sentences.tsv ../shared/corpus/articles
    python3 bench/train-claims.py /tmp/sentences.tsv > rules/data/claim_weights.tsv

The input has a header row `article<TAB>label<TAB>feature...` and one row per prose sentence
of the articles with at least 20 citation points: label 1 when a citation point stands at the
sentence's end (the Redi et al. citation-need labelling, ../shared/spec/unsourced-claims.md),
features as the model computes them. Training uses only the articles of the training half
(the FNV-1a hash of the article's file name is even); the other half is for reporting, so the figures citelint_claims_eval prints on it are held out.

Logistic regression with L2 regularisation, by full-batch gradient descent; the decision
threshold is the one that maximises F1 on the training half, deciding as likely-challenged
does: a sentence is flagged when its score reaches the threshold and a feature about its content
(number to hedge) fired; its place, length and section alone never flag it. Standard library
only.
"""
import math
import sys


def training_half(article):
    """FNV-1a (32-bit) of the file name, even: the same split as citelint_claims_eval."""
    h = 0x811C9DC5
    for byte in article.encode():
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h % 2 == 0


def main():
    path = sys.argv[1]
    rows = []
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        # The last column lists the sentence's words. A lexicon learned from them (a weight per
        # word) was tried and left out: it overfits this corpus. With 261 / 631 / 2,500 words the
        # training F1 rose to 0.585 / 0.603 / 0.676 and the held-out F1 (bench/claims-eval) fell
        # to 0.522 / 0.519 / 0.510, below the 0.530 of the features alone.
        names = header[2:-1] if header[-1] == "words" else header[2:]
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if training_half(parts[0]):
                rows.append((int(parts[1]), [float(v) for v in parts[2:2 + len(names)]]))
    if not rows:
        sys.exit("no training sentences")
    n = len(names)
    w = [0.0] * n
    b = 0.0
    rate, l2 = 0.5, 1e-3
    for _ in range(600):
        gw = [0.0] * n
        gb = 0.0
        for y, x in rows:
            z = b + sum(wi * xi for wi, xi in zip(w, x))
            p = 1.0 / (1.0 + math.exp(-z))
            d = p - y
            gb += d
            for i, xi in enumerate(x):
                if xi:
                    gw[i] += d * xi
        m = len(rows)
        b -= rate * gb / m
        w = [wi - rate * (gi / m + l2 * wi) for wi, gi in zip(w, gw)]

    content = range(names.index("number"), names.index("hedge") + 1)
    # As src/model/prose/claims.hpp's content_evidence(): a weak sign counts 0.4, a verdict needs 1.
    scored = []
    inner = []  # sentences with another after them in their paragraph: likely-challenged's
    last, alone = names.index("last_in_paragraph"), names.index("alone_in_paragraph")
    for y, x in rows:
        p = 1.0 / (1.0 + math.exp(-(b + sum(wi * xi for wi, xi in zip(w, x)))))
        if sum(x[i] for i in content) < 1.0 - 1e-6:
            p = 0.0
        scored.append((p, y))
        if not x[last] and not x[alone]:
            inner.append((p, y))

    def counts_at(t, among=None):
        among = scored if among is None else among
        tp = sum(1 for p, y in among if p >= t and y)
        fp = sum(1 for p, y in among if p >= t and not y)
        fn = sum(1 for p, y in among if p < t and y)
        return tp, fp, fn

    def f1_at(t):
        tp, fp, fn = counts_at(t)
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    def precision_at(t):
        tp, fp, _ = counts_at(t, inner)
        return tp / (tp + fp) if tp + fp else 0.0

    # The best F1, but above the bias alone: a sentence with nothing about it is never flagged.
    floor = math.ceil(100 / (1.0 + math.exp(-b)) + 1e-9)
    threshold = max((t / 100 for t in range(max(5, floor), 96)), key=f1_at)
    # The bar for a sentence covered by a later citation (likely-challenged): the lowest at which,
    # among the sentences with another after them in their paragraph (the only ones such a
    # citation can cover; a quarter of them are cited at their end), those flagged are cited at
    # their end in at least precision_target of cases on the training half: what is reported
    # there is what editors usually cite.
    precision_target = 0.60
    challenge = next((t / 100 for t in range(int(threshold * 100), 100)
                      if precision_at(t / 100) >= precision_target
                      and counts_at(t / 100, inner)[0] >= 20), 0.99)
    positives = sum(y for y, _ in rows)
    print("# Weights of the claim model (src/model/prose/claims.hpp), one per feature, with the bias and")
    print("# the decision threshold. Written by bench/train-claims.py (logistic regression, L2) from")
    print(f"# {len(rows)} labelled sentences ({positives} cited) of the training half of")
    print("# ../shared/corpus/articles (articles whose file name's FNV-1a hash is even);")
    print(f"# threshold: the best F1 on that half ({f1_at(threshold):.3f}); challenge_threshold: the")
    print(f"# lowest with a precision of {precision_target:.2f} on it ({precision_at(challenge):.3f},")
    print(f"# {sum(counts_at(challenge, inner)[:2])} of {len(inner)} sentences with another after them")
    print("# in their paragraph). Do not edit by hand.")
    print("#feature\tweight")
    print(f"bias\t{b:.4f}")
    print(f"threshold\t{threshold:.2f}")
    print(f"challenge_threshold\t{challenge:.2f}")
    for name, wi in zip(names, w):
        print(f"{name}\t{wi:.4f}")


if __name__ == "__main__":
    main()
