using System.Globalization;

namespace CoSo.Core.Immunization;

/// <summary>
/// Parses the CLI's notations for a dose given: <c>VACCINE:DOSE:YYYY-MM-DD</c> for a vaccine of the schedule, e.g.
/// <c>BCG:1:2025-01-16</c>, and <c>PRODUCT:YYYY-MM-DD</c> for a product of the catalogue, e.g.
/// <c>DTaP-IPV-HepB-Hib:2025-02-27</c> (the engine decides which slots it credits).
/// </summary>
public static class GivenDoseParser
{
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Parses one dose of the child schedule; on failure <paramref name="error"/> says why, in English.</summary>
    public static bool TryParse(string text, ImmunizationSchedule schedule, out GivenDose dose, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(schedule);
        dose = default;
        var parts = text.Split(':');
        if (parts.Length == 2 && !VaccineCodes.IsKnown(parts[0]))
        {
            if (!schedule.TryGetProduct(parts[0], out _))
            {
                error = $"'{text}': unknown product code '{parts[0]}' (known: {string.Join(", ", schedule.Products.Select(p => p.Code))}).";
                return false;
            }

            if (!TryParseDate(parts[1], out var productDate))
            {
                error = $"'{text}': '{parts[1]}' is not a date in the form YYYY-MM-DD.";
                return false;
            }

            dose = new GivenDose(parts[0], 0, productDate);
            error = null;
            return true;
        }

        if (parts.Length != 3)
        {
            error = $"'{text}': expected VACCINE:DOSE:YYYY-MM-DD or PRODUCT:YYYY-MM-DD.";
            return false;
        }

        var vaccine = parts[0];
        if (!schedule.IsChildVaccine(vaccine))
        {
            error = VaccineCodes.IsKnown(vaccine)
                ? $"'{text}': {vaccine} is not in the child schedule."
                : $"'{text}': unknown vaccine code '{vaccine}' (known: {string.Join(", ", VaccineCodes.All)}).";
            return false;
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number < 1 || number > schedule.ChildDoseCount(vaccine))
        {
            error = $"'{text}': dose must be a number from 1 to {schedule.ChildDoseCount(vaccine)} for {vaccine}.";
            return false;
        }

        if (!TryParseDate(parts[2], out var date))
        {
            error = $"'{text}': '{parts[2]}' is not a date in the form YYYY-MM-DD.";
            return false;
        }

        dose = new GivenDose(vaccine, number, date);
        error = null;
        return true;
    }
}
