#!/usr/bin/env bash
# Mutation testing: plant small bugs (cargo-mutants) in the modules whose
# rules the README states, and check the tests catch each one. Survivors are
# either killed by a new test or listed with a reason in mutants-allowed.txt.
#
#   scripts/mutants.sh                 # every listed module (hours on 2 cores)
#   scripts/mutants.sh src/dates.rs    # one module
#   MUTANTS_RE='rules_broken' scripts/mutants.sh src/book/report.rs   # only mutants whose name matches
#   MUTANTS_OUT=target/mutants-rules MUTANTS_TIMEOUT=120 scripts/mutants.sh src/book/rules.rs   # own output folder, test timeout in seconds
#
# Needs cargo-mutants and cargo-nextest (cargo install --locked cargo-mutants cargo-nextest).
set -euo pipefail
cd "$(dirname "$0")/.."
modules=("$@")
if ((${#modules[@]} == 0)); then
  modules=(src/dates.rs src/text.rs src/domain.rs src/book.rs 'src/book/**' 'src/tui/widgets/**')
fi
args=()
for m in "${modules[@]}"; do args+=(--file "$m"); done
# Known-equivalent mutants: one regex per line after the reason, see the file.
if [[ -f mutants-allowed.txt ]]; then
  while IFS= read -r line; do
    [[ -z $line || $line == \#* ]] && continue
    args+=(--exclude-re "$line")
  done < <(grep -v '^#' mutants-allowed.txt | sed -n 's/^\([^|]*\)|.*/\1/p' | sed 's/[[:space:]]*$//')
fi
if [[ -n ${MUTANTS_RE:-} ]]; then args+=(--re "$MUTANTS_RE"); fi
cargo mutants --no-shuffle --copy-target=false "${args[@]}" --output "${MUTANTS_OUT:-target/mutants}" ${MUTANTS_TIMEOUT:+--timeout "$MUTANTS_TIMEOUT"}
echo "caught/missed/unviable: see ${MUTANTS_OUT:-target/mutants}/mutants.out/outcomes.json and missed.txt"
