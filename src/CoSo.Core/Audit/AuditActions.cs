namespace CoSo.Core.Audit;

public static class AuditActions
{
    public const string Read = "read";
    public const string Search = "search";
    public const string Create = "create";
    public const string Update = "update";
    public const string Merge = "merge";
    public const string Import = "import";

    /// <summary>An attempt to reach a resident outside the user's scope (answered 404).</summary>
    public const string Denied = "denied";
}
