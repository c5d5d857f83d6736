using System.Text;
using CoSo.Core.Surveillance;

namespace CoSo.Core.Tests.Surveillance;

public sealed class NotifiableDiseaseCatalogueTests
{
    private static readonly NotifiableDiseaseCatalogue Catalogue = NotifiableDiseaseCatalogue.LoadDefault();

    [Theory]
    [InlineData("A90", "dengue", DiseaseGroup.B)]
    [InlineData("A97.1", "dengue", DiseaseGroup.B)]
    [InlineData("A00.0", "cholera", DiseaseGroup.A)]
    [InlineData("B05", "measles", DiseaseGroup.B)]
    [InlineData("B05.2†", "measles", DiseaseGroup.B)]
    [InlineData("J09", "influenza_a_h5n1", DiseaseGroup.A)]
    [InlineData("b084", "hand_foot_mouth", DiseaseGroup.B)]
    [InlineData("A80.9", "polio", DiseaseGroup.A)]
    [InlineData("B17.1", "viral_hepatitis", DiseaseGroup.B)]
    [InlineData("A83.0", "japanese_encephalitis", DiseaseGroup.B)]
    [InlineData("A83.1", "viral_encephalitis", DiseaseGroup.B)]
    // COVID-19 was group A from QĐ 219/QĐ-BYT (2020) until QĐ 3896/QĐ-BYT moved it to group B in 2023.
    [InlineData("U07.1", "covid19", DiseaseGroup.B)]
    public void Icd10_lookup_finds_the_notifiable_disease_and_its_group(string icd10, string code, DiseaseGroup group)
    {
        var disease = Catalogue.FindByIcd10(icd10);

        Assert.NotNull(disease);
        Assert.Equal(code, disease.Code);
        Assert.Equal(group, disease.Group);
    }

    [Theory]
    [InlineData("I10")]
    [InlineData("B08.5")]
    [InlineData("A01.1")]
    [InlineData("")]
    public void Codes_outside_the_catalogue_are_not_notifiable(string icd10)
    {
        Assert.Null(Catalogue.FindByIcd10(icd10));
    }

    [Fact]
    public void Group_A_diseases_are_reported_within_24_hours_and_alert_on_a_single_case()
    {
        var groupA = Catalogue.Diseases.Where(d => d.Group == DiseaseGroup.A).ToList();

        Assert.Contains(groupA, d => d.Code == "cholera");
        Assert.All(groupA, d => Assert.Equal(24, d.ReportingDeadlineHours));
        Assert.All(groupA, d => Assert.Equal(1, d.AlertRule?.MinCases));
    }

    [Fact]
    public void Default_catalogue_has_unique_codes_and_Vietnamese_names()
    {
        Assert.True(Catalogue.Diseases.Count >= 30);
        Assert.Equal(Catalogue.Diseases.Count, Catalogue.Diseases.Select(d => d.Code).Distinct().Count());
        Assert.Equal("Sởi", Catalogue.FindByCode("measles")?.NameVi);
    }

    // WHO's measles and rubella surveillance standards for the elimination phase: every suspected case is notified,
    // investigated and sampled, so one suspected case in a commune is an alert — not two within four weeks as before.
    [Theory]
    [InlineData("measles")]
    [InlineData("rubella")]
    public void One_suspected_measles_or_rubella_case_is_an_alert_on_the_day_after_but_not_a_week_later(string code)
    {
        var rule = Catalogue.FindByCode(code)?.AlertRule;
        Assert.NotNull(rule);
        var onset = new DateOnly(2026, 3, 1);

        Assert.True(rule.IsMet([onset], onset));
        Assert.False(rule.IsMet([onset], onset.AddDays(7))); // judged again a week later, the case is not new
        Assert.False(rule.IsMet([], onset));
    }

