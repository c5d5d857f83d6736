using System.Globalization;
using CoSo.Core.Common;
using CoSo.Data.Fhir;

namespace CoSo.Web.Fhir;

/// <summary>
/// A search's parameters as the resource type's registry entry declares them. Parameters the type does not declare are
/// ignored (FHIR's lenient handling) and left out of the <c>self</c> link, so the link says what was applied.
/// Paging: <c>_count</c> (default 20, at most 100) and <c>ct</c>, the opaque keyset cursor of a <c>next</c> link.
/// </summary>
public sealed class FhirSearch
{
    public const int DefaultCount = 20;
    public const int MaxCount = 100;
    public const string CursorParameter = "ct";

    public const string SortParameter = "_sort";

    private FhirSearch(FhirResourceDefinition resource, IReadOnlyList<FhirParameter> parameters, int count, string? cursor, FhirSortOption? sort, IReadOnlyList<string> includes, IReadOnlyList<string> revIncludes)
    {
        Includes = includes;
        RevIncludes = revIncludes;
        Resource = resource;
        Parameters = parameters;
        Count = count;
        Cursor = cursor;
        SortOption = sort;
    }

    public FhirResourceDefinition Resource { get; }

    public IReadOnlyList<FhirParameter> Parameters { get; }

    public int Count { get; }

    public string? Cursor { get; }

    /// <summary>The <c>_sort</c> applied (one the type declares), or null: id order.</summary>
    public FhirSortOption? SortOption { get; }

    public FhirSort Sort => SortOption?.Sort ?? FhirSort.Id;

    /// <summary>The <c>_include</c> values applied (ones the type declares).</summary>
    public IReadOnlyList<string> Includes { get; }

    /// <summary>The <c>_revinclude</c> values applied.</summary>
    public IReadOnlyList<string> RevIncludes { get; }

