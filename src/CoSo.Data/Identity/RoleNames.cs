using CoSo.Core.Identity;

namespace CoSo.Data.Identity;

/// <summary>The kebab-case role names used on the command line and in configuration.</summary>
public static class RoleNames
{
    private static readonly Dictionary<string, Role> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["station-clinician"] = Role.StationClinician,
        ["village-health-worker"] = Role.VillageHealthWorker,
        ["district-manager"] = Role.DistrictManager,
        ["provincial-manager"] = Role.ProvincialManager,
        ["administrator"] = Role.Administrator,
    };

    public static IEnumerable<string> All => ByName.Keys;

    public static bool TryParse(string? name, out Role role) => ByName.TryGetValue(name?.Trim() ?? string.Empty, out role);
}
