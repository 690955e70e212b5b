#!/usr/bin/env bash
# Put a Node.js >= 22.12 on PATH for this shell (Astro 7 needs it).
#
#   source scripts/use-node.sh
#
# When the system Node is new enough, nothing changes. Otherwise Node 24 is fetched
# once from the npm registry (the `node-linux-<arch>` package is a plain `bin/node`)
# into the git-ignored `.tools/` folder and put first on PATH. npm itself is a
# JavaScript program, so the system npm then runs on that Node too.

_use_node_main() {
  local want_version="24.21.0"
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

  if command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'; then
    return 0
  fi

  local arch
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "use-node: no Node package for $(uname -m); install Node >= 22.12 yourself" >&2; return 1 ;;
  esac
  local os
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) echo "use-node: unsupported OS $(uname -s); install Node >= 22.12 yourself" >&2; return 1 ;;
  esac

  local dir="$root/.tools/node-$want_version-$os-$arch"
  if [ ! -x "$dir/bin/node" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "use-node: npm is needed to fetch Node $want_version; install Node >= 22.12 from your package manager" >&2
      return 1
    fi
    echo "use-node: fetching Node $want_version ($os-$arch) from the npm registry into .tools/" >&2
    local tmp
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-$os-$arch@$want_version" >/dev/null 2>&1) &&
      tar -xzf "$tmp"/node-"$os"-"$arch"-*.tgz -C "$tmp" &&
      mkdir -p "$dir/bin" &&
      cp "$tmp/package/bin/node" "$dir/bin/node" &&
      chmod +x "$dir/bin/node"
    local status=$?
    rm -rf "$tmp"
    if [ $status -ne 0 ]; then
      echo "use-node: could not fetch node-$os-$arch@$want_version; install Node >= 22.12 yourself" >&2
      return 1
    fi
  fi
  export PATH="$dir/bin:$PATH"
  hash -r 2>/dev/null || true
}

_use_node_main
_use_node_status=$?
unset -f _use_node_main
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  # Executed rather than sourced: print the PATH entry so a caller can eval it.
  [ $_use_node_status -eq 0 ] && echo "export PATH=\"$PATH\""
  exit $_use_node_status
fi
return $_use_node_status 2>/dev/null || true
