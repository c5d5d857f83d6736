using CoSo.Core.Maternal;

namespace CoSo.Data.Maternal;

public sealed record DeliveryInput
{
    public DateOnly? DeliveryDate { get; init; }

    /// <summary>Local time of the birth in Vietnam ("14:35"), when known.</summary>
    public TimeOnly? DeliveryTime { get; init; }

    public DeliveryPlace Place { get; init; }

    public string? PlaceName { get; init; }

    public BirthAttendant Attendant { get; init; }

    public DeliveryMode Mode { get; init; } = DeliveryMode.SpontaneousVaginal;

    public MaternalComplications Complications { get; init; }

    public string? ComplicationNote { get; init; }

    public bool Referred { get; init; }

    public string? ReferredTo { get; init; }

    public bool MaternalDeath { get; init; }

    public DateOnly? MaternalDeathDate { get; init; }

    public IReadOnlyList<BabyInput> Babies { get; init; } = [];
}
