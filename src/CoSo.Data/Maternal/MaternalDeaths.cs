using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Maternal;

/// <summary>
/// A death recorded through maternal care (the mother, or a newborn in the neonatal period) marks the resident deceased,
/// so the population figures (deaths) and every list that leaves out the deceased follow.
/// </summary>
internal static class MaternalDeaths
{
    public static async Task MarkDeceasedAsync(CoSoDbContext db, TimeProvider time, string provinceCode, Guid personId, DateOnly on, CancellationToken ct)
    {
        // The resident was reached through a pregnancy already checked to be in scope.
        var person = await db.People.Unfiltered(UnscopedReason.ThroughVisibleResident).FirstAsync(p => p.ProvinceCode == provinceCode && p.Id == personId, ct);
        if (!person.IsDeceased)
        {
            person.IsDeceased = true;
            person.DeceasedOn = on;
            person.UpdatedAt = time.GetUtcNow();
            person.Version++;
        }
    }
}
