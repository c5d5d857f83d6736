using CoSo.Core.Maternal;

namespace CoSo.Data.Maternal;

public sealed record PostnatalVisitDto(
    Guid Id, Guid DeliveryId, DateOnly VisitDate, int DayAfterBirth, bool AtHome, int? Systolic, int? Diastolic, decimal? TemperatureC,
    MotherDangerSigns DangerSigns, bool FamilyPlanningCounselled, bool Referred, string? Notes, IReadOnlyList<NewbornCheckDto> Newborns)
{
    /// <summary>Any danger sign of the mother or a newborn: refer.</summary>
    public bool DangerSignsPresent => DangerSigns != MotherDangerSigns.None || Newborns.Any(n => n.DangerSigns != NewbornDangerSigns.None);
}
