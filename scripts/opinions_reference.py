#!/usr/bin/env python3
"""The opinion map's reference for benchmarks: the same method in numpy and scikit-learn
(as Pol.is' Python re-implementations do it), on a conversation in Pol.is' export format.

    python3 scripts/opinions_reference.py DIR

Prints the time of each step, the groups found and the peak memory of the process. Needs
numpy and scikit-learn (a throw-away venv: python3 -m venv V && V/bin/pip install numpy
scikit-learn). Not part of the test command: BENCHMARKS.md says when it was run.
"""
import csv
import resource
import sys
import time

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.metrics import silhouette_score


def main(path):
    t0 = time.perf_counter()
    with open(f"{path}/participants-votes.csv", newline="") as f:
        r = csv.reader(f)
        header = next(r)
        cols = [i for i, h in enumerate(header) if h.isdigit() and h != "participant"]
        rows = []
        for rec in r:
            rows.append([float(rec[i]) if rec[i] != "" else np.nan for i in cols])
    m = np.array(rows)
    t1 = time.perf_counter()
    seen = ~np.isnan(m)
    means = np.nanmean(np.where(seen.any(axis=0), m, 0.0), axis=0)
    means = np.nan_to_num(means)
    filled = np.where(seen, m, means)  # imputed by the statement's mean
    pca = PCA(n_components=2, svd_solver="auto")
    pca.fit(filled)
    counts = seen.sum(axis=1)
    centred = np.where(seen, m - means, 0.0)
    proj = centred @ pca.components_.T
    proj *= np.sqrt(m.shape[1] / np.maximum(counts, 1))[:, None]
    placed = counts >= min(7, m.shape[1])
    points = proj[placed]
    t2 = time.perf_counter()
    base = KMeans(n_clusters=min(100, len(points)), n_init=1, random_state=0).fit(points)
    centers = base.cluster_centers_
    weights = np.bincount(base.labels_, minlength=len(centers))
    best = None
    for k in range(2, min(5, 2 + len(centers) // 12) + 1):
        g = KMeans(n_clusters=k, n_init=1, random_state=0).fit(centers, sample_weight=weights)
        s = silhouette_score(centers, g.labels_)
        if best is None or s > best[0]:
            best = (s, k, g)
    t3 = time.perf_counter()
    groups = best[2].labels_[base.labels_]
    sizes = sorted(np.bincount(groups).tolist(), reverse=True)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{m.shape[0]} participants x {m.shape[1]} statements, {int(seen.sum())} votes")
    print(f"read CSV {1e3 * (t1 - t0):.0f} ms; PCA and positions {1e3 * (t2 - t1):.0f} ms; "
          f"base clusters and groups {1e3 * (t3 - t2):.0f} ms; "
          f"compute in all {1e3 * (t3 - t1):.0f} ms")
    print(f"groups {best[1]} sizes {sizes}; peak memory of the process {peak_mb:.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1])
