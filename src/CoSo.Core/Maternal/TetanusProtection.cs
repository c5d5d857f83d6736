namespace CoSo.Core.Maternal;

/// <summary>
/// Whether a newborn was protected against neonatal tetanus at birth (PAB) by the mother's tetanus-toxoid (Td) doses,
/// after WHO's table of the protection a woman's doses give: none after the first; 3 years after the second, 5 after
/// the third, 10 after the fourth, all her childbearing years after the fifth; the second dose at least two weeks
/// before the delivery (data/SOURCES.md). Doses are the valid ones, in order (the immunization engine's minimum
/// intervals already applied).
/// </summary>
public static class TetanusProtection
{
    /// <summary>Days before the delivery a dose must be given to count (antibodies take two weeks).</summary>
    public const int LeadDays = 14;

    /// <summary>Years the k-th dose protects (index k − 1); null = for life; the first protects not at all.</summary>
    private static readonly int?[] ProtectionYears = [0, 3, 5, 10, null];

    public static bool ProtectedAtBirth(IReadOnlyList<DateOnly> validDoses, DateOnly delivery)
    {
        ArgumentNullException.ThrowIfNull(validDoses);
        var doses = validDoses.Order().ToList();
        for (var k = doses.Count; k >= 2; k--)
        {
            var given = doses[k - 1];
            if (given > delivery.AddDays(-LeadDays))
            {
                continue;
            }

            var years = ProtectionYears[Math.Min(k, ProtectionYears.Length) - 1];
            if (years is null || delivery <= given.AddYears(years.Value))
            {
                return true;
            }
        }

        return false;
    }
}
