using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CoSo.Cli.Commands;

namespace CoSo.IntegrationTests.Growth;

/// <summary>`coso growth zscores` run through the CLI's own command tree, as a tool calling it sees it.</summary>
public sealed class GrowthCliTests
{
    [Fact]
    public void A_girl_weighed_and_measured_on_her_first_birthday_gets_the_contract_s_json()
    {
        var (code, stdout, stderr) = Run("growth", "zscores", "--sex", "F", "--birth-date", "2024-01-01", "--date", "2024-12-31", "--weight", "7.4", "--length", "66.5");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(["ageDays", "waz", "haz", "whz", "baz", "flags", "classification"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(365, root.GetProperty("ageDays").GetInt32());
        Assert.Equal(["stunting"], root.GetProperty("classification").EnumerateArray().Select(c => c.GetString()));
        Assert.Empty(root.GetProperty("flags").EnumerateArray());
    }

    [Fact]
    public void Numbers_are_read_and_written_with_a_point_in_a_vietnamese_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
        try
        {
            // anthro README.md (v1.1.0) row 2: girl, 1000 days, 15 kg, 80 cm → zlen −3.50, zwei 0.95, zwfl 4.13, zbmi 4.66.
            var (code, stdout, _) = Run("growth", "zscores", "--sex", "F", "--birth-date", "2022-01-01", "--date", "2024-09-27", "--weight", "15", "--length", "80.0");

            Assert.Equal(0, code);
            Assert.Equal("""{"ageDays":1000,"waz":0.95,"haz":-3.5,"whz":4.13,"baz":4.66,"flags":[],"classification":["severe-stunting","obese"]}""", stdout.Trim());

            var comma = Run("growth", "zscores", "--sex", "F", "--birth-date", "2022-01-01", "--date", "2024-09-27", "--weight", "15,5");
            Assert.Equal(2, comma.Code);
            Assert.Contains("--weight", comma.Stderr, StringComparison.Ordinal);
            Assert.Equal(string.Empty, comma.Stdout);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void An_age_of_60_months_is_valid_input_flagged_out_of_range()
    {
        var (code, stdout, _) = Run("growth", "zscores", "--sex", "M", "--birth-date", "2020-01-01", "--date", "2025-01-01", "--weight", "18", "--length", "108", "--measured", "standing");

        Assert.Equal(0, code);
        Assert.Equal("""{"ageDays":1827,"waz":null,"haz":null,"whz":null,"baz":null,"flags":["age-out-of-range"],"classification":[]}""", stdout.Trim());
    }

    [Fact]
    public void Oedema_prints_no_weight_based_z_score_and_the_severe_classes()
    {
        var (code, stdout, _) = Run("growth", "zscores", "--sex", "M", "--birth-date", "2024-01-01", "--date", "2024-06-01", "--weight", "6", "--length", "63", "--measured", "lying", "--oedema");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("waz").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("whz").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("baz").ValueKind);
        Assert.Equal(JsonValueKind.Number, json.RootElement.GetProperty("haz").ValueKind);
        var classes = json.RootElement.GetProperty("classification").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("severe-underweight", classes);
        Assert.Contains("severe-wasting", classes);
    }

    [Theory]
    [InlineData("--sex", "X")]
    [InlineData("--date", "2023-12-31")]
    [InlineData("--measured", "sitting")]
    [InlineData("--length", "-3")]
    [InlineData("--birth-date", "01/01/2024")]
    public void Bad_input_exits_with_2_and_says_which_option(string option, string value)
    {
        var args = new Dictionary<string, string> { ["--sex"] = "M", ["--birth-date"] = "2024-01-01", ["--date"] = "2024-06-01", ["--weight"] = "6" };
        args[option] = value;

        var (code, stdout, stderr) = Run(["growth", "zscores", .. args.SelectMany(kv => new[] { kv.Key, kv.Value })]);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(option == "--date" ? "before" : option, stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var code = CliApp.Build().Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (code, stdout.ToString(), stderr.ToString());
    }
}
