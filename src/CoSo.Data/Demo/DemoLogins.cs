using CoSo.Core.Identity;

namespace CoSo.Data.Demo;

/// <summary>The demo accounts (all with <see cref="DemoOptions.DemoPassword"/>): created by the seed, printed at start.</summary>
public static class DemoLogins
{
    public static IReadOnlyList<DemoLogin> All { get; } =
    [
        new("bacsi", "BS. Nguyễn Văn Bình", Role.StationClinician, "bác sĩ trạm y tế", "station clinician", 0),
        new("bacsi2", "BS. Trần Thị Lan", Role.StationClinician, "bác sĩ trạm y tế thứ hai", "clinician of a second station", 1),
        new("yta", "Y tá thôn Lê Thị Hoa", Role.VillageHealthWorker, "nhân viên y tế thôn", "village health worker", 0),
        new("huyen", "Trung tâm Y tế khu vực", Role.DistrictManager, "quản lý trung tâm y tế khu vực", "district manager", 0),
        new("tinh", "Sở Y tế", Role.ProvincialManager, "quản lý Sở Y tế", "provincial manager", 0),
        new("admin", "Quản trị hệ thống", Role.Administrator, "quản trị hệ thống", "administrator", 0),
    ];
}
