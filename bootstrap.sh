#!/usr/bin/env bash
# Set up Workload Desk on a fresh Debian/Ubuntu machine, then run it.
#   bash bootstrap.sh demo     set up and open the window on a demo year (demo.db, apart from your own data)
#   bash bootstrap.sh app      set up and open the window on your own database
#   bash bootstrap.sh test     set up and run the whole test suite, headless
#   bash bootstrap.sh bench    set up, build the bundle and run the benchmarks (with the peers Watson and Timewarrior)
#   bash bootstrap.sh screenshots    every panel and the main dialogs at 1366x768 and 1920x1080 at 150%, nl/en, light/dark, into screenshots/
#   bash bootstrap.sh translations   refresh the .ts sources from the code (pyside6-lupdate) and build the .qm
#   bash bootstrap.sh bundle   build the one-folder bundle into dist/workload-desk (PyInstaller) and smoke-test it
#   bash bootstrap.sh install-desktop-entry   put Workload Desk in your desktop's menu (this user only)
set -euo pipefail
cd "$(dirname "$0")"
what=${1:-app}
venv=${WORKLOAD_DESK_VENV:-.venv}

# What Qt needs from the system, and (for tests) a virtual screen and PDF tools.
packages=(libgl1 libegl1 libfontconfig1 fonts-dejavu-core libxkbcommon0 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 xvfb xauth poppler-utils)

install_system_packages() {
  command -v dpkg-query >/dev/null || return 0   # not Debian: bring these yourself
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  python_ok python3 && python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3 python3-venv)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing system packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

python_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }

make_venv() {
  local extras=${1:-test}
  if [ ! -x "$venv/bin/python" ] || ! python_ok "$venv/bin/python"; then
    local py=python3
    python_ok "$py" || { echo "Workload Desk needs Python 3.11 or newer." >&2; exit 1; }
    "$py" -m venv "$venv"
  fi
  "$venv/bin/python" -m pip install -q --upgrade pip
  "$venv/bin/python" -m pip install -q -e ".[$extras]"
}

case "$what" in
  app)
    install_system_packages
    make_venv
    exec "$venv/bin/workload-desk" "${@:2}"
    ;;
  demo)
    install_system_packages
    make_venv
    db=$("$venv/bin/python" -c 'from workload_desk.core.database import default_path; print(default_path().with_name("demo.db"))')
    [ -e "$db" ] || "$venv/bin/workload-desk" --db "$db" demo
    exec "$venv/bin/workload-desk" --db "$db" "${@:2}"
    ;;
  test)
    packages+=(strace util-linux)   # the no-network test runs the app in a namespace and counts its connects
    packages+=(desktop-file-utils appstream)   # the validators of the desktop entry and the AppStream file
    install_system_packages
    make_venv test,bundle   # a test builds the bundle and smoke-tests it
    export QT_QPA_PLATFORM=offscreen
    exec "$venv/bin/python" -m pytest -q "${@:2}"
    ;;
  bench)
    packages+=(timewarrior)   # the C++ peer for week --json
    install_system_packages
    make_venv test,bundle
    # Watson, the Python peer, lives in an environment of its own: it is never a dependency of the app.
    if [ ! -x .venv-bench/bin/watson ]; then
      python3 -m venv .venv-bench
      .venv-bench/bin/python -m pip install -q td-watson
    fi
    # The bundle is built afresh (30-70 s), so its figures are of the code as it is; --quick skips it.
    if [[ " ${*:2} " != *" --quick "* ]]; then
      rm -rf build/workload-desk dist/workload-desk build/bench-dist build/bench-work  # the empty window's too
      "$venv/bin/pyinstaller" --noconfirm --log-level WARN packaging/workload-desk.spec
    fi
    exec "$venv/bin/python" -m benchmarks "${@:2}"
    ;;
  screenshots)
    make_venv
    exec "$venv/bin/python" packaging/screenshots.py "${@:2}"
    ;;
  translations)
    make_venv
    "$venv/bin/pyside6-lupdate" $(find workload_desk -name '*.py' | sort) \
      -ts resources/translations/workload_desk_nl.ts -no-obsolete -locations none
    # English is the source language: its catalog holds only the forms of counted words (%n).
    "$venv/bin/pyside6-lupdate" $(find workload_desk -name '*.py' | sort) -pluralonly -target-language en \
      -ts resources/translations/workload_desk_en.ts -no-obsolete -locations none
    # The compiled .qm is committed (a wheel needs no Qt tool to build); tests check it says what the .ts says.
    "$venv/bin/pyside6-lrelease" -silent resources/translations/*.ts
    ;;
  bundle)
    install_system_packages
    make_venv test,bundle
    rm -rf build/workload-desk dist/workload-desk
    "$venv/bin/pyinstaller" --noconfirm --log-level WARN packaging/workload-desk.spec
    exec "$venv/bin/python" packaging/smoke_test.py dist/workload-desk/workload-desk
    ;;
  install-desktop-entry)
    install_system_packages
    make_venv
    exec "$venv/bin/python" packaging/install_desktop_entry.py "$venv/bin/workload-desk" "${@:2}"
    ;;
  *)
    echo "usage: bash bootstrap.sh demo|app|test|bench|screenshots|translations|bundle|install-desktop-entry" >&2
    exit 2
    ;;
esac
