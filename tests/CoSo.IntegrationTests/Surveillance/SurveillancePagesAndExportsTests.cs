using System.Net;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Surveillance;

public sealed class SurveillancePagesAndExportsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Surveillance_pages_render_and_the_exports_download(string provider)
    {
        var app = await SurveillanceApps.Get(provider);
        using var a = await app.LoginAsync("a1");
        foreach (var page in new[] { "/", "/giam-sat", "/giam-sat/ca-moi", "/giam-sat/canh-bao", "/giam-sat/duong-cong" })
        {
            var response = await a.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {(int)response.StatusCode}");
        }

        var xlsx = await a.GetAsync("/api/v1/surveillance/cases.xlsx?disease=dengue&classification=Confirmed");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]); // a zip container ("PK")
        Assert.Equal((byte)'K', bytes[1]);

        var csv = await a.GetStringAsync("/api/v1/surveillance/counts/weekly.csv?from=2026-01-01&to=2026-12-31");
        Assert.StartsWith("org_unit_id,org_unit_name,disease_code,iso_week,count\n", csv, StringComparison.Ordinal);
    }
}
