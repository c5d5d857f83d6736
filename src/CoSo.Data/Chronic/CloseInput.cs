using CoSo.Core.Chronic;

namespace CoSo.Data.Chronic;

public sealed record CloseInput(ClosingReason Reason, DateOnly? On = null);
