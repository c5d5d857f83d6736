namespace CoSo.Core.Encounters;

/// <summary>An entry of the Ministry of Health ICD-10 list (QĐ 4469/QĐ-BYT).</summary>
public sealed class IcdCode
{
    public string Code { get; set; } = string.Empty;

    public string NameVi { get; set; } = string.Empty;

    public string? NameEn { get; set; }

    /// <summary>Folded "code name" for accent-insensitive search.</summary>
    public string SearchKey { get; set; } = string.Empty;

    public string? Chapter { get; set; }
}
