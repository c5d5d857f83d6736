namespace CoSo.Core.Audit;

public static class AuditActions
{
    public const string Read = "read";
    public const string Search = "search";
    public const string Create = "create";
    public const string Update = "update";
    public const string Merge = "merge";
    public const string Import = "import";
    public const string Delete = "delete";

    /// <summary>A visit voided (it stays, marked, out of indicators).</summary>
    public const string Void = "void";

    /// <summary>A drug prescribed although the record lists an allergy to it, with the prescriber's reason.</summary>
    public const string AllergyOverride = "allergy-override";

    /// <summary>An attempt to reach a resident outside the user's scope (answered 404).</summary>
    public const string Denied = "denied";

    /// <summary>A bulk export (FHIR $export): who, what scope, how many resources of each type.</summary>
    public const string Export = "export";
}
