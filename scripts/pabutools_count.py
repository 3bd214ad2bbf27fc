#!/usr/bin/env python3
"""Counts a pabulib file with the reference package pabutools (PyPI) and prints the
winning project ids, one per line, with the same options as `konto-server count`.

Used by scripts/test (oracle comparison) and by the budget benchmark. Only pabutools'
public API is called here; no pabutools code is copied.
"""
import argparse
import sys
import time

from pabutools.election import (
    parse_pabulib,
    Cost_Sat,
    Cardinality_Sat,
    ApprovalProfile,
)
from pabutools.election.profile import AbstractProfile
from pabutools.fractions import frac
from pabutools.rules import (
    greedy_utilitarian_welfare,
    method_of_equal_shares,
    exhaustion_by_budget_increase,
)


def approval_view(instance, profile):
    """Ranked ballots count as approval of the chosen projects (as in konto-server)."""
    if isinstance(profile, ApprovalProfile):
        return profile
    approvals = ApprovalProfile(instance=instance)
    from pabutools.election import ApprovalBallot

    for ballot in profile:
        approvals.append(ApprovalBallot(list(ballot)))
    return approvals


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--rule", choices=["greedy", "equal-shares"], required=True)
    ap.add_argument("--utility", choices=["cost", "count"], default="cost")
    ap.add_argument("--completion", choices=["none", "add1"], default="none")
    ap.add_argument("--no-exhaustive-stop", action="store_true")
    ap.add_argument("--time", action="store_true", help="print seconds spent counting to stderr")
    args = ap.parse_args()

    instance, profile = parse_pabulib(args.file)
    start = time.perf_counter()
    if args.rule == "greedy":
        # pabutools' greedy takes projects by satisfaction per złoty. With a satisfaction equal to
        # the cost times the points (Cost_Sat for approval ballots) that density is the points
        # themselves, which is the city's rule: descending points, skipping what does not fit.
        from pabutools.election import Additive_Cardinal_Sat, CardinalProfile, CardinalBallot

        if isinstance(profile, ApprovalProfile):
            outcome = greedy_utilitarian_welfare(instance, profile, sat_class=Cost_Sat)
        else:
            # Ranked ballots: 3, 2 and 1 points by position (Kraków's rule), further positions 1.
            scored = CardinalProfile(instance=instance)
            for ballot in profile:
                scored.append(
                    CardinalBallot({p: max(3 - k, 1) * p.cost for k, p in enumerate(ballot)})
                )
            outcome = greedy_utilitarian_welfare(instance, scored, sat_class=Additive_Cardinal_Sat)
    else:
        sat = Cost_Sat if args.utility == "cost" else Cardinality_Sat
        approvals = approval_view(instance, profile)
        if args.completion == "none":
            outcome = method_of_equal_shares(instance, approvals, sat_class=sat)
        else:
            n = approvals.num_ballots()
            outcome = exhaustion_by_budget_increase(
                instance,
                approvals,
                method_of_equal_shares,
                {"sat_class": sat},
                budget_step=n,
                exhaustive_stop=not args.no_exhaustive_stop,
            )
    elapsed = time.perf_counter() - start
    for p in sorted(outcome, key=lambda p: p.name):
        print(p.name)
    if args.time:
        print(f"{elapsed:.3f}", file=sys.stderr)


if __name__ == "__main__":
    main()
