namespace CoSo.Core.Indicators;

/// <summary>A numerator and denominator of one disaggregation category for one org unit.</summary>
public readonly record struct CategoryValue(Guid OrgUnitId, string Category, long Numerator, long Denominator);
