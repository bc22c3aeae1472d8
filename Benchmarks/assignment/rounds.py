#!/usr/bin/env python3
"""The exact reference for breakout's regroup: the fewest repeated pairs a new round can have, as a mixed-integer
program solved by HiGHS (scipy.optimize.milp), on the instances `breakout-bench --rounds-instances DIR` writes.

    minimise  sum over earlier rounds r, new groups g, groups e of round r:  C(n[r,e,g], 2)

where n[r,e,g] is how many of those who sat in e in round r sit in g now, under the hard rules: everyone in one
group, capacities, apart and together rules. C(n, 2) is convex in n, so it is the maximum of its tangent lines
y >= k n - k (k + 1) / 2 (k = 1, 2, ...), exact at every integer n. People with the same group in every earlier round
and in no rule are one class with an integer count per new group; people in a rule are units of their own.
Writes DIR/NAME.exact.json next to each DIR/NAME.json: the pairs, the solver's status, bound and time.

    python3 Benchmarks/assignment/rounds.py DIR [--time-limit SECONDS]
"""
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix


def solve(instance, time_limit):
    roster = instance["roster"]
    rounds = instance["earlierRounds"]
    groups = roster["groups"]
    G = len(groups)
    caps = [g["capacity"] for g in groups]
    in_rule = set()
    for rule in roster["rules"]:
        in_rule.update([rule["first"], rule["second"]])
    seats = lambda pid: tuple(r.get(str(pid)) for r in rounds)

    # Units: a class of interchangeable people (count > 1 allowed) or one person in a rule.
    classes = defaultdict(int)
    singles = []
    for person in roster["people"]:
        if person["id"] in in_rule:
            singles.append(person["id"])
        else:
            classes[seats(person["id"])] += 1
    units = [(key, count, None) for key, count in classes.items()] + [(seats(p), 1, p) for p in singles]

    columns = []  # (kind, ...) per variable
    lower, upper, integrality, cost = [], [], [], []

    def variable(lo, hi, integer, c):
        lower.append(lo)
        upper.append(hi)
        integrality.append(1 if integer else 0)
        cost.append(c)
        return len(lower) - 1

    x = {}
    for u, (_, count, _) in enumerate(units):
        for g in range(G):
            x[u, g] = variable(0, count, True, 0.0)
    earlier_groups = [sorted({v for v in r.values()}) for r in rounds]
    y = {}
    for r, names in enumerate(earlier_groups):
        for e in names:
            for g in range(G):
                y[r, e, g] = variable(0, np.inf, False, 1.0)

    rows, cols, vals, lo_rows, hi_rows = [], [], [], [], []

    def constraint(terms, lo, hi):
        row = len(lo_rows)
        for col, val in terms:
            rows.append(row)
            cols.append(col)
            vals.append(val)
        lo_rows.append(lo)
        hi_rows.append(hi)

    for u, (_, count, _) in enumerate(units):
        constraint([(x[u, g], 1) for g in range(G)], count, count)
    for g in range(G):
        constraint([(x[u, g], 1) for u in range(len(units))], 0, caps[g])
    index_of = {person: u for u, (_, _, person) in enumerate(units) if person is not None}
    for rule in roster["rules"]:
        a, b = index_of[rule["first"]], index_of[rule["second"]]
        for g in range(G):
            if rule["kind"] == "apart":
                constraint([(x[a, g], 1), (x[b, g], 1)], 0, 1)
            else:
                constraint([(x[a, g], 1), (x[b, g], -1)], 0, 0)
    for r, names in enumerate(earlier_groups):
        for e in names:
            members = [u for u, (key, _, _) in enumerate(units) if key[r] == e]
            most = sum(units[u][1] for u in members)
            for g in range(G):
                # y >= k n - k (k + 1) / 2 for every k up to what the group can hold.
                for k in range(1, min(most, caps[g])):
                    terms = [(y[r, e, g], 1)] + [(x[u, g], -k) for u in members]
                    constraint(terms, -k * (k + 1) / 2, np.inf)

    matrix = coo_matrix((vals, (rows, cols)), shape=(len(lo_rows), len(lower))).tocsr()
    start = time.time()
    result = milp(
        c=np.array(cost),
        constraints=[LinearConstraint(matrix, np.array(lo_rows), np.array(hi_rows))],
        integrality=np.array(integrality),
        bounds=Bounds(np.array(lower), np.array(upper)),
        options={"time_limit": time_limit, "disp": False},
    )
    seconds = time.time() - start
    status = "optimal" if result.status == 0 else ("limit" if result.x is not None else "failed")
    bound = getattr(result, "mip_dual_bound", None)
    return {
        "status": status,
        "pairs": None if result.x is None else float(round(result.fun)),
        "bound": None if bound is None else float(bound),
        "seconds": seconds,
    }


def main():
    folder = Path(sys.argv[1])
    limit = float(sys.argv[sys.argv.index("--time-limit") + 1]) if "--time-limit" in sys.argv else 300.0
    for path in sorted(folder.glob("rounds-*.json")):
        if path.name.endswith(".exact.json"):
            continue
        answer = solve(json.loads(path.read_text()), limit)
        path.with_name(path.stem + ".exact.json").write_text(json.dumps(answer))
        print(f"{path.stem}: {answer['status']}, {answer['pairs']} pairs, {answer['seconds']:.1f} s")


if __name__ == "__main__":
    main()
