#!/bin/sh
# AddressSanitizer + UndefinedBehaviorSanitizer build of the core, run on truncated and lying records and odd
# images and BMP files (sanitize_main.c); with --fuzz SECONDS, also libFuzzer runs of the template parsers, the
# extractor and the BMP decoder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
core=$(cd "$here/.." && pwd)
out="$core/../../build/sanitize"
mkdir -p "$out"
CC=${CC:-clang}
flags="-std=c11 -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all -I $core"
sources=$(ls "$core"/*.c | grep -v '/binding\.c$')
# shellcheck disable=SC2086
$CC $flags -DLLVMFuzzerTestOneInput=fuzz_templates -c "$here/fuzz_templates.c" -o "$out/fuzz_templates.o"
# shellcheck disable=SC2086
$CC $flags -DLLVMFuzzerTestOneInput=fuzz_extract -c "$here/fuzz_extract.c" -o "$out/fuzz_extract.o"
# shellcheck disable=SC2086
$CC $flags -DLLVMFuzzerTestOneInput=fuzz_wsq -c "$here/fuzz_wsq.c" -o "$out/fuzz_wsq.o"
# shellcheck disable=SC2086
$CC $flags -DLLVMFuzzerTestOneInput=fuzz_bmp -c "$here/fuzz_bmp.c" -o "$out/fuzz_bmp.o"
# shellcheck disable=SC2086
$CC $flags -o "$out/sanitize_main" "$here/sanitize_main.c" "$out/fuzz_templates.o" "$out/fuzz_extract.o" \
  "$out/fuzz_wsq.o" "$out/fuzz_bmp.o" $sources -lm
mkdir -p "$out/corpus-fuzz_wsq"
WSQ_SEED="$out/corpus-fuzz_wsq/seed.wsq" "$out/sanitize_main"
if [ "${1:-}" = "--fuzz" ]; then
  seconds=${2:-60}
  for target in fuzz_templates fuzz_extract fuzz_wsq fuzz_bmp; do
    # shellcheck disable=SC2086
    clang $flags -fsanitize=fuzzer -o "$out/$target" "$here/$target.c" $sources -lm
    mkdir -p "$out/corpus-$target"
    "$out/$target" -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=1024 "$out/corpus-$target" 2>&1 | tail -n 3
  done
fi
