#!/usr/bin/env python3
"""Every example in every --help of kiv runs, as printed, and exits as it should.

The examples are read from `kiv --help` and `kiv COMMAND --help` (and the help of each
subcommand). Each runs with bash, in its own copy of one prepared world: a working directory
holding the files the examples name (the bundled editions, with the items the curated-link
examples name added; a note as text, PDF and HTML; a corrected edition; a series file), a store
holding those editions with a second revision of kiv/2022-2024, and the remotes the sharing
examples name as bare repositories. Absolute paths of the examples (/srv/..., ~/..., /tmp/...,
/var/www/...) are moved into the world. What cannot run here is listed in NOT_RUN with the
reason, and the test fails when an example is neither run nor listed (or a listed one is gone),
so that a new example is run from the day it is written.

Usage: examples_test.py --kiv BUILD/cli/kiv --source REPO
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

# Examples that need what a test machine has not: a server on the network. (Adding a remote
# with such a URL runs: it only writes the store's configuration.)
NOT_RUN = {
    "kiv clone git://archive.example.org/kiv.git": "a git daemon at archive.example.org",
    "kiv clone ssh://archief@zone.example.org/srv/kiv.git --ssh-key ~/.ssh/id_ed25519":
        "an SSH server at zone.example.org",
}

# Examples whose exit status is not 0, and why.
EXPECTED_STATUS = {
    "kiv diff kiv/2016-2019 kiv/2022-2024 --stat --exit-code": (1, "the editions differ"),
    "kiv -q diff kiv/2016-2019 kiv/2022-2024 --exit-code": (1, "the editions differ"),
}
# The world's store is made now: as of a day before today it had recorded nothing (status 2);
# on or after that day's end (a test clock set back), it held everything.
if time.gmtime() > time.strptime("2026-11-30T23:59:59", "%Y-%m-%dT%H:%M:%S"):
    EXPECTED_STATUS["kiv list --as-of 2026-11-30"] = (2, "the store was made after that day")

# What the examples of a command (or one example) need beyond the world, run before each.
PREPARE = {
    "kiv remote add origin /srv/share/kiv-archive.git": [["remote", "remove", "origin"]],
    "kiv remote add zone ssh://archief@zone.example.org/srv/kiv.git": [["remote", "remove", "zone"]],
    "series show": [["series", "add", "zvp-gent.json"]],
    # Importing the bundled files over a correction is refused (it would undo it), and a page
    # in another language must have the items of the edition it joins: the store as it was
    # before the correction and before the items the link examples name.
    "import": "the first store",
    "unlink": [
        ["link", "kiv/2016-2019:fietsdiefstal", "kiv/2022-2024:tweewielercriminaliteit"],
        ["link", "kiv/2016-2019:inbraken", "kiv/2022-2024:vermogenscriminaliteit", "--as",
         "merged"],
    ],
    "init": "no store",
    "clone": "no store",
}

# Items the curated-link examples name, added to the world's copies of the bundled editions.
ADDED_ITEMS = {
    "2016-2019": [("fietsdiefstal", "fietsdiefstal"), ("mensenhandel", "mensenhandel"),
                  ("inbraken", "inbraken"), ("overvallen", "overvallen")],
    "2022-2024": [("tweewielercriminaliteit", "tweewielercriminaliteit"),
                  ("uitbuiting", "economische en seksuele uitbuiting"),
                  ("smokkel", "mensensmokkel"),
                  ("vermogenscriminaliteit", "georganiseerde vermogenscriminaliteit")],
}


def run(args, cwd, env, check=True):
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    if check and result.returncode != 0:
        raise SystemExit(f"FAIL: setting up: {' '.join(args)} exited with {result.returncode}: "
                         f"{result.stderr}")
    return result


def command_named(example):
    """The command an example runs: its first word after kiv that is no global option."""
    words = example.split()[1:]
    while words and words[0].startswith("-"):
        words = words[2:] if words[0] == "--store" else words[1:]
    return words[0] if words else ""


def examples_of(kiv, env, words=()):
    """(command word, example) for the help of `kiv WORDS... --help`, its subcommands' too."""
    help_text = run([kiv, *words, "--help"], None, env).stdout
    found = []
    in_examples = False
    for line in help_text.splitlines():
        if line.startswith("Examples:"):
            in_examples = True
        elif not line.strip():
            in_examples = False
        elif in_examples and line.startswith("  kiv"):
            example = line.strip()
            # kiv's own examples are of the command they name.
            found.append((" ".join(words) or command_named(example), example))
    subcommands = re.search(r"^Subcommands:\n((?:  .*\n)+)", help_text + "\n", re.M)
    if subcommands:
        for line in subcommands.group(1).splitlines():
            name = line.split()[0]
            if name != "help":
                found += examples_of(kiv, env, (*words, name))
    return found


