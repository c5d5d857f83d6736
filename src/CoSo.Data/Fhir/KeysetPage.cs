namespace CoSo.Data.Fhir;

/// <summary>
/// One page of a keyset-paged search: the rows after the cursor in key order, whether more follow, and the number of
/// matches at the moment of the query. No offset: a row inserted between two pages cannot shift the next page.
/// </summary>
public sealed record KeysetPage<T>(IReadOnlyList<T> Items, bool HasMore, int Total)
{
    /// <summary>The cursor of the page after this one (the last row's key and id), while more rows follow.</summary>
    public PageCursor? Next { get; init; }
}
