using System.Text.Json;
using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using static OpenIddict.Abstractions.OpenIddictConstants;
using OAuthPermissions = OpenIddict.Abstractions.OpenIddictConstants.Permissions;

namespace CoSo.Data.Identity;

/// <summary>A registered system client (SMART Backend Services): a district server, a hospital, the provincial hub.</summary>
public sealed record SystemClientInfo(
    string ClientId, string Name, Guid OrgUnitId, string OrgUnitCode, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public IReadOnlyList<SmartScope> SmartScopes { get; } = Scopes.Select(SmartScope.Parse).OfType<SmartScope>().ToList();

    /// <summary>The actor's name in the audit trail: the client, not a user.</summary>
    public string ActorName => SystemClients.ActorPrefix + ClientId;
}

/// <summary>
/// Registers, lists and revokes system clients, stored as OpenIddict applications (ADR 0020): confidential, no secret,
/// the public keys (JWKS) their client assertions are checked against, the token endpoint and client credentials
/// permissions, one scope permission per SMART scope; CoSo's org unit (the client's scope: that unit and all below) as
/// a property. Revoking keeps the row (the audit trail names it), takes the permissions away and revokes its tokens.
/// </summary>
public sealed class SystemClients(CoSoDbContext db, IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens, TimeProvider time)
{
    public const string ActorPrefix = "client:";
    private const string OrgUnitProperty = "coso_org_unit";
    private const string OrgUnitCodeProperty = "coso_org_unit_code";
    private const string ScopesProperty = "coso_scopes";
    private const string CreatedProperty = "coso_created_at";
    private const string RevokedProperty = "coso_revoked_at";

    /// <summary>The signing algorithms a client assertion may use (SMART requires RS384 and ES384 of servers).</summary>
    public static readonly IReadOnlyList<string> AssertionAlgorithms = [SecurityAlgorithms.RsaSha384, SecurityAlgorithms.EcdsaSha384];

