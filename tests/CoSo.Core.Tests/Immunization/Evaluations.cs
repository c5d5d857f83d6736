using CoSo.Core.Immunization;

namespace CoSo.Core.Tests.Immunization;

internal static class Evaluations
{
    public static ImmunizationSchedule Schedule { get; } = ImmunizationSchedule.LoadDefault();

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static GivenDose Given(string vaccine, int dose, string iso) => new(vaccine, dose, D(iso));

    public static IReadOnlyList<DoseEvaluation> Child(string birth, string asOf, params GivenDose[] given) =>
        ScheduleEngine.Evaluate(Schedule, D(birth), D(asOf), given, ChildProgrammes.Routine);

    /// <summary>The row of the schedule's dose (not an invalid extra row).</summary>
    public static DoseEvaluation Dose(this IReadOnlyList<DoseEvaluation> rows, string vaccine, int dose) =>
        Assert.Single(rows, r => r.Vaccine == vaccine && r.Dose == dose && r.Status != DoseStatus.Invalid);

    public static DoseEvaluation InvalidDose(this IReadOnlyList<DoseEvaluation> rows, string vaccine, int dose) =>
        Assert.Single(rows, r => r.Vaccine == vaccine && r.Dose == dose && r.Status == DoseStatus.Invalid);
}
