#!/bin/sh
# Builds the native core to WebAssembly: build/wasm/sinhtrac.wasm (freestanding, no libc, no emscripten).
# Needs clang and lld (Debian: apt-get install -y clang lld).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/build/wasm"
mkdir -p "$out"
CLANG=${CLANG:-clang}
sources=$(ls "$here"/*.c | grep -v '/binding\.c$')
# shellcheck disable=SC2086
"$CLANG" --target=wasm32 -std=c11 -O3 -ffreestanding -nostdlib -fno-builtin-malloc \
  -ffp-contract=off -fvisibility=hidden -Wall -Wno-unused-parameter \
  -isystem "$here/wasm/include" -I "$here" \
  -Wl,--no-entry -Wl,--export-dynamic -Wl,--strip-all -Wl,-z,stack-size=1048576 \
  -o "$out/sinhtrac.wasm" $sources "$here/wasm/wasm_api.c" "$here/wasm/freestanding.c"
echo "$out/sinhtrac.wasm"
