namespace CoSo.Core.Immunization;

/// <summary>The vaccine codes shared by the schedule data, the API and the CLI (a contract: do not rename).</summary>
public static class VaccineCodes
{
    public const string HepBBirth = "HepB-birth";
    public const string Bcg = "BCG";
    public const string DtpHepBHib = "DTP-HepB-Hib";
    public const string Opv = "OPV";
    public const string Ipv = "IPV";
    public const string Rota = "Rota";
    public const string Measles = "Measles";
    public const string MR = "MR";
    public const string DtpBooster = "DTP-booster";
    public const string JE = "JE";
    public const string Td = "Td";
    public const string Cholera = "Cholera";
    public const string Typhoid = "Typhoid";

    public static IReadOnlyList<string> All { get; } =
    [
        HepBBirth, Bcg, DtpHepBHib, Opv, Ipv, Rota, Measles, MR, DtpBooster, JE, Td, Cholera, Typhoid,
    ];

    public static bool IsKnown(string code) => All.Contains(code, StringComparer.Ordinal);
}
