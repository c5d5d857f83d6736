using CoSo.Core.Maternal;
using CoSo.Core.People;

namespace CoSo.Data.Maternal;

/// <summary>One baby of a delivery; a live birth is registered as a resident (named, or "Con của …" until named).</summary>
public sealed record BabyInput
{
    public BirthOutcomeKind Kind { get; init; } = BirthOutcomeKind.LiveBirth;

    public Sex? Sex { get; init; }

    public int? BirthWeightGrams { get; init; }

    public decimal? BirthLengthCm { get; init; }

    public string? FullName { get; init; }

    public DateOnly? NeonatalDeathDate { get; init; }
}
