namespace CoSo.Core.Identity;

/// <summary>
/// One SMART on FHIR system scope (SMART App Launch 2.x §3.3): <c>system/Patient.read</c> (v1), <c>system/*.read</c>,
/// <c>system/Patient.rs</c> (v2: c create, r read, u update, d delete, s search). A system client of CoSo holds a list of
/// them; every FHIR request is checked against it (docs/fhir.md, "System clients").
/// </summary>
public sealed record SmartScope(string ResourceType, bool Create, bool Read, bool Update, bool Delete, bool Search)
{
    public const string Prefix = "system/";

    /// <summary>Parses one scope; null when it is not a system scope of either version (context parameters such as <c>?category=</c> are not offered).</summary>
    public static SmartScope? Parse(string? text)
    {
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var body = text[Prefix.Length..];
        var dot = body.LastIndexOf('.');
        if (dot <= 0 || dot == body.Length - 1)
        {
            return null;
        }

        var type = body[..dot];
        if (type != "*" && !(char.IsAsciiLetterUpper(type[0]) && type.All(char.IsAsciiLetter)))
        {
            return null;
        }

        var permissions = body[(dot + 1)..];
        return permissions switch
        {
            "read" => new SmartScope(type, false, true, false, false, true),
            "write" => new SmartScope(type, true, false, true, true, false),
            "*" => new SmartScope(type, true, true, true, true, true),
            _ => ParseV2(type, permissions),
        };
    }

    // v2 letters appear at most once each, in the order c r u d s.
    private static SmartScope? ParseV2(string type, string letters)
    {
        var last = -1;
        foreach (var letter in letters)
        {
            var at = "cruds".IndexOf(letter, StringComparison.Ordinal);
            if (at <= last)
            {
                return null;
            }

            last = at;
        }

        return new SmartScope(type, letters.Contains('c'), letters.Contains('r'), letters.Contains('u'), letters.Contains('d'), letters.Contains('s'));
    }

    public bool Covers(string resourceType) => ResourceType == "*" || ResourceType == resourceType;

    /// <summary>Whether any of the scopes lets a client read (r) or search (s) this type, or create (c) it.</summary>
    public static bool Allows(IEnumerable<SmartScope> scopes, string resourceType, SmartInteraction interaction) =>
        scopes.Any(s => s.Covers(resourceType) && interaction switch
        {
            SmartInteraction.Read => s.Read,
            SmartInteraction.Search => s.Search,
            SmartInteraction.Create => s.Create,
            SmartInteraction.Update => s.Update,
            _ => s.Delete,
        });
}

public enum SmartInteraction
{
    Read,
    Search,
    Create,
    Update,
    Delete,
}
