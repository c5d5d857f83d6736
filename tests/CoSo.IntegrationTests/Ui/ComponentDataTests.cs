using System.Security.Claims;
using CoSo.Core.Identity;
using CoSo.Data;
using CoSo.Data.People;
using CoSo.IntegrationTests.Infrastructure;
using CoSo.Web.Components.Shared;
using CoSo.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoSo.IntegrationTests.Ui;

/// <summary>
/// The one way Blazor components reach the database (ADR 0009): a scope per operation that acts as the circuit's
/// signed-in user and fails closed without one; a component's operations in order; the newest "latest" wins; dispose cancels.
/// </summary>
public sealed class ComponentDataTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_operation_has_a_fresh_context_acting_as_the_circuits_user_with_that_users_scope(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        using var b = await app.LoginAsync("b1");
        var (nameA, nameB) = (TestPeople.UniqueName("Lò Văn"), TestPeople.UniqueName("Lò Văn"));
        var inA = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id, nameA))).GetProperty("id").GetGuid();
        var inB = (await TestPeople.RegisterAsync(b, TestPeople.Input(app.Org.VillageB1.Id, nameB))).GetProperty("id").GetGuid();
        var a1 = await UserIdAsync(app, "a1");
        using var data = Circuit(app, await PrincipalAsync(app, "a1"));

        var (actorId, role, all, units) = await data.RunAsync((sp, _) =>
        {
            var actor = sp.GetRequiredService<ICurrentActor>();
            return Task.FromResult((actor.UserId, actor.Role, actor.Scope.All, actor.Scope.UnitIds.ToList()));
        });
        Assert.Equal(a1, actorId);
        Assert.Equal(Role.StationClinician, role);
        Assert.False(all);
        Assert.Contains(app.Org.StationA.Id, units);
        Assert.DoesNotContain(app.Org.StationB.Id, units);

        // The Data service of the operation's scope sees station A's resident and not station B's (neither empty nor widened).
        async Task<List<Guid>> SearchAsync(string name) =>
            await data.RunAsync(async (sp, ct) => (await sp.GetRequiredService<PeopleService>().SearchAsync(name, 1, 50, ct: ct)).Items.Select(p => p.Id).ToList());
        Assert.Equal(new[] { inA }, await SearchAsync(nameA));
        Assert.Empty(await SearchAsync(nameB));
        using (var adminCircuit = Circuit(app, await PrincipalAsync(app, "admin")))
        {
            // The same search as a nation-wide user finds B's resident: the empty answer above is the scope, not the search.
            Assert.Contains(inB, await adminCircuit.RunAsync(async (sp, ct) => (await sp.GetRequiredService<PeopleService>().SearchAsync(nameB, 1, 50, ct: ct)).Items.Select(p => p.Id).ToList()));
        }

        var first = await data.RunAsync((sp, _) => Task.FromResult(sp.GetRequiredService<CoSoDbContext>()));
        var second = await data.RunAsync((sp, _) => Task.FromResult(sp.GetRequiredService<CoSoDbContext>()));
        Assert.NotSame(first, second);
        Assert.Throws<ObjectDisposedException>(() => first.People.Count()); // the scope ended with its operation
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_circuit_without_a_signed_in_user_runs_nothing(string provider)
    {
        var app = await Apps.Get(provider);
        using var data = Circuit(app, new ClaimsPrincipal(new ClaimsIdentity()));
        var ran = false;
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => data.RunAsync((_, _) =>
        {
            ran = true;
            return Task.CompletedTask;
        }));
        Assert.False(ran);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Operations_run_one_at_a_time_in_start_order(string provider)
    {
        var app = await Apps.Get(provider);
        using var data = Circuit(app, await PrincipalAsync(app, "a1"));
        var log = new List<string>();
        var firstStarted = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var first = data.RunAsync(async (_, _) =>
        {
            log.Add("1 start");
            firstStarted.SetResult();
            await release.Task;
            log.Add("1 end");
        });
        await firstStarted.Task;
        var second = data.RunAsync((_, _) =>
        {
            log.Add("2 start");
            return Task.CompletedTask;
        });
        Assert.Equal(new[] { "1 start" }, log); // the second waits while the first holds the component
        release.SetResult();
        await Task.WhenAll(first, second);
        Assert.Equal(new[] { "1 start", "1 end", "2 start" }, log);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_newer_latest_read_cancels_the_older_which_returns_nothing(string provider)
    {
        var app = await Apps.Get(provider);
        using var data = Circuit(app, await PrincipalAsync(app, "a1"));
        var olderStarted = new TaskCompletionSource();
        var older = data.RunLatestAsync(async (sp, ct) =>
        {
            olderStarted.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return "older";
        });
        await olderStarted.Task;
        var newer = data.RunLatestAsync(async (sp, ct) => (await sp.GetRequiredService<CoSoDbContext>().OrgUnits.CountAsync(ct)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => older);
        Assert.NotEqual("older", await newer);

        // An older read that finished its work after being superseded still returns nothing stale.
        var gate = new TaskCompletionSource();
        var slow = data.RunLatestAsync(async (_, _) =>
        {
            await gate.Task; // ignores its token: finishes anyway
            return "stale";
        });
        var fresh = data.RunLatestAsync((_, _) => Task.FromResult("fresh"));
        gate.SetResult();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => slow);
        Assert.Equal("fresh", await fresh);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dispose_cancels_what_runs_and_what_comes_after_and_an_operation_cannot_wait_for_itself(string provider)
    {
        var app = await Apps.Get(provider);
        var data = Circuit(app, await PrincipalAsync(app, "a1"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => data.RunAsync((_, ct) => data.RunAsync((_, _) => Task.CompletedTask, ct)));

        var started = new TaskCompletionSource();
        var running = data.RunAsync(async (_, ct) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
        });
        await started.Task;
        data.Dispose();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        var ran = false;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => data.RunAsync((_, _) =>
        {
            ran = true;
            return Task.CompletedTask;
        }));
        Assert.False(ran);
    }

    private static ComponentData Circuit(CoSoApp app, ClaimsPrincipal user)
    {
        var initializer = new CircuitActorInitializer(new FixedAuthState(user), app.Services.GetRequiredService<ScopeCache>(), new CircuitClient { RemoteAddress = "192.0.2.7" });
        return new ComponentData(app.Services.GetRequiredService<IServiceScopeFactory>(), initializer, NullLogger.Instance);
    }

    private static async Task<Guid> UserIdAsync(CoSoApp app, string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    private static async Task<ClaimsPrincipal> PrincipalAsync(CoSoApp app, string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<CoSoDbContext>().Users.Where(u => u.UserName == userName).Select(u => new { u.Id, u.Role }).SingleAsync();
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()), new Claim(ClaimTypes.Name, userName), new Claim(ClaimTypes.Role, user.Role.ToString())],
            "test"));
    }

    private sealed class FixedAuthState(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }
}
