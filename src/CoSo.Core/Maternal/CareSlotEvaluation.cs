namespace CoSo.Core.Maternal;

/// <summary>One contact of a schedule on the evaluation day, with its dates (the window's last day is inclusive).</summary>
public sealed record CareSlotEvaluation(
    int Number, string LabelVi, string LabelEn, CareSlotStatus Status, DateOnly DueFrom, DateOnly OverdueFrom, DateOnly LastDay, DateOnly? DoneOn);
