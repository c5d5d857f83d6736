namespace CoSo.Data.Reception;

/// <summary>A station's queue on a day, in calling order (priority first, then by number), with the day's counts.</summary>
public sealed record QueueDto(Guid StationId, string StationName, DateOnly Date, IReadOnlyList<ArrivalDto> Arrivals)
{
    public int Waiting => Arrivals.Count(a => a.Status == Core.Reception.ArrivalStatus.Waiting);

    public int InConsultation => Arrivals.Count(a => a.Status == Core.Reception.ArrivalStatus.InConsultation);

    public int Done => Arrivals.Count(a => a.Status == Core.Reception.ArrivalStatus.Done);

    public int Left => Arrivals.Count(a => a.Status == Core.Reception.ArrivalStatus.Left);
}
