namespace CoSo.Core.Chronic;

public sealed record ProtocolDrug
{
    public string Name { get; init; } = string.Empty;

    public string? Strength { get; init; }

    public string? Dose { get; init; }
}
