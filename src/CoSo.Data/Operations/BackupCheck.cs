namespace CoSo.Data.Operations;

/// <summary>The outcome of verifying a backup: whether it is whole, the last migration it carries, and what is wrong if not.</summary>
public sealed record BackupCheck(bool Ok, string? LastMigration, string? Problem);
