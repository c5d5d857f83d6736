using System.Globalization;
using CoSo.Core.Maternal;
using CoSo.Web.Resources;
using Microsoft.Extensions.Localization;

namespace CoSo.Web.Components.Maternal;

/// <summary>How the maternal pages write gestational ages, enum values and schedule labels in the user's language.</summary>
public static class MaternalLabels
{
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>87 days → "12 tuần 3 ngày"; null → "—".</summary>
    public static string Gestation(IStringLocalizer<Ui> l, int? days) =>
        days is { } d ? string.Format(CultureInfo.CurrentCulture, l["McGestationFormat"], d / 7, d % 7) : "—";

    /// <summary>An enum value by its resource "Mc{Type}{Value}", e.g. McRiskFactorAnaemia.</summary>
    public static string Of<T>(IStringLocalizer<Ui> l, T value)
        where T : struct, Enum
    {
        var s = l["Mc" + typeof(T).Name + value];
        return s.ResourceNotFound ? value.ToString() : s.Value;
    }

    /// <summary>The set flags of a flags enum, each by its resource, comma-separated ("—" for none).</summary>
    public static string Flags<T>(IStringLocalizer<Ui> l, T value)
        where T : struct, Enum
    {
        var set = Enum.GetValues<T>().Where(f => Convert.ToInt32(f, CultureInfo.InvariantCulture) != 0 && value.HasFlag(f)).Select(f => Of(l, f)).ToList();
        return set.Count == 0 ? "—" : string.Join(", ", set);
    }

    public static string Slot(CareSlotEvaluation? slot) => slot is null ? "—" : English ? slot.LabelEn : slot.LabelVi;

    public static string Schedule(CareSchedule schedule) => English ? schedule.NameEn : schedule.NameVi;

    public static string Color(CareSlotStatus status) => status switch
    {
        CareSlotStatus.Overdue or CareSlotStatus.Missed => "color:#c62828;font-weight:bold",
        CareSlotStatus.Due => "color:#e65100;font-weight:bold",
        CareSlotStatus.Done => "color:#2e7d32",
        _ => string.Empty,
    };
}
