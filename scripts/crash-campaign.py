#!/usr/bin/env python3
"""A kill -9 campaign against kiv's write paths.

Starts write operations on a fresh store (batch import of a directory, import of one revised
edition, a link/unlink pair, rebuild), SIGKILLs each one's process group at a random moment,
then checks the store: no revision that was there before is gone, `kiv verify` is clean (right
after the kill, and after one read), and the next write succeeds. Prints one figure per line
(or one JSON object with --format json). Exit status 0 when no revision was lost, verify was
clean after one read every time, every write and read after a kill succeeded and nothing hung;
1 when the campaign found a problem; 2 on bad usage.

Python 3 standard library only. See scripts/crash-campaign.md.
"""

import argparse
import collections
import copy
import json
import os
import random
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

AUTHOR = "Crash Campaign <crash-campaign@example.org>"
KINDS = ("import batch", "import one", "link/unlink", "rebuild")
WEIGHTS = (6, 2, 1, 1)
SLACK = 1.25  # T = SLACK x the estimated duration: most kills land inside the run, some after
PACK_FILE = re.compile(r"^pack-[0-9a-f]{40}(?:[0-9a-f]{24})?\.(?:pack|idx|rev|keep|mtimes)$")
MAX_DETAILS = 5
EXCERPT = 800


def excerpt(text):
    text = text.strip()
    return text if len(text) <= EXCERPT else text[:EXCERPT] + " [...]"


