namespace CoSo.Core.Audit;

/// <summary>
/// Append-only record of one request's (or one page operation's) read of residents' data: who, when, from where, through
/// which page or endpoint, and the residents shown — one row listing them all instead of one row each (issue 14, item 2;
/// ADR 0011). Identifiers only, never names or diagnoses. Writes and denied attempts stay <see cref="AuditEntry"/> rows.
/// </summary>
public sealed class ReadAuditEntry
{
    public Guid Id { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    /// <summary><see cref="AuditActions.Read"/> or <see cref="AuditActions.Search"/>.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>The endpoint or page that showed them ("ui:resident", the API route's display name).</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>The record read through (a household, a visit) when the source names one.</summary>
    public Guid? EntityId { get; set; }

    /// <summary>The residents' province when they all share one (the distribution key), else null.</summary>
    public string? ProvinceCode { get; set; }

    public string? RemoteAddress { get; set; }

    /// <summary>The residents shown, each once (16 bytes each on both stores).</summary>
    public Guid[] PersonIds { get; set; } = [];
}
