using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(MineAction.Benchmarks.LandReleaseBenchmarks).Assembly).Run(args);
