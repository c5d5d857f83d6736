namespace CoSo.Web.Fhir;

/// <summary>One identifier system: what CoSo emits, what it also accepts, on which resource.</summary>
public sealed record IdentifierSystem(IdentifierKind Kind, string System, IReadOnlyList<string> Aliases, string Resource, string Description);
