using CoSo.Core.Immunization;
using static CoSo.Core.Tests.Immunization.Evaluations;

namespace CoSo.Core.Tests.Immunization;

// The CLI's `immunization status` prints exactly this format; other tools parse it.
public sealed class DoseEvaluationJsonTests
{
    [Fact]
    public void Evaluations_are_written_with_contract_names_iso_dates_and_nulls()
    {
        DoseEvaluation[] rows =
        [
            new("BCG", 1, DoseStatus.Given, D("2025-01-15"), D("2025-01-15"), D("2025-01-16")),
            new("Cholera", 1, DoseStatus.NotApplicable, null, null, null),
        ];

        var json = DoseEvaluationJson.Serialize(rows, indented: false);

        Assert.Equal(
            """[{"vaccine":"BCG","dose":1,"status":"given","recommendedDate":"2025-01-15","earliestDate":"2025-01-15","givenDate":"2025-01-16"},"""
            + """{"vaccine":"Cholera","dose":1,"status":"not-applicable","recommendedDate":null,"earliestDate":null,"givenDate":null}]""",
            json);
    }

    [Theory]
    [InlineData(DoseStatus.Given, "given")]
    [InlineData(DoseStatus.Invalid, "invalid")]
    [InlineData(DoseStatus.Upcoming, "upcoming")]
    [InlineData(DoseStatus.Due, "due")]
    [InlineData(DoseStatus.Overdue, "overdue")]
    [InlineData(DoseStatus.NotApplicable, "not-applicable")]
    public void Status_codes_match_the_contract(DoseStatus status, string code)
    {
        Assert.Equal(code, DoseStatusCodes.ToCode(status));
    }

    [Fact]
    public void Given_dose_notation_is_parsed()
    {
        Assert.True(GivenDoseParser.TryParse("DTP-HepB-Hib:2:2025-04-15", Schedule, out var dose, out var error));
        Assert.Null(error);
        Assert.Equal(new GivenDose("DTP-HepB-Hib", 2, D("2025-04-15")), dose);
    }

    [Theory]
    [InlineData("PCV:1:2025-04-15", "unknown vaccine code")]
    [InlineData("BCG:2:2025-04-15", "dose must be")]
    [InlineData("BCG:1:2025-02-30", "not a date")]
    [InlineData("BCG:1:15/01/2025", "not a date")]
    [InlineData("BCG:1", "expected VACCINE:DOSE:YYYY-MM-DD")]
    [InlineData("Td:2:2025-04-15", "dose must be a number from 1 to 1")] // the child's Td is the one booster at 7 years
    [InlineData("Hexaxim:2025-04-15", "unknown product code 'Hexaxim'")]
    [InlineData("MMR:15/01/2025", "not a date")]
    public void Bad_given_dose_notation_is_rejected_with_a_reason(string text, string reason)
    {
        Assert.False(GivenDoseParser.TryParse(text, Schedule, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
