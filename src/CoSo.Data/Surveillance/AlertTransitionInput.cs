using CoSo.Core.Surveillance.Alerts;

namespace CoSo.Data.Surveillance;

/// <summary>A requested status change; <see cref="Actions"/> is required when moving to Response.</summary>
public sealed record AlertTransitionInput(AlertStatus To, string? Note = null, string? Actions = null);
