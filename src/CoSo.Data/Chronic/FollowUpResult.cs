using CoSo.Data.Encounters;
using CoSo.Data.People;

namespace CoSo.Data.Chronic;

public sealed record FollowUpResult(Guid Id, Guid EnrolmentId, VisitDto Visit, int ProtocolStep, int SuggestedStep, DateOnly NextAppointment) : IPersonReference
{
    IEnumerable<(Guid PersonId, string ProvinceCode)> IPersonReference.People => [(Visit.PersonId, Visit.ProvinceCode)];
}