class Campaign:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.kiv = os.path.join(args.bin, "kiv")
        self.stores = 1
        self.store = os.path.join(args.work, "store")
        self.scratch = os.path.join(args.work, "scratch")
        self.repo = args.repo
        self.env = dict(os.environ, NO_COLOR="1")
        self.env.pop("KIV_STORE", None)
        self.start = time.monotonic()
        self.deadline = self.start + args.max_seconds
        self.counter = 0          # makes every generated file's content new
        self.base = {}            # edition id -> the dict it is made from
        self.editions = []        # edition ids that imports may revise
        self.keys = []            # keys shared by kiv/2016-2019 and kiv/2022-2024
        self.known = set()        # the revisions of the last `log` read
        self.duration = {}        # kind -> measured seconds of an uninterrupted run
        self.kills = collections.Counter()
        self.n = dict(finished_before_kill=0, revisions_lost=0, verify_failures_right_after=0,
                      verify_failures_after_read=0, writes_failed=0, reads_failed=0, hangs=0,
                      checkpoints=0, numbering_anomalies=0)
        self.leftovers = {"right after the kill": collections.Counter(),
                          "after one read": collections.Counter(),
                          "after the next write": collections.Counter()}
        self.kills_with_leftovers = collections.Counter()
        self.final_leftovers = collections.Counter()  # in each store once the campaign left it
        self.verify_problems = collections.Counter()  # verify's lines right after a kill
        self.failures = []
        self.first_failure_kill = None
        self.stopped = "kills done"
        self.records = []
        self.current_kill = 0

    # ---- running kiv ------------------------------------------------------------------------

    def cmd(self, *words):
        return [self.kiv, "--store", self.store, *words]

    def run(self, argv, what):
        """Runs argv to its end, bounded by --timeout; returns (status or None on a hang,
        stdout, stderr, seconds)."""
        began = time.monotonic()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=self.env, start_new_session=True)
        try:
            out, err = proc.communicate(timeout=self.args.timeout)
        except subprocess.TimeoutExpired:
            killpg(proc)
            out, err = proc.communicate()
            self.n["hangs"] += 1
            self.fail("hang: " + what, argv, None, "no end after %gs; standard error: %s" % (
                self.args.timeout, err.decode(errors="replace")))
            return None, out.decode(errors="replace"), err.decode(errors="replace"), \
                time.monotonic() - began
        return proc.returncode, out.decode(errors="replace"), err.decode(errors="replace"), \
            time.monotonic() - began

    def fail(self, what, argv, status, text):
        if self.first_failure_kill is None:
            self.first_failure_kill = self.current_kill
        if len(self.failures) < MAX_DETAILS:
            self.failures.append({"kill": self.current_kill, "what": what,
                                  "command": shlex.join(argv), "status": status,
                                  "output": excerpt(text)})

    def read(self, words, what):
        """A read command after a kill; returns its stdout, or None when it failed."""
        argv = self.cmd(*words)
        status, out, err, _ = self.run(argv, what)
        if status is None:
            return None
        if status != 0:
            self.n["reads_failed"] += 1
            self.fail(what + " failed", argv, status, err or out)
            return None
        return out

    def write(self, kind, what):
        """Runs one operation of the kind uninterrupted; returns (ok, seconds)."""
        argv, cleanup = self.prepare(kind)
        try:
            status, out, err, seconds = self.run(argv, what)
        finally:
            cleanup()
        if status is None:
            return False, seconds
        if status != 0:
            self.n["writes_failed"] += 1
            self.fail(what + " (%s) failed" % kind, argv, status, err or out)
            return False, seconds
        self.learn(kind, seconds)
        return True, seconds

    def learn(self, kind, seconds):
        """The estimated duration of a kind: measured uninterrupted at the start, then moved
        by every later run that shows how long the kind takes on the store as it has grown."""
        if kind not in self.duration:
            self.duration[kind] = seconds
        else:
            self.duration[kind] = 0.7 * self.duration[kind] + 0.3 * seconds

    # ---- the store's state ------------------------------------------------------------------

    def observe(self, when):
        """Reads `log --format json`; counts the revisions known before and now absent."""
        out = self.read(["log", "--format", "json"], "log " + when)
        if out is None:
            return False
        try:
            entries = json.loads(out)
            now = {(e["series"], e["edition"], e["revision"], e["commit"]) for e in entries}
        except (ValueError, KeyError, TypeError) as e:
            self.n["reads_failed"] += 1
            self.fail("log %s printed no revisions (%s)" % (when, e), self.cmd("log", "--format",
                                                                                "json"), 0, out)
            return False
        lost = self.known - now
        if lost:
            self.n["revisions_lost"] += len(lost)
            self.fail("revisions lost (%s)" % when, self.cmd("log", "--format", "json"), 0,
                      "absent now: " + ", ".join("%s/%s@%d %s" % r for r in sorted(lost)))
        by_edition = collections.defaultdict(list)
        for series, edition, revision, _ in now:
            by_edition[(series, edition)].append(revision)
        for (series, edition), revisions in by_edition.items():
            if sorted(revisions) != list(range(1, len(revisions) + 1)):
                self.n["numbering_anomalies"] += 1
                self.fail("revision numbers of %s/%s are not 1..n (%s)" % (series, edition, when),
                          self.cmd("log", "--format", "json"), 0, repr(sorted(revisions)))
        self.known = now
        return True

    def scan_leftovers(self):
        """Files a writer that ended should not leave behind: locks, temporary packs and
        objects, SQLite journals, a half-written index (a report, not a verdict). Returns the
        paths in the store."""
        found = set()
        for root, dirs, files in os.walk(self.store):
            rel_root = os.path.relpath(root, self.store)
            for name in files + dirs:
                rel = os.path.normpath(os.path.join(rel_root, name))
                if rel_root == ".":
                    odd = name not in ("git", "index.sqlite", "lock")
                elif rel_root == os.path.join("git", "objects", "pack"):
                    odd = not PACK_FILE.match(name)
                else:
                    odd = name.endswith(".lock") or name.startswith(("tmp_", "tmp-", "incoming-"))
                if odd:
                    found.add(rel)
        return found

    def note_leftovers(self, when, before):
        """Counts, by kind of name, the leftovers that were not there before the operation."""
        new = sorted(self.scan_leftovers() - before)
        for f in new:
            self.leftovers[when][shape(f)] += 1
        if new:
            self.kills_with_leftovers[when] += 1
        return new

    # ---- what the operations import ---------------------------------------------------------

    def load_bases(self):
        for name in ("2016-2019", "2022-2024"):
            with open(os.path.join(self.repo, "editions", "kiv", name + ".json"),
                      encoding="utf-8") as f:
                self.base[name] = json.load(f)
        template = self.base["2022-2024"]
        for i in range(self.args.pool):
            year = 2030 + 4 * i
            edition = "%d-%d" % (year, year + 3)
            e = copy.deepcopy(template)
            e["edition"] = edition
            e["title"] = {"nl": "Kadernota Integrale Veiligheid %s" % edition}
            e["period"] = {"from": year, "to": year + 3}
            e["adopted"] = "%d-03-31" % year
            e["provenance"] = {"note": "Made by scripts/crash-campaign.py from kiv/2022-2024."}
            self.base[edition] = e
        self.synthetic = [e for e in self.base if e not in ("2016-2019", "2022-2024")]
        old = {i.get("key") for i in self.base["2016-2019"]["priorities"]}
        self.keys = [i["key"] for i in self.base["2022-2024"]["priorities"] if i.get("key") in old]

    def revised(self, edition):
        """A copy of the edition with some item titles reworded, unlike any before it."""
        self.counter += 1
        e = copy.deepcopy(self.base[edition])
        items = e["priorities"] + e["themes"]
        for item in self.rng.sample(items, min(len(items), self.rng.randint(1, 3))):
            item["title"]["nl"] = self.rng.choice(("herzien: ", "bijgewerkt: ", "")) + \
                item["title"]["nl"].split(" (")[0] + " (lezing %d)" % self.counter
        items[0]["title"]["nl"] = items[0]["title"]["nl"].split(" (")[0] + \
            " (lezing %d)" % self.counter
        return e

    def write_edition(self, directory, edition):
        path = os.path.join(directory, "kiv-%s.json" % edition)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.revised(edition), f, ensure_ascii=False, indent=2)
            f.write("\n")
        return path

    def prepare(self, kind):
        """The argv of one operation of the kind, and what removes its files afterwards."""
        d = tempfile.mkdtemp(prefix="op-", dir=self.scratch)

        def cleanup():
            shutil.rmtree(d, ignore_errors=True)

        if kind == "import batch":
            batch = os.path.join(d, "batch")
            os.mkdir(batch)
            chosen = self.rng.sample(self.synthetic, min(self.args.batch, len(self.synthetic)))
            if self.rng.random() < 0.3:  # a few batches also revise the bundled editions
                chosen[:1] = self.rng.sample(["2016-2019", "2022-2024"], self.rng.randint(1, 2))
            for edition in chosen:
                self.write_edition(batch, edition)
            return self.cmd("import", batch, "--author", AUTHOR,
                            "-m", "crash campaign batch %d" % self.counter), cleanup
        if kind == "import one":
            edition = self.rng.choice(self.editions)
            path = self.write_edition(d, edition)
            return self.cmd("import", path, "--author", AUTHOR), cleanup
        if kind == "link/unlink":
            key = self.rng.choice(self.keys)
            old, new = "kiv/2016-2019:" + key, "kiv/2022-2024:" + key
            out = self.read(["links", "--format", "json"], "links before a link/unlink")
            linked = False
            if out is not None:
                try:
                    linked = any(l["from"]["ref"] == old and l["to"]["ref"] == new
                                 for l in json.loads(out))
                except (ValueError, KeyError, TypeError):
                    pass
            first, second = ("unlink", "link") if linked else ("link", "unlink")
            q = shlex.quote
            base = "%s --store %s" % (q(self.kiv), q(self.store))
            script = "%s %s --author %s %s %s && %s %s --author %s %s %s" % (
                base, first, q(AUTHOR), q(old), q(new), base, second, q(AUTHOR), q(old), q(new))
            return ["/bin/sh", "-c", script], cleanup
        if kind == "rebuild":
            return self.cmd("rebuild"), cleanup
        raise ValueError(kind)

    def period(self, kind):
        return max(0.005, SLACK * self.duration.get(kind, 0.2))

    # ---- the campaign -----------------------------------------------------------------------

    def calibrate(self, what):
        """Runs each kind once uninterrupted, each must succeed; their durations set T."""
        ok = True
        for kind in KINDS:
            ok = self.write(kind, what)[0] and ok
        return self.observe(what) and ok

    def setup(self):
        os.makedirs(self.scratch, exist_ok=True)
        self.load_bases()
        self.editions = ["2016-2019", "2022-2024"] + self.synthetic
        return self.first_import() and self.calibrate("calibration")

    def first_import(self):
        argv = self.cmd("import", os.path.join(self.repo, "editions", "kiv", "2016-2019.json"),
                        os.path.join(self.repo, "editions", "kiv", "2022-2024.json"),
                        "--author", AUTHOR)
        status, out, err, _ = self.run(argv, "first import")
        if status != 0:
            self.n["writes_failed"] += 1
            self.fail("the first import failed", argv, status, err or out)
            return False
        return self.observe("after the first import")

    def one_kill(self, number):
        self.current_kill = number
        kind = self.rng.choices(KINDS, WEIGHTS)[0]
        self.kills[kind] += 1
        pause = self.rng.uniform(0, self.period(kind))
        argv, cleanup = self.prepare(kind)
        left_before = self.scan_leftovers()
        record = {"kill": number, "store": self.stores, "kind": kind, "pause": round(pause, 4)}
        err_path = os.path.join(self.scratch, "killed.stderr")
        try:
            with open(err_path, "wb") as err_file:
                began = time.monotonic()
                proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=err_file, env=self.env, start_new_session=True)
                try:
                    proc.wait(timeout=pause)
                    if proc.returncode == 0:
                        self.learn(kind, time.monotonic() - began)
                except subprocess.TimeoutExpired:
                    killpg(proc)
                    if pause > self.duration[kind]:  # it takes longer than estimated
                        self.learn(kind, pause * 1.1)
                    try:
                        proc.wait(timeout=self.args.timeout)
                    except subprocess.TimeoutExpired:
                        self.n["hangs"] += 1
                        self.fail("a killed process did not end", argv, None, "")
            status = proc.returncode
            finished = status is not None and status != -signal.SIGKILL
            record["finished_before_kill"] = finished
            record["status"] = status
            if finished:
                self.n["finished_before_kill"] += 1
                if status != 0:
                    self.n["writes_failed"] += 1
                    with open(err_path, encoding="utf-8", errors="replace") as f:
                        self.fail("%s ended before the kill with a failure" % kind, argv, status,
                                  f.read())
        finally:
            cleanup()

        record["leftovers_right_after"] = self.note_leftovers("right after the kill", left_before)
        verify = self.cmd("verify")
        status, out, err, _ = self.run(verify, "verify right after a kill")
        record["verify_right_after"] = status
        if status != 0:
            self.n["verify_failures_right_after"] += 1
            for line in (out + err).splitlines():
                if line.strip() and not line.startswith("verified "):
                    self.verify_problems[re.sub(r"[0-9a-f]{40}|\d+", "N", line.strip())] += 1
        self.read(["list", "--format", "json"], "list after a kill")
        record["leftovers_after_read"] = self.note_leftovers("after one read", left_before)
        status, out, err, _ = self.run(verify, "verify after one read")
        record["verify_after_read"] = status
        if status != 0:
            self.n["verify_failures_after_read"] += 1
            if status is not None:
                self.fail("verify after a kill and one read", verify, status, out + err)
        self.observe("after kill %d" % number)

        # The next write, uninterrupted, must succeed: an import of one revised edition (it
        # moves the branch), and the killed kind itself when that is not an import.
        ok, _ = self.write("import one", "the write after a kill")
        if kind in ("link/unlink", "rebuild"):
            ok = self.write(kind, "the write after a kill")[0] and ok
        record["write_after_ok"] = ok
        record["leftovers_after_write"] = self.note_leftovers("after the next write", left_before)
        self.observe("after the write that followed kill %d" % number)

        if number % 50 == 0:
            self.n["checkpoints"] += 1
            self.calibrate("checkpoint after kill %d" % number)
        self.records.append(record)
        if self.args.fresh_every and number % self.args.fresh_every == 0 \
                and number < self.args.kills and time.monotonic() < self.deadline:
            self.fresh_store()

    def fresh_store(self):
        """verify reads the whole history, so its time grows with the store: every
        --fresh-every kills the campaign goes on in a new store."""
        self.note_final_leftovers()
        if not self.args.keep:
            shutil.rmtree(self.store, ignore_errors=True)
        self.stores += 1
        self.store = os.path.join(self.args.work, "store-%d" % self.stores)
        self.known = set()
        self.first_import()

    def campaign(self):
        if not self.setup():
            self.stopped = "setup failed"
            return
        for number in range(1, self.args.kills + 1):
            if time.monotonic() >= self.deadline:
                self.stopped = "max-seconds reached after %d kills" % (number - 1)
                break
            self.one_kill(number)
        self.current_kill = sum(self.kills.values())
        self.read(["list", "--format", "json"], "list at the end")
        status, out, err, _ = self.run(self.cmd("verify"), "verify at the end")
        self.final_verify = status
        if status != 0:
            self.n["verify_failures_after_read"] += 1
            if status is not None:
                self.fail("verify at the end", self.cmd("verify"), status, out + err)
        self.observe("at the end")
        self.note_final_leftovers()

    def note_final_leftovers(self):
        for f in self.scan_leftovers():
            self.final_leftovers[shape(f)] += 1

    # ---- the report -------------------------------------------------------------------------

    def ok(self):
        return all(self.n[k] == 0 for k in ("revisions_lost", "verify_failures_after_read",
                                            "writes_failed", "reads_failed", "hangs")) \
            and not self.stopped.startswith("setup")

    def summary(self):
        total = sum(self.kills.values())
        return {
            "kills": total,
            "kills_by_kind": {k: self.kills[k] for k in KINDS},
            "finished_before_kill": self.n["finished_before_kill"],
            "revisions_lost": self.n["revisions_lost"],
            "verify_failures_right_after_kill": self.n["verify_failures_right_after"],
            "verify_failures_after_one_read": self.n["verify_failures_after_read"],
            "writes_after_kill_failed": self.n["writes_failed"],
            "reads_after_kill_failed": self.n["reads_failed"],
            "hangs": self.n["hangs"],
            "revision_numbering_anomalies": self.n["numbering_anomalies"],
            "first_failure_at_kill": self.first_failure_kill,
            "kills_leaving_files": dict(self.kills_with_leftovers),
            "leftover_files": {w: dict(c) for w, c in self.leftovers.items() if c},
            "leftover_files_in_the_stores_at_the_end": dict(self.final_leftovers),
            "verify_problems_right_after_kill": dict(self.verify_problems.most_common(MAX_DETAILS)),
            "checkpoints": self.n["checkpoints"],
            "stores": self.stores,
            "revisions_in_store": len(self.known),
            "pause_ceiling_seconds": {k: round(self.period(k), 4) for k in KINDS
                                      if k in self.duration},
            "seed": self.args.seed,
            "elapsed_seconds": round(time.monotonic() - self.start, 1),
            "stopped": self.stopped,
            "work": self.args.work if self.args.keep else None,
            "failures": self.failures,
            "ok": self.ok(),
            "command": shlex.join([sys.executable] + sys.argv),
        }

    def print_text(self, s):
        by = ", ".join("%s %d" % (k, s["kills_by_kind"][k]) for k in KINDS)
        print("kills: %d (%s)" % (s["kills"], by))
        print("finished before the kill: %d" % s["finished_before_kill"])
        print("revisions lost: %d" % s["revisions_lost"])
        print("verify failures right after a kill: %d" % s["verify_failures_right_after_kill"])
        print("verify failures after one read: %d" % s["verify_failures_after_one_read"])
        print("writes after a kill that failed: %d" % s["writes_after_kill_failed"])
        print("reads after a kill that failed: %d" % s["reads_after_kill_failed"])
        print("hangs: %d" % s["hangs"])
        print("revision numbering anomalies: %d" % s["revision_numbering_anomalies"])
        if s["first_failure_at_kill"] is not None:
            print("first failure at kill: %s" % (s["first_failure_at_kill"] or "none yet (setup)"))
        for when, files in s["leftover_files"].items():
            print("kills leaving new files %s: %d (%s)" % (
                when, s["kills_leaving_files"].get(when, 0),
                ", ".join("%s %d" % kv for kv in sorted(files.items()))))
        if s["leftover_files_in_the_stores_at_the_end"]:
            print("files left in the stores at the end: %s" % ", ".join(
                "%s %d" % kv for kv in sorted(s["leftover_files_in_the_stores_at_the_end"].items())))
        for line, count in s["verify_problems_right_after_kill"].items():
            print("verify line right after a kill (%d times): %s" % (count, line))
        print("checkpoints: %d" % s["checkpoints"])
        print("stores: %d (a fresh one every %s kills)" % (s["stores"],
                                                          self.args.fresh_every or "no"))
        print("revisions in the last store: %d" % s["revisions_in_store"])
        print("pause ceilings (s): %s" % ", ".join(
            "%s %.3f" % kv for kv in s["pause_ceiling_seconds"].items()))
        print("seed: %d" % s["seed"])
        print("elapsed: %.1f s (%s)" % (s["elapsed_seconds"], s["stopped"]))
        if s["work"]:
            print("work directory kept: %s" % s["work"])
        for i, f in enumerate(s["failures"], 1):
            print("failure %d: kill %d: %s: status %s: %s" % (i, f["kill"], f["what"],
                                                              f["status"], f["command"]))
            for line in f["output"].splitlines():
                print("    " + line)
        print("result: %s" % ("ok" if s["ok"] else "FAILED"))


