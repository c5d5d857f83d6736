using CoSo.Core.Maternal;
using CoSo.Core.People;
using CoSo.Data.Maternal;

namespace CoSo.Web.Components.Maternal;

/// <summary>One baby as the delivery form holds it.</summary>
public sealed class BabyFormModel
{
    public BirthOutcomeKind Kind { get; set; } = BirthOutcomeKind.LiveBirth;

    /// <summary>"Male", "Female" or empty (not chosen).</summary>
    public string Sex { get; set; } = string.Empty;

    public int? BirthWeightGrams { get; set; }

    public decimal? BirthLengthCm { get; set; }

    public string? FullName { get; set; }

    public BabyInput ToInput() => new()
    {
        Kind = Kind,
        Sex = Enum.TryParse<Sex>(Sex, out var s) ? s : null,
        BirthWeightGrams = BirthWeightGrams,
        BirthLengthCm = BirthLengthCm,
        FullName = FullName,
    };
}
