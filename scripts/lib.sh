# Shared by scripts/run and scripts/test: install what is missing, skip what is present.
# Works on a fresh Debian machine with rustup (as root, or with sudo for apt-get).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CARGO_LEPTOS_VERSION="0.3.10"
export PATH="$HOME/.cargo/bin:$ROOT/end2end/node_modules/.bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

START_SECONDS=$SECONDS
say() { printf '\n==> [%dm%02ds] %s\n' $(((SECONDS - START_SECONDS) / 60)) $(((SECONDS - START_SECONDS) % 60)) "$*"; }

# Tools are compiled once per machine, and CI compiles them on every clean run: built without
# link-time optimisation, in 16 units and at opt-level 1 they compile in far less time
# (cargo-leptos: 39 minutes with its own release profile, LTO in one unit; 26 minutes this
# way beside other builds, 41 CPU-minutes), and what they do is no slower for this project
# (BENCHMARKS.md, "Tools"). Cargo lets these variables override a package's [profile.release].
tool_install() {
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_DEBUG=0 \
    CARGO_PROFILE_RELEASE_INCREMENTAL=false cargo install "$@"
}

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
APT_UPDATED=""

ensure_apt() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing Debian packages: ${missing[*]}"
  if [ -z "$APT_UPDATED" ]; then $SUDO apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_build_tools() {
  command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup first" >&2; exit 1; }
  command -v cc >/dev/null || ensure_apt build-essential
  command -v pkg-config >/dev/null || ensure_apt pkg-config
  if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
    say "installing cargo-leptos $CARGO_LEPTOS_VERSION (about 25 minutes on 2 cores, once)"
    tool_install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked --features no_downloads
  fi
  local wb
  wb="$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')"
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $wb\$"; then
    say "installing wasm-bindgen-cli $wb (the version in Cargo.lock)"
    tool_install wasm-bindgen-cli --version "$wb" --locked || tool_install wasm-bindgen-cli --version "$wb"
  fi
  ensure_node_modules
  ensure_trunk
}

# Trunk builds the inspectors' client-only app (Trunk.toml at the root pins the same version).
TRUNK_VERSION="0.21.14"
ensure_trunk() {
  if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
    say "installing Trunk $TRUNK_VERSION (about 9 minutes on 2 cores, once)"
    tool_install trunk --version "$TRUNK_VERSION" --locked
  fi
}

# The style checks: rustfmt and clippy (rustup components) and leptosfmt (view! macros).
LEPTOSFMT_VERSION="0.1.33"
ensure_lint_tools() {
  local c
  for c in rustfmt clippy; do
    rustup component list --installed 2>/dev/null | grep -q "^$c" || rustup component add "$c"
  done
  if ! leptosfmt --version 2>/dev/null | grep -q "$LEPTOSFMT_VERSION"; then
    say "installing leptosfmt $LEPTOSFMT_VERSION (about 2 minutes, once)"
    tool_install leptosfmt --version "$LEPTOSFMT_VERSION" --locked
  fi
}

ensure_node_modules() {
  command -v npm >/dev/null || ensure_apt nodejs npm
  local stamp="$ROOT/end2end/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$ROOT/end2end/package-lock.json" -nt "$stamp" ]; then
    say "installing npm packages (Playwright, axe-core, binaryen's wasm-opt)"
    (cd "$ROOT/end2end" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

build_release() {
  say "building the portal (release; the WebAssembly bundle is size-optimised, each page a lazily loaded piece, every built file hashed and compressed once: brotli 11 and gzip)"
  cargo leptos build --release --split --precompress
}

# The inspectors' app: Trunk builds it from Trunk.toml into target/inspector, which the portal
# serves under /inspector/ (offline: the crates are fetched first, the tools are the ones above;
# Trunk.toml's wasm-bindgen must be the one in Cargo.lock).
build_inspector() {
  local wb pinned
  wb="$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')"
  pinned="$(sed -n 's/^wasm_bindgen = "\(.*\)"$/\1/p' Trunk.toml)"
  if [ "$wb" != "$pinned" ]; then
    echo "Trunk.toml pins wasm-bindgen $pinned but Cargo.lock has $wb: update Trunk.toml" >&2
    exit 1
  fi
  say "building the inspector app (Trunk, release: size-optimised, the signature crates at opt-level 3)"
  cargo fetch --locked >/dev/null
  trunk build --release
}

# The reference package pabutools (PyPI; GPL, used only to compare outcomes, never copied),
# in a virtual environment of the project's own.
PABUTOOLS_VERSION="1.2.3"
PABUTOOLS_PYTHON="$ROOT/.tools/pabutools/bin/python"
ensure_pabutools() {
  if "$PABUTOOLS_PYTHON" -c "import pabutools, importlib.metadata as m; assert m.version('pabutools') == '$PABUTOOLS_VERSION'" 2>/dev/null; then
    return 0
  fi
  say "installing pabutools $PABUTOOLS_VERSION from PyPI (the reference for counting)"
  command -v python3 >/dev/null || ensure_apt python3
  rm -rf "$ROOT/.tools/pabutools"
  mkdir -p "$ROOT/.tools"
  python3 -m venv "$ROOT/.tools/pabutools" 2>/dev/null || { ensure_apt python3-venv; python3 -m venv "$ROOT/.tools/pabutools"; }
  "$ROOT/.tools/pabutools/bin/pip" install -q --disable-pip-version-check "pabutools==$PABUTOOLS_VERSION"
}
