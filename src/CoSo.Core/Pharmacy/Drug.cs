namespace CoSo.Core.Pharmacy;

/// <summary>An entry of the station formulary (reference data from data/formulary/drugs.csv).</summary>
public sealed class Drug
{
    /// <summary>Our stable short code, e.g. "AMLO5".</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>Active ingredient as the Ministry's list writes it (tên hoạt chất), e.g. "Amlodipin".</summary>
    public string ActiveIngredient { get; set; } = string.Empty;

    public string Strength { get; set; } = string.Empty;

    /// <summary>Dosage form in Vietnamese (viên nén, gói bột…).</summary>
    public string Form { get; set; } = string.Empty;

    /// <summary>Route in Vietnamese (uống, tiêm, dùng ngoài…).</summary>
    public string Route { get; set; } = string.Empty;

    /// <summary>Dispensing unit (viên, gói, ống…).</summary>
    public string Unit { get; set; } = string.Empty;

    public bool BhytCovered { get; set; }

    /// <summary>Ordinal of the active ingredient in the BHYT drug list (TT 20/2022/TT-BYT), where known.</summary>
    public string? BhytListNo { get; set; }

    public string? Atc { get; set; }

    public string Group { get; set; } = string.Empty;

    /// <summary>Planning default of the minimum stock a station keeps, in units.</summary>
    public decimal MinStock { get; set; }

    public string? NameEn { get; set; }

    /// <summary>Folded words that, found in a resident's drug-allergy note, flag this drug (';'-separated).</summary>
    public string? AllergyTerms { get; set; }

    /// <summary>Folded "code ingredient strength" for accent-insensitive search.</summary>
    public string SearchKey { get; set; } = string.Empty;

    public bool Active { get; set; } = true;

    /// <summary>"Amlodipin 5 mg (viên nén)".</summary>
    public string Display => $"{ActiveIngredient} {Strength} ({Form})";
}