def shape(path):
    """A leftover's name with its random part folded, so that they can be counted."""
    return re.sub(r"[0-9a-f]{8,}|(?<=tmp_)[^/]+", "*", path)


def killpg(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    p = argparse.ArgumentParser(description="kill -9 campaign against kiv's write paths")
    p.add_argument("--kills", type=int, help="operations to kill (default 1000, --quick 30)")
    p.add_argument("--bin", default=os.path.join(repo, "build", "cli"),
                   help="directory holding kiv and kiv-full (default build/cli)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--work", help="work directory (default: a temporary one)")
    p.add_argument("--keep", action="store_true", help="keep the work directory")
    p.add_argument("--batch", type=int, default=20, help="editions per batch import (default 20)")
    p.add_argument("--pool", type=int, default=40,
                   help="synthetic editions the batches revise (default 40)")
    p.add_argument("--fresh-every", type=int, default=100,
                   help="go on in a new store every N kills, 0 never (default 100): verify "
                        "reads the whole history, so its time grows with the store")
    p.add_argument("--timeout", type=float, default=60,
                   help="seconds any one command may take before it counts as a hang (default 60)")
    p.add_argument("--max-seconds", type=float,
                   help="stop the campaign after this long (default 3600, --quick 120)")
    p.add_argument("--quick", action="store_true", help="CI: 30 kills, at most 120 s")
    p.add_argument("--format", choices=("text", "json"), default="text")
    args = p.parse_args()
    args.kills = args.kills if args.kills is not None else (30 if args.quick else 1000)
    if args.max_seconds is None:
        args.max_seconds = 120 if args.quick else 3600
    if args.kills < 0 or args.batch < 1 or args.pool < 2 or args.timeout <= 0 \
            or args.fresh_every < 0:
        p.error("--kills, --fresh-every must be >= 0, --batch >= 1, --pool >= 2, --timeout > 0")
    for prog in ("kiv", "kiv-full"):
        if not os.access(os.path.join(args.bin, prog), os.X_OK):
            p.error("no executable %s in %s (--bin)" % (prog, args.bin))
    args.bin = os.path.abspath(args.bin)
    args.repo = repo
    remove = False
    if args.work is None:
        args.work = tempfile.mkdtemp(prefix="kiv-crash-")
        remove = not args.keep
    else:
        args.work = os.path.abspath(args.work)
        if os.path.exists(os.path.join(args.work, "store")):
            p.error("%s already holds a store" % args.work)
        os.makedirs(args.work, exist_ok=True)
        args.keep = True

    c = Campaign(args)
    try:
        c.campaign()
    except KeyboardInterrupt:
        c.stopped = "interrupted after %d kills" % sum(c.kills.values())
    s = c.summary()
    if args.keep:
        with open(os.path.join(args.work, "kills.jsonl"), "w") as f:
            for r in c.records:
                f.write(json.dumps(r) + "\n")
    if remove:
        shutil.rmtree(args.work, ignore_errors=True)
    if args.format == "json":
        print(json.dumps(s, indent=2, ensure_ascii=False))
    else:
        c.print_text(s)
    return 0 if s["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
