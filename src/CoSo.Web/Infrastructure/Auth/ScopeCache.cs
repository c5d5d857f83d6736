using CoSo.Core.Identity;
using CoSo.Data;
using CoSo.Data.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace CoSo.Web.Infrastructure.Auth;

/// <summary>Caches each user's expanded scope briefly: the org tree changes rarely, requests are many.</summary>
public sealed class ScopeCache(IMemoryCache cache)
{
    public async Task<AccessScope> GetAsync(CoSoDbContext db, Guid userId, CancellationToken ct) =>
        await cache.GetOrCreateAsync(("scope", userId), async e =>
        {
            e.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return await ScopeResolver.ResolveAsync(db, userId, ct);
        }) ?? AccessScope.Nothing;

    /// <summary>A system client's scope: its org unit and every unit below it.</summary>
    public async Task<AccessScope> GetForUnitAsync(CoSoDbContext db, Guid unitId, CancellationToken ct) =>
        await cache.GetOrCreateAsync(("unit-scope", unitId), async e =>
        {
            e.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return await ScopeResolver.ResolveUnitAsync(db, unitId, ct);
        }) ?? AccessScope.Nothing;
}
