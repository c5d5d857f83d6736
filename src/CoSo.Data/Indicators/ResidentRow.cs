using CoSo.Core.People;

namespace CoSo.Data.Indicators;

/// <summary>A resident behind an indicator figure (read through the scoped, audited path).</summary>
public sealed record ResidentRow(Guid Id, string ProvinceCode, string FullName, int BirthYear, Sex Sex, string? BhytNumber, DateOnly? BhytValidTo);
