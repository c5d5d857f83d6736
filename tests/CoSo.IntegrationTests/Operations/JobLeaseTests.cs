using CoSo.Data.Operations;
using CoSo.IntegrationTests.Indicators;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoSo.IntegrationTests.Operations;

/// <summary>Jobs that run once across nodes (issue 20, item 5): two nodes are two service providers over one database.</summary>
public sealed class JobLeaseTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(1);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_nodes_ticking_at_once_run_the_job_once(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_lease");
        await using var nodeA = TestDatabase.Services(cs);
        await using var nodeB = TestDatabase.Services(cs);
        var a = new LeasedJobRunner(nodeA.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System) { Holder = "node-a" };
        var b = new LeasedJobRunner(nodeB.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System) { Holder = "node-b" };

        // Twenty jobs, each ticked by both nodes at the same moment: the first takes the job's row (an INSERT race),
        // then, once it has run out, both race again for the expired row (an UPDATE race).
        for (var round = 0; round < 20; round++)
        {
            var job = $"job-{round % 10}";
            if (round >= 10)
            {
                await using var scope = nodeA.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<JobLeases>().ReleaseAsync(job, (await scope.ServiceProvider.GetRequiredService<JobLeases>().FindAsync(job))!.Holder);
            }

            var runs = 0;
            var gate = new TaskCompletionSource();
            var start = new TaskCompletionSource();
            var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            async Task<bool> Tick(LeasedJobRunner node)
            {
                await start.Task;
                return await node.RunAsync(job, Ttl, async _ =>
                {
                    Interlocked.Increment(ref runs);
                    entered.TrySetResult();
                    await gate.Task; // the winner is still running while the other node ticks
                }, CancellationToken.None);
            }

            var ticks = new[] { Task.Run(() => Tick(a)), Task.Run(() => Tick(b)) };
            start.SetResult();
            var first = await Task.WhenAny(ticks);
            Assert.False(await first, $"round {round}: a node returned from running the job before the gate opened");
            await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(1, Volatile.Read(ref runs));
            gate.SetResult();
            var results = await Task.WhenAll(ticks);
            Assert.Equal(1, results.Count(r => r));
            Assert.Equal(1, runs);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_dead_nodes_lease_expires_and_another_node_takes_the_job_over(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_lease");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.Zero));
        await using var nodeA = IndicatorTestData.Services(cs, time);
        await using var nodeB = IndicatorTestData.Services(cs, time);
        var a = new LeasedJobRunner(nodeA.GetRequiredService<IServiceScopeFactory>(), time) { Holder = "node-a" };
        var b = new LeasedJobRunner(nodeB.GetRequiredService<IServiceScopeFactory>(), time) { Holder = "node-b" };
        var ranOn = new List<string>();
        Task<bool> Tick(LeasedJobRunner node) => node.RunAsync("indicator-recompute", Ttl, _ => { ranOn.Add(node.Holder); return Task.CompletedTask; }, CancellationToken.None);

        Assert.True(await Tick(a));
        time.Advance(TimeSpan.FromSeconds(40));
        Assert.False(await Tick(b));  // A's lease runs to 01:01:00
        Assert.True(await Tick(a));   // the holder keeps its job at its next tick (lease now to 01:01:40)
        // A dies here: it ticks no more.
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(await Tick(b));  // 01:01:39, one second before A's lease runs out
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await Tick(b));   // 01:01:40: expired, B takes the job over
        Assert.False(await Tick(a));  // a node that comes back finds B holding it

        Assert.Equal(["node-a", "node-a", "node-b"], ranOn);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_run_longer_than_the_lease_keeps_it_by_renewing(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_lease");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.Zero));
        await using var nodeA = IndicatorTestData.Services(cs, time);
        await using var nodeB = IndicatorTestData.Services(cs, time);
        var a = new LeasedJobRunner(nodeA.GetRequiredService<IServiceScopeFactory>(), time) { Holder = "node-a" };
        var b = new LeasedJobRunner(nodeB.GetRequiredService<IServiceScopeFactory>(), time) { Holder = "node-b" };
        var gate = new TaskCompletionSource();
        var entered = new TaskCompletionSource();
        var longRun = a.RunAsync("outbox", Ttl, async _ => { entered.SetResult(); await gate.Task; }, CancellationToken.None);
        await entered.Task;

        // 75 s of work in three steps of 25 s: each step passes a renewal (every 20 s), which pushes the lease on.
        for (var step = 1; step <= 3; step++)
        {
            time.Advance(TimeSpan.FromSeconds(25));
            var expected = time.GetUtcNow() - TimeSpan.FromSeconds(5) + Ttl;
            await WaitUntilAsync(nodeA, "outbox", l => l.ExpiresAt >= expected);
            await Task.Delay(100); // the renewal loop sets its next timer just after its write lands
        }

        Assert.False(await b.RunAsync("outbox", Ttl, _ => Task.CompletedTask, CancellationToken.None));
        gate.SetResult();
        Assert.True(await longRun);
    }

    private static async Task WaitUntilAsync(IServiceProvider node, string job, Func<JobLease, bool> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            await using var scope = node.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<JobLeases>().FindAsync(job) is { } lease && condition(lease))
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"the lease of {job} was not renewed");
    }
}
