namespace CoSo.Data.Fhir;

/// <summary>
/// A FHIR date comparison (R4 §3.1.1.5.6, "search on ranges") on a birth date or a visit's day: the parameter is the range
/// [<see cref="Start"/>, <see cref="End"/>] (a year alone is the whole year), and a resident whose birth date is only a
/// year is the range of that year. <c>eq</c>: the resident's range lies inside the parameter's; <c>ge</c>/<c>gt</c>:
/// it reaches at or after the start / after the end; <c>le</c>/<c>lt</c>: it starts at or before the end / before the start.
/// </summary>
public sealed record DateFilter(DatePrefix Prefix, DateOnly Start, DateOnly End);
