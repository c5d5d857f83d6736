using CoSo.Core.Surveillance;

namespace CoSo.Core.Tests.Surveillance;

/// <summary>The case form's disease picker: typed with or without diacritics, by word beginnings, the station's most reported first.</summary>
public sealed class DiseaseSearchTests
{
    private static readonly NotifiableDiseaseCatalogue Catalogue = NotifiableDiseaseCatalogue.LoadDefault();

    [Theory]
    [InlineData("sốt xuất")]
    [InlineData("sot xuat")]
    [InlineData("SOT XUAT HUYET")]
    [InlineData("dengue")]
    [InlineData("A90")]
    public void Sot_xuat_finds_dengue_and_not_typhoid(string typed)
    {
        var found = Catalogue.Search(typed).Select(d => d.Code).ToList();
        Assert.Equal("dengue", found[0]);
        Assert.DoesNotContain("typhoid", found);
    }

    [Fact]
    public void Soi_finds_measles_first_and_tay_chan_mieng_hand_foot_mouth_disease()
    {
        Assert.Equal("measles", Catalogue.Search("soi")[0].Code);
        Assert.Equal(["hand_foot_mouth"], Catalogue.Search("tay chan mieng").Select(d => d.Code));
    }

    [Fact]
    public void The_station_s_most_reported_diseases_come_first_and_ebola_does_not_lead_an_empty_search()
    {
        var frequency = new Dictionary<string, int> { ["dengue"] = 40, ["hand_foot_mouth"] = 12, ["diarrhoea"] = 25 };
        var all = Catalogue.Search(null, frequency).Select(d => d.Code).ToList();
        Assert.Equal(["dengue", "diarrhoea", "hand_foot_mouth"], all.Take(3));
        Assert.Equal(Catalogue.Diseases.Count, all.Count);
        Assert.True(all.IndexOf("ebola") > all.IndexOf("dengue"));
    }
}
