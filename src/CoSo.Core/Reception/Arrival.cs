using CoSo.Core.People;

namespace CoSo.Core.Reception;

/// <summary>
/// A resident received at a station (tiếp đón): the reason, the BHYT check made at the desk, the queue number and
/// the state of the day. It is the station's log of the day, so it stays at the station where it happened
/// (<see cref="OrgUnitId"/> = the receiving station) and is not re-homed when the resident moves.
/// </summary>
public sealed class Arrival : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    /// <summary>The receiving station (scope).</summary>
    public Guid OrgUnitId { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>Local (Asia/Ho_Chi_Minh) date of the arrival; queue numbers restart every day.</summary>
    public DateOnly ArrivalDate { get; set; }

    public DateTimeOffset ArrivedAt { get; set; }

    public int QueueNumber { get; set; }

    /// <summary>Seen first (emergency, or priority as the station decides: elderly, small children, pregnant women).</summary>
    public bool Priority { get; set; }

    public bool Emergency { get; set; }

    public string? Reason { get; set; }

    public ArrivalStatus Status { get; set; } = ArrivalStatus.Waiting;

    public DateTimeOffset? CalledAt { get; set; }

    public Guid? CalledByUserId { get; set; }

    public string? CalledByName { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The visit written for this arrival.</summary>
    public Guid? EncounterId { get; set; }

    /// <summary>Number of the referral (phiếu chuyển) or appointment (phiếu hẹn) paper the resident brought.</summary>
    public string? PaperNumber { get; set; }

    /// <summary>The card as checked at the desk (copied: the card on the person may be renewed later).</summary>
    public string? BhytNumber { get; set; }

    public bool BhytCovered { get; set; }

    /// <summary>MA_DOITUONG_KCB of the check (QĐ 3276/QĐ-BYT), e.g. "1.2", or "9" when not covered.</summary>
    public string? BhytCategory { get; set; }

    public int BhytBenefitPercent { get; set; }

    /// <summary>The id of the coverage rule that decided (data/bhyt/coverage-rules.json).</summary>
    public string? BhytRuleId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Version { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;
}
