using CoSo.Core.Encounters;
using CoSo.Core.Pharmacy;
using CoSo.Data.Encounters;
using CoSo.Data.Pharmacy;

namespace CoSo.Web.Components.Encounters;

/// <summary>One line of the prescription being written: a formulary drug (or free text, the marked exception),
/// dose × times a day × days, and whether the station hands it out now.</summary>
public sealed class RxLine
{
    public DrugDto? Drug { get; set; }

    public bool FreeText { get; set; }

    public string? FreeName { get; set; }

    public string? FreeStrength { get; set; }

    public decimal? FreeQuantity { get; set; }

    public decimal? DosePerTake { get; set; } = 1;

    public int? TimesPerDay { get; set; } = 1;

    public int? Days { get; set; } = 30;

    public string? Instructions { get; set; }

    public bool Dispense { get; set; } = true;

    public string? AllergyOverride { get; set; }

    /// <summary>Units already handed out (a saved visit being corrected).</summary>
    public decimal Dispensed { get; set; }

    public bool IsEmpty => FreeText ? string.IsNullOrWhiteSpace(FreeName) : Drug is null;

    public decimal Quantity => FreeText
        ? FreeQuantity ?? 0
        : DosePerTake is { } d && TimesPerDay is { } t && Days is { } n && d > 0 && t > 0 && n > 0 ? Dosing.Quantity(d, t, n) : 0;

    public bool NamesAllergy(string? allergyNote) => Drug is { } d
        ? AllergyCheck.Names(allergyNote, d.ActiveIngredient, d.AllergyTerms)
        : FreeText && !string.IsNullOrWhiteSpace(FreeName) && AllergyCheck.Names(allergyNote, FreeName, null);

    /// <summary>Not enough units on hand to hand this line out now.</summary>
    public bool OutOfStock => Drug?.OnHand is { } onHand && Dispense && Quantity > onHand;

    public PrescriptionInput ToInput() => FreeText
        ? new PrescriptionInput(FreeName!.Trim(), FreeStrength, Instructions, Quantity, Days ?? 0) { AllergyOverrideReason = AllergyOverride }
        : new PrescriptionInput(string.Empty, null, null, 0, Days ?? 0)
        {
            DrugCode = Drug!.Code, DosePerTake = DosePerTake, TimesPerDay = TimesPerDay, Instructions = Instructions, Dispense = Dispense && Dispensed == 0,
            AllergyOverrideReason = AllergyOverride,
        };

    public static RxLine From(PrescriptionLineDto l, DrugDto? drug) => new()
    {
        Drug = drug, FreeText = drug is null, FreeName = drug is null ? l.Drug : null, FreeStrength = drug is null ? l.Strength : null,
        FreeQuantity = drug is null ? l.Quantity : null, DosePerTake = l.DosePerTake ?? 1, TimesPerDay = l.TimesPerDay ?? 1, Days = l.Days,
        Instructions = drug is null ? l.Dose : null, AllergyOverride = l.AllergyOverrideReason, Dispensed = l.DispensedQuantity,
        Dispense = drug?.OnHand is > 0,
    };
}