    public static void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.UseOpenIddict();
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable("oauth_applications");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("oauth_authorizations");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("oauth_scopes");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("oauth_tokens");
    }

    /// <summary>Registers a client; returns it with its new client_id. Throws <see cref="DomainValidationException"/> on a bad request.</summary>
    public async Task<SystemClientInfo> AddAsync(string name, string orgUnitCode, string scopes, string jwks, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageUsers);
        var errors = new ValidationErrors();
        name = name.Trim();
        if (name.Length == 0)
        {
            errors.Add("name", "required");
        }

        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Code == orgUnitCode.Trim()).Select(u => new { u.Id, u.Code }).FirstOrDefaultAsync(ct);
        if (unit is null)
        {
            errors.Add("org-unit", "orgUnit.unknown", orgUnitCode);
        }

        var list = scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            errors.Add("scopes", "required");
        }

        foreach (var bad in list.Where(s => SmartScope.Parse(s) is null))
        {
            errors.Add("scopes", "client.badScope", bad);
        }

        var keys = ParseKeys(jwks, errors);
        errors.ThrowIfInvalid();

        var now = time.GetUtcNow();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = Guid.CreateVersion7().ToString(),
            DisplayName = name,
            ClientType = ClientTypes.Confidential,
            JsonWebKeySet = keys,
            Permissions = { OAuthPermissions.Endpoints.Token, OAuthPermissions.GrantTypes.ClientCredentials },
        };
        foreach (var scope in list)
        {
            descriptor.Permissions.Add(OAuthPermissions.Prefixes.Scope + scope);
        }

        descriptor.Properties[OrgUnitProperty] = JsonSerializer.SerializeToElement(unit!.Id);
        descriptor.Properties[OrgUnitCodeProperty] = JsonSerializer.SerializeToElement(unit.Code);
        descriptor.Properties[ScopesProperty] = JsonSerializer.SerializeToElement(list);
        descriptor.Properties[CreatedProperty] = JsonSerializer.SerializeToElement(now);
        await applications.CreateAsync(descriptor, ct);
        return new SystemClientInfo(descriptor.ClientId, name, unit.Id, unit.Code, list, now, null);
    }

    public async Task<IReadOnlyList<SystemClientInfo>> ListAsync(CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageUsers);
        var rows = await db.Set<OpenIddictEntityFrameworkCoreApplication>().AsNoTracking().ToListAsync(ct);
        return rows.Select(From).OfType<SystemClientInfo>().OrderBy(c => c.CreatedAt).ToList();
    }

    /// <summary>The client named by a token (any actor: the web app looks it up before it has one); null if unknown.</summary>
    public async Task<SystemClientInfo?> FindAsync(string clientId, CancellationToken ct = default)
    {
        var row = await db.Set<OpenIddictEntityFrameworkCoreApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.ClientId == clientId, ct);
        return row is null ? null : From(row);
    }

    /// <summary>The client of a client_id read through any context (the subscription notifier: the owner's scope at each event).</summary>
    public static async Task<SystemClientInfo?> FindInAsync(CoSoDbContext db, string clientId, CancellationToken ct = default)
    {
        var row = await db.Set<OpenIddictEntityFrameworkCoreApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.ClientId == clientId, ct);
        return row is null ? null : From(row);
    }

    /// <summary>Revokes a client: no new token, and the ones it holds stop working. Throws <see cref="NotFoundException"/> if unknown.</summary>
    public async Task<SystemClientInfo> RevokeAsync(string clientId, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageUsers);
        var app = await applications.FindByClientIdAsync(clientId, ct) ?? throw new NotFoundException("client.unknown");
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, app, ct);
        descriptor.Permissions.Clear();
        descriptor.Properties[RevokedProperty] = JsonSerializer.SerializeToElement(time.GetUtcNow());
        await applications.UpdateAsync(app, descriptor, ct);
        if (await applications.GetIdAsync(app, ct) is { } id)
        {
            await tokens.RevokeByApplicationIdAsync(id, ct);
        }

        return (await FindAsync(clientId, ct))!;
    }

    private static JsonWebKeySet? ParseKeys(string jwks, ValidationErrors errors)
    {
        JsonWebKeySet set;
        try
        {
            set = new JsonWebKeySet(jwks);
        }
        catch (Exception e) when (e is ArgumentException or JsonException or InvalidOperationException)
        {
            errors.Add("jwks", "client.badJwks");
            return null;
        }

        // Public keys only, RSA (RS384) or EC (ES384): a private key ("d") has no place on the server.
        if (set.Keys.Count == 0 || set.Keys.Any(k => k.Kty is not ("RSA" or "EC") || !string.IsNullOrEmpty(k.D)))
        {
            errors.Add("jwks", "client.badJwks");
            return null;
        }

        return set;
    }

    private static SystemClientInfo? From(OpenIddictEntityFrameworkCoreApplication row)
    {
        if (row.ClientId is null || row.Properties is null)
        {
            return null;
        }

        using var doc = JsonDocument.Parse(row.Properties);
        var p = doc.RootElement;
        if (!p.TryGetProperty(OrgUnitProperty, out var unit))
        {
            return null;
        }

        return new SystemClientInfo(
            row.ClientId, row.DisplayName ?? row.ClientId, unit.GetGuid(),
            p.TryGetProperty(OrgUnitCodeProperty, out var code) ? code.GetString() ?? string.Empty : string.Empty,
            p.TryGetProperty(ScopesProperty, out var scopes) ? scopes.EnumerateArray().Select(s => s.GetString()!).ToList() : [],
            p.TryGetProperty(CreatedProperty, out var created) ? created.GetDateTimeOffset() : DateTimeOffset.MinValue,
            p.TryGetProperty(RevokedProperty, out var revoked) ? revoked.GetDateTimeOffset() : null);
    }
}
