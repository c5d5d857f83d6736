namespace CoSo.Data.Fhir;

/// <summary>One identifier parameter: CCCDs and BHYT card numbers, any of which matches.</summary>
public sealed record IdentifierAlternatives(IReadOnlyList<string> Cccds, IReadOnlyList<string> BhytNumbers);
