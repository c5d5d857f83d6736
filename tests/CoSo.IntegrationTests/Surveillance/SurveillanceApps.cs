using System.Collections.Concurrent;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Surveillance;

/// <summary>
/// Apps of our own (one per provider) for the tests that register residents: the shared app's people tests
/// count all residents before and after a rejected registration, and our registrations running in parallel
/// would change that count.
/// </summary>
internal static class SurveillanceApps
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<CoSoApp>>> Running = new();

    public static Task<CoSoApp> Get(string provider) =>
        Running.GetOrAdd(provider, p => new Lazy<Task<CoSoApp>>(() => CoSoApp.StartAsync(p))).Value;
}
