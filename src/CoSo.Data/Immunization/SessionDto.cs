using CoSo.Core.Immunization;

namespace CoSo.Data.Immunization;

public sealed record SessionDto(Guid Id, Guid StationId, DateOnly Date, IReadOnlyList<Guid> VillageIds, SessionStatus Status, string? Notes)
{
    public static SessionDto From(VaccinationSession s) => new(s.Id, s.StationId, s.Date, s.Villages(), s.Status, s.Notes);
}
