using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using CoSo.Core.Common;
using CoSo.Core.Indicators;
using CoSo.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators.Dhis2;

/// <summary>
/// Stored results of a unit and every unit below it, as DHIS2 dataValueSets JSON or ADX XML, read from the read
/// database (<see cref="Operations.ReadUse.Dhis2Export"/>: aggregates only, nothing is audited or written).
/// </summary>
public sealed class Dhis2Exporter(Operations.IReadOnlyDbContextFactory reads, IndicatorRegistry registry, TimeProvider time)
{
    public static readonly XNamespace AdxNamespace = "urn:ihe:qrph:adx:2015";

    public static string DefaultMappingPath => DataFiles.PathOf(Path.Combine("dhis2", "mapping.json"));

    public async Task<DataValueSet> DataValueSetAsync(string orgUnitCode, Period period, Dhis2Mapping mapping, CancellationToken ct = default)
    {
        await using var db = await reads.CreateAsync(Operations.ReadUse.Dhis2Export, ct);
        var root = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == orgUnitCode, ct) ?? throw new NotFoundException($"Org unit {orgUnitCode}");
        if (!db.Actor.Scope.Allows(root.Id))
        {
            throw new NotFoundException();
        }

        var units = await db.OrgUnits.AsNoTracking().Where(u => u.Path.StartsWith(root.Path)).Select(u => new { u.Id, u.Code }).ToListAsync(ct);
        var codes = units.ToDictionary(u => u.Id, u => u.Code);
        var ids = units.Select(u => u.Id).ToList();
        var values = new List<DataValue>();
        foreach (var group in mapping.DataElements.GroupBy(m => m.Indicator))
        {
            if (registry.Find(group.Key)?.Definition is not { DataAvailable: true } definition)
            {
                continue;
            }

            var own = period.As(definition.PeriodType);
            var key = own.ToString();
            var rows = await db.Set<IndicatorResult>().AsNoTracking()
                .Where(r => r.IndicatorCode == definition.Code && r.Period == key && r.Status == IndicatorStatus.Ok && ids.Contains(r.OrgUnitId)).ToListAsync(ct);
            var breakdown = group.Any(e => e.Category is not null)
                ? (await db.Set<IndicatorBreakdown>().AsNoTracking().Where(r => r.IndicatorCode == definition.Code && r.Period == key && ids.Contains(r.OrgUnitId)).ToListAsync(ct))
                    .ToDictionary(r => (r.OrgUnitId, r.Category), r => (r.Numerator, r.Denominator))
                : [];
            foreach (var row in rows.OrderBy(r => codes[r.OrgUnitId], StringComparer.Ordinal))
            {
                foreach (var element in group)
                {
                    var (numerator, denominator) = (row.Numerator, row.Denominator);
                    if (element.Category is { } category)
                    {
                        if (!breakdown.TryGetValue((row.OrgUnitId, category), out var part))
                        {
                            continue;
                        }

                        (numerator, denominator) = part;
                    }

                    var value = element.Part switch
                    {
                        "numerator" => numerator.ToString(CultureInfo.InvariantCulture),
                        "denominator" => denominator.ToString(CultureInfo.InvariantCulture),
                        "population" => element.Category is null ? row.Population?.ToString(CultureInfo.InvariantCulture) : null,
                        "populationValue" => element.Category is null && row.Population is > 0 ? definition.ValueOf(numerator, row.Population.Value)?.ToString(CultureInfo.InvariantCulture) : null,
                        _ => definition.ValueOf(numerator, denominator)?.ToString(CultureInfo.InvariantCulture),
                    };
                    if (value is not null)
                    {
                        values.Add(new DataValue(element.DataElement, own.ToDhis2(), mapping.OrgUnitOf(codes[row.OrgUnitId]), element.CategoryOptionCombo, value));
                    }
                }
            }
        }

        var completed = VietnamClock.Today(time).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new DataValueSet(mapping.DataSet, period.ToDhis2(), mapping.OrgUnitOf(root.Code), completed, values);
    }

    public static string ToJson(DataValueSet set) => JsonSerializer.Serialize(set, Dhis2Mapping.Json);

    public static DataValueSet FromJson(string json) => JsonSerializer.Deserialize<DataValueSet>(json, Dhis2Mapping.Json) ?? throw new InvalidDataException("Empty dataValueSet.");

    /// <summary>
    /// ADX (IHE QRPH Aggregate Data Exchange): one group per org unit and period, one dataValue per element.
    /// Non-default category option combos are carried as a categoryOptionCombo attribute (DHIS2's ADX import reads it
    /// with idScheme settings); periods are ISO 8601 start/duration.
    /// </summary>
    public static XDocument ToAdx(DataValueSet set, DateTimeOffset exported)
    {
        var adx = new XElement(AdxNamespace + "adx", new XAttribute("exported", exported.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)));
        foreach (var group in set.DataValues.GroupBy(v => (v.OrgUnit, v.Period)))
        {
            var period = ToAdxPeriod(group.Key.Period);
            var element = new XElement(AdxNamespace + "group",
                new XAttribute("orgUnit", group.Key.OrgUnit), new XAttribute("period", period), new XAttribute("dataSet", set.DataSet));
            foreach (var v in group)
            {
                var dv = new XElement(AdxNamespace + "dataValue", new XAttribute("dataElement", v.DataElement), new XAttribute("value", v.Value));
                if (!string.IsNullOrEmpty(v.CategoryOptionCombo))
                {
                    dv.Add(new XAttribute("categoryOptionCombo", v.CategoryOptionCombo));
                }

                element.Add(dv);
            }

            adx.Add(element);
        }

        return new XDocument(new XDeclaration("1.0", "UTF-8", null), adx);
    }

    private static string ToAdxPeriod(string dhis2Period)
    {
        if (dhis2Period.Length == 6 && dhis2Period[4] != 'Q')
        {
            return Period.Month(int.Parse(dhis2Period[..4], CultureInfo.InvariantCulture), int.Parse(dhis2Period[4..], CultureInfo.InvariantCulture)).ToAdx();
        }

        if (dhis2Period.Length == 6)
        {
            return new Period(PeriodType.Quarter, int.Parse(dhis2Period[..4], CultureInfo.InvariantCulture), dhis2Period[5] - '0').ToAdx();
        }

        return new Period(PeriodType.Year, int.Parse(dhis2Period, CultureInfo.InvariantCulture), 1).ToAdx();
    }
}
