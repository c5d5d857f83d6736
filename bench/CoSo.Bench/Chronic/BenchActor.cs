using CoSo.Core.Identity;

namespace CoSo.Bench.Chronic;

/// <summary>A signed-in user whose scope the driver switches: the overdue list is timed as a station's own staff see it.</summary>
internal sealed class BenchActor : ICurrentActor
{
    public Guid? UserId => null;

    public string UserName => "bench";

    public string? RemoteAddress => null;

    public AccessScope Scope { get; set; } = AccessScope.Everything;
}
