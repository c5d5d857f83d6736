using System.Text;
using CoSo.Core.Immunization;
using static CoSo.Core.Tests.Immunization.Evaluations;

namespace CoSo.Core.Tests.Immunization;

// The legal versions of the schedule (data/immunization/schedule.json, docs/immunization-schedule.md): TT 38/2017
// (from 2017-12-01), TT 10/2024 (13/06/2024, in force 2024-08-01, replaces TT 38), TT 52/2025 (31/12/2025, in force
// 2026-02-15, replaces TT 10) and TT 13/2026 (16/05/2026, in force 2026-07-01, unverified).
public sealed class LegalVersionTests
{
    [Theory]
    [InlineData("2010-05-01", "TT 38/2017")] // before the baseline: the baseline answers
    [InlineData("2017-12-01", "TT 38/2017")]
    [InlineData("2024-07-31", "TT 38/2017")]
    [InlineData("2024-08-01", "TT 10/2024")]
    [InlineData("2026-02-14", "TT 10/2024")]
    [InlineData("2026-02-15", "TT 52/2025")]
    [InlineData("2026-06-30", "TT 52/2025")]
    [InlineData("2026-07-01", "TT 13/2026")]
    [InlineData("2030-01-01", "TT 13/2026")]
    public void The_version_in_force_on_a_date(string date, string circular) =>
        Assert.StartsWith(circular, Schedule.VersionOn(D(date))!.LegalBasis, StringComparison.Ordinal);

    [Fact]
    public void Each_version_ends_where_the_next_starts_and_only_the_unverified_one_is_low_confidence()
    {
        var v = Schedule.Versions;

        Assert.Equal([D("2017-12-01"), D("2024-08-01"), D("2026-02-15"), D("2026-07-01")], v.Select(x => x.EffectiveFrom));
        Assert.Equal([D("2024-08-01"), D("2026-02-15"), D("2026-07-01"), (DateOnly?)null], v.Select(x => x.EffectiveTo));
        Assert.Equal(["medium", "medium", "medium", "low"], v.Select(x => x.Confidence));
        Assert.StartsWith("Unverified", v[3].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_row_cites_the_version_that_introduced_it()
    {
        // TT 10/2024 introduced IPV 2, rotavirus and the Td booster at 7 years; nothing starts with TT 52 or TT 13 (no PCV
        // row: its ages are in no text available).
        Assert.All(Schedule.Rules.Where(r => r.EffectiveFrom == D("2024-08-01")), r => Assert.StartsWith("TT 10/2024", r.Source, StringComparison.Ordinal));
        Assert.All(Schedule.Rules.Where(r => r.EffectiveFrom == D("2017-12-01")), r => Assert.StartsWith("TT 38/2017", r.Source, StringComparison.Ordinal));
        Assert.DoesNotContain(Schedule.Rules, r => r.EffectiveFrom >= D("2026-02-15"));
    }

    [Theory]
    // Td booster at 7 years (TT 10/2024): 7th birthday one day before / on 2024-08-01.
    [InlineData("2017-07-31", "2024-08-10", "Td", 1, "TT 38/2017", DoseStatus.NotApplicable)]
    [InlineData("2017-08-01", "2024-08-10", "Td", 1, "TT 10/2024", DoseStatus.Due)]
    // DTP-HepB-Hib 1 due at 2 months on 2026-02-14 (TT 10) and on 2026-02-15 (TT 52): the same row, both due.
    [InlineData("2025-12-14", "2026-02-20", "DTP-HepB-Hib", 1, "TT 10/2024", DoseStatus.Due)]
    [InlineData("2025-12-15", "2026-02-20", "DTP-HepB-Hib", 1, "TT 52/2025", DoseStatus.Due)]
    // BCG due at birth on 2026-06-30 (TT 52) and on 2026-07-01 (TT 13, no schedule change): both due.
    [InlineData("2026-06-30", "2026-07-02", "BCG", 1, "TT 52/2025", DoseStatus.Due)]
    [InlineData("2026-07-01", "2026-07-02", "BCG", 1, "TT 13/2026", DoseStatus.Due)]
    public void A_dose_due_before_or_after_an_effective_date_follows_the_version_then_in_force(
        string birth, string asOf, string vaccine, int dose, string circular, DoseStatus status)
    {
        var rows = ScheduleEngine.Evaluate(Schedule, D(birth), D(asOf), [], ChildProgrammes.Routine);

        Assert.Equal(status, rows.Dose(vaccine, dose).Status);
        Assert.StartsWith(circular, Schedule.VersionFor(vaccine, dose, D(birth))!.LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void A_child_under_TT_52_has_the_same_slots_as_one_under_TT_10_no_national_pcv()
    {
        var tt10 = ScheduleEngine.Evaluate(Schedule, D("2025-03-01"), D("2025-04-01"), [], ChildProgrammes.Routine);
        var tt52 = ScheduleEngine.Evaluate(Schedule, D("2026-03-01"), D("2026-04-01"), [], ChildProgrammes.Routine);

        Assert.Equal(tt10.Select(r => (r.Vaccine, r.Dose, r.Status)), tt52.Select(r => (r.Vaccine, r.Dose, r.Status)));
        Assert.Equal(22, tt52.Count);
    }

    [Fact]
    public void A_rule_starting_on_no_version_date_is_refused()
    {
        const string json = """
            {"versions":[{"effectiveFrom":"2017-12-01","effectiveTo":null,"legalBasis":"TT 38/2017/TT-BYT","confidence":"medium"}],
             "rules":[{"vaccine":"BCG","dose":1,"programme":"routine","live":true,"route":"injection",
              "recommendedAge":{"days":0},"minimumAge":{"days":0},"effectiveFrom":"2018-01-01"}]}
            """;

        var ex = Assert.Throws<InvalidDataException>(() => ImmunizationSchedule.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Contains("2018-01-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_that_does_not_end_where_the_next_starts_is_refused()
    {
        const string json = """
            {"versions":[{"effectiveFrom":"2017-12-01","effectiveTo":"2024-07-01","legalBasis":"TT 38/2017/TT-BYT","confidence":"medium"},
                         {"effectiveFrom":"2024-08-01","legalBasis":"TT 10/2024/TT-BYT","confidence":"medium"}],
             "rules":[{"vaccine":"BCG","dose":1,"programme":"routine","live":true,"route":"injection",
              "recommendedAge":{"days":0},"minimumAge":{"days":0},"effectiveFrom":"2017-12-01"}]}
            """;

        var ex = Assert.Throws<InvalidDataException>(() => ImmunizationSchedule.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Contains("TT 38/2017", ex.Message, StringComparison.Ordinal);
    }
}
