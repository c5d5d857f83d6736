using BenchmarkDotNet.Configs;
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

if (args.Length > 0 && args[0] == "audit-load")
{
    return await AuditLoadBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "bhyt-claims")
{
    return await CoSo.Bench.Bhyt.ClaimsBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "backup")
{
    return await CoSo.Bench.Operations.BackupBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "web-nodes")
{
    return await CoSo.Bench.Operations.WebNodesBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "fhir-export")
{
    return await CoSo.Bench.Fhir.FhirExportBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "fhir-search")
{
    return await CoSo.Bench.Fhir.FhirSearchBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "village-app")
{
    return await CoSo.Bench.Village.VillageAppBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "village-sync")
{
    return await CoSo.Bench.Village.VillageSyncBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "surveillance-alerts")
{
    return await AlertsBench.RunAsync(args[1..]);
}

// BenchmarkDotNet builds a copy of this project and its references for each run; on the shared 2-core machine that took
// longer than its default two minutes and every kernel failed with "The configured timeout 00:02:00 was reached".
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(20));
BenchmarkSwitcher.FromAssembly(typeof(ImportBench).Assembly).Run(args, config);
return 0;
