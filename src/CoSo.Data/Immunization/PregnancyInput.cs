namespace CoSo.Data.Immunization;

public sealed record PregnancyInput(DateOnly FirstContactDate, DateOnly? LastMenstrualPeriod, DateOnly? ExpectedDeliveryDate);
