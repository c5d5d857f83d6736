namespace CoSo.Core.Chronic;

/// <summary>ICD-10 codes that propose a resident for a registry: I10–I15 hypertension, E10–E14 diabetes.</summary>
public static class ChronicCodes
{
    public static ChronicProgramme? ProgrammeOf(string? icdCode)
    {
        if (string.IsNullOrWhiteSpace(icdCode) || icdCode.Length < 3)
        {
            return null;
        }

        var letter = char.ToUpperInvariant(icdCode[0]);
        if (!int.TryParse(icdCode.AsSpan(1, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        return letter switch
        {
            'I' when n is >= 10 and <= 15 => ChronicProgramme.Hypertension,
            'E' when n is >= 10 and <= 14 => ChronicProgramme.Diabetes,
            _ => null,
        };
    }

    /// <summary>Three-character prefixes, for a database filter (<c>code LIKE 'I10%'</c>).</summary>
    public static IReadOnlyList<string> Prefixes { get; } = ["I10", "I11", "I12", "I13", "I14", "I15", "E10", "E11", "E12", "E13", "E14"];
}
