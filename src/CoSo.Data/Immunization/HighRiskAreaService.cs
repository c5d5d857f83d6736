using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Immunization;
using CoSo.Core.Organisation;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Immunization;

/// <summary>
/// Marks stations' catchments as high-risk areas (the district or province decides; the endpoint and page restrict
/// the role). A marked station's children get the schedule's high-risk-area vaccines in due lists, the register and
/// the immunization card.
/// </summary>
public sealed class HighRiskAreaService(CoSoDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<HighRiskAreaDto>> ListAsync(CancellationToken ct = default)
    {
        var scope = db.Actor.Scope;
        var stations = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Kind == OrgUnitKind.CommuneHealthStation && (scope.All || scope.UnitIds.Contains(u.Id)))
            .OrderBy(u => u.Name).Take(1000).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var ids = stations.Select(s => s.Id).ToList();
        var marks = await db.Set<HighRiskArea>().AsNoTracking().Where(h => ids.Contains(h.StationId)).ToDictionaryAsync(h => h.StationId, ct);
        return stations.Select(s => marks.TryGetValue(s.Id, out var m)
            ? new HighRiskAreaDto(s.Id, s.Name, true, m.MarkedAt, m.Note)
            : new HighRiskAreaDto(s.Id, s.Name, false, null, null)).ToList();
    }

    public async Task<HighRiskAreaDto> SetAsync(Guid stationId, HighRiskAreaInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageHighRiskAreas);
        ArgumentNullException.ThrowIfNull(input);
        var station = await ChildRegister.StationAsync(db, stationId, ct);
        var mark = await db.Set<HighRiskArea>().FirstOrDefaultAsync(h => h.StationId == stationId, ct);
        if (input.HighRisk)
        {
            if (mark is null)
            {
                mark = new HighRiskArea { StationId = station.Id, ProvinceCode = station.ProvinceCode };
                db.Set<HighRiskArea>().Add(mark);
            }

            mark.MarkedByUserId = db.Actor.UserId;
            mark.MarkedAt = time.GetUtcNow();
            mark.Note = string.IsNullOrWhiteSpace(input.Note) ? null : TextFolding.Nfc(input.Note.Trim());
        }
        else if (mark is not null)
        {
            db.Set<HighRiskArea>().Remove(mark);
        }

        await db.SaveChangesAsync(ct);
        return input.HighRisk ? new HighRiskAreaDto(station.Id, station.Name, true, mark!.MarkedAt, mark.Note) : new HighRiskAreaDto(station.Id, station.Name, false, null, null);
    }
}
