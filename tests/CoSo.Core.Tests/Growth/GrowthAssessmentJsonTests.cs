using System.Globalization;
using CoSo.Core.Growth;
using CoSo.Core.People;

namespace CoSo.Core.Tests.Growth;

// `coso growth zscores` prints exactly this object; other tools parse it.
public sealed class GrowthAssessmentJsonTests
{
    private static readonly GrowthStandards Standards = GrowthStandards.LoadDefault();

    [Fact]
    public void The_object_has_the_contract_s_keys_in_order_with_nulls_for_what_was_not_computed()
    {
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Female, 1522, WeightKg: 17));

        Assert.Equal("""{"ageDays":1522,"waz":0.24,"haz":null,"whz":null,"baz":null,"flags":[],"classification":[]}""", GrowthAssessmentJson.Serialize(result));
    }

    [Fact]
    public void Numbers_are_written_with_a_point_in_a_vietnamese_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
        try
        {
            // anthro README row 3: boy, 1010 days, 10 kg, 100 cm.
            var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 1010, 10, 100));

            Assert.Equal(
                """{"ageDays":1010,"waz":-2.76,"haz":1.62,"whz":-5.19,"baz":-5.61,"flags":["whz-implausible","baz-implausible"],"classification":["underweight"]}""",
                GrowthAssessmentJson.Serialize(result));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Out_of_range_age_prints_only_the_age_and_its_flag()
    {
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 1900, 20, 110));

        Assert.Equal("""{"ageDays":1900,"waz":null,"haz":null,"whz":null,"baz":null,"flags":["age-out-of-range"],"classification":[]}""", GrowthAssessmentJson.Serialize(result));
    }
}
