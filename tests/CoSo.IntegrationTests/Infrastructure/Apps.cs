using System.Collections.Concurrent;

namespace CoSo.IntegrationTests.Infrastructure;

/// <summary>One running app per provider for the whole test run (migrating a database per test would be slow).</summary>
public static class Apps
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<CoSoApp>>> Running = new();

    public static Task<CoSoApp> Get(string provider) =>
        Running.GetOrAdd(provider, p => new Lazy<Task<CoSoApp>>(() => CoSoApp.StartAsync(p))).Value;
}
