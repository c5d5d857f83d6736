using CoSo.Data.Fhir;

namespace CoSo.Web.Fhir;

/// <summary>A <c>_sort</c> value a resource type accepts (as sent, e.g. "-date") and the keyset order it pages in.</summary>
public sealed record FhirSortOption(string Text, FhirSort Sort, string Documentation)
{
    public static FhirSortOption Date { get; } = new("date", FhirSort.Date, "date tăng dần / oldest first");

    public static FhirSortOption DateDescending { get; } = new("-date", FhirSort.DateDescending, "date giảm dần / newest first");

    public static FhirSortOption LastUpdated { get; } = new("_lastUpdated", FhirSort.LastUpdated, "lần sửa cũ nhất trước; bản ghi sửa trong lúc duyệt xuất hiện lại ở cuối, không bị bỏ sót / oldest change first; a row changed during the walk comes again at the end, never skipped");

    /// <summary>The sorts of a resource whose date is its visit's but is named otherwise (MedicationRequest's authoredon).</summary>
    public static IReadOnlyList<FhirSortOption> Named(string date) =>
        [new(date, FhirSort.Date, date + " tăng dần / oldest first"), new("-" + date, FhirSort.DateDescending, date + " giảm dần / newest first"), LastUpdated];

    /// <summary>The sorts of a clinical resource: its date both ways and its last change, oldest first.</summary>
    public static IReadOnlyList<FhirSortOption> Clinical { get; } = [Date, DateDescending, LastUpdated];
}
