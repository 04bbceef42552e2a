#!/usr/bin/env bash
# Prepares a Debian/Ubuntu machine for onestop-counter: system packages
# (when run as root or with sudo), a virtual environment in .venv and the
# Python packages of pyproject.toml. Safe to run again; it skips what is done.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  gcc
  xvfb libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1
  libfontconfig1 libdbus-1-3
  fonts-dejavu-core fonts-noto-core poppler-utils zbar-tools
  pcscd libpcsclite-dev vsmartcard-vpcd
  postgresql
  chromium chromium-driver
)

install_debian_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local py="${PYTHON:-python3}"
  # Debian's own Python needs these; a Python built elsewhere (pyenv) has them already.
  "$py" -c 'import ensurepip, venv' 2>/dev/null || DEBIAN_PACKAGES+=(python3-venv)
  "$py" -c 'import sysconfig, os, sys; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' \
    || DEBIAN_PACKAGES+=(python3-dev)
  local missing=()
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Cần cài các gói hệ thống (needs system packages): ${missing[*]}" >&2
      echo "Chạy lại với quyền root (run again as root)." >&2
      exit 1
    fi
  fi
  echo "Installing Debian packages: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

make_venv() {
  local py="${PYTHON:-python3}"
  "$py" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
    echo "Python 3.11 or newer is needed (found: $("$py" --version 2>&1))." >&2; exit 1; }
  [ -x .venv/bin/python ] || "$py" -m venv .venv
  local stamp
  stamp=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ "$(cat .venv/.setup-stamp 2>/dev/null)" != "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[dev]"
    echo "$stamp" > .venv/.setup-stamp
  fi
}

install_debian_packages
make_venv
