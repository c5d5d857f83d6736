namespace CoSo.Core.Growth;

/// <summary>The strings of the <c>coso growth zscores</c> contract for flags and classes.</summary>
public static class GrowthCodes
{
    public const string AgeOutOfRange = "age-out-of-range";
    public const string WazImplausible = "waz-implausible";
    public const string HazImplausible = "haz-implausible";
    public const string WhzImplausible = "whz-implausible";
    public const string BazImplausible = "baz-implausible";

    public const string Underweight = "underweight";
    public const string SevereUnderweight = "severe-underweight";
    public const string Stunting = "stunting";
    public const string SevereStunting = "severe-stunting";
    public const string Wasting = "wasting";
    public const string SevereWasting = "severe-wasting";
    public const string Overweight = "overweight";
    public const string Obese = "obese";

    public static IReadOnlyList<string> Flags(GrowthIssues flags)
    {
        var codes = new List<string>(2);
        if (flags.HasFlag(GrowthIssues.AgeOutOfRange))
        {
            codes.Add(AgeOutOfRange);
        }

        if (flags.HasFlag(GrowthIssues.WazImplausible))
        {
            codes.Add(WazImplausible);
        }

        if (flags.HasFlag(GrowthIssues.HazImplausible))
        {
            codes.Add(HazImplausible);
        }

        if (flags.HasFlag(GrowthIssues.WhzImplausible))
        {
            codes.Add(WhzImplausible);
        }

        if (flags.HasFlag(GrowthIssues.BazImplausible))
        {
            codes.Add(BazImplausible);
        }

        return codes;
    }

    public static IReadOnlyList<string> Classes(WeightForAgeClass? weightForAge, LengthForAgeClass? lengthForAge, WeightForLengthClass? weightForLength)
    {
        var codes = new List<string>(3);
        switch (weightForAge)
        {
            case WeightForAgeClass.Underweight:
                codes.Add(Underweight);
                break;
            case WeightForAgeClass.SevereUnderweight:
                codes.Add(SevereUnderweight);
                break;
        }

        switch (lengthForAge)
        {
            case LengthForAgeClass.Stunting:
                codes.Add(Stunting);
                break;
            case LengthForAgeClass.SevereStunting:
                codes.Add(SevereStunting);
                break;
        }

        switch (weightForLength)
        {
            case WeightForLengthClass.Wasting:
                codes.Add(Wasting);
                break;
            case WeightForLengthClass.SevereWasting:
                codes.Add(SevereWasting);
                break;
            case WeightForLengthClass.Overweight:
                codes.Add(Overweight);
                break;
            case WeightForLengthClass.Obese:
                codes.Add(Obese);
                break;
        }

        return codes;
    }
}
