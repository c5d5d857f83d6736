namespace CoSo.Core.Workforce;

/// <summary>Professional cadre of a health worker (chức danh chuyên môn) as staffing norms count them.</summary>
public enum Cadre
{
    DoctorGeneral = 1,
    DoctorFamilyMedicine = 2,
    DoctorTraditionalMedicine = 3,
    AssistantPhysicianGeneral = 4,
    AssistantPhysicianObPaediatric = 5,
    AssistantPhysicianTraditional = 6,
    Nurse = 7,
    Midwife = 8,
    Pharmacist = 9,
    Technician = 10,
    PopulationCollaborator = 11,
    VillageHealthWorker = 12,
}
