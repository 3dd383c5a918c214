using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Dyad.Benchmarks.BenchInputs).Assembly).Run(args);
