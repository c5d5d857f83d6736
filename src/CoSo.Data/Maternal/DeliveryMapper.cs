using CoSo.Core.Maternal;

namespace CoSo.Data.Maternal;

internal static class DeliveryMapper
{
    public static DeliveryDto ToDto(Delivery d, PregnancyDating dating, IReadOnlyDictionary<Guid, string> newbornNames)
    {
        var ga = dating.On(d.DeliveryDate);
        return new DeliveryDto(
            d.Id, d.PregnancyId, d.DeliveryDate, d.DeliveredAt, ga?.Days, ga?.ToString(), ga?.IsPreterm ?? false, d.Place, d.PlaceName, d.Attendant,
            d.SkilledAttendant, d.Mode, d.Complications, d.ComplicationNote, d.Referred, d.ReferredTo, d.MaternalDeath, d.MaternalDeathDate,
            d.Outcomes.OrderBy(o => o.BirthOrder).Select(o => new BirthOutcomeDto(
                o.Id, o.BirthOrder, o.Kind, o.Sex, o.BirthWeightGrams, o.BirthLengthCm, o.BornAt, o.NewbornPersonId,
                o.NewbornPersonId is { } id ? newbornNames.GetValueOrDefault(id) : null, o.NeonatalDeathDate, o.LowBirthWeight)).ToList());
    }
}
