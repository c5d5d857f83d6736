namespace CoSo.Core.Maternal;

/// <summary>Who attended a birth (<see cref="Births.IsSkilled"/> says which count as skilled attendants).</summary>
public enum BirthAttendant
{
    Doctor = 1,
    Midwife = 2,

    /// <summary>Assistant physician (y sĩ), including the obstetric–paediatric one.</summary>
    AssistantPhysician = 3,

    Nurse = 4,

    /// <summary>Village midwife (cô đỡ thôn, bản): trained, not a skilled birth attendant in WHO's sense.</summary>
    VillageMidwife = 5,

    /// <summary>Traditional birth attendant, relative or nobody.</summary>
    Untrained = 6,
}
