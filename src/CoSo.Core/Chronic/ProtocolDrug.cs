namespace CoSo.Core.Chronic;

public sealed record ProtocolDrug
{
    public string Name { get; init; } = string.Empty;

    public string? Strength { get; init; }

    public string? Dose { get; init; }

    /// <summary>Tablets a day, for the quantity of a prescription.</summary>
    public int PerDay { get; init; } = 1;

    /// <summary>
    /// Pharmacological class where a safety rule needs it: <c>ARB</c> and <c>ACEI</c> (contraindicated in pregnancy),
    /// <c>SU</c> (sulfonylurea: the step to leave first after a hypoglycaemia).
    /// </summary>
    public string? Class { get; init; }

    public bool IsReninAngiotensinBlocker => Class is "ARB" or "ACEI";
}
