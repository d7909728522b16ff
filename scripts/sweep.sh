#!/usr/bin/env bash
# The whole crash and fault sweep: every write of `log`, `client add`,
# `entry edit` and `handover accept` killed (SIGKILL) or failed (ENOSPC, EIO)
# at each point, one point per run, with strace. CI runs the same test with
# the first 60 points of each system call; this runs them all, and repeats the
# export-while-writing and several-writers tests to catch rare interleavings.
#
#   scripts/sweep.sh [REPEATS]     (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-200}
command -v strace >/dev/null || { echo "strace is needed (apt-get install strace)"; exit 2; }
TOUCHBASE_SWEEP=full cargo test --locked --test crash -- --nocapture
cargo test --locked --no-run --test handover --test book 2>/dev/null
for t in "handover export_while_another_process_writes_is_consistent" "book several_writers_and_readers_at_once"; do
  set -- $t
  bin=$(ls -t target/debug/deps/"$1"-* | grep -v '\.d$' | head -1)
  pass=0; fail=0
  for _ in $(seq 1 "$repeats"); do
    if "$bin" "$2" -q >/dev/null 2>&1; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
  done
  echo "$2: $pass passed, $fail failed of $repeats"
  [[ $fail == 0 ]] || exit 1
done
