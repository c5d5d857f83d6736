namespace CoSo.Core.Maternal;

/// <summary>Rules of a birth: who is a skilled attendant, what weight is low (docs/maternal.md).</summary>
public static class Births
{
    /// <summary>Low birth weight: less than 2,500 g (WHO).</summary>
    public const int LowBirthWeightGrams = 2500;

    /// <summary>The neonatal period: the first 28 days.</summary>
    public const int NeonatalDays = 28;

    /// <summary>The puerperium: 42 days after the birth.</summary>
    public const int PostpartumDays = 42;

    /// <summary>Doctors, midwives, assistant physicians and nurses (WHO/ICM/FIGO definition of skilled health personnel).</summary>
    public static bool IsSkilled(BirthAttendant attendant) =>
        attendant is BirthAttendant.Doctor or BirthAttendant.Midwife or BirthAttendant.AssistantPhysician or BirthAttendant.Nurse;
}
