namespace CoSo.Core.Workforce;

public sealed record QualificationInput(string Name, DateOnly AwardedOn);
