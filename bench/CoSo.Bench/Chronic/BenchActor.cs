using CoSo.Core.Identity;

namespace CoSo.Bench.Chronic;

/// <summary>
/// A signed-in station clinician whose scope the driver switches: the overdue list is timed as a station's own staff see
/// it, and the station's day (visits, dispensing, stock received) is written with a clinician's capabilities, as the
/// services demand since the access policy (issue 14 item 1); without a role the actor may write nothing (fail closed).
/// </summary>
internal sealed class BenchActor : ICurrentActor
{
    public Guid? UserId => null;

    public string UserName => "bench";

    public string? RemoteAddress => null;

    public AccessScope Scope { get; set; } = AccessScope.Everything;

    public Role? Role => Core.Identity.Role.StationClinician;
}
