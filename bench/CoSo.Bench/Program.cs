using BenchmarkDotNet.Running;
using CoSo.Bench.Import;

if (args.Length > 0 && args[0] == "import")
{
    return await ImportBench.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(ImportBench).Assembly).Run(args);
return 0;
