# shellcheck shell=bash
# Runtime settings of the .NET process that have no runtimeconfig.json name, so they travel in the
# environment; what is already set wins. Source this file before starting the app. Measured with
# ops/bench (README, Performance):
# * DOTNET_GCgen0size=0x1000000: a 16 MB gen0 budget. The default follows the CPU's cache size and let
#   the heap commit about 100 MB for a live heap of 15 MB; 16 MB took 60-70 MB off the peak RSS and
#   cost no throughput.
# * DOTNET_TC_CallCountingDelayMs=0: hot methods are optimised as soon as they are hot, not after a quiet
#   100 ms without new compilations, which a busy node seldom has: after a start, requests and approvals
#   ran 25-50 % faster in the bench's phases (5-s warm-up, 20-s measurement).
export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x1000000}"
export DOTNET_TC_CallCountingDelayMs="${DOTNET_TC_CallCountingDelayMs:-0}"
