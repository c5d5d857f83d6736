namespace CoSo.Data.Surveillance;

public sealed record NotificationDto(Guid Id, Guid OrgUnitId, DateTimeOffset CreatedAt, string Subject, string Body);
