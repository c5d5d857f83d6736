using System.Globalization;
using CoSo.Core.Facilities;
using CoSo.Data.Workforce;

namespace CoSo.Data.Facilities;

/// <summary>The gap views of district and province managers, over the stations and villages in the actor's scope.</summary>
public sealed class GapReport(StaffingQueries staffing, FacilitiesService facilities, CriteriaService criteria)
{
    public const string NoPermanentDoctor = "noPermanentDoctor";
    public const string NoTrainedVillageWorker = "noTrainedVillageWorker";
    public const string NoMaternalCare = "noMaternalCare";
    public const string ShortOfCme = "shortOfCme";
    public const string BelowServiceTarget = "belowServiceTarget";
    public const string FailingCriteria = "failingCriteria";

    public async Task<IReadOnlyList<GapList>> AllAsync(DateOnly date, Guid? criteriaSetId, int year, CancellationToken ct = default)
    {
        var inv = CultureInfo.InvariantCulture;
        var stations = await staffing.StationsAsync(date, ct);
        var lists = new List<GapList>
        {
            new(NoPermanentDoctor, ["station", "contractDoctors", "secondedDoctors"],
                stations.Where(s => s.Staffing.PermanentDoctors == 0).Select(s => Row(s.Name, s.Staffing.ContractDoctors.ToString(inv), s.Staffing.SecondedDoctors.ToString(inv))).ToList()),
            new(NoMaternalCare, ["station", "staff"],
                stations.Where(s => !s.Staffing.HasMaternalCare).Select(s => Row(s.Name, s.Staffing.Total.ToString(inv))).ToList()),
        };

        var villages = await staffing.VillagesAsync(date, ct);
        lists.Add(new(NoTrainedVillageWorker, ["village", "station", "untrainedWorkers"],
            villages.Where(v => v.TrainedWorkers == 0).Select(v => Row(v.Name, v.StationName ?? string.Empty, v.UntrainedWorkers.ToString(inv))).ToList()));

        var cme = await staffing.CmeAsync(date, ct);
        lists.Add(new(ShortOfCme, ["staff", "unit", "hours", "required", "shortfall"],
            cme.Where(c => c.IsShort).Select(c => Row(c.FullName, c.UnitName ?? string.Empty, c.Hours.ToString(inv), c.Required.ToString(inv), c.Shortfall.ToString(inv))).ToList()));

        var coverage = await facilities.CoverageAsync(stations.Select(s => s.StationId).ToList(), ct);
        lists.Add(new(BelowServiceTarget, ["station", "performed", "listed", "percent"],
            stations.Where(s => !coverage[s.StationId].MeetsTarget)
                .Select(s => Row(s.Name, coverage[s.StationId].Performed.ToString(inv), coverage[s.StationId].Listed.ToString(inv), coverage[s.StationId].Percent.ToString(inv))).ToList()));

        if (criteriaSetId is { } setId)
        {
            var results = await criteria.ResultsAsync(setId, year, ct);
            lists.Add(new(FailingCriteria, ["station", "status", "points"],
                results.Where(r => r.Passed != true).Select(r => Row(r.StationName, r.Status?.ToString() ?? "-", r.Points?.ToString(inv) ?? "-")).ToList()));
        }

        return lists;
    }

    private static string[] Row(params string[] cells) => cells;
}
