using CoSo.Core.People;

namespace CoSo.Data.Indicators.Sources;

/// <summary>One resident as a disaggregated source sees it: station, sex, birth, and whether the numerator counts them.</summary>
public sealed class BandInput
{
    public Guid OrgUnitId { get; init; }

    public Sex Sex { get; init; }

    public DateOnly? BirthDate { get; init; }

    public int BirthYear { get; init; }

    public bool Counted { get; init; }
}
