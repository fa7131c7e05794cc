# Shared by the check-*.sh scripts (sourced, not run): reporting a failure with
# the files that show it, and waiting for a line. Messages start with the
# sourcing script's name.

fail() { # fail MESSAGE [FILE...]: reports, shows the files, exits
  echo "$(basename "$0" .sh): FAIL: $1" >&2
  shift
  for file in "$@"; do
    echo "--- $(basename "$file"):" >&2
    sed 's/^/    /' "$file" >&2
  done
  exit 1
}

wait_for() { # wait_for FILE REGEX SECONDS WHAT: until a line matches
  local tries=$(($3 * 10))
  for _ in $(seq "$tries"); do grep -Eqs -- "$2" "$1" && return 0; sleep 0.1; done
  fail "$4: no line matched /$2/ within $3 s" "$1"
}
