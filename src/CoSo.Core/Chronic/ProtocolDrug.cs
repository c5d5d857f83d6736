namespace CoSo.Core.Chronic;

public sealed record ProtocolDrug
{
    public string Name { get; init; } = string.Empty;

    public string? Strength { get; init; }

    public string? Dose { get; init; }

    /// <summary>Tablets a day, for the quantity of a prescription.</summary>
    public int PerDay { get; init; } = 1;
}
