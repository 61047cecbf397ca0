using BenchmarkDotNet.Running;

// ops/bench runs these in-process (no separate build per benchmark) and reads their JSON report.
BenchmarkSwitcher.FromAssembly(typeof(Nijkerk.Vergoedingen.Benchmarks.DecisionBenchmarks).Assembly).Run(args);
