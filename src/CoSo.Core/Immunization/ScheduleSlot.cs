namespace CoSo.Core.Immunization;

// One (vaccine, dose) of the child schedule with its versions, newest first, precomputed so the
// engine's hot loop does no lookups by name.
internal sealed class ScheduleSlot
{
    public required string Vaccine { get; init; }
    public required int Dose { get; init; }
    public required int CodeIndex { get; init; }
    public required ScheduleRule[] Versions { get; init; }

    // Slot whose given date anchors the minimum interval (-1: none).
    public required int AnchorSlot { get; init; }

    // Previous dose of the same code (-1 for dose 1): a series is never started in the middle.
    public required int PreviousInCode { get; init; }
}
