#!/bin/sh
# Checks an evidence export of evidence-service (one inspection as a zip) with standard tools only:
#  1. every evidence file against SHA256SUMS          (sha256sum -c)
#  2. every record's canonical text against CHAIN     (sha256sum -c: the record hashes)
#  3. the chain: sequence 1, 2, 3 ..., each record's previousHash is the record hash before it,
#     and each record's sha256 is the one SHA256SUMS lists for its file.
# Usage: verify-evidence-export.sh EXPORT.zip   (or an already unzipped folder)
# Exit status 0 when everything matches; otherwise 1, naming what differs.
set -eu

target=${1:?usage: verify-evidence-export.sh EXPORT.zip|FOLDER}
if [ -d "$target" ]; then
	dir=$target
else
	dir=$(mktemp -d)
	trap 'rm -rf "$dir"' EXIT
	unzip -q "$target" -d "$dir"
fi
cd "$dir"

status=0
zero=0000000000000000000000000000000000000000000000000000000000000000

echo "== files against SHA256SUMS"
sha256sum -c --quiet --strict SHA256SUMS || status=1

echo "== records against CHAIN"
sha256sum -c --quiet --strict CHAIN || status=1

echo "== chain links"
previous=$zero
expected=0
while read -r hash path; do
	expected=$((expected + 1))
	sequence=$(sed -n 's/^sequence=//p' "$path")
	linked=$(sed -n 's/^previousHash=//p' "$path")
	content=$(sed -n 's/^sha256=//p' "$path")
	base=$(basename "$path" .txt)
	listed=$(awk -v prefix="files/$base." 'index($2, prefix) == 1 { print $1 }' SHA256SUMS)
	if [ "$sequence" != "$expected" ]; then
		echo "$path: sequence $sequence where $expected was expected"
		status=1
	fi
	if [ "$linked" != "$previous" ]; then
		echo "$path: previousHash $linked is not the previous record's hash $previous"
		status=1
	fi
	if [ -z "$listed" ] || [ "$content" != "$listed" ]; then
		echo "$path: its sha256 $content is not what SHA256SUMS lists for files/$base.* (${listed:-nothing})"
		status=1
	fi
	previous=$hash
done < CHAIN

files=$(wc -l < SHA256SUMS | tr -d ' ')
if [ "$files" != "$expected" ]; then
	echo "SHA256SUMS lists $files files but CHAIN has $expected records"
	status=1
fi

echo "records: $expected"
echo "chain head: $previous"
if [ "$status" -eq 0 ]; then
	echo "OK: every file and record matches and the chain is unbroken"
else
	echo "FAILED: see the lines above"
fi
exit "$status"
