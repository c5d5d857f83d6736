using CoSo.Core.Indicators;

namespace CoSo.Core.Tests.Indicators;

public sealed class IcdChapterGroupTests
{
    // ICD-10 chapters: I = A00–B99, IX = I00–I99, X = J00–J99; "other" is every main diagnosis outside those three.
    [Theory]
    [InlineData("A00", "OPD.icdI")]
    [InlineData("B99", "OPD.icdI")]
    [InlineData("a09", "OPD.icdI")]
    [InlineData("I10", "OPD.icdIX")]
    [InlineData("I99.8", "OPD.icdIX")]
    [InlineData("J06.9", "OPD.icdX")]
    [InlineData("C50.9", "OPD.icdOther")]
    [InlineData("K29.7", "OPD.icdOther")]
    [InlineData("Z00.0", "OPD.icdOther")]
    public void A_code_falls_in_exactly_one_row(string code, string expected)
    {
        var rows = IcdChapterGroup.ReportRows.Where(r => r.Contains(code)).Select(r => r.Code).ToList();
        Assert.Equal([expected], rows);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void No_diagnosis_falls_in_no_row(string? code) =>
        Assert.DoesNotContain(IcdChapterGroup.ReportRows, r => r.Contains(code));
}
