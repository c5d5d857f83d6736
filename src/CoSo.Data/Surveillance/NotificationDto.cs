namespace CoSo.Data.Surveillance;

/// <summary>A notification in the reader's language; <see cref="Link"/> is the page that deals with it (null: the alerts).</summary>
public sealed record NotificationDto(Guid Id, Guid OrgUnitId, DateTimeOffset CreatedAt, string Subject, string Body, string? Kind = null, string? Link = null);
