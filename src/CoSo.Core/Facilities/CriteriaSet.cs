namespace CoSo.Core.Facilities;

/// <summary>An imported criteria set; its definition is kept as the JSON that was imported (docs/commune-health-criteria.md).</summary>
public sealed class CriteriaSet
{
    public Guid Id { get; set; }

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public bool IsExample { get; set; }

    public int FromYear { get; set; }

    public int ToYear { get; set; }

    public string DefinitionJson { get; set; } = string.Empty;

    public DateTimeOffset ImportedAt { get; set; }
}
