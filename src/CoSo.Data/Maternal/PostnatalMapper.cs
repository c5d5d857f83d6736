using CoSo.Core.Maternal;

namespace CoSo.Data.Maternal;

internal static class PostnatalMapper
{
    public static PostnatalVisitDto ToDto(PostnatalVisit v, Delivery delivery)
    {
        var lowWeight = delivery.Outcomes.Where(o => o.LowBirthWeight).Select(o => o.Id).ToHashSet();
        return new PostnatalVisitDto(
            v.Id, v.DeliveryId, v.VisitDate, v.VisitDate.DayNumber - delivery.DeliveryDate.DayNumber, v.AtHome, v.Systolic, v.Diastolic, v.TemperatureC,
            v.DangerSigns, v.FamilyPlanningCounselled, v.Referred, v.Notes,
            v.Checks.Select(c => new NewbornCheckDto(
                c.Id, c.BirthOutcomeId, c.PersonId, c.WeightGrams, c.TemperatureC, c.DangerSigns, c.Breastfeeding, c.KangarooCare,
                lowWeight.Contains(c.BirthOutcomeId) && !c.KangarooCare, c.Referred)).ToList());
    }
}
