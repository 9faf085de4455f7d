#!/usr/bin/env bash
# Fails when a C++ file of the project differs from .clang-format (clang-format 14).
# Usage: format_check.sh SOURCE_DIR [CLANG_FORMAT]
set -euo pipefail
src=$1; cf=${2:-clang-format}
cd "$src"
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app models ui tests -name '*.cpp' -o -name '*.h')
bad=0
for f in "${files[@]}"; do
    if ! "$cf" --dry-run -Werror --style=file "$f" >/dev/null 2>&1; then
        echo "not formatted: $f   (fix: $cf -i --style=file $f)"
        bad=$((bad + 1))
    fi
done
echo "format check: ${#files[@]} files, $bad not formatted"
[ "$bad" -eq 0 ]
