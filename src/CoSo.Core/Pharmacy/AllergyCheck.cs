using CoSo.Core.Common;

namespace CoSo.Core.Pharmacy;

/// <summary>
/// Whether a resident's drug-allergy note names a drug: its active ingredient, or a class the formulary lists for it
/// (penicillin for amoxicillin, sulfonamide for co-trimoxazole). Free text, so folded word matching; a miss is possible
/// when the note is misspelt, which is why the note itself is shown where the drug is chosen.
/// </summary>
public static class AllergyCheck
{
    public static bool Names(string? allergyNote, Drug drug) => Names(allergyNote, drug.ActiveIngredient, drug.AllergyTerms);

    public static bool Names(string? allergyNote, string ingredient, string? allergyTerms)
    {
        if (string.IsNullOrWhiteSpace(allergyNote))
        {
            return false;
        }

        var note = " " + TextFolding.Fold(allergyNote) + " ";
        var terms = (allergyTerms ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Append(ingredient)
            .Select(TextFolding.Fold)
            .Where(t => t.Length >= 4);
        return terms.Any(t => note.Contains(t, StringComparison.Ordinal));
    }
}
