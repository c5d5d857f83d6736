namespace CoSo.Core.FamilyPlanning;

/// <summary>
/// What CoSo needs to know of a method: whether it is modern (for the contraceptive prevalence and new-user counts), how
/// long one supply protects (the resupply due date), and for how many years a long-acting method lasts before removal.
/// </summary>
public sealed record MethodRule(ContraceptiveMethod Method, bool Modern, int? ResupplyDays, int? LastsYears, string NameVi, string NameEn, string UnitVi);
