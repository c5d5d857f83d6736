using CoSo.Core.Reception;

namespace CoSo.Data.Reception;

/// <summary>One line of the day's queue.</summary>
public sealed record ArrivalDto(
    Guid Id, Guid PersonId, string ProvinceCode, string FullName, int? Age, string? Sex, int QueueNumber, bool Priority, bool Emergency,
    string? Reason, ArrivalStatus Status, DateTimeOffset ArrivedAt, DateTimeOffset? CalledAt, string? CalledByName, Guid? EncounterId,
    string? BhytNumber, bool BhytCovered, string? BhytCategory, int BhytBenefitPercent, string? BhytReasonVi, string? BhytReasonEn, int Version);
