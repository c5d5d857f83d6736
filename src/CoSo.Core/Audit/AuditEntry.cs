namespace CoSo.Core.Audit;

/// <summary>Append-only record of one read or write of a resident's data. Holds identifiers, never names or diagnoses.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string EntityType { get; set; } = string.Empty;

    public Guid? EntityId { get; set; }

    public Guid? PersonId { get; set; }

    public string? ProvinceCode { get; set; }

    public string? RemoteAddress { get; set; }
}
