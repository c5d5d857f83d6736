using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoSo.Core.Reception;

/// <summary>The dated coverage rules (data/bhyt/coverage-rules.json), in the order they are tried.</summary>
public sealed record CoverageRules
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string Source { get; init; } = string.Empty;

    /// <summary>Children under this age (months) are covered without a card (a temporary card code is fetched).</summary>
    public int ChildWithoutCardMonths { get; init; } = 72;

    public IReadOnlyList<CoverageRule> Rules { get; init; } = [];

    public static CoverageRules Parse(string json)
    {
        var rules = JsonSerializer.Deserialize<CoverageRules>(json, Json) ?? throw new InvalidDataException("coverage rules: empty document");
        foreach (var r in rules.Rules)
        {
            if (string.IsNullOrWhiteSpace(r.Id) || !Enum.IsDefined(r.Case) || (r.ValidTo is { } to && to < r.ValidFrom) || r.BenefitPercent is < 0 or > 100)
            {
                throw new InvalidDataException($"coverage rules: rule '{r.Id}' is malformed");
            }
        }

        return rules;
    }
}
