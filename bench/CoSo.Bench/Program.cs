using BenchmarkDotNet.Running;
using CoSo.Bench.Chronic;
using CoSo.Bench.Import;
using CoSo.Bench.Indicators;
using CoSo.Bench.People;
using CoSo.Bench.Surveillance;

if (args.Length > 0 && args[0] == "import")
{
    return await ImportBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "import-client")
{
    return await ImportClientBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "chronic")
{
    return await ChronicIndicatorsBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "indicators")
{
    return await IndicatorsBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "immunization-duelists")
{
    return await CoSo.Bench.Immunization.DueListBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "station-day")
{
    return await CoSo.Bench.Encounters.StationDayBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "queue-latency")
{
    return await CoSo.Bench.Encounters.QueueLatencyBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "search")
{
    return await SearchBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "surveillance-alerts")
{
    return await AlertsBench.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(ImportBench).Assembly).Run(args);
return 0;
