using CoSo.Core.Chronic;

namespace CoSo.Data.Chronic;

/// <summary>One month of one unit (a station, or the roll-up of all stations in the request).</summary>
public sealed record IndicatorRow(string Month, Guid? UnitId, string UnitName, IReadOnlyDictionary<string, IndicatorFigure> Figures)
{
    public static readonly IReadOnlyList<string> Names =
        ["cumulativeRegistered", "newRegistrations", "underCare", "controlled", "controlledOfRegistered", "uncontrolled", "visitNoMeasure", "missedVisit", "lostToFollowUp"];

    public static IndicatorRow From(HeartsMonth m, Guid? unitId, string unitName) =>
        new(m.Month.ToString(), unitId, unitName, Names.ToDictionary(n => n, n => IndicatorFigure.From(Pick(m, n))));

    public static Indicator Pick(HeartsMonth m, string name) => name switch
    {
        "cumulativeRegistered" => m.CumulativeRegistered,
        "newRegistrations" => m.NewRegistrations,
        "underCare" => m.UnderCare,
        "controlled" => m.Controlled,
        "controlledOfRegistered" => m.ControlledOfRegistered,
        "uncontrolled" => m.Uncontrolled,
        "visitNoMeasure" => m.VisitNoMeasure,
        "missedVisit" => m.MissedVisit,
        "lostToFollowUp" => m.LostToFollowUp,
        _ => throw new Core.Common.DomainValidationException("indicator", "chronic.indicator.unknown", name),
    };
}
