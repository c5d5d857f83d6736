using System.Text.Json;
using System.Text.Json.Serialization;
using CoSo.Core.Common;

namespace CoSo.Core.Facilities;

/// <summary>Reads and checks a criteria-set file (format: docs/commune-health-criteria.md).</summary>
public static class CriteriaJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        WriteIndented = true,
    };

    public static CriteriaSetDefinition Parse(string json)
    {
        CriteriaSetDefinition? set;
        try
        {
            set = JsonSerializer.Deserialize<CriteriaSetDefinition>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new DomainValidationException("file", "facilities.criteria.json", ex.Message);
        }

        if (set is null)
        {
            throw new DomainValidationException("file", "facilities.criteria.json", "null");
        }

        Validate(set).ThrowIfInvalid();
        return set;
    }

    public static ValidationErrors Validate(CriteriaSetDefinition set)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(set.Code) || string.IsNullOrWhiteSpace(set.Name))
        {
            errors.Add("code", "facilities.criteria.required");
        }

        if (set.Criteria is null || set.Criteria.Count == 0)
        {
            errors.Add("criteria", "facilities.criteria.empty");
            return errors;
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in set.Criteria)
        {
            if (!codes.Add(c.Code))
            {
                errors.Add("criteria", "facilities.criteria.duplicate", c.Code);
            }

            if (c.Indicators is null || c.Indicators.Count == 0 || c.PassPoints > c.MaxPoints)
            {
                errors.Add("criteria", "facilities.criteria.passPoints", c.Code);
                continue;
            }

            foreach (var i in c.Indicators)
            {
                if (!codes.Add(i.Code))
                {
                    errors.Add("criteria", "facilities.criteria.duplicate", i.Code);
                }

                if (i.Points <= 0 || (i.Kind == IndicatorKind.Percent && i.Target is null))
                {
                    errors.Add("criteria", "facilities.criteria.indicator", i.Code);
                }

                if (i.Source == IndicatorSource.Auto && (i.AutoKey is null || !AutoIndicators.All.Contains(i.AutoKey)))
                {
                    errors.Add("criteria", "facilities.criteria.autoKey", i.Code, i.AutoKey);
                }

                // A knock-out item must pass or fail outright: a score indicator earns partial points.
                if (i.Critical && i.Kind == IndicatorKind.Score)
                {
                    errors.Add("criteria", "facilities.criteria.critical", i.Code);
                }
            }
        }

        if (set.MinTotalPoints > set.MaxPoints || set.FromYear > set.ToYear)
        {
            errors.Add("minTotalPoints", "facilities.criteria.threshold");
        }

        if (set.MinTotalPercent is < 0 or > 100)
        {
            errors.Add("minTotalPercent", "facilities.criteria.percent");
        }

        if (set.MinCriterionPercent is < 0 or > 100)
        {
            errors.Add("minCriterionPercent", "facilities.criteria.percent");
        }

        if (set.ValidYears is < 1 or > 10)
        {
            errors.Add("validYears", "facilities.criteria.validYears");
        }

        return errors;
    }
}
