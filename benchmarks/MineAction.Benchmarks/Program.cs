using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(MineAction.Benchmarks.BenchDatabase).Assembly).Run(args);
