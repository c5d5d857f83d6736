using System.Text;
using CoSo.Core.Immunization;

namespace CoSo.Core.Tests.Immunization;

public sealed class ImmunizationScheduleTests
{
    [Fact]
    public void Default_schedule_uses_exactly_the_contract_vaccine_codes()
    {
        var schedule = ImmunizationSchedule.LoadDefault();

        Assert.Equal(VaccineCodes.All.Order(StringComparer.Ordinal), schedule.Rules.Select(r => r.Vaccine).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(3, schedule.ChildDoseCount("DTP-HepB-Hib"));
        Assert.Equal(2, schedule.ChildDoseCount("IPV"));
        Assert.Equal(1, schedule.ChildDoseCount("Td")); // the booster at 7 years; the other five are pregnant women's
        Assert.Equal(5, schedule.Rules.Count(r => r.Vaccine == "Td" && r.Programme == ImmunizationProgramme.PregnantWomen));
    }

    [Fact]
    public void Default_schedule_dates_tt_10_2024_additions_from_2024_08_01()
    {
        var schedule = ImmunizationSchedule.LoadDefault();

        var added = schedule.Rules.Where(r => r.EffectiveFrom == new DateOnly(2024, 8, 1)).Select(r => $"{r.Vaccine} {r.Dose}");
        Assert.Equal(["IPV 2", "Rota 1", "Rota 2", "Td 1"], added);
    }

    [Fact]
    public void Schedule_with_an_unknown_programme_is_rejected()
    {
        const string json = """
            {"rules":[{"vaccine":"BCG","dose":1,"programme":"school","live":true,"route":"injection",
              "recommendedAge":{"days":0},"minimumAge":{"days":0},"effectiveFrom":"2017-12-01"}]}
            """;

        var ex = Assert.Throws<InvalidDataException>(() => ImmunizationSchedule.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Contains("school", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_with_a_missing_earlier_dose_is_rejected()
    {
        const string json = """
            {"rules":[{"vaccine":"OPV","dose":2,"programme":"routine","live":true,"route":"oral",
              "recommendedAge":{"months":3},"minimumAge":{"months":2},"effectiveFrom":"2017-12-01"}]}
            """;

        Assert.Throws<InvalidDataException>(() => ImmunizationSchedule.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }
}
