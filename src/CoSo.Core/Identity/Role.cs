namespace CoSo.Core.Identity;

public enum Role
{
    StationClinician = 1,
    VillageHealthWorker = 2,
    DistrictManager = 3,
    ProvincialManager = 4,
    Administrator = 5,
}
