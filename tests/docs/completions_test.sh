#!/usr/bin/env bash
# kiv's shell completions, as the shells run them: each is loaded in its shell and asked to
# complete command lines (bash through its completion function, fish through complete -C,
# zsh for its syntax: it has no way to complete a line outside an interactive shell).
#   completions_test.sh COMPLETIONS_DIR
# Fails, never skips, when a shell is missing: scripts/install-deps.sh --tests installs them.
set -u
dir=$1
failures=0
expect() {  # expect WHAT GOT WANTED
  if [ "$2" != "$3" ]; then
    printf 'FAIL: %s\n  got:    %s\n  wanted: %s\n' "$1" "$2" "$3" >&2
    failures=$((failures + 1))
  fi
}

# bash: COMPREPLY for the line, the word under the cursor last.
bash_complete() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _kiv
           ((${#COMPREPLY[@]})) && printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' \
    _ "$dir/kiv" "$@"
}
expect "bash: a command" "$(bash_complete kiv imp)" "import "
expect "bash: commands sharing a start" "$(bash_complete kiv li)" "link links list "
expect "bash: after a global option's value" "$(bash_complete kiv --store /tmp/s sh)" "show "
expect "bash: an option of the command" "$(bash_complete kiv diff --ex)" "--exit-code "
expect "bash: the values of --format" "$(bash_complete kiv matrix --format '')" "csv html json md svg text "
expect "bash: --color's values, after the command" "$(bash_complete kiv list --color a)" "always auto "
expect "bash: a subcommand" "$(bash_complete kiv remote a)" "add "
expect "bash: a subcommand's options" "$(bash_complete kiv remote list --for)" "--format "
expect "bash: an option's value is not a command" "$(bash_complete kiv import --series list '')" ""
expect "bash: files where a command takes them (left to bash's default)" "$(bash_complete kiv import '')" ""

# fish: complete -C prints "candidate<TAB>description".
if command -v fish >/dev/null; then
  fish_complete() {
    fish --no-config -c "source '$dir/kiv.fish'; complete -C '$1'" | cut -f1 | sort | tr '\n' ' '
  }
  expect "fish: a command" "$(fish_complete 'kiv imp')" "import "
  expect "fish: an option" "$(fish_complete 'kiv diff --exit')" "--exit-code "
  expect "fish: the values of --format" "$(fish_complete 'kiv diff --format ')" "html json md text "
  expect "fish: a subcommand" "$(fish_complete 'kiv remote a')" "add "
else
  echo "FAIL: fish is not installed" >&2
  failures=$((failures + 1))
fi

# zsh: the file parses, and it defines a function per command.
if command -v zsh >/dev/null; then
  zsh -n "$dir/_kiv" || { echo "FAIL: zsh cannot parse _kiv" >&2; failures=$((failures + 1)); }
  expect "zsh: a function per command" \
    "$(zsh -c "source '$dir/_kiv' 2>/dev/null; print -l \${(k)functions} | grep -c '^_kiv__'")" \
    "$(grep -c '^_kiv__[a-z_]*() {' "$dir/_kiv")"
else
  echo "FAIL: zsh is not installed" >&2
  failures=$((failures + 1))
fi

[ "$failures" -eq 0 ] && echo "completions: OK"
exit $((failures > 0))
