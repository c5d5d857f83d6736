using CoSo.Core.Maternal;

namespace CoSo.Data.Maternal;

public sealed record DeliveryDto(
    Guid Id, Guid PregnancyId, DateOnly DeliveryDate, DateTimeOffset? DeliveredAt, int? GestationDays, string? Gestation, bool Preterm,
    DeliveryPlace Place, string? PlaceName, BirthAttendant Attendant, bool SkilledAttendant, DeliveryMode Mode, MaternalComplications Complications,
    string? ComplicationNote, bool Referred, string? ReferredTo, bool MaternalDeath, DateOnly? MaternalDeathDate, IReadOnlyList<BirthOutcomeDto> Babies);
