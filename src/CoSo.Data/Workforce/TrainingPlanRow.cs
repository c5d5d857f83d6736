namespace CoSo.Data.Workforce;

/// <summary>
/// A station's training plan of a year and how far it got: <see cref="Trained"/> distinct workers completed a course in
/// the year up to <see cref="AsOf"/>; <see cref="Done"/> when they reach <see cref="PlannedStaff"/> (null without a plan).
/// </summary>
public sealed record TrainingPlanRow(Guid StationId, string Code, string Name, int Year, int? PlannedStaff, string? Note, int Trained, bool? Done, DateOnly AsOf);
