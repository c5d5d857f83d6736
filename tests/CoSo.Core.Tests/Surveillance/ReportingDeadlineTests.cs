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

    [Theory]
    [InlineData("measles")]
    [InlineData("dengue")]
    [InlineData("hand_foot_mouth")]
    [InlineData("diphtheria")]
    [InlineData("rubella")]
    [InlineData("meningococcal")]
    [InlineData("anthrax")]
    public void A_case_reported_30_hours_after_diagnosis_is_late_for_the_group_B_diseases_of_the_24_hour_list(string code)
    {
        // TT 54/2015/TT-BYT, annex 1: these group B diseases are reported within 24 hours, like group A.
        var disease = Catalogue.FindByCode(code)!;
        Assert.Equal(Diagnosed.AddHours(24), ReportingDeadline.Due(disease, Diagnosed));
        Assert.True(ReportingDeadline.IsLate(disease, Diagnosed, Diagnosed.AddHours(30)));
    }

    [Theory]
    [InlineData("pertussis")]
    [InlineData("rabies")]
    [InlineData("typhoid")]
    [InlineData("malaria")]
    public void A_case_of_a_48_hour_disease_reported_after_30_hours_is_on_time(string code)
    {
        var disease = Catalogue.FindByCode(code)!;
        Assert.Equal(Diagnosed.AddHours(48), ReportingDeadline.Due(disease, Diagnosed));
        Assert.False(ReportingDeadline.IsLate(disease, Diagnosed, Diagnosed.AddHours(30)));
        Assert.True(ReportingDeadline.IsLate(disease, Diagnosed, Diagnosed.AddHours(49)));
    }
}
