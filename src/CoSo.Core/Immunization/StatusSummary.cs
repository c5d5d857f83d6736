namespace CoSo.Core.Immunization;

/// <summary>What a register line shows: the next dose to give (earliest recommended date first) and how many are overdue.</summary>
public sealed record StatusSummary(string? NextVaccine, int? NextDose, DateOnly? NextDate, int DueCount, int OverdueCount)
{
    public static StatusSummary From(IEnumerable<DoseEvaluation> evaluations)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        var open = evaluations.Where(e => e.Status is DoseStatus.Due or DoseStatus.Overdue or DoseStatus.Upcoming).ToList();
        var next = open.OrderBy(e => e.RecommendedDate).FirstOrDefault();
        return new StatusSummary(
            next.Vaccine, next.Vaccine is null ? null : next.Dose, next.RecommendedDate,
            open.Count(e => e.Status == DoseStatus.Due), open.Count(e => e.Status == DoseStatus.Overdue));
    }
}
