using CoSo.Core.Maternal;

namespace CoSo.Data.Maternal;

public sealed record PostnatalVisitInput
{
    public DateOnly? VisitDate { get; init; }

    public bool AtHome { get; init; } = true;

    public int? Systolic { get; init; }

    public int? Diastolic { get; init; }

    public decimal? TemperatureC { get; init; }

    public MotherDangerSigns DangerSigns { get; init; }

    public bool FamilyPlanningCounselled { get; init; }

    public bool Referred { get; init; }

    public string? Notes { get; init; }

    public IReadOnlyList<NewbornCheckInput> Newborns { get; init; } = [];
}
