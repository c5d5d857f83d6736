using System.Globalization;
using CoSo.Core.Surveillance;
using CoSo.Web.Resources;
using Microsoft.Extensions.Localization;

namespace CoSo.Web.Components.Shared;

/// <summary>How values are shown to people: dates dd/mm/yyyy whatever the browser, weeks "Tuần 48/2026".</summary>
public static class UiFormat
{
    public const string DatePattern = "dd/MM/yyyy";

    public static string Date(DateOnly date) => date.ToString(DatePattern, CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "—";

    public static string Week(IStringLocalizer<Ui> l, IsoWeek week) => string.Format(CultureInfo.CurrentCulture, l["WeekLabel"], week.Week, week.Year);

    /// <summary>"2026-W48" (the stored form) → "Tuần 48/2026"; anything else is shown as it is.</summary>
    public static string Week(IStringLocalizer<Ui> l, string? period) =>
        period is { Length: 8 } p && p[4] == '-' && p[5] == 'W' && int.TryParse(p[..4], CultureInfo.InvariantCulture, out var y) && int.TryParse(p[6..], CultureInfo.InvariantCulture, out var w)
            ? Week(l, new IsoWeek(y, w))
            : period ?? string.Empty;

    /// <summary>A number for people: the UI culture's decimal mark, at most <paramref name="decimals"/> places.</summary>
    public static string Number(decimal? value, int decimals = 1) =>
        value is { } v ? Math.Round(v, decimals).ToString("#,##0." + new string('#', decimals), CultureInfo.CurrentCulture) : "—";

    /// <summary>A vaccine code of the schedule ("Measles") in the user's language ("Sởi"); unknown codes as they are.</summary>
    public static string Vaccine(IStringLocalizer<Ui> l, string? code)
    {
        if (code is null)
        {
            return "—";
        }

        var name = l["Vac" + code];
        if (!name.ResourceNotFound)
        {
            return name.Value;
        }

        // A product of the catalogue (a service vaccine): its name from products.json in the user's language.
        return CoSo.Core.Immunization.ImmunizationSchedule.LoadDefault().TryGetProduct(code, out var product)
            ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi" ? product.NameVi : product.Name
            : code;
    }

    /// <summary>"Sởi mũi 1".</summary>
    public static string Vaccine(IStringLocalizer<Ui> l, string? code, int? dose) =>
        code is null ? "—" : dose is { } d ? Vaccine(l, code) + " " + string.Format(CultureInfo.CurrentCulture, l["VacDose"], d) : Vaccine(l, code);

    /// <summary>A notifiable disease in the user's language only (no "Tả / Cholera").</summary>
    public static string Disease(NotifiableDisease d) => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi" ? d.NameVi : d.NameEn;

    /// <summary>Diseases in the alphabetical order of the user's language (dengue before the rare viral haemorrhagic fevers).</summary>
    public static IEnumerable<NotifiableDisease> ByName(IEnumerable<NotifiableDisease> diseases) =>
        diseases.OrderBy(Disease, StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true));
}
