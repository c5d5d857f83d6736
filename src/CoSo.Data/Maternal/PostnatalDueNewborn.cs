namespace CoSo.Data.Maternal;

public sealed record PostnatalDueNewborn(Guid PersonId, string FullName, int? BirthWeightGrams, bool LowBirthWeight);
