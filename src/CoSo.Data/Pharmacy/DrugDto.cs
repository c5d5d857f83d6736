using CoSo.Core.Pharmacy;

namespace CoSo.Data.Pharmacy;

/// <summary>A formulary entry as pickers and the API show it, with the units on hand at the station asked about.</summary>
public sealed record DrugDto(
    string Code, string ActiveIngredient, string Strength, string Form, string Route, string Unit, bool BhytCovered, string? BhytListNo,
    string? Atc, string Group, decimal MinStock, string? NameEn, decimal? OnHand, string? AllergyTerms = null)
{
    public string Display => $"{ActiveIngredient} {Strength} ({Form})";

    public static DrugDto From(Drug d, decimal? onHand = null) =>
        new(d.Code, d.ActiveIngredient, d.Strength, d.Form, d.Route, d.Unit, d.BhytCovered, d.BhytListNo, d.Atc, d.Group, d.MinStock, d.NameEn, onHand, d.AllergyTerms);
}
