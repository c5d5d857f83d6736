namespace CoSo.Core.Chronic;

public sealed record ProtocolStep
{
    public IReadOnlyList<ProtocolDrug> Drugs { get; init; } = [];
}
