using CoSo.Core.Immunization;
using CoSo.Core.People;

namespace CoSo.Data.Immunization;

/// <summary>
/// A child of the register with its recorded doses (internal working shape); the time of birth and the times of the
/// birth-dose codes' doses only when loaded for coverage (<see cref="ChildRegister.LoadAsync"/> withBirthDoseTimes).
/// </summary>
internal sealed record RegisterChild(
    Guid Id, string ProvinceCode, string FullName, DateOnly BirthDate, Sex Sex, Guid? VillageId, Guid? HouseholdId, List<GivenDose> Doses,
    TimeOnly? BirthTime = null, IReadOnlyDictionary<(string Vaccine, DateOnly Date), TimeOnly>? DoseTimes = null)
{
    /// <summary>
    /// The child for the coverage arithmetic: its valid doses (the engine's "given" rows) and, for the HepB birth dose, the
    /// recorded time of the dose that filled it (recorded as the slot's code or as the product that credited it).
    /// </summary>
    public CoverageChild ToCoverageChild(IReadOnlyList<DoseEvaluation> evaluation)
    {
        var valid = new List<GivenDose>();
        Dictionary<VaccineDose, TimeOnly>? times = null;
        foreach (var e in evaluation)
        {
            if (e.Status != DoseStatus.Given)
            {
                continue;
            }

            valid.Add(new GivenDose(e.Vaccine, e.Dose, e.GivenDate!.Value));
            if (e.Vaccine == VaccineCodes.HepBBirth && DoseTimes is { } recorded && recorded.TryGetValue((e.CreditedBy ?? e.Vaccine, e.GivenDate!.Value), out var t))
            {
                (times ??= [])[new VaccineDose(e.Vaccine, e.Dose)] = t;
            }
        }

        return new CoverageChild(Id, BirthDate, valid, BirthTime, times);
    }
}
