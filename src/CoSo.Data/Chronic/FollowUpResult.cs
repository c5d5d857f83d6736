using CoSo.Data.Encounters;
using CoSo.Data.People;

namespace CoSo.Data.Chronic;

public sealed record FollowUpResult(Guid Id, Guid EnrolmentId, VisitDto Visit, int ProtocolStep, int SuggestedStep, DateOnly NextAppointment) : IPersonReference
{
    /// <summary>The protocol's suggestion for the readings (what the clinician confirmed or not).</summary>
    public CoSo.Core.Chronic.ProtocolAdvice? Advice { get; init; }

    IEnumerable<(Guid PersonId, string ProvinceCode)> IPersonReference.People => [(Visit.PersonId, Visit.ProvinceCode)];
}
