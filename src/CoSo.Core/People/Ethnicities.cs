namespace CoSo.Core.People;

/// <summary>The 54 official ethnic groups (GSO codes 01–54, data/reference/ethnicities.csv).</summary>
public static class Ethnicities
{
    public static bool IsKnown(string? code) =>
        code is { Length: 2 } && int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 54;
}
