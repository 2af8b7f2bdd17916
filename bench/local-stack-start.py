"""Measures the README's start command: time to 'OpenSDR is up', memory, and a clean Ctrl-C.

usage: python3 bench/local-stack-start.py <checkout> <label> [seconds to settle before measuring, default 20]

Starts <checkout>/deploy/local/start.sh the way a terminal would (its own process group, SIGINT
not ignored; a shell's background job would ignore it), waits for 'OpenSDR is up', sums the PSS
of the whole process tree (Linux /proc), then presses Ctrl-C (SIGINT to the process group) and
checks that every process of the tree is gone within 60 s. Prints the times and a per-process
memory table. Run it on a fresh clone for the cold number, then again for the warm one.
"""
import os, signal, subprocess, sys, time
d, label = sys.argv[1], sys.argv[2]
log = open(f"/tmp/start-{label}.log", "w")
t0 = time.time()
p = subprocess.Popen(["deploy/local/start.sh"], cwd=d, stdout=log, stderr=subprocess.STDOUT,
                     preexec_fn=lambda: (os.setpgrp(), signal.signal(signal.SIGINT, signal.SIG_DFL)))
def text(): return open(f"/tmp/start-{label}.log").read()
while "OpenSDR is up" not in text():
    if p.poll() is not None: print(text()[-2000:]); sys.exit(1)
    time.sleep(0.2)
print(f"{label}: up after {time.time()-t0:.1f} s wall (build check included)")
print([l for l in text().splitlines() if "OpenSDR is up" in l][0])
time.sleep(int(sys.argv[3]) if len(sys.argv) > 3 else 20)
def children(pid):
    out = []
    for q in os.listdir("/proc"):
        if q.isdigit():
            try:
                ppid = int(open(f"/proc/{q}/stat").read().rsplit(")", 1)[1].split()[1])
            except Exception: continue
            if ppid == pid: out.append(int(q))
    return out
tree, todo = [], [p.pid]
while todo:
    x = todo.pop(); tree.append(x); todo += children(x)
total = 0
for x in tree:
    try:
        pss = next(int(l.split()[1]) for l in open(f"/proc/{x}/smaps_rollup") if l.startswith("Pss:"))
        cmd = open(f"/proc/{x}/cmdline").read().replace("\0", " ")
    except Exception: continue
    name = next((w for w in ["KafkaBroker", "local-stack.jar", "quarkus-run", "campaign-service", "prospector-service", "qualifier-service", "outreach-service", "gateway.jar"] if w in cmd), cmd[:40])
    print(f"  {x:>7} {pss/1024:7.1f} MB  {name}")
    total += pss
print(f"{label}: total PSS {total/1024:.0f} MB over {len(tree)} processes")
os.killpg(p.pid, signal.SIGINT)
t1 = time.time()
p.wait(60)
while any(os.path.exists(f"/proc/{x}") and open(f"/proc/{x}/stat").read().split()[2] != "Z" for x in tree):
    if time.time() - t1 > 60: print("ORPHANS", [x for x in tree if os.path.exists(f"/proc/{x}")]); sys.exit(1)
    time.sleep(0.1)
print(f"{label}: all {len(tree)} processes gone {time.time()-t1:.1f} s after Ctrl-C; start.sh exit code {p.returncode}")
