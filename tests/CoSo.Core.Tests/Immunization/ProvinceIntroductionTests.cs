using System.Text;
using CoSo.Core.Immunization;
using static CoSo.Core.Tests.Immunization.Evaluations;

namespace CoSo.Core.Tests.Immunization;

// Per-province introduction dates on top of the legal versions (docs/immunization-schedule.md, "Introduction by
// province"). The legal date of rotavirus is TT 10/2024's 2024-08-01; the rollout was phased by province.
public sealed class ProvinceIntroductionTests
{
    private static ImmunizationSchedule WithIntroductions(string csv)
    {
        var core = typeof(ImmunizationSchedule).Assembly;
        using var json = core.GetManifestResourceStream("CoSo.Core.Immunization.schedule.json")!;
        using var products = core.GetManifestResourceStream("CoSo.Core.Immunization.products.json")!;
        using var intros = new MemoryStream(Encoding.UTF8.GetBytes("vaccine,dose,province,from,source\n" + csv));
        return ImmunizationSchedule.Load(json, products, intros);
    }

    [Fact]
    public void A_province_that_has_not_introduced_rotavirus_lists_no_rotavirus_dose()
    {
        var schedule = WithIntroductions("Rota,,01,2026-03-01,test\nRota,,04,,test\n");
        var birth = D("2025-03-01");
        var asOf = D("2025-06-15"); // 3½ months: Rota 1 (2 months) overdue under the legal dates

        var national = ScheduleEngine.Evaluate(schedule, birth, asOf, [], ChildProgrammes.Routine);
        Assert.Equal(DoseStatus.Overdue, national.Dose("Rota", 1).Status);

        // Hà Nội (01) from 2026-03-01 and province 04 not yet: the child is never due for rotavirus there.
        foreach (var province in new[] { "01", "04" })
        {
            var rows = ScheduleEngine.Evaluate(schedule.ForProvince(province), birth, asOf, [], ChildProgrammes.Routine);
            Assert.Equal(DoseStatus.NotApplicable, rows.Dose("Rota", 1).Status);
            Assert.Equal(DoseStatus.NotApplicable, rows.Dose("Rota", 2).Status);
            Assert.Equal(DoseStatus.Overdue, rows.Dose("DTP-HepB-Hib", 1).Status); // the rest of the schedule unchanged
        }

        // A Hà Nội child whose 2 months fall after the introduction date is due.
        var later = ScheduleEngine.Evaluate(schedule.ForProvince("01"), D("2026-01-10"), D("2026-03-20"), [], ChildProgrammes.Routine);
        Assert.Equal(DoseStatus.Due, later.Dose("Rota", 1).Status);
    }

    [Fact]
    public void A_province_without_rows_follows_the_rows_for_every_other_province_or_the_legal_date()
    {
        var schedule = WithIntroductions("Rota,,01,2024-12-01,test\nRota,,*,,test\n");
        var birth = D("2025-03-01");
        var asOf = D("2025-06-15");

        Assert.Equal(DoseStatus.Overdue, ScheduleEngine.Evaluate(schedule.ForProvince("01"), birth, asOf, [], ChildProgrammes.Routine).Dose("Rota", 1).Status);
        Assert.Equal(DoseStatus.NotApplicable, ScheduleEngine.Evaluate(schedule.ForProvince("79"), birth, asOf, [], ChildProgrammes.Routine).Dose("Rota", 1).Status);
        Assert.Equal(DoseStatus.Overdue, ScheduleEngine.Evaluate(schedule.ForProvince(null), birth, asOf, [], ChildProgrammes.Routine).Dose("Rota", 1).Status);

        var noRows = WithIntroductions("");
        Assert.Equal(DoseStatus.Overdue, ScheduleEngine.Evaluate(noRows.ForProvince("79"), birth, asOf, [], ChildProgrammes.Routine).Dose("Rota", 1).Status);
    }

    [Fact]
    public void A_dose_row_delays_only_that_dose()
    {
        // IPV 2 (TT 10/2024) introduced in province 12 from 2025-06-01: a child 9 months old in 2025-03 has no IPV 2.
        var schedule = WithIntroductions("IPV,2,12,2025-06-01,test\n");
        var rows = ScheduleEngine.Evaluate(schedule.ForProvince("12"), D("2024-06-10"), D("2025-04-01"), [], ChildProgrammes.Routine);

        Assert.Equal(DoseStatus.NotApplicable, rows.Dose("IPV", 2).Status);
        Assert.Equal(DoseStatus.Overdue, rows.Dose("IPV", 1).Status);
    }

    [Theory]
    [InlineData("Rota,,1,2025-01-01,x", "line 2: province '1'")]
    [InlineData("Rota,0,01,2025-01-01,x", "line 2: dose '0'")]
    [InlineData("Rota,,01,01/01/2025,x", "line 2: '01/01/2025' is not a date")]
    [InlineData("Rota,,01", "line 2: expected 5 columns")]
    [InlineData("Polio,,01,2025-01-01,x", "Polio")]
    public void Bad_introduction_rows_are_refused_with_their_line(string row, string message)
    {
        var ex = Assert.Throws<InvalidDataException>(() => WithIntroductions(row + "\n"));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }
}
