using CoSo.Core.Chronic;

namespace CoSo.Data.Chronic;

/// <summary>The quarterly cohort report of one programme: one row per station and the roll-up (sums).</summary>
public sealed record CohortReport(ChronicProgramme Programme, string Quarter, IReadOnlyList<CohortRow> Stations, CohortRow Total);

/// <summary>A station's (or the roll-up's) cohort figures; patient lists are not serialised.</summary>
public sealed record CohortRow(Guid? UnitId, string UnitName, [property: System.Text.Json.Serialization.JsonIgnore] CohortOutcome Outcome)
{
    public IReadOnlyDictionary<string, IndicatorFigure> Figures { get; } = new Dictionary<string, IndicatorFigure>
    {
        ["registered"] = IndicatorFigure.From(Outcome.Registered),
        ["controlled"] = IndicatorFigure.From(Outcome.Controlled),
        ["uncontrolled"] = IndicatorFigure.From(Outcome.Uncontrolled),
        ["visitNoMeasure"] = IndicatorFigure.From(Outcome.VisitNoMeasure),
        ["missedVisit"] = IndicatorFigure.From(Outcome.MissedVisit),
        ["diedOrLeft"] = IndicatorFigure.From(Outcome.DiedOrLeft),
    };
}
