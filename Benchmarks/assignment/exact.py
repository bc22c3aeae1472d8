#!/usr/bin/env python3
"""The exact reference for breakout's assignment: the same objective as a mixed-integer program, solved by HiGHS
through scipy.optimize.milp, on the instances `breakout-bench --assignment-instances DIR` writes.

    Q = (4U + S + M + C) / N

People of identical attributes (stakeholder type, country, preferred theme) who are in no rule form one class with
an integer count per group; people in an apart or together rule are units of their own with binary variables.
Writes DIR/NAME.exact.json next to each DIR/NAME.json: Q*, the solver's status, bound and time, and one optimal
assignment (person id -> group id), which the Swift side measures again as a cross-check.

    pip install scipy   # 1.11 or later
    python3 Benchmarks/assignment/exact.py DIR [--time-limit SECONDS]
"""
import json
import math
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix

EPS = 1e-9


def tolerant_ceil(value):
    return math.ceil(value - EPS)


def tolerant_floor(value):
    return math.floor(value + EPS)


def size_excess(v, target):
    return max(0, v - tolerant_ceil(target), tolerant_floor(target) - v)


def distance_to_integer(value):
    return abs(value - round(value))


def least_mix(v, type_share):
    """The smallest sum over types of |n_k - p_k v| with integer counts adding up to v."""
    exact = [p * v for p in type_share.values()]
    counts = [math.floor(e + EPS) for e in exact]
    order = sorted(range(len(exact)), key=lambda i: exact[i] - counts[i], reverse=True)
    for i in order[: v - sum(counts)]:
        counts[i] += 1
    return sum(abs(c - e) for c, e in zip(counts, exact))


