using CoSo.Core.Common;

namespace CoSo.Core.Maternal;

/// <summary>
/// The risk factors of a pregnancy, from its record and its contacts: the woman's age at the expected delivery (or at the
/// first contact when undated) under 18 or over 35, a previous caesarean, hypertension (history, or a BP ≥ 140/90),
/// diabetes (history, or a fasting glucose ≥ 5.1 mmol/L: WHO 2013), anaemia (history, or haemoglobin below 11 g/dL:
/// WHO), HIV, syphilis or hepatitis B positive (status or a test), and the pre-eclampsia warning from 20 weeks.
/// </summary>
public static class RiskFactors
{
    public const int YoungAge = 18;
    public const int OlderAge = 35;
    public const decimal AnaemiaBelowGdl = 11.0m;
    public const decimal RaisedFastingGlucoseMmol = 5.1m;

    public static IReadOnlyList<RiskFactor> Evaluate(Pregnancy pregnancy, DateOnly motherBirthDate, IEnumerable<AntenatalContact> contacts)
    {
        ArgumentNullException.ThrowIfNull(pregnancy);
        var all = contacts.ToList();
        var dating = pregnancy.Dating;
        var set = new SortedSet<RiskFactor>();
        var age = VietnamClock.AgeInYears(motherBirthDate, dating.ExpectedDelivery ?? pregnancy.FirstContactDate);
        if (age < YoungAge)
        {
            set.Add(RiskFactor.AgeUnder18);
        }
        else if (age > OlderAge)
        {
            set.Add(RiskFactor.AgeOver35);
        }

        Add(set, RiskFactor.PreviousCaesarean, pregnancy.PreviousCaesarean);
        Add(set, RiskFactor.Hypertension, pregnancy.Hypertension || all.Any(c => PreEclampsiaRule.IsRaised(c.Systolic, c.Diastolic)));
        Add(set, RiskFactor.Diabetes, pregnancy.Diabetes || all.Any(c => c.FastingGlucoseMmol >= RaisedFastingGlucoseMmol));
        Add(set, RiskFactor.Anaemia, pregnancy.Anaemia || all.Any(c => c.HaemoglobinGdl < AnaemiaBelowGdl));
        Add(set, RiskFactor.HivPositive, pregnancy.HivStatus == InfectionStatus.Positive || all.Any(c => c.HivTest == InfectionStatus.Positive));
        Add(set, RiskFactor.SyphilisPositive, pregnancy.SyphilisStatus == InfectionStatus.Positive || all.Any(c => c.SyphilisTest == InfectionStatus.Positive));
        Add(set, RiskFactor.HepatitisBPositive, pregnancy.HepatitisBStatus == InfectionStatus.Positive || all.Any(c => c.HbsAgTest == InfectionStatus.Positive));
        Add(set, RiskFactor.PreEclampsiaWarning, all.Any(c => PreEclampsiaRule.Evaluate(dating.On(c.ContactDate), c.Systolic, c.Diastolic, c.Proteinuria)
            is BloodPressureFinding.PreEclampsiaWarning or BloodPressureFinding.SuspectedPreEclampsia or BloodPressureFinding.Severe));
        return [.. set];
    }

    private static void Add(SortedSet<RiskFactor> set, RiskFactor factor, bool present)
    {
        if (present)
        {
            set.Add(factor);
        }
    }
}
