#!/bin/bash
# cpu-of.sh NAME CMD...: runs CMD in its own cpuacct cgroup (cgroup v1, as root) and prints the processor seconds its
# whole process tree used; unlike `time`, this counts Chromium's renderers, which its zygote forks and reaps.
name=$1; shift
g=/sys/fs/cgroup/cpuacct/$name
mkdir -p $g; echo 0 > $g/cpuacct.usage
bash -c 'echo $$ > '$g'/tasks; exec "$@"' _ "$@"
rc=$?
echo "CPU[$name] $(awk '{printf "%.1f", $1/1e9}' $g/cpuacct.usage) s"
exit $rc