def solve(instance, time_limit):
    people = instance["people"]
    groups = instance["groups"]
    n = len(people)
    G = len(groups)
    caps = [g["capacity"] for g in groups]
    targets = [n * c / sum(caps) for c in caps]
    types = sorted({p["type"] for p in people})
    countries = sorted({p["country"] for p in people if p["country"]})
    type_share = {k: sum(1 for p in people if p["type"] == k) / n for k in types}
    country_total = {c: sum(1 for p in people if p["country"] == c) for c in countries}
    allowance = [{c: tolerant_ceil(country_total[c] * targets[g] / n) for c in countries} for g in range(G)]

    # Units: together rules join people; everyone in a rule is a unit of their own.
    parent = {p["id"]: p["id"] for p in people}

    def root(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    in_rule = set()
    for r in instance["rules"]:
        in_rule.update([r["first"], r["second"]])
        if r["kind"] == "together":
            parent[root(r["first"])] = root(r["second"])
    by_id = {p["id"]: p for p in people}
    units = []  # (members, multiplicity)
    classes = defaultdict(list)
    rule_units = defaultdict(list)
    for p in people:
        if p["id"] in in_rule:
            rule_units[root(p["id"])].append(p["id"])
        else:
            classes[(p["type"], p["country"], p.get("preferredTheme"))].append(p["id"])
    for members in classes.values():
        units.append(([by_id[members[0]]], len(members), members))
    unit_of_person = {}
    for members in rule_units.values():
        for m in members:
            unit_of_person[m] = len(units)
        units.append(([by_id[m] for m in members], 1, members))

    # Variables: x[u,g] then s[g], d[g,k], e[g,c] (only where a group could exceed the allowance).
    names = []
    lower, upper, integrality, cost = [], [], [], []

    def var(lo, hi, integer, c):
        names.append(None)
        lower.append(lo)
        upper.append(hi)
        integrality.append(1 if integer else 0)
        cost.append(c)
        return len(names) - 1

    x = {}
    for u, (members, count, _) in enumerate(units):
        for g in range(G):
            unmet = sum(1 for m in members if m.get("preferredTheme") is not None and m.get("preferredTheme") != groups[g]["theme"])
            x[u, g] = var(0, count, True, 4 * unmet)
    # The size of each group as one binary per possible value: S becomes exact, and the mix deviation gets a lower
    # bound per size (counts are integers) that the linear relaxation alone would not see.
    z = {(g, v): var(0, 1, True, size_excess(v, targets[g])) for g in range(G) for v in range(caps[g] + 1)}
    d = {(g, k): var(0, np.inf, False, 0.5) for g in range(G) for k in types}
    e = {}
    for g in range(G):
        for c in countries:
            if country_total[c] > allowance[g][c]:
                e[g, c] = var(0, np.inf, False, 1)

    rows, cols, vals, lo_b, hi_b = [], [], [], [], []
    row = 0

    def constraint(terms, lo, hi):
        nonlocal row
        for col, val in terms:
            rows.append(row)
            cols.append(col)
            vals.append(val)
        lo_b.append(lo)
        hi_b.append(hi)
        row += 1

    for u, (members, count, _) in enumerate(units):
        constraint([(x[u, g], 1) for g in range(G)], count, count)
    size_terms = [[] for _ in range(G)]
    type_terms = defaultdict(list)
    country_terms = defaultdict(list)
    for u, (members, count, _) in enumerate(units):
        for g in range(G):
            size_terms[g].append((x[u, g], len(members)))
            for k in types:
                c = sum(1 for m in members if m["type"] == k)
                if c:
                    type_terms[g, k].append((x[u, g], c))
            for cn in countries:
                c = sum(1 for m in members if m["country"] == cn)
                if c and (g, cn) in e:
                    country_terms[g, cn].append((x[u, g], c))
    for g in range(G):
        values = range(caps[g] + 1)
        constraint([(z[g, v], 1) for v in values], 1, 1)
        constraint(size_terms[g] + [(z[g, v], -v) for v in values], 0, 0)
        constraint(
            [(d[g, k], 1) for k in types] + [(z[g, v], -least_mix(v, type_share)) for v in values], 0, np.inf)
        for k in types:
            constraint([(d[g, k], 1)] + [(z[g, v], -distance_to_integer(type_share[k] * v)) for v in values], 0, np.inf)
        for k in types:
            # n_gk - p_k n_g, as a linear expression
            expr = defaultdict(float)
            for col, val in type_terms[g, k]:
                expr[col] += val
            for col, val in size_terms[g]:
                expr[col] -= type_share[k] * val
            terms = list(expr.items())
            constraint(terms + [(d[g, k], -1)], -np.inf, 0)
            constraint(terms + [(d[g, k], 1)], 0, np.inf)
        for cn in countries:
            if (g, cn) in e:
                constraint(country_terms[g, cn] + [(e[g, cn], -1)], -np.inf, allowance[g][cn])
    for r in instance["rules"]:
        if r["kind"] == "apart":
            a, b = unit_of_person[r["first"]], unit_of_person[r["second"]]
            for g in range(G):
                constraint([(x[a, g], 1), (x[b, g], 1)], 0, 1)

    A = coo_matrix((vals, (rows, cols)), shape=(row, len(names))).tocsr()
    started = time.perf_counter()
    result = milp(
        c=np.array(cost),
        constraints=LinearConstraint(A, np.array(lo_b), np.array(hi_b)),
        integrality=np.array(integrality),
        bounds=Bounds(np.array(lower), np.array(upper)),
        options={"time_limit": time_limit, "mip_rel_gap": 1e-6, "disp": False},
    )
    seconds = time.perf_counter() - started
    if result.x is None:
        return {"name": instance["name"], "status": result.message, "seconds": seconds}
    assignment = {}
    for u, (members, count, ids) in enumerate(units):
        queue = list(ids)
        for g in range(G):
            k = int(round(result.x[x[u, g]]))
            if count == 1 and len(members) >= 1 and k == 1:
                for m in ids:
                    assignment[str(m)] = groups[g]["id"]
                queue = []
            elif count > 1:
                for _ in range(k):
                    assignment[str(queue.pop())] = groups[g]["id"]
    bound = getattr(result, "mip_dual_bound", None)
    return {
        "name": instance["name"],
        "status": "optimal" if result.status == 0 else result.message,
        "q": result.fun / n,
        "bound": (bound / n) if bound is not None else None,
        "seconds": seconds,
        "variables": len(names),
        "constraints": row,
        "assignment": assignment,
    }


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        sys.exit(2)
    folder = Path(args[0])
    time_limit = float(args[args.index("--time-limit") + 1]) if "--time-limit" in args else 600.0
    for path in sorted(folder.glob("*.json")):
        if path.name.endswith(".exact.json") or path.name.endswith(".breakout.json"):
            continue
        instance = json.loads(path.read_text())
        out = path.with_name(path.stem + ".exact.json")
        if out.exists() and "--again" not in args:
            continue
        result = solve(instance, time_limit)
        out.write_text(json.dumps(result))
        q = result.get("q")
        print(
            f"{result['name']:>16}  Q* = {q if q is None else f'{q:.5f}'}  {result['status']}  "
            f"{result['seconds']:.1f} s  bound {result.get('bound')}  ({result.get('variables')} variables)",
            flush=True,
        )


if __name__ == "__main__":
    main()