def build_world(kiv, source, world, env):
    work = os.path.join(world, "work")
    os.makedirs(work)
    shutil.copytree(os.path.join(source, "editions"), os.path.join(work, "editions"))
    for edition, items in ADDED_ITEMS.items():
        path = os.path.join(work, "editions", "kiv", edition + ".json")
        with open(path) as f:
            data = json.load(f)
        for key, title in items:
            data["priorities"].append(
                {"rank": len(data["priorities"]) + 1, "key": key, "title": {"nl": title}})
        with open(path, "w") as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
    pages = os.path.join(source, "tests", "data", "pages")
    kiv_dir = os.path.join(work, "editions", "kiv")
    shutil.copy(os.path.join(kiv_dir, "2022-2024.nl.txt"), os.path.join(work, "kiv-2022-2024.nl.txt"))
    published = os.path.join(source, "tests", "data", "published")
    shutil.copy(os.path.join(published, "KIV_22-24_NL.pdf"), os.path.join(work, "KIV_22-24_NL.pdf"))
    shutil.copy(os.path.join(published, "KIV_22-24_NL.pdf"),
                os.path.join(work, "KIV_22-24_bijlage.pdf"))
    shutil.copy(os.path.join(pages, "KIV_22-24_FR.html"), os.path.join(work, "KIV_22-24_FR.html"))
    shutil.copy(os.path.join(source, "tests", "data", "series-files", "zvp-gent.json"),
                os.path.join(work, "zvp-gent.json"))
    os.makedirs(os.path.join(work, "notes"))
    shutil.copy(os.path.join(kiv_dir, "2022-2024.nl.txt"), os.path.join(work, "notes", "kiv.txt"))
    with open(os.path.join(kiv_dir, "2022-2024.nl.txt")) as f:
        note = f.read()
    with open(os.path.join(work, "page.txt"), "w") as f:
        f.write(note.replace("2022-2024", "2025-2028"))
    with open(os.path.join(work, "editions", "kiv", "2022-2024.json")) as f:
        corrected = json.load(f)
    corrected["priorities"][9]["title"]["nl"] = "Overlast"  # a cosmetic correction
    with open(os.path.join(work, "corrected.json"), "w") as f:
        json.dump(corrected, f, ensure_ascii=False, indent=2)

    # The store of the import examples: the bundled editions as they are.
    first = dict(env, KIV_STORE=os.path.join(world, "store-first"))
    run([kiv, "import", *(os.path.join(source, "editions", "kiv", name)
                          for name in ("2016-2019.json", "2022-2024.json"))], work, first)
    # The store: both editions, then the correction as kiv/2022-2024@2.
    run([kiv, "import", "editions/kiv/2016-2019.json", "editions/kiv/2022-2024.json"], work, env)
    run([kiv, "import", "corrected.json"], work, env)
    # The remotes the sharing examples name, copies of the store's history.
    store_git = os.path.join(env["KIV_STORE"], "git")
    for remote, path in (("origin", "srv/share/kiv-archive.git"), ("zone", "srv/zone.git")):
        run(["git", "clone", "-q", "--bare", store_git, os.path.join(world, path)], world, env)
        run([kiv, "remote", "add", remote, os.path.join(world, path)], work, env)
    # Other stores, where the examples name them.
    for path in ("srv/archive", "tmp/archive", "home/archives/kiv"):
        shutil.copytree(env["KIV_STORE"], os.path.join(world, path), symlinks=True)
    os.makedirs(os.path.join(world, "var", "www"))


