using CoSo.Core.Surveillance;
using CoSo.Core.Surveillance.Cases;

namespace CoSo.Core.Tests.Surveillance;

public sealed class ReportingDeadlineTests
{
    private static readonly NotifiableDiseaseCatalogue Catalogue = NotifiableDiseaseCatalogue.LoadDefault();
    private static readonly DateTimeOffset Diagnosed = new(2026, 4, 1, 8, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void A_group_A_case_reported_25_hours_after_diagnosis_is_late_and_one_at_23_hours_is_not()
    {
        var cholera = Catalogue.FindByCode("cholera")!;
        Assert.True(ReportingDeadline.IsLate(cholera, Diagnosed, Diagnosed.AddHours(25)));
        Assert.False(ReportingDeadline.IsLate(cholera, Diagnosed, Diagnosed.AddHours(23)));
        Assert.False(ReportingDeadline.IsLate(cholera, Diagnosed, Diagnosed.AddHours(24)));
    }

    [Fact]
    public void A_group_B_case_has_48_hours()
    {
        var dengue = Catalogue.FindByCode("dengue")!;
        Assert.Equal(Diagnosed.AddHours(48), ReportingDeadline.Due(dengue, Diagnosed));
        Assert.False(ReportingDeadline.IsLate(dengue, Diagnosed, Diagnosed.AddHours(25)));
    }
}
