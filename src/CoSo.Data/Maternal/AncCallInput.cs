using CoSo.Core.Maternal;

namespace CoSo.Data.Maternal;

public sealed record AncCallInput(AncCallOutcome Outcome, DateOnly? AgreedDate = null);
