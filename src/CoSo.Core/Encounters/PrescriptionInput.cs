namespace CoSo.Core.Encounters;

/// <summary>
/// One prescribed drug. The five positional fields are the original contract of the API; the rest were added with the
/// formulary: pick <see cref="DrugCode"/> and give dose × times a day × days, and the quantity and the written dose are
/// computed when left empty.
/// </summary>
public sealed record PrescriptionInput(string Drug, string? Strength, string? Dose, decimal Quantity, int Days)
{
    /// <summary>The quantity to hand out: as given, or dose × times a day × days rounded up to whole units.</summary>
    public decimal EffectiveQuantity => Quantity > 0 ? Quantity
        : DosePerTake is { } d && TimesPerDay is { } t && d > 0 && t > 0 && Days > 0 ? Pharmacy.Dosing.Quantity(d, t, Days) : Quantity;

    /// <summary>Formulary code (e.g. "AMLO5"); without it the line is free text, marked as such on the record.</summary>
    public string? DrugCode { get; init; }

    /// <summary>Units per take (e.g. 1 tablet, 0,5 tablet).</summary>
    public decimal? DosePerTake { get; init; }

    public int? TimesPerDay { get; init; }

    /// <summary>When to take it ("sau ăn"), appended to the written dose.</summary>
    public string? Instructions { get; init; }

    /// <summary>Hand the units out from the station's stock now, in the same transaction as the visit.</summary>
    public bool Dispense { get; init; }

    /// <summary>Required to prescribe a drug the resident's record lists as an allergy.</summary>
    public string? AllergyOverrideReason { get; init; }
}
