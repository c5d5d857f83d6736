namespace CoSo.Core.Workforce;

/// <summary>How cadres count in staffing norms and who must keep up continuing medical education.</summary>
public static class CadreRules
{
    public static bool IsDoctor(Cadre c) => c is Cadre.DoctorGeneral or Cadre.DoctorFamilyMedicine or Cadre.DoctorTraditionalMedicine;

    /// <summary>A midwife or an obstetric–paediatric assistant physician (y sỹ sản nhi): the maternal-care norm.</summary>
    public static bool IsMaternalCare(Cadre c) => c is Cadre.Midwife or Cadre.AssistantPhysicianObPaediatric;

    /// <summary>Practitioners whose licence requires CME (Law on Medical Examination and Treatment 2023); collaborators and village workers do not.</summary>
    public static bool RequiresCme(Cadre c) => c is not (Cadre.PopulationCollaborator or Cadre.VillageHealthWorker or Cadre.Pharmacist);
}
