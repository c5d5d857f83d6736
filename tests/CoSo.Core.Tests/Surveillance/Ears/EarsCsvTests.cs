using System.Globalization;
using CoSo.Core.Surveillance.Ears;

namespace CoSo.Core.Tests.Surveillance.Ears;

public sealed class EarsCsvTests
{
    [Fact]
    public void Output_has_the_contract_header_six_decimals_and_an_empty_bound_for_C3()
    {
        var series = new EarsSeries(["2026-W01", "2026-W02"], [4, 12]);
        EarsResult[] results =
        [
            new(0, 4, 0.5, 7.25, false),
            new(1, 12, 3.971370023, null, true),
        ];
        var writer = new StringWriter(CultureInfo.InvariantCulture);

        EarsCsv.Write(writer, series, results);

        Assert.Equal(
            "period,count,statistic,upper_bound,alarm\n" +
            "2026-W01,4,0.500000,7.250000,0\n" +
            "2026-W02,12,3.971370023,,1\n",
            writer.ToString());
    }

    [Fact]
    public void Numbers_use_a_dot_even_when_the_current_culture_uses_a_comma()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
            // Six decimals at least, fourteen at most.
            Assert.Equal("7.98947275256669", EarsCsv.FormatNumber(7.989472752566693));
            Assert.Equal("-0.0610467696", EarsCsv.FormatNumber(-0.0610467696));
            Assert.Equal("1234567.000000", EarsCsv.FormatNumber(1234567));
            Assert.Equal("Infinity", EarsCsv.FormatNumber(double.PositiveInfinity));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Input_periods_are_kept_as_given_and_counts_parsed()
    {
        var series = EarsCsv.Read(new StringReader("period,count\n2026-W05,3\n12,0\n\n"));

        Assert.Equal(["2026-W05", "12"], series.Periods);
        Assert.Equal([3, 0], series.Counts);
    }

    [Theory]
    [InlineData("week,cases\n1,2\n", 1)]
    [InlineData("period,count\n1,2\n2,2.5\n", 3)]
    [InlineData("period,count\n1,2\n2,-1\n", 3)]
    [InlineData("period,count\n1\n", 2)]
    [InlineData("", 1)]
    public void Bad_input_names_the_line(string text, int line)
    {
        var error = Assert.Throws<EarsInputException>(() => EarsCsv.Read(new StringReader(text)));

        Assert.Equal(line, error.LineNumber);
        Assert.StartsWith($"line {line}:", error.Message, StringComparison.Ordinal);
    }
}
