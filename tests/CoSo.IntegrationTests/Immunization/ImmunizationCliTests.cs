using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CoSo.Cli.Commands;

namespace CoSo.IntegrationTests.Immunization;

/// <summary>
/// `coso immunization status` run through the CLI's own command tree (docs/immunization-schedule.md, "CLI"): the
/// contract's additions — `--given PRODUCT:DATE`, `--province`, the `creditedBy` field and the Td row at 7 years.
/// </summary>
public sealed class ImmunizationCliTests
{
    [Fact]
    public void A_6_in_1_given_at_a_service_centre_at_6_weeks_credits_its_slots_with_creditedBy()
    {
        var (code, stdout, stderr) = Run("immunization", "status", "--birth-date", "2025-01-15", "--as-of", "2025-03-01",
            "--given", "DTaP-IPV-HepB-Hib:2025-02-26", "--given", "BCG:1:2025-01-15");

        Assert.Equal((0, string.Empty), (code, stderr));
        var rows = Rows(stdout);
        var dtp = rows.Single(r => r.Vaccine == "DTP-HepB-Hib" && r.Dose == 1);
        Assert.Equal(("given", "2025-02-26", "DTaP-IPV-HepB-Hib"), (dtp.Status, dtp.GivenDate, dtp.CreditedBy));
        var ipv = rows.Single(r => r.Vaccine == "IPV" && r.Dose == 1);
        Assert.Equal(("given", "DTaP-IPV-HepB-Hib"), (ipv.Status, ipv.CreditedBy));

        // The schedule's own doses have no creditedBy field at all (the existing shape is unchanged).
        using var json = JsonDocument.Parse(stdout);
        var bcg = json.RootElement.EnumerateArray().Single(e => e.GetProperty("vaccine").GetString() == "BCG");
        Assert.Equal(["vaccine", "dose", "status", "recommendedDate", "earliestDate", "givenDate"], bcg.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void The_td_booster_at_7_years_is_a_row_of_the_child_s_schedule()
    {
        // Born 2018-09-05: 7 years = 2025-09-05; on 2025-09-20 the booster is due (15 days, under 28).
        var (code, stdout, _) = Run("immunization", "status", "--birth-date", "2018-09-05", "--as-of", "2025-09-20");

        Assert.Equal(0, code);
        var td = Assert.Single(Rows(stdout), r => r.Vaccine == "Td");
        Assert.Equal((1, "due", "2025-09-05"), (td.Dose, td.Status, td.RecommendedDate));

        var given = Rows(Run("immunization", "status", "--birth-date", "2018-09-05", "--as-of", "2025-09-20", "--given", "Td:1:2025-09-10").Stdout);
        Assert.Equal(("given", "2025-09-10"), (given.Single(r => r.Vaccine == "Td").Status, given.Single(r => r.Vaccine == "Td").GivenDate));
    }

    [Fact]
    public void Province_and_product_input_errors_exit_with_2_and_a_reason()
    {
        var badProvince = Run("immunization", "status", "--birth-date", "2025-01-15", "--as-of", "2025-03-01", "--province", "1");
        Assert.Equal(2, badProvince.Code);
        Assert.Contains("--province", badProvince.Stderr, StringComparison.Ordinal);

        var badProduct = Run("immunization", "status", "--birth-date", "2025-01-15", "--as-of", "2025-03-01", "--given", "Hexaxim:2025-02-26");
        Assert.Equal(2, badProduct.Code);
        Assert.Contains("unknown product code 'Hexaxim'", badProduct.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, badProduct.Stdout);
    }

    [Fact]
    public void A_province_code_without_introduction_rows_gives_the_national_result()
    {
        string[] args = ["immunization", "status", "--birth-date", "2025-03-01", "--as-of", "2025-06-15"];
        var national = Run(args);
        var province = Run([.. args, "--province", "96"]);

        Assert.Equal(0, province.Code);
        Assert.Equal(national.Stdout, province.Stdout);
    }

    private sealed record Row(string Vaccine, int Dose, string Status, string? RecommendedDate, string? GivenDate, string? CreditedBy);

    private static List<Row> Rows(string stdout)
    {
        using var json = JsonDocument.Parse(stdout);
        return [.. json.RootElement.EnumerateArray().Select(e => new Row(
            e.GetProperty("vaccine").GetString()!, e.GetProperty("dose").GetInt32(), e.GetProperty("status").GetString()!,
            e.GetProperty("recommendedDate").GetString(), e.GetProperty("givenDate").GetString(),
            e.TryGetProperty("creditedBy", out var by) ? by.GetString() : null))];
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var code = CliApp.Build().Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (code, stdout.ToString(), stderr.ToString());
    }
}
