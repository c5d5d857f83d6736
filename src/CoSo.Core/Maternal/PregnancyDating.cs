namespace CoSo.Core.Maternal;

/// <summary>
/// How a pregnancy is dated: the day gestational age is 0 (<see cref="Start"/>, the LMP or its equivalent) and the
/// expected delivery date. In order of preference: an ultrasound before 24 weeks (WHO 2016 ANC recommendation B.2.4),
/// the last menstrual period with Naegele's rule, a delivery date written elsewhere, a later ultrasound, the weeks
/// estimated at the first contact (docs/maternal.md).
/// </summary>
public sealed record PregnancyDating(DatingMethod Method, DateOnly? Start, DateOnly? ExpectedDelivery)
{
    /// <summary>40 weeks: the length of a pregnancy counted from the LMP.</summary>
    public const int TermDays = 280;

    /// <summary>An ultrasound from this gestational age (24 weeks) dates a pregnancy only when nothing earlier does.</summary>
    public const int EarlyUltrasoundBeforeDays = 168;

    public static PregnancyDating Unknown { get; } = new(DatingMethod.None, null, null);

    public bool IsKnown => Start is not null;

    /// <summary>Gestational age on a day, or null when the pregnancy is not dated.</summary>
    public GestationalAge? On(DateOnly date) => Start is { } s ? GestationalAge.Between(s, date) : null;

    /// <summary>Naegele's rule as written on Vietnamese antenatal cards: day + 7, month + 9 (= month − 3, year + 1).</summary>
    public static DateOnly Naegele(DateOnly lastMenstrualPeriod) => lastMenstrualPeriod.AddDays(7).AddMonths(9);

    public static PregnancyDating From(Pregnancy p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return Resolve(p.LastMenstrualPeriod, p.UltrasoundDate, p.UltrasoundGestationDays, p.ExpectedDeliveryDate, p.FirstContactDate, p.FirstContactGestationWeeks);
    }

    public static PregnancyDating Resolve(
        DateOnly? lastMenstrualPeriod, DateOnly? ultrasoundDate, int? ultrasoundGestationDays, DateOnly? givenDelivery,
        DateOnly firstContact, int? firstContactWeeks)
    {
        var scan = ultrasoundDate is { } day && ultrasoundGestationDays is { } ga ? ByUltrasound(day, ga) : null;
        if (scan is not null && ultrasoundGestationDays < EarlyUltrasoundBeforeDays)
        {
            return scan with { Method = DatingMethod.EarlyUltrasound };
        }

        if (lastMenstrualPeriod is { } lmp)
        {
            return new PregnancyDating(DatingMethod.LastMenstrualPeriod, lmp, Naegele(lmp));
        }

        if (givenDelivery is { } edd)
        {
            return new PregnancyDating(DatingMethod.GivenDeliveryDate, edd.AddDays(-TermDays), edd);
        }

        if (scan is not null)
        {
            return scan with { Method = DatingMethod.LateUltrasound };
        }

        if (firstContactWeeks is { } weeks)
        {
            var start = firstContact.AddDays(-7 * weeks);
            return new PregnancyDating(DatingMethod.ClinicalEstimate, start, start.AddDays(TermDays));
        }

        return Unknown;
    }

    private static PregnancyDating ByUltrasound(DateOnly scanDate, int gestationDays)
    {
        var start = scanDate.AddDays(-gestationDays);
        return new PregnancyDating(DatingMethod.EarlyUltrasound, start, start.AddDays(TermDays));
    }
}
