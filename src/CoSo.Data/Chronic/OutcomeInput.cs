using CoSo.Core.Chronic;

namespace CoSo.Data.Chronic;

public sealed record OutcomeInput(CallOutcome Outcome, DateOnly? NewAppointment = null);