def in_world(example, world):
    """The example with its absolute paths (~/, /srv/, /tmp/, /var/www/) moved into the world."""
    return re.sub(r"(?<![\w.:/])(~/|/srv/|/tmp/|/var/www/)",
                  lambda m: world + ("/home/" if m.group(1) == "~/" else m.group(1)), example)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kiv", required=True)
    parser.add_argument("--source", required=True)
    options = parser.parse_args()
    kiv = os.path.abspath(options.kiv)
    options.source = os.path.abspath(options.source)
    base = tempfile.mkdtemp(prefix="kiv-examples-")
    try:
        world = os.path.join(base, "world")
        env = {"PATH": os.path.dirname(kiv) + ":" + os.environ.get("PATH", "/usr/bin:/bin"),
               "HOME": os.path.join(world, "home"), "KIV_STORE": os.path.join(world, "store"),
               "KIV_AUTHOR": "An Archivist <an@example.org>", "KIV_PAGER": "cat",
               "NO_COLOR": "1", "LC_ALL": "C.UTF-8", "GIT_CONFIG_NOSYSTEM": "1"}
        # The sanitizer build's settings (scripts/test.sh), such as the one leak to ignore.
        for name in ("ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"):
            if name in os.environ:
                env[name] = os.environ[name]
        os.makedirs(env["HOME"])
        build_world(kiv, options.source, world, env)
        examples = examples_of(kiv, env)
        failures = []
        ran = 0
        listed = {example for _, example in examples}
        for gone in sorted(set(NOT_RUN) - listed):
            failures.append(f"NOT_RUN lists {gone!r}, which no --help prints any more")
        for command, example in examples:
            if example in NOT_RUN:
                continue
            copy = os.path.join(base, f"run-{ran}")
            shutil.copytree(world, copy, symlinks=True)
            run_env = dict(env, HOME=os.path.join(copy, "home"), KIV_STORE=os.path.join(copy, "store"))
            # The remotes and the second store name paths in the world: the copy's instead.
            for config in (os.path.join(copy, store, "git", "config")
                           for store in ("store", "srv/archive", "tmp/archive", "home/archives/kiv")):
                if os.path.exists(config):
                    with open(config) as f:
                        text = f.read()
                    with open(config, "w") as f:
                        f.write(text.replace(world + "/", copy + "/"))
            prepare = PREPARE.get(example, PREPARE.get(command, PREPARE.get(command.split(" ")[0])))
            if prepare == "no store":
                shutil.rmtree(run_env["KIV_STORE"])
            elif prepare == "the first store":
                shutil.rmtree(run_env["KIV_STORE"])
                os.rename(os.path.join(copy, "store-first"), run_env["KIV_STORE"])
            elif prepare:
                for args in prepare:
                    run([kiv, *args], os.path.join(copy, "work"), run_env)
            line = in_world(example, copy)
            result = subprocess.run(["bash", "-c", line], cwd=os.path.join(copy, "work"),
                                    env=run_env, capture_output=True, text=True, timeout=120)
            wanted, _ = EXPECTED_STATUS.get(example, (0, ""))
            if result.returncode != wanted:
                failures.append(f"{example!r} exited with {result.returncode}, not {wanted}: "
                                f"{result.stderr.strip()[:400]}")
            ran += 1
            shutil.rmtree(copy)
        for failure in failures:
            print("FAIL: " + failure, file=sys.stderr)
        print(f"examples: {ran} run, {len(NOT_RUN)} not run (they need a network server), "
              f"{len(failures)} failed")
        return 1 if failures else 0
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
