using CoSo.Core.Audit;
using CoSo.Data;
using CoSo.Data.People;

namespace CoSo.Web.Components.Immunization;

/// <summary>Pages read services directly (not through the API's audit filter), so they audit what they show themselves.</summary>
internal static class ImmunizationUiAudit
{
    /// <summary>In the operation's scope (<c>CoSoComponent.RunAsync</c>).</summary>
    public static Task ReadAsync(IServiceProvider sp, string page, IPersonReference shown, CancellationToken ct = default) =>
        ReadAsync(sp.GetRequiredService<CoSoDbContext>(), page, shown, ct);

    public static async Task ReadAsync(CoSoDbContext db, string page, IPersonReference shown, CancellationToken ct = default)
    {
        foreach (var (personId, province) in shown.People.Distinct())
        {
            db.AuditRead(AuditActions.Read, page, null, personId, province);
        }

        await db.SaveChangesAsync(ct);
    }
}
