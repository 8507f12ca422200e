# shellcheck shell=bash
# The Debian/Ubuntu system-package checks that scripts/run-tests and
# scripts/install-and-start share. Source it (it only defines functions):
#
#   source "$REPO/scripts/lib/system-packages.sh"
#
# The sourcing script must first define
#   PKG_FILE   the package list, scripts/system-packages.txt
#   say MSG    print "NAME: MSG" on stdout
#   die MSG    print "NAME: error: MSG" on stderr and exit 1
# so every line printed here carries that script's own name.
#
# STEADYPAUSE_ASSUME_NONROOT=1 makes ensure_system_packages act as if it were not
# root (to try that branch).

# Print the lines of $PKG_FILE in the given sections, one requirement ("a|b") a line.
packages_in_sections() {
    awk -v want=" $* " '
        /^[[:space:]]*#[[:space:]]*\[[A-Za-z0-9_-]+\]/ {
            match($0, /\[[A-Za-z0-9_-]+\]/); section = substr($0, RSTART + 1, RLENGTH - 2); next
        }
        { sub(/#.*/, ""); gsub(/[[:space:]]/, "") }
        $0 != "" && index(want, " " section " ") { print }
    ' "$PKG_FILE"
}

is_installed() {
    dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -qx 'install ok installed'
}

# For a requirement "a|b", print the first alternative apt can install (else the first).
pick_alternative() {
    local alt alts
    IFS='|' read -ra alts <<<"$1"
    for alt in "${alts[@]}"; do
        if apt-cache policy "$alt" 2>/dev/null | grep 'Candidate: [^(]' >/dev/null; then
            echo "$alt"; return
        fi
    done
    echo "${1%%|*}"
}

# debian_venv_package PYTHON
# Debian's own Python has venv/ensurepip in a separate package: if PYTHON is one of
# Debian's and lacks them, print that package's name ("python3.X-venv"), else nothing.
debian_venv_package() {
    local python=$1
    if ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1 \
        && command -v dpkg >/dev/null 2>&1 && dpkg -S "$(readlink -f "$python")" >/dev/null 2>&1; then
        echo "python$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')-venv"
    fi
}

# ensure_system_packages SECTION... [-- EXTRA_PACKAGE...]
# Install what is missing (as root, or with passwordless sudo), or else print the
# `sudo apt-get install ...` line to run and exit 1.
ensure_system_packages() {
    local sections=() extra=() req alt alts ok
    while (($#)) && [[ $1 != -- ]]; do sections+=("$1"); shift; done
    (($#)) && shift && extra=("$@")
    if ! command -v dpkg-query >/dev/null 2>&1; then
        say "note: not a Debian/Ubuntu system; make sure Qt's system libraries are" \
            "installed (see scripts/system-packages.txt for the Debian names)"
        return 0
    fi
    local missing=()
    while IFS= read -r req; do
        [[ -n $req ]] || continue
        ok=
        IFS='|' read -ra alts <<<"$req"
        for alt in "${alts[@]}"; do is_installed "$alt" && ok=1 && break; done
        [[ -n $ok ]] || missing+=("$req")
    done < <(packages_in_sections "${sections[@]}"; printf '%s\n' "${extra[@]}")
    if ((${#missing[@]} == 0)); then
        say "system packages present (${sections[*]})"
        return 0
    fi

    local sudo=() can_install=
    if [[ -z ${STEADYPAUSE_ASSUME_NONROOT:-} ]] && command -v apt-get >/dev/null 2>&1; then
        if [[ $(id -u) -eq 0 ]]; then
            can_install=1
        elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            can_install=1 sudo=(sudo -n)
        fi
    fi
    if [[ -z $can_install ]]; then
        local names=()
        for req in "${missing[@]}"; do names+=("$(pick_alternative "$req")"); done
        {
            say "these system packages are missing: ${names[*]}"
            say "install them with:"
            printf '\n    sudo apt-get install --no-install-recommends %s\n\n' "${names[*]}"
            say "then run this command again."
        } >&2
        exit 1
    fi

    say "updating apt's package lists"
    "${sudo[@]}" apt-get update -q >/dev/null \
        || die "apt-get update failed (try it by hand to see why)"
    local names=()
    for req in "${missing[@]}"; do names+=("$(pick_alternative "$req")"); done
    say "installing system packages: ${names[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${names[@]}" >/dev/null \
        || die "apt-get install failed for: ${names[*]}"
    for alt in "${names[@]}"; do
        is_installed "$alt" || die "system package $alt is still not installed"
    done
}