    [Fact]
    public void Pertussis_still_alerts_on_two_cases_within_four_weeks_but_not_on_cases_further_apart()
    {
        var rule = Catalogue.FindByCode("pertussis")?.AlertRule;
        Assert.NotNull(rule);
        var asOf = new DateOnly(2026, 3, 1);

        // 28-day window ending 1 March 2026: 2 February .. 1 March.
        Assert.True(rule.IsMet([new DateOnly(2026, 2, 2), new DateOnly(2026, 3, 1)], asOf));
        Assert.False(rule.IsMet([new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)], asOf));
        Assert.False(rule.IsMet([new DateOnly(2026, 3, 1)], asOf));
    }

    [Fact]
    public void Load_reads_a_catalogue_from_any_stream()
    {
        const string csv =
            "code,name_vi,name_en,group,report_hours,icd10_prefixes,alert_min_cases,alert_window_days\n" +
            "x,Bệnh X,Disease X,C,72,Z99.9;Z98,,\n";

        var catalogue = NotifiableDiseaseCatalogue.Load(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

        var x = Assert.Single(catalogue.Diseases);
        Assert.Equal(DiseaseGroup.C, x.Group);
        Assert.Null(x.AlertRule);
        Assert.Same(x, catalogue.FindByIcd10("Z98.1"));
    }

    // The audit's recommendation (EARS with minSigma ≥ 1 and a minimum count ≥ 3, at commune level only for high-volume
    // syndromes): C2, 1, 3 for the diseases without a fixed commune threshold that spread in local clusters.
    [Theory]
    [InlineData("diarrhoea")]
    [InlineData("influenza")]
    [InlineData("covid19")]
    [InlineData("chickenpox")]
    [InlineData("mumps")]
    [InlineData("shigellosis")]
    [InlineData("amoebic_dysentery")]
    public void High_volume_syndromes_have_a_commune_C2_rule_with_sigma_1_and_3_cases(string code)
    {
        var d = Catalogue.FindByCode(code)!;
        Assert.Null(d.AlertRule);
        Assert.Equal((Core.Surveillance.Ears.EarsMethod.C2, 1.0, 3), (d.CommuneStatistical!.Method, d.CommuneStatistical.MinSigma, d.CommuneStatistical.MinCases));
    }

    [Fact]
    public void Diseases_with_a_fixed_threshold_or_rare_ones_have_no_commune_statistics_and_every_alert_continues_over_two_weeks()
    {
        Assert.Null(Catalogue.FindByCode("dengue")!.CommuneStatistical);
        Assert.Null(Catalogue.FindByCode("viral_hepatitis")!.CommuneStatistical);
        Assert.All(Catalogue.Diseases, d => Assert.Equal(2, d.AlertContinueWeeks));
    }

    [Fact]
    public void The_commune_rule_and_the_continuation_are_read_per_disease_and_the_older_header_still_loads()
    {
        const string csv =
            "code,name_vi,name_en,group,report_hours,icd10_prefixes,alert_min_cases,alert_window_days,ears_min_sigma,ears_min_cases," +
            "commune_ears_method,commune_ears_min_sigma,commune_ears_min_cases,alert_continue_weeks\n" +
            "x,Bệnh X,Disease X,B,48,Z99,,,,,C1,0.5,4,3\n" +
            "y,Bệnh Y,Disease Y,B,48,Z98,,,,,C2,,,\n";
        var catalogue = NotifiableDiseaseCatalogue.Load(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
        var x = catalogue.FindByCode("x")!;
        Assert.Equal((Core.Surveillance.Ears.EarsMethod.C1, 0.5, 4, 3), (x.CommuneStatistical!.Method, x.CommuneStatistical.MinSigma, x.CommuneStatistical.MinCases, x.AlertContinueWeeks));
        var y = catalogue.FindByCode("y")!;
        Assert.Equal((1.0, 3, 2), (y.CommuneStatistical!.MinSigma, y.CommuneStatistical.MinCases, y.AlertContinueWeeks));

        const string older =
            "code,name_vi,name_en,group,report_hours,icd10_prefixes,alert_min_cases,alert_window_days,ears_min_sigma,ears_min_cases\n" +
            "z,Bệnh Z,Disease Z,B,48,Z97,2,7,1,3\n";
        var z = Assert.Single(NotifiableDiseaseCatalogue.Load(new MemoryStream(Encoding.UTF8.GetBytes(older))).Diseases);
        Assert.Null(z.CommuneStatistical);
        Assert.Equal((1.0, 3, 2), (z.Statistical.MinSigma, z.Statistical.MinCases, z.AlertContinueWeeks));
    }

    [Theory]
    [InlineData("C4,1,3,")]
    [InlineData(",1,3,")]
    [InlineData("C2,-1,3,")]
    [InlineData("C2,1,0,")]
    public void A_commune_rule_that_is_not_a_method_a_sigma_and_a_count_is_refused(string columns)
    {
        var csv =
            "code,name_vi,name_en,group,report_hours,icd10_prefixes,alert_min_cases,alert_window_days,ears_min_sigma,ears_min_cases," +
            "commune_ears_method,commune_ears_min_sigma,commune_ears_min_cases,alert_continue_weeks\n" +
            "x,Bệnh X,Disease X,B,48,Z99,,,,," + columns + "\n";
        Assert.Throws<FormatException>(() => NotifiableDiseaseCatalogue.Load(new MemoryStream(Encoding.UTF8.GetBytes(csv))));
    }
}
