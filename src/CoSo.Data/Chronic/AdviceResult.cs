using System.Text.Json.Serialization;
using CoSo.Core.Chronic;
using CoSo.Data.People;

namespace CoSo.Data.Chronic;

/// <summary>
/// The protocol's suggestion as the API returns it. It is derived from the patient's health data (age, sex,
/// pregnancy), so it names its resident for the read audit (<see cref="IPersonReference"/>); the ids are not serialised.
/// </summary>
public sealed record AdviceResult([property: JsonIgnore] Guid PersonId, [property: JsonIgnore] string ProvinceCode, [property: JsonIgnore] ProtocolAdvice Advice) : IPersonReference
{
    public int CurrentStep => Advice.CurrentStep;

    public int? SuggestedStep => Advice.SuggestedStep;

    public IReadOnlyList<ProtocolDrug> Drugs => Advice.Drugs;

    public IReadOnlyList<AdviceReason> Reasons => Advice.Reasons;

    public GlycaemicTarget? Target => Advice.Target;

    public bool Alert => Advice.Alert;

    IEnumerable<(Guid PersonId, string ProvinceCode)> IPersonReference.People => [(PersonId, ProvinceCode)];
}
