namespace CoSo.Web.Fhir;

/// <summary>
/// One served resource type: its handler, its search parameters, whether it accepts create. The router maps routes
/// from it and the CapabilityStatement is written from it, so the two cannot disagree.
/// </summary>
public sealed record FhirResourceDefinition(string Type, Type Handler, IReadOnlyList<FhirSearchParameter> SearchParameters, bool Create = false, string? Documentation = null)
{
    /// <summary>
    /// The read route's id segment. Its route values are what <c>DeniedAuditFilter</c> names in a denial: a Patient's id
    /// is <c>{personId}</c> (the resident), an Observation's <c>{visitId}-{kind}</c> (the visit).
    /// </summary>
    public string IdRoute { get; init; } = "{id}";

    /// <summary>The <c>_sort</c> values served (orders the keyset pages correctly); listed in the CapabilityStatement's documentation.</summary>
    public IReadOnlyList<FhirSortOption> Sorts { get; init; } = [];

    /// <summary>
    /// <c>_include</c> values served: the type's references to the resident (<c>patient</c>, <c>subject</c>,
    /// <c>beneficiary</c>), whose targets are the residents its matches carry (<see cref="FhirAnswer.People"/>).
    /// </summary>
    public IReadOnlyList<string> Includes => SearchParameters.Where(p => p.Name is "patient" or "subject" or "beneficiary").Select(p => $"{Type}:{p.Name}").ToList();

    /// <summary><c>_revinclude</c> values served (Patient: the BHYT card, Coverage:beneficiary / Coverage:patient).</summary>
    public IReadOnlyList<string> RevIncludes { get; init; } = [];

    /// <summary>Accepts <c>PUT /fhir/{Type}/{id}</c> with <c>If-Match</c> (versioned update).</summary>
    public bool Update { get; init; }

    /// <summary>Accepts <c>DELETE /fhir/{Type}/{id}</c>.</summary>
    public bool Delete { get; init; }

    /// <summary>Whether a create may be conditional (<c>If-None-Exist</c>); a Subscription's is not.</summary>
    public bool ConditionalCreate { get; init; } = true;

    /// <summary>Extensions on the type's CapabilityStatement entry (the Subscription topics' canonicals, Backport IG).</summary>
    public IReadOnlyList<Hl7.Fhir.Model.Extension> Extensions { get; init; } = [];

    public bool Supports(string parameter) => SearchParameters.Any(p => p.Name == parameter);
}
