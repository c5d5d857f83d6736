using CoSo.Core.People;

namespace CoSo.Data.Fhir;

/// <summary>
/// What a Patient search asks, already read from the FHIR parameters: every list is AND-ed (one entry per repeated
/// parameter), the values inside one identifier entry are OR-ed. Names are folded keys (CoSo's <c>TextFolding</c>).
/// </summary>
public sealed record PatientCriteria
{
    public IReadOnlyList<Guid> Ids { get; init; } = [];

    /// <summary>Each entry: CCCDs and BHYT card numbers, any of which matches (an empty entry matches nothing).</summary>
    public IReadOnlyList<IdentifierAlternatives> Identifiers { get; init; } = [];

    /// <summary>Folded prefixes; each must start a word of the name.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>Folded prefixes of the family name (the first word of a Vietnamese name).</summary>
    public IReadOnlyList<string> Families { get; init; } = [];

    /// <summary>Folded prefixes of a given name (any word after the first).</summary>
    public IReadOnlyList<string> Givens { get; init; } = [];

    public IReadOnlyList<DateFilter> BirthDates { get; init; } = [];

    /// <summary>Each entry: the sexes any of which matches (empty: a code CoSo does not record, matching nobody).</summary>
    public IReadOnlyList<IReadOnlyList<Sex>> Sexes { get; init; } = [];

    public IReadOnlyList<Guid> ManagingUnits { get; init; } = [];

    /// <summary>On the record's last change (<c>UpdatedAt</c>): each entry AND-ed.</summary>
    public IReadOnlyList<InstantFilter> LastUpdated { get; init; } = [];

    /// <summary><see cref="FhirSort.Id"/> or <see cref="FhirSort.LastUpdated"/> (a resident has no clinical date).</summary>
    public FhirSort Sort { get; init; } = FhirSort.Id;

    /// <summary>Count the matches of each page (a search's total); false for a bulk export's walk (id order only).</summary>
    public bool CountTotal { get; init; } = true;

    /// <summary>Each entry: phone numbers (digits as stored), any of which matches.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Phones { get; init; } = [];
}
