using System.Globalization;
using BenchmarkDotNet.Running;

if (args is ["import-memory", ..])
{
    return await MineAction.Benchmarks.ImportMemory.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100);
}

BenchmarkSwitcher.FromAssembly(typeof(MineAction.Benchmarks.BenchDatabase).Assembly).Run(args);
return 0;