    /// <summary>
    /// Reads the query. With <c>Prefer: handling=strict</c> a parameter the type does not support is a 400 instead of
    /// being ignored (R4 §3.1.1.2.1); FHIR's other result parameters (<c>_format</c>, …) are ignored either way.
    /// </summary>
    public static FhirSearch Parse(FhirResourceDefinition resource, IQueryCollection query, bool strict = false)
    {
        var parameters = new List<FhirParameter>();
        var count = DefaultCount;
        string? cursor = null;
        FhirSortOption? sort = null;
        var includes = new List<string>();
        var revIncludes = new List<string>();
        foreach (var (key, values) in query)
        {
            var colon = key.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? key : key[..colon];
            var modifier = colon < 0 ? null : key[(colon + 1)..];
            if (name == "_count")
            {
                if (!int.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out count) || count > MaxCount)
                {
                    throw new DomainValidationException("_count", "fhir.badCount", MaxCount);
                }
            }
            else if (name == CursorParameter)
            {
                cursor = values.ToString();
            }
            else if (name is "_include" or "_revinclude")
            {
                // One level (no :iterate), the pairs the type declares; others ignored, or 400 under strict handling.
                var (declared, into) = name == "_include" ? (resource.Includes, includes) : (resource.RevIncludes, revIncludes);
                foreach (var sent in values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()))
                {
                    // "Encounter:patient:Patient" names the target type, which is Patient for every declared pair.
                    var value = sent.EndsWith(":Patient", StringComparison.Ordinal) && sent.Count(c => c == ':') == 2 ? sent[..^":Patient".Length] : sent;
                    if (modifier is null && declared.Contains(value, StringComparer.Ordinal))
                    {
                        if (!into.Contains(value, StringComparer.Ordinal))
                        {
                            into.Add(value);
                        }
                    }
                    else if (strict)
                    {
                        throw new DomainValidationException(key, "fhir.unknownParameter", key + "=" + sent, resource.Type);
                    }
                }
            }
            else if (name == SortParameter)
            {
                // One key: the orders the keyset can page correctly (FhirSort). Any other is ignored like an unknown
                // parameter (and left out of self), or a 400 under strict handling.
                var text = values.ToString().Trim();
                sort = resource.Sorts.FirstOrDefault(o => o.Text == text);
                if (sort is null && strict && text.Length > 0)
                {
                    throw new DomainValidationException(SortParameter, "fhir.unsupportedSort", text, resource.Type, resource.Sorts.Count == 0 ? "-" : string.Join(", ", resource.Sorts.Select(o => o.Text)));
                }
            }
            else if (Chain(resource, name, modifier) is { } chained)
            {
                parameters.AddRange(values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => new FhirParameter(chained.Name, v!.Trim(), chained.Chain, key)));
            }
            else if (resource.Supports(name))
            {
                if (modifier is not null)
                {
                    throw new DomainValidationException(name, "fhir.unsupportedModifier", name);
                }

                parameters.AddRange(values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => new FhirParameter(name, v!.Trim())));
            }
            else if (strict && !name.StartsWith('_'))
            {
                throw new DomainValidationException(key, "fhir.unknownParameter", key, resource.Type);
            }
        }

        return new FhirSearch(resource, parameters, count, cursor, sort, includes, revIncludes);
    }

    /// <summary>
    /// The one chain supported: a reference to Patient by the resident's identifier (<c>patient.identifier=…</c>,
    /// <c>subject:Patient.identifier=…</c>), the usual query of a national exchange that holds a CCCD, not CoSo's id.
    /// </summary>
    private static (string Name, string Chain)? Chain(FhirResourceDefinition resource, string name, string? modifier)
    {
        var dot = (modifier ?? name).IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return null;
        }

        var (baseName, type, chain) = modifier is null ? (name[..dot], "Patient", name[(dot + 1)..]) : (name, modifier[..dot], modifier[(dot + 1)..]);
        return baseName is "patient" or "subject" && type == "Patient" && chain == "identifier" && resource.Supports(baseName) ? (baseName, chain) : null;
    }

    /// <summary>Values of a parameter, chains excluded.</summary>
    public IEnumerable<string> Values(string name) => Parameters.Where(p => p.Name == name && p.Chain is null).Select(p => p.Value);

    public IEnumerable<string> ChainedValues(string name, string chain) => Parameters.Where(p => p.Name == name && p.Chain == chain).Select(p => p.Value);

    /// <summary>
    /// The cursor of a <c>next</c> link: "&lt;id&gt;" in id order, "&lt;key&gt;.&lt;id&gt;" in a sorted order (the key an
    /// instant's UTC ticks or a day number). A cursor of another order is refused.
    /// </summary>
    public PageCursor? PageCursor => Cursor is null ? null : ParseCursor(Cursor, Sort, out var c) ? c : throw new DomainValidationException(CursorParameter, "fhir.badCursor");

    public static bool ParseCursor(string text, FhirSort sort, out PageCursor cursor)
    {
        cursor = null!;
        if (sort == FhirSort.Id)
        {
            return Guid.TryParse(text, out var id) && (cursor = new PageCursor(id)) is not null;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && long.TryParse(text[..dot], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var key) && Guid.TryParse(text[(dot + 1)..], out var g)
            && (cursor = new PageCursor(g, key)) is not null;
    }

    public static string? CursorText(PageCursor? cursor) => cursor is null ? null
        : cursor.Key is { } key ? key.ToString(CultureInfo.InvariantCulture) + "." + cursor.Id : cursor.Id.ToString();

    /// <summary>The <c>_lastUpdated</c> values.</summary>
    public IReadOnlyList<InstantFilter> LastUpdated() => Values("_lastUpdated").Select(v => Instant("_lastUpdated", v)).ToList();

    /// <summary>
    /// An instant parameter: a date (YYYY, YYYY-MM, YYYY-MM-DD) is that span of Vietnamese days; a dateTime must carry
    /// its zone (R4 §3.1.1.4.2: a time without one is ambiguous) and is the range of its precision (minute, second, fraction).
    /// </summary>
    public static InstantFilter Instant(string name, string value)
    {
        if (value.Contains('T', StringComparison.Ordinal))
        {
            var (prefix, text) = Prefix(name, value, "fhir.badInstant");
            var inv = CultureInfo.InvariantCulture;
            var t = text.IndexOf('T', StringComparison.Ordinal);
            var zone = text.Length - (text.EndsWith('Z') ? 1 : 6);
            var time = text[(t + 1)..Math.Max(t + 1, zone)];
            var precision = time.Length switch
            {
                5 => TimeSpan.FromMinutes(1),
                8 => TimeSpan.FromSeconds(1),
                > 9 and <= 15 when time[8] == '.' => TimeSpan.FromTicks((long)Math.Pow(10, 7 - (time.Length - 9))),
                _ => TimeSpan.Zero,
            };
            if (precision > TimeSpan.Zero && (text.EndsWith('Z') || text[zone] is '+' or '-')
                && DateTimeOffset.TryParse(text, inv, DateTimeStyles.None, out var at))
            {
                return new InstantFilter(prefix, at, at + precision);
            }

            throw new DomainValidationException(name, "fhir.badInstant");
        }

        DateFilter day;
        try
        {
            day = Date(name, value);
        }
        catch (DomainValidationException)
        {
            throw new DomainValidationException(name, "fhir.badInstant");
        }

        var vietnam = TimeSpan.FromHours(7);
        return new InstantFilter(day.Prefix, new DateTimeOffset(day.Start.ToDateTime(TimeOnly.MinValue), vietnam), new DateTimeOffset(day.End.AddDays(1).ToDateTime(TimeOnly.MinValue), vietnam));
    }

    private static (DatePrefix Prefix, string Text) Prefix(string name, string value, string error)
    {
        if (value.Length > 2 && char.IsAsciiLetter(value[0]))
        {
            var prefix = value[..2] switch
            {
                "eq" => DatePrefix.Eq,
                "ge" => DatePrefix.Ge,
                "gt" => DatePrefix.Gt,
                "le" => DatePrefix.Le,
                "lt" => DatePrefix.Lt,
                _ => throw new DomainValidationException(name, error),
            };
            return (prefix, value[2..]);
        }

        return (DatePrefix.Eq, value);
    }

    /// <summary>Comma-separated alternatives of one token parameter, each split at '|': (null, code) without a system.</summary>
    public static IReadOnlyList<(string? System, string Code)> Tokens(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.IndexOf('|', StringComparison.Ordinal) is var bar and >= 0 ? (t[..bar], t[(bar + 1)..]) : ((string?)null, t)).ToList();

    /// <summary>The ids a reference parameter names, comma-separated alternatives of all its occurrences.</summary>
    public IReadOnlyList<Guid> References(string name, string type) => Values(name).SelectMany(v => ReferenceIds(v, type)).ToList();

    /// <summary>"id", "Type/id" or an absolute URL ending in "Type/id", per comma-separated alternative; an id that is not CoSo's is Guid.Empty (matches nothing).</summary>
    public static IReadOnlyList<Guid> ReferenceIds(string value, string type)
    {
        var marker = type + "/";
        return value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v =>
        {
            var at = v.LastIndexOf(marker, StringComparison.Ordinal);
            var id = at >= 0 ? v[(at + marker.Length)..] : v.Contains('/', StringComparison.Ordinal) ? null : v;
            return id is not null && Guid.TryParse(id, out var g) ? g : Guid.Empty;
        }).ToList();
    }

    /// <summary>The `_id` values: ids that are not CoSo's match nothing.</summary>
    public IReadOnlyList<Guid> Ids() =>
        Values("_id").SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty).ToList();

    /// <summary>A date parameter: prefix and the range its precision gives (a year is 1 Jan–31 Dec).</summary>
    public static DateFilter Date(string name, string value)
    {
        var (prefix, text) = Prefix(name, value, "fhir.badDate");

        var inv = CultureInfo.InvariantCulture;
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, inv, out var y) && y >= 1)
        {
            return new DateFilter(prefix, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        }

        if (text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var month))
        {
            return new DateFilter(prefix, month, month.AddMonths(1).AddDays(-1));
        }

        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
        {
            return new DateFilter(prefix, day, day);
        }

        throw new DomainValidationException(name, "fhir.badDate");
    }
}
