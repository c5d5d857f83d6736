using CoSo.Core.Maternal;
using CoSo.Core.People;

namespace CoSo.Data.Maternal;

public sealed record BirthOutcomeDto(
    Guid Id, int BirthOrder, BirthOutcomeKind Kind, Sex? Sex, int? BirthWeightGrams, decimal? BirthLengthCm, DateTimeOffset? BornAt,
    Guid? NewbornPersonId, string? NewbornName, DateOnly? NeonatalDeathDate, bool LowBirthWeight);
