using System.Xml.Linq;
using CoSo.Core.Indicators;
using CoSo.Data.Indicators;
using CoSo.Data.Indicators.Dhis2;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Indicators;

public sealed class Dhis2ExportTests
{
    private static readonly XNamespace Adx = "urn:ihe:qrph:adx:2015";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Exports_a_unit_and_the_units_below_as_adx_and_round_tripping_data_value_sets(string provider)
    {
        var data = await IndicatorTestData.CreateAsync(provider);
        var mapping = Dhis2Mapping.Load(Dhis2Exporter.DefaultMappingPath) with
        {
            OrgUnits = new Dictionary<string, string> { [data.Org.StationA.Code] = "DhisStatA01" },
        };
        var set = await data.WithDbAsync(async (_, sp) =>
        {
            await sp.GetRequiredService<IndicatorEngine>().RecomputeAllAsync(Period.Month(2026, 10));
            return await sp.GetRequiredService<Dhis2Exporter>().DataValueSetAsync(data.Org.Department.Code, Period.Month(2026, 10), mapping);
        });

        // Department, A and B, each with T1–T3 numerator and denominator (the mapping names only T1–T3).
        Assert.Equal("202610", set.Period);
        Assert.Equal(18, set.DataValues.Count);
        Assert.Contains(new DataValue("CoSoT1Num01", "202610", data.Org.Department.Code, "HllvX50cXC0", "3"), set.DataValues);
        Assert.Contains(new DataValue("CoSoT1Den01", "202610", "DhisStatA01", "HllvX50cXC0", "5"), set.DataValues);
        Assert.Contains(new DataValue("CoSoT2Den01", "202610", data.Org.StationB.Code, "HllvX50cXC0", "1"), set.DataValues);
        Assert.Contains(new DataValue("CoSoT2Num01", "202610", data.Org.StationB.Code, "HllvX50cXC0", "0"), set.DataValues); // no claim yet

        var json = Dhis2Exporter.ToJson(set);
        Assert.Equal(set, Dhis2Exporter.FromJson(json));

        var doc = XDocument.Parse(Dhis2Exporter.ToAdx(set, IndicatorTestData.Now).ToString());
        Assert.Equal(Adx + "adx", doc.Root!.Name);
        var groups = doc.Root.Elements(Adx + "group").ToList();
        Assert.Equal(3, groups.Count);
        Assert.All(groups, g =>
        {
            Assert.False(string.IsNullOrEmpty((string?)g.Attribute("orgUnit")));
            Assert.Equal("2026-10-01/P1M", (string?)g.Attribute("period"));
            Assert.Equal("CoSoTargets2030", (string?)g.Attribute("dataSet"));
            Assert.Equal(6, g.Elements(Adx + "dataValue").Count());
            Assert.All(g.Elements(Adx + "dataValue"), v =>
            {
                Assert.False(string.IsNullOrEmpty((string?)v.Attribute("dataElement")));
                Assert.True(long.TryParse((string?)v.Attribute("value"), out _));
            });
        });
        var stationA = groups.Single(g => (string?)g.Attribute("orgUnit") == "DhisStatA01");
        Assert.Equal("3", (string?)stationA.Elements(Adx + "dataValue").Single(v => (string?)v.Attribute("dataElement") == "CoSoT2Den01").Attribute("value")); // P1, P2, P4
    }
}
