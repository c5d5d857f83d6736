using CoSo.Core.People;

namespace CoSo.Core.Chronic;

/// <summary>What the protocol's safety rules need to know about the patient.</summary>
public sealed record ProtocolPatient(int AgeYears, Sex Sex, bool Pregnant, string? DiagnosisCode, Adherence Adherence = Adherence.Unknown, OlderAdultHealth? OlderAdultHealth = null)
{
    /// <summary>Women aged 15–49, the child-bearing age of Vietnam's population statistics.</summary>
    public bool ChildBearingAge => Sex == Sex.Female && AgeYears is >= 15 and <= 49;
}
