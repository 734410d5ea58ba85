#!/usr/bin/env bash
# The crash campaign, long version: the same CrashCampaignIT that CI runs once with one kill of each target, here
# with more rounds and a higher rate. Prints the reconciliation summary; exits non-zero on any lost or doubled report.
#
#   deploy/campaigns/crash.sh [--rounds 5] [--rate 30] [--every-repeat 4] [--calm-seconds 5] [--downtime-seconds 3]
#                             [--settle-seconds 900]
#
# Maven options: MAVEN_ARGS (e.g. -o). Logs of every process: deploy/campaigns/target/crash-stack/var/logs/ (those of
# a failed attempt, which Failsafe runs once more: deploy/campaigns/target/crash-stack/previous-logs/).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

rounds=5 rate=30 every_repeat=4 calm=5 downtime=3 settle=900
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --every-repeat) every_repeat="$2"; shift 2 ;;
    --calm-seconds) calm="$2"; shift 2 ;;
    --downtime-seconds) downtime="$2"; shift 2 ;;
    --settle-seconds) settle="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

rm -f deploy/campaigns/target/crash-summary.txt
./mvnw -B ${MAVEN_ARGS:-} -pl deploy/campaigns -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=CrashCampaignIT -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dgridline.crash.rounds="$rounds" -Dgridline.crash.rate="$rate" -Dgridline.crash.every-repeat="$every_repeat" \
  -Dgridline.crash.calm-seconds="$calm" -Dgridline.crash.downtime-seconds="$downtime" \
  -Dgridline.crash.settle-seconds="$settle" || status=$?
cat deploy/campaigns/target/crash-summary.txt 2>/dev/null || true
exit "${status:-0}"
