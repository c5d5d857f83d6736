namespace CoSo.Core.Immunization;

/// <summary>A child of an indicator's denominator, and whether it is in the numerator (for the drill-down).</summary>
public readonly record struct CoverageMember(Guid PersonId, bool Counted);
