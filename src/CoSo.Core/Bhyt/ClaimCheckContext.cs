namespace CoSo.Core.Bhyt;

/// <summary>The reference data the check reads: field tables, dated code lists, the ICD-10 list and its edit lists,
/// and (optionally) the commune list in force.</summary>
public sealed record ClaimCheckContext(ClaimSpec Spec, CodeLists Codes, Func<string, bool> IcdKnown, IcdEditRules Icd, Func<string, bool>? CommuneKnown = null);
